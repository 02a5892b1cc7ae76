/**
 * Shape of the checklist texts of one locale. `en.ts` is the reference; every
 * other locale is typed `ChecklistTexts`, so a missing step, sub-step or key
 * is a compile error (and test/unit/checklist checks it at run time too).
 * Placeholders are written {name} and filled with `format` (lib/i18n/format.ts).
 */

import type { CautionId } from '../../../checklist/cautions';
import type { EvidenceCode } from '../../../checklist/evidence';
import type { ViewStateName } from '../../../checklist/progress';
import type { ImportErrorCode } from '../../../checklist/schema';
import type { BlockReason, DocLinkId, Persona, StepId, SubstepOf } from '../../../checklist/steps';
import type { Locale } from '../../locales';

export interface StepTexts<S extends StepId> {
  title: string;
  /** One line per sub-step, in the guide's order. */
  substeps: Record<SubstepOf<S>, string>;
  /** Where it happens, as the host UI labels read in this language ("Admin › Sales Insight › Actions Config"). */
  clickPath: string;
  /** The guide's notes for the step (not the cautions: see `cautions`). */
  notes: readonly string[];
}

export interface EvidenceText {
  /** Without detail. */
  text: string;
  /** With the evidence detail ({detail}), when there is one. */
  withDetail?: string;
}

export interface ChecklistTexts {
  locale: Locale;
  /** Which Adobe text this locale's content follows (shown with the guide version). */
  source: string;
  guideTitle: string;
  /** "Follows the Adobe guide {version}". */
  guideVersion: string;
  /** Prerequisites heading is the step title; this introduces the numbered list. */
  inviteGroupTitle: string;
  /** "Step {number}". */
  stepNumber: string;
  personas: Record<Persona, string>;
  /** Persona filter: "All steps". */
  allPersonas: string;
  states: Record<ViewStateName, string>;
  steps: { [S in StepId]: StepTexts<S> };
  blocked: Record<BlockReason, string>;
  evidence: Record<EvidenceCode, EvidenceText>;
  /** "{evidence} — on {page}, {date}". */
  evidenceSeen: string;
  /** The step cannot be detected at all. */
  manualOnly: string;
  /** The page was recognised but this step's state could not be read on it. */
  cannotRead: string;
  /** "Set by you" badge, for a user override of a detection. */
  setByYou: string;
  actions: {
    markDone: string;
    markInProgress: string;
    markTodo: string;
    /** Gives a step back to the extension (clearOverride). */
    useDetection: string;
    reset: string;
    /** "Progress of {instance} was reset." */
    resetDone: string;
    undo: string;
    copySummary: string;
    summaryCopied: string;
    exportProgress: string;
    importProgress: string;
    /** "Imported {count} instances." */
    imported: string;
  };
  /** "{done} of {total} done". */
  progress: string;
  cautions: Record<CautionId, string>;
  /** Shown with the keep-original-user cautions when the original user is known: "Original user: {user}". */
  originalUser: string;
  links: Record<DocLinkId, string>;
  instance: {
    production: string;
    sandbox: string;
    /** "Munchkin ID not known yet ({host})". */
    unknownMunchkin: string;
  };
  summary: {
    /** "MSI Actions setup: {done} of {total} done". */
    title: string;
    instance: string;
    /** "{title}, version {version}". */
    guide: string;
    /** "Summary of {date}". */
    date: string;
    doneHeading: string;
    leftHeading: string;
    salesforceAdminHeading: string;
    nothingLeft: string;
    markedDone: string;
    /** "Not needed: users were invited the other way". */
    alternativeDone: string;
    doc: string;
  };
  importErrors: Record<ImportErrorCode, string>;
}
