/**
 * The demo page of every recognised page id, with a URL builder per UI
 * language. Shared by the e2e tests and the demo tour.
 */
import type { KnownPageId } from '../../lib/pages/types';

export type DemoLang = 'en' | 'fr' | 'de' | 'es';

export interface DemoPage {
  page: KnownPageId;
  app: 'marketo' | 'sales' | 'salesforce';
  languages: readonly DemoLang[];
  url(lang?: DemoLang, state?: string): string;
}

/** Adds ?lang= and ?demoState= before the hash. */
export function withQuery(base: string, params: Record<string, string | undefined>): string {
  const url = new URL(base);
  for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, v);
  return url.toString();
}

const make =
  (base: string) =>
  (lang?: DemoLang, state?: string): string =>
    withQuery(base, { lang, demoState: state });

export const DEMO_PAGES: readonly DemoPage[] = [
  {
    page: 'marketo-actions-config',
    app: 'marketo',
    languages: ['en', 'fr', 'de'],
    url: make('https://app-ab12.marketo.com/#AD0SI2'),
  },
  {
    page: 'sales-salesforce-settings',
    app: 'sales',
    languages: ['en', 'fr', 'es'],
    url: make('https://toutapp.com/next#settings/crm/salesforce'),
  },
  {
    page: 'sales-marketo-settings',
    app: 'sales',
    languages: ['en', 'fr', 'es'],
    url: make('https://toutapp.com/next#settings/marketo-admin'),
  },
  {
    page: 'sales-user-management',
    app: 'sales',
    languages: ['en', 'fr', 'es'],
    url: make('https://toutapp.com/next#settings/admin/user-management'),
  },
  {
    page: 'salesforce-installed-packages',
    app: 'salesforce',
    languages: ['en', 'fr'],
    url: make('https://acme.my.salesforce-setup.com/lightning/setup/ImportedPackage/home'),
  },
  {
    page: 'salesforce-remote-sites',
    app: 'salesforce',
    languages: ['en', 'fr'],
    url: make('https://acme.my.salesforce-setup.com/lightning/setup/SecurityRemoteProxy/home'),
  },
  {
    page: 'salesforce-msi-config',
    app: 'salesforce',
    languages: ['en', 'fr'],
    // The Lightning tab frames the Visualforce page; the package must be installed.
    url: (lang, state) =>
      withQuery('https://acme.lightning.force.com/lightning/n/mkto_si__Marketo_Sales_Insight_Config', {
        lang,
        demoState: state ?? 'package',
      }),
  },
];

export const demoPage = (page: KnownPageId): DemoPage => {
  const found = DEMO_PAGES.find((p) => p.page === page);
  if (!found) throw new Error(`No demo page for ${page}`);
  return found;
};

/** Pages of supported apps where there is nothing to do (the panel must not open by itself). */
export const IDLE_PAGES = {
  marketoHome: 'https://app-ab12.marketo.com/#MM0A1',
  salesPeople: 'https://toutapp.com/next#identities',
  salesforceSetupHome: 'https://acme.my.salesforce-setup.com/lightning/setup/SetupOneHome/home',
  experienceHome: 'https://experience.adobe.com/#/@acme/home',
  unrelated: 'https://example.org/',
} as const;

export const EXPERIENCE_ACTIONS_CONFIG =
  'https://experience.adobe.com/#/@acme/so:123-ABC-456/marketo-engage/classic/AD0SI2';

/**
 * A Salesforce Lightning tab (Sales Insight Actions) framing the Sales app's User Management page
 * (toutapp.com, another origin): `state` is a Sales demo state (test/demo/salesforce/README.md).
 */
export const salesforceFramedUserManagement = (lang: DemoLang = 'en', state?: string): string =>
  withQuery('https://acme.lightning.force.com/lightning/n/Sales_Insight_Actions', { lang, demoState: state });

/** A team file with three problems: row 2 has a display name around the address, row 3 is not an address, row 4 repeats row 2. */
export const TEAM_CSV_WITH_ERRORS = [
  'Email,First name,Last name',
  'Ann Lee <ann.lee@acme.com>,Ann,Lee',
  'not-an-email,Bad,Row',
  'ANN.LEE@acme.com,Ann,Again',
  'bo.king@acme.com,Bo,King',
].join('\r\n');
