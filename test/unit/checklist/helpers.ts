/** Small builders for the checklist tests. */
import type { Evidence, EvidenceCode } from '../../../lib/checklist/evidence';
import type { Detection, ProgressStore } from '../../../lib/checklist/progress';
import type { StepId, SubstepId } from '../../../lib/checklist/steps';
import type { PageId } from '../../../lib/pages/types';

export const T0 = Date.UTC(2025, 0, 15, 9, 30);

export function evidence(what: EvidenceCode, page: PageId, extra: Partial<Evidence> = {}): Evidence {
  return { what, page, at: T0, ...extra };
}

export function detection(
  step: StepId,
  what: EvidenceCode,
  page: PageId,
  extra: Partial<Evidence> = {},
  substep?: SubstepId,
): Detection {
  return substep
    ? { step, substep, evidence: evidence(what, page, extra) }
    : { step, evidence: evidence(what, page, extra) };
}

/** Freezes a store deeply so any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export const clone = (store: ProgressStore): ProgressStore => structuredClone(store);
