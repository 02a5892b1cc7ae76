/**
 * Every known page without its DOM (each page folder's about.ts): the names of
 * the "show me" targets (the message schema's enum) and which target a
 * checklist step points at on a page. Pure data, so the panel and the message
 * schemas can import it without any page's readers (those are in
 * lib/pages/registry.ts, for the agent).
 */
import type { StepId } from '../checklist/steps';
import { actionsConfigAbout } from './marketo/actions-config/about';
import type { PageAbout } from './page-module';
import { marketoSettingsAbout } from './sales/marketo-settings/about';
import { salesforceSettingsAbout } from './sales/salesforce-settings/about';
import { userManagementAbout } from './sales/user-management/about';
import { installedPackagesAbout } from './salesforce/installed-packages/about';
import { msiConfigAbout } from './salesforce/msi-config/about';
import { remoteSitesAbout } from './salesforce/remote-sites/about';
import type { KnownPageId, PageId } from './types';

/** In the order of PAGE_IDS (lib/pages/types.ts). */
export const PAGE_ABOUTS = [
  actionsConfigAbout,
  salesforceSettingsAbout,
  marketoSettingsAbout,
  userManagementAbout,
  installedPackagesAbout,
  remoteSitesAbout,
  msiConfigAbout,
] as const;

/** The name of a control "show me" can point at, on some page. */
export type HighlightTargetName = (typeof PAGE_ABOUTS)[number]['targets'][number];

/** Every target name, each page's in turn. */
export const HIGHLIGHT_TARGETS: readonly HighlightTargetName[] = PAGE_ABOUTS.flatMap((p) => p.targets);

const BY_ID = new Map<KnownPageId, PageAbout<KnownPageId, HighlightTargetName>>(
  PAGE_ABOUTS.map((p) => [p.id, p as PageAbout<KnownPageId, HighlightTargetName>]),
);

export const aboutPage = (page: KnownPageId): PageAbout<KnownPageId, HighlightTargetName> | undefined =>
  BY_ID.get(page);

/** The control "show me" points at for a step on this page, if the step happens there. */
export function showMeTarget(step: StepId, page: PageId): HighlightTargetName | undefined {
  return page === 'unknown' ? undefined : BY_ID.get(page)?.showMe[step];
}
