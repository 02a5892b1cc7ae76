/**
 * Which of the panel's sections can apply where: a section that cannot apply
 * to the app the admin is on is not shown (the credentials and the CSV check
 * have nothing to do on a Salesforce page). Pure: the registry of sections in
 * components/panel/sections.tsx renders by these rules.
 */
import type { AppId, PageId } from '../pages/types';

export const SECTION_IDS = ['checklist', 'credentials', 'csv'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface Where {
  app: AppId | null;
  page: PageId;
}

export const SECTION_APPLIES: Record<SectionId, (where: Where) => boolean> = {
  // The guide spans the three apps.
  checklist: () => true,
  // Read on Marketo's Actions Config, filled on the Sales app's Marketo page; not a Salesforce matter.
  credentials: ({ app }) => app !== 'salesforce',
  // Users are invited in the Sales app; a file can be checked ahead on Marketo or a page not recognised.
  csv: ({ app }) => app !== 'salesforce',
};

export const sectionsFor = (where: Where): SectionId[] =>
  SECTION_IDS.filter((id) => SECTION_APPLIES[id](where));
