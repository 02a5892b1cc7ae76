/**
 * The Adobe "Sales Insight Actions Admin Setup Guide" as data: the one source
 * of truth for the checklist (ids, order, personas, pages, dependencies, doc
 * links). Texts live in lib/i18n/messages/checklist/<locale>.ts, keyed by the ids defined here.
 *
 * Sources: shared/domain.md §1 (the guide, EN 09a656c), §5 (Salesforce side).
 */
import type { Locale } from '../i18n/locales';
import type { AppId, KnownPageId } from '../pages/types';

/** Which Adobe text the step model and the English texts follow. */
export const GUIDE_VERSION = {
  /** Short label shown in the panel and in summaries. */
  label: 'EN 09a656c',
  repo: 'AdobeDocs/marketo.en',
  path: 'help/marketo/product-docs/marketo-sales-insight/actions/getting-started/sales-insight-actions-admin-setup-guide.md',
  commit: '09a656c',
} as const;

/** Stable step ids: `prerequisites`, then the guide's section anchors, then the Salesforce side. */
export const STEP_IDS = [
  'prerequisites',
  'set-up-marketo-sales-account',
  'connect-marketo-sales-account-to-salesforce',
  'connect-marketo-to-your-sales-apps-account',
  'initiate-data-sync',
  'invite-individual-users-to-msi-actions',
  'invite-users-via-csv-to-msi-actions',
  'install-upgrade-msi-package',
  'configure-msi-actions-in-salesforce',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export const isStepId = (value: string): value is StepId => (STEP_IDS as readonly string[]).includes(value);

/** The two invite sections, shown grouped as step 5; each keeps its own id. */
export const INVITE_STEPS = [
  'invite-individual-users-to-msi-actions',
  'invite-users-via-csv-to-msi-actions',
] as const satisfies readonly StepId[];

/** Sub-steps per step, in the guide's order (ids are local to their step). */
export const SUBSTEPS = {
  prerequisites: ['msi-enabled', 'crm-sync'],
  'set-up-marketo-sales-account': ['open-admin', 'open-actions-config', 'send-invite', 'credentials-shown'],
  'connect-marketo-sales-account-to-salesforce': [
    'open-settings',
    'open-salesforce',
    'click-connect',
    'confirm',
  ],
  'connect-marketo-to-your-sales-apps-account': ['open-settings', 'open-marketo', 'click-connect'],
  'initiate-data-sync': ['open-actions-config', 'click-sync', 'start-sync'],
  'invite-individual-users-to-msi-actions': ['open-user-management', 'invite-users', 'enter-emails'],
  'invite-users-via-csv-to-msi-actions': [
    'open-user-management',
    'invite-via-csv',
    'choose-file',
    'confirm-mapping',
  ],
  'install-upgrade-msi-package': [
    'open-listing',
    'install-or-upgrade',
    'choose-access',
    'verify-installed',
    'deploy-objects',
  ],
  'configure-msi-actions-in-salesforce': ['remote-sites', 'enable-msi-actions', 'governance'],
} as const satisfies Record<StepId, readonly string[]>;

export type SubstepOf<S extends StepId> = (typeof SUBSTEPS)[S][number];
/** Any sub-step of any step (local id). */
export type SubstepId = SubstepOf<StepId>;

export type Persona = 'marketo-admin' | 'salesforce-admin' | 'either';
export const PERSONAS = ['marketo-admin', 'salesforce-admin', 'either'] as const satisfies readonly Persona[];

/** Why a step waits for another one (a text key in texts.blocked). */
export type BlockReason =
  | 'needs-prerequisites'
  | 'needs-account'
  | 'needs-first-admin'
  | 'needs-marketo-connection'
  | 'needs-package';
export const BLOCK_REASONS = [
  'needs-prerequisites',
  'needs-account',
  'needs-first-admin',
  'needs-marketo-connection',
  'needs-package',
] as const satisfies readonly BlockReason[];

export interface Requirement {
  step: StepId;
  reason: BlockReason;
}

/** A further Adobe page for a step (label in texts.links). */
export type DocLinkId = 'upgrade-msi-package' | 'sync-data' | 'configure-msi-enterprise';
export const DOC_LINK_IDS = [
  'upgrade-msi-package',
  'sync-data',
  'configure-msi-enterprise',
] as const satisfies readonly DocLinkId[];

export interface StepDef<S extends StepId = StepId> {
  id: S;
  /** Number in the guide's persona table: 0 = prerequisites; 5 for both invite sections. */
  number: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;
  persona: Persona;
  /** Where the step happens (null: outside the three apps). */
  app: AppId | null;
  /** Pages where the step happens, main page first. */
  pages: readonly KnownPageId[];
  /** Steps that must be done or detected first, with the reason shown when they are not. */
  requires: readonly Requirement[];
  /** Adobe doc section for the step, in the locale's Experience League language. */
  docUrl(locale: Locale): string;
  moreDocs: readonly { id: DocLinkId; url(locale: Locale): string }[];
  substeps: readonly SubstepOf<S>[];
  /** Can the extension read the step's state from a page? (false: always manual) */
  detectable: boolean;
  /**
   * Sub-steps whose detection, all together, completes the step (used when
   * they are read on different pages, e.g. remote sites + Enable MSI Actions).
   */
  completedBy?: readonly SubstepOf<S>[];
}

// ---------------------------------------------------------------- doc links

/** Experience League language segment per locale (`/en/docs/…`, `/zh-hans/docs/…`). */
export const DOC_LANG: Record<Locale, string> = {
  en: 'en',
  es: 'es',
  fr: 'fr',
  it: 'it',
  sv: 'sv',
  zh_CN: 'zh-hans',
  de: 'de',
  ja: 'ja',
  pt_BR: 'pt-br',
};

const DOCS = 'https://experienceleague.adobe.com';
const MSI = 'docs/marketo/using/product-docs/marketo-sales-insight';
/** Doc pages (paths of `help/marketo/…` files without `.md`, as Experience League serves them). */
export const DOC_PAGES = {
  guide: `${MSI}/actions/getting-started/sales-insight-actions-admin-setup-guide`,
  installPackage: `${MSI}/msi-for-salesforce/installation/install-marketo-sales-insight-package-in-salesforce-appexchange`,
  upgradePackage: `${MSI}/msi-for-salesforce/upgrading/upgrading-your-msi-package`,
  configureInSalesforce: `${MSI}/actions/crm/salesforce-package-configuration/sales-insight-actions-configuration-in-salesforce`,
  configureMsiEnterprise: `${MSI}/msi-for-salesforce/configuration/configure-marketo-sales-insight-in-salesforce-enterprise-unlimited`,
  syncData: `${MSI}/actions/admin/sync-sales-action-data-with-marketo-and-salesforce`,
} as const;

/** `https://experienceleague.adobe.com/<lang>/<page>#<anchor>`. */
export function docLink(page: keyof typeof DOC_PAGES, locale: Locale, anchor?: string): string {
  return `${DOCS}/${DOC_LANG[locale]}/${DOC_PAGES[page]}${anchor ? `#${anchor}` : ''}`;
}

const guideSection = (anchor?: string) => (locale: Locale) => docLink('guide', locale, anchor);

// ---------------------------------------------------------------- the steps

type StepTable = { [S in StepId]: StepDef<S> };

const TABLE: StepTable = {
  prerequisites: {
    id: 'prerequisites',
    number: 0,
    persona: 'either',
    app: null,
    pages: [],
    requires: [],
    docUrl: guideSection(),
    moreDocs: [],
    substeps: SUBSTEPS.prerequisites,
    detectable: false,
  },
  'set-up-marketo-sales-account': {
    id: 'set-up-marketo-sales-account',
    number: 1,
    persona: 'marketo-admin',
    app: 'marketo',
    pages: ['marketo-actions-config'],
    requires: [{ step: 'prerequisites', reason: 'needs-prerequisites' }],
    docUrl: guideSection('set-up-marketo-sales-account'),
    moreDocs: [],
    substeps: SUBSTEPS['set-up-marketo-sales-account'],
    detectable: true,
  },
  'connect-marketo-sales-account-to-salesforce': {
    id: 'connect-marketo-sales-account-to-salesforce',
    number: 2,
    persona: 'either',
    app: 'sales',
    pages: ['sales-salesforce-settings'],
    requires: [{ step: 'set-up-marketo-sales-account', reason: 'needs-account' }],
    docUrl: guideSection('connect-marketo-sales-account-to-salesforce'),
    moreDocs: [],
    substeps: SUBSTEPS['connect-marketo-sales-account-to-salesforce'],
    detectable: true,
  },
  'connect-marketo-to-your-sales-apps-account': {
    id: 'connect-marketo-to-your-sales-apps-account',
    number: 3,
    persona: 'marketo-admin',
    app: 'sales',
    // The Set Up fallback copies the credentials from Actions Config.
    pages: ['sales-marketo-settings', 'marketo-actions-config'],
    requires: [{ step: 'set-up-marketo-sales-account', reason: 'needs-first-admin' }],
    docUrl: guideSection('connect-marketo-to-your-sales-apps-account'),
    moreDocs: [],
    substeps: SUBSTEPS['connect-marketo-to-your-sales-apps-account'],
    detectable: true,
  },
  'initiate-data-sync': {
    id: 'initiate-data-sync',
    number: 4,
    persona: 'marketo-admin',
    app: 'marketo',
    pages: ['marketo-actions-config'],
    requires: [
      { step: 'set-up-marketo-sales-account', reason: 'needs-first-admin' },
      { step: 'connect-marketo-to-your-sales-apps-account', reason: 'needs-marketo-connection' },
    ],
    docUrl: guideSection('initiate-data-sync'),
    moreDocs: [{ id: 'sync-data', url: (locale) => docLink('syncData', locale) }],
    substeps: SUBSTEPS['initiate-data-sync'],
    detectable: true,
  },
  'invite-individual-users-to-msi-actions': {
    id: 'invite-individual-users-to-msi-actions',
    number: 5,
    persona: 'marketo-admin',
    app: 'sales',
    pages: ['sales-user-management'],
    requires: [{ step: 'set-up-marketo-sales-account', reason: 'needs-account' }],
    docUrl: guideSection('invite-individual-users-to-msi-actions'),
    moreDocs: [],
    substeps: SUBSTEPS['invite-individual-users-to-msi-actions'],
    detectable: true,
  },
  'invite-users-via-csv-to-msi-actions': {
    id: 'invite-users-via-csv-to-msi-actions',
    number: 5,
    persona: 'marketo-admin',
    app: 'sales',
    pages: ['sales-user-management'],
    requires: [{ step: 'set-up-marketo-sales-account', reason: 'needs-account' }],
    docUrl: guideSection('invite-users-via-csv-to-msi-actions'),
    moreDocs: [],
    substeps: SUBSTEPS['invite-users-via-csv-to-msi-actions'],
    detectable: true,
  },
  'install-upgrade-msi-package': {
    id: 'install-upgrade-msi-package',
    number: 6,
    persona: 'salesforce-admin',
    app: 'salesforce',
    pages: ['salesforce-installed-packages'],
    requires: [],
    docUrl: (locale) => docLink('installPackage', locale),
    moreDocs: [{ id: 'upgrade-msi-package', url: (locale) => docLink('upgradePackage', locale) }],
    substeps: SUBSTEPS['install-upgrade-msi-package'],
    detectable: true,
  },
  'configure-msi-actions-in-salesforce': {
    id: 'configure-msi-actions-in-salesforce',
    number: 7,
    persona: 'salesforce-admin',
    app: 'salesforce',
    pages: ['salesforce-remote-sites', 'salesforce-msi-config'],
    requires: [{ step: 'install-upgrade-msi-package', reason: 'needs-package' }],
    docUrl: (locale) => docLink('configureInSalesforce', locale),
    moreDocs: [
      { id: 'configure-msi-enterprise', url: (locale) => docLink('configureMsiEnterprise', locale) },
    ],
    substeps: SUBSTEPS['configure-msi-actions-in-salesforce'],
    detectable: true,
    completedBy: ['remote-sites', 'enable-msi-actions'],
  },
};

/** Every step, in the guide's order. */
export const STEPS: readonly StepDef[] = STEP_IDS.map((id) => TABLE[id] as StepDef);

export function stepDef<S extends StepId>(id: S): StepDef<S> {
  return TABLE[id] as StepDef<S>;
}

/**
 * The step's number as the panel and the summary show it: the guide's row,
 * with the two ways to invite as 5a and 5b of one step (prerequisites: '').
 */
export function stepNumberLabel(step: StepId): string {
  const { number } = stepDef(step);
  if (number === 0) return '';
  const invite = (INVITE_STEPS as readonly StepId[]).indexOf(step);
  return invite < 0 ? String(number) : `${number}${'ab'[invite]}`;
}

/** The numbered rows of the guide's table (1–7); row 5 holds both invite sections. */
export const NUMBERED_ROWS: readonly (readonly StepId[])[] = [
  ['set-up-marketo-sales-account'],
  ['connect-marketo-sales-account-to-salesforce'],
  ['connect-marketo-to-your-sales-apps-account'],
  ['initiate-data-sync'],
  INVITE_STEPS,
  ['install-upgrade-msi-package'],
  ['configure-msi-actions-in-salesforce'],
];

/**
 * What the panel counts ("5 of 8 done", badge, summary): the prerequisites and
 * the guide's seven rows. Row 5 (either invite way) counts once.
 */
export const COUNTED_ROWS: readonly (readonly StepId[])[] = [['prerequisites'], ...NUMBERED_ROWS];

/**
 * Pages whose very existence proves a step done: the Sales app's admin
 * settings open only once the Sales account exists (step 1, which the guide
 * says gives access to the account); the Marketo Sales Insight Config tab
 * exists only once the MSI package is installed (step 6).
 */
export const PAGE_PROVES: Partial<Record<KnownPageId, StepId>> = {
  'sales-salesforce-settings': 'set-up-marketo-sales-account',
  'sales-marketo-settings': 'set-up-marketo-sales-account',
  'sales-user-management': 'set-up-marketo-sales-account',
  'salesforce-msi-config': 'install-upgrade-msi-package',
};

/** Steps shown for a persona filter: the persona's own steps and those either admin may do. */
export function stepsForPersona(persona: Persona | 'all'): StepId[] {
  return STEP_IDS.filter((id) => {
    const p = TABLE[id].persona;
    return persona === 'all' || persona === 'either' || p === persona || p === 'either';
  });
}

/** Steps that happen on a page (the panel highlights them there). */
export function stepsOnPage(page: KnownPageId): StepId[] {
  return STEP_IDS.filter((id) => TABLE[id].pages.includes(page));
}
