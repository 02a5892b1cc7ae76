import type { ReactNode } from 'react';
import type { ShownPage } from '@/lib/background/tab-pages';
import type { ProgressStore } from '@/lib/checklist/progress';
import type { ChecklistTexts } from '@/lib/checklist/texts';
import type { Translate } from '@/lib/i18n/translate';
import type { PanelChannel } from '@/lib/panel/channel';
import { SECTION_APPLIES, SECTION_IDS, type SectionId } from '@/lib/panel/sections';
import { ChecklistSection } from '../checklist/ChecklistSection';
import { CredentialsSection } from '../credentials/CredentialsSection';
import { CsvSection } from '../csv/CsvSection';

export interface SectionContext {
  report: ShownPage;
  channel: PanelChannel;
  store: ProgressStore;
  unread: readonly string[];
  place: 'page' | 'side';
}

interface SectionEntry {
  id: SectionId;
  /** The section's name where it is offered a reset after an error (Recoverable). */
  title(t: Translate, texts: ChecklistTexts): string;
  render(ctx: SectionContext): ReactNode;
}

/**
 * The panel's sections, in order; each shown only where it can apply
 * (lib/panel/sections.ts). Adding a section is one entry here and one rule there.
 */
const ENTRIES: Record<SectionId, SectionEntry> = {
  checklist: {
    id: 'checklist',
    title: (_t, texts) => texts.guideTitle,
    render: (ctx) => <ChecklistSection report={ctx.report} store={ctx.store} unread={ctx.unread} />,
  },
  credentials: {
    id: 'credentials',
    title: (t) => t('credTitle'),
    render: (ctx) => <CredentialsSection report={ctx.report} channel={ctx.channel} />,
  },
  csv: {
    id: 'csv',
    title: (t) => t('csvTitle'),
    render: (ctx) => <CsvSection report={ctx.report} channel={ctx.channel} canWiden={ctx.place === 'page'} />,
  },
};

export const SECTIONS: readonly SectionEntry[] = SECTION_IDS.map((id) => ENTRIES[id]);

export const sectionsShown = (report: Pick<ShownPage, 'app' | 'page'>): SectionEntry[] =>
  SECTIONS.filter((s) => SECTION_APPLIES[s.id]({ app: report.app, page: report.page }));

/** The element that holds a section (focus and scroll target of "Next on this page"). */
export const sectionElementId = (id: SectionId) => `msi-section-${id}`;
