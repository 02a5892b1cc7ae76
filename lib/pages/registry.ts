/**
 * Every known host page's module (lib/pages/page-module.ts), keyed by page id.
 * The agent's reading, "show me" and fill look pages up here. Never imported
 * by the bootstraps (they import each page's recognise.ts through
 * lib/pages/<app>/app.ts): test/unit/arch/conventions.test.ts guards it.
 */
import type { HighlightTargetName } from './catalogue';
import { actionsConfigPage } from './marketo/actions-config/page';
import type { PageModule } from './page-module';
import { marketoSettingsPage } from './sales/marketo-settings/page';
import { salesforceSettingsPage } from './sales/salesforce-settings/page';
import { userManagementPage } from './sales/user-management/page';
import { installedPackagesPage } from './salesforce/installed-packages/page';
import { msiConfigPage } from './salesforce/msi-config/page';
import { remoteSitesPage } from './salesforce/remote-sites/page';
import { type Found, type KnownPageId, PAGE_IDS } from './types';

/** One module per page id: the type makes a page id without a module a compile error. */
export const PAGES = {
  'marketo-actions-config': actionsConfigPage,
  'sales-salesforce-settings': salesforceSettingsPage,
  'sales-marketo-settings': marketoSettingsPage,
  'sales-user-management': userManagementPage,
  'salesforce-installed-packages': installedPackagesPage,
  'salesforce-remote-sites': remoteSitesPage,
  'salesforce-msi-config': msiConfigPage,
} satisfies { [P in KnownPageId]: PageModule<P> };

export const pageModule = <P extends KnownPageId>(page: P): PageModule<P> =>
  PAGES[page] as unknown as PageModule<P>;

/** The modules in the order of PAGE_IDS. */
export const PAGE_MODULES: readonly PageModule[] = PAGE_IDS.map((id) => PAGES[id] as unknown as PageModule);

/** Where each "show me" target is found: every page's locators, by target name. */
export const LOCATORS = Object.fromEntries(PAGE_MODULES.flatMap((m) => Object.entries(m.locate))) as Record<
  HighlightTargetName,
  (doc: Document) => Found<Element>
>;
