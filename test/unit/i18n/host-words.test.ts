/**
 * Words of the host: every text names a host control by the label the host
 * prints in the admin's language (one name per thing per language, from the
 * glossary lib/i18n/host-words.ts), and that label is one the page adapters
 * recognise. Runs over every area of the catalogues.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '@/lib/i18n/catalogs';
import { HOST_LANG, HOST_THINGS, HOST_WORDS, type HostThing } from '@/lib/i18n/host-words';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { CHECKLIST_TEXTS } from '@/lib/i18n/messages/checklist';
import {
  ACTIONS_CONFIG_TAB,
  FIELD_SYNC_CARD,
  INTEGRATION_CARD,
  SALES_INSIGHT,
  SEND_INVITE,
  START_SYNC,
} from '@/lib/pages/marketo/labels';
import { type LocalizedLabels, SALES_LABELS } from '@/lib/pages/sales/labels';
import {
  INSTALLED_PACKAGES,
  type LabelTable,
  NEW_REMOTE_SITE,
  REMOTE_SITE_SETTINGS,
} from '@/lib/pages/salesforce/labels';

type HostLang = (typeof HOST_LANG)[Locale];

/** What the adapters recognise for a thing in a host language (Marketo's tables are not split by language). */
const ADAPTER: Record<HostThing, (lang: HostLang) => readonly string[]> = {
  salesInsight: () => SALES_INSIGHT,
  actionsConfig: () => ACTIONS_CONFIG_TAB,
  sendInvite: () => SEND_INVITE,
  integrationCard: () => INTEGRATION_CARD,
  fieldSyncCard: () => FIELD_SYNC_CARD,
  startSync: () => START_SYNC,
  adminSettings: (lang) => sales(SALES_LABELS.adminSettings, lang),
  userManagement: (lang) => sales(SALES_LABELS.userManagement, lang),
  connectionsTab: (lang) => sales(SALES_LABELS.connectionsTab, lang),
  setupTab: (lang) => sales(SALES_LABELS.setupTab, lang),
  inviteUsersCsv: (lang) => sales(SALES_LABELS.inviteUsersCsv, lang),
  installedPackages: (lang) => INSTALLED_PACKAGES[lang],
  remoteSiteSettings: (lang) => REMOTE_SITE_SETTINGS[lang],
  newRemoteSite: (lang) => NEW_REMOTE_SITE[lang],
};
/** The Sales app's labels in `lang`, and English: a guide translation may keep the English label. */
function sales(entry: LocalizedLabels, lang: HostLang): readonly string[] {
  return [...((entry as Record<string, readonly string[] | undefined>)[lang] ?? []), ...entry.en];
}
const allLabels = (thing: HostThing): string[] => {
  const out = new Set<string>();
  for (const lang of new Set(Object.values(HOST_LANG))) for (const l of ADAPTER[thing](lang)) out.add(l);
  const table = { adminSettings: 1, userManagement: 1, connectionsTab: 1, setupTab: 1, inviteUsersCsv: 1 };
  if (thing in table) {
    for (const labels of Object.values(SALES_LABELS[thing as keyof typeof table] as LocalizedLabels))
      for (const l of labels ?? []) out.add(l);
  }
  const sf: Partial<Record<HostThing, LabelTable>> = {
    installedPackages: INSTALLED_PACKAGES,
    remoteSiteSettings: REMOTE_SITE_SETTINGS,
    newRemoteSite: NEW_REMOTE_SITE,
  };
  for (const labels of Object.values(sf[thing] ?? {})) for (const l of labels) out.add(l);
  return [...out];
};

function leaves(value: unknown, at = ''): Array<[string, string]> {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, at ? `${at}.${k}` : k));
  }
  return typeof value === 'string' ? [[at, value]] : [];
}
/**
 * Every text of a locale, by path: core, csv, hold and reason keys, and the checklist. Not the
 * titles of the guide and its sections: they are the translated guide's own headings, not controls.
 */
const texts = (locale: Locale) =>
  new Map(
    [
      ...leaves(CATALOGS[locale]),
      ...leaves(CHECKLIST_TEXTS[locale]).map(([at, t]) => [`checklist.${at}`, t] as [string, string]),
    ].filter(([at]) => !/^checklist\.(guideTitle|source|steps\.[^.]+\.title)$/.test(at)),
  );

const PRODUCT_NAMES = [
  'Marketo Sales Insight',
  'Sales Insight Actions',
  'Sales Insight Action',
  'MSI Actions',
];

const withoutProductNames = (text: string) => PRODUCT_NAMES.reduce((t, n) => t.split(n).join('\u0000'), text);

/** The things a text names, longest glossary words first (so "Configuration des actions" is not also "Configuration"). */
function named(text: string, locale: Locale): Set<HostThing> {
  const words = HOST_THINGS.map((thing) => [thing, HOST_WORDS[locale][thing]] as const).sort(
    (a, b) => b[1].length - a[1].length,
  );
  const found = new Set<HostThing>();
  // Product names hold host words without naming a control ("Marketo Sales Insight", "Sales Insight Actions").
  let rest = withoutProductNames(text);
  // Prose may write a card's title in lower case ("la carte Informations sur l'intégration"): case is
  // ignored, except in short words, which are common words too ("set up" is not the Set Up tab).
  for (const [thing, word] of words) {
    const pattern = new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), word.length < 8 ? 'g' : 'gi');
    if (pattern.test(rest)) {
      found.add(thing);
      rest = rest.replace(pattern, '\u0000');
    }
  }
  return found;
}

describe('host words', () => {
  it.each(LOCALES)(
    '%s: every host word is a label the adapters recognise on the host in that language',
    (locale) => {
      for (const thing of HOST_THINGS) {
        expect(ADAPTER[thing](HOST_LANG[locale]), `${locale} ${thing}`).toContain(HOST_WORDS[locale][thing]);
      }
    },
  );

  it.each(LOCALES.filter((l) => l !== 'en'))(
    '%s names a host control wherever English does, with its own host word',
    (locale) => {
      const english = texts('en');
      const mine = texts(locale);
      const missing: string[] = [];
      for (const [at, text] of english) {
        const want = named(text, 'en');
        const got = named(mine.get(at) ?? '', locale);
        for (const thing of want)
          if (!got.has(thing)) missing.push(`${at}: ${HOST_WORDS[locale][thing]} — ${mine.get(at)}`);
      }
      expect(missing).toEqual([]);
    },
  );

  it.each(LOCALES)('%s uses one name per thing: no other label of a control it names', (locale) => {
    const offenders: string[] = [];
    const glossary = Object.values(HOST_WORDS[locale]);
    for (const thing of HOST_THINGS) {
      // "Set Up" is a common word in every language (configure, set up, Setup of Salesforce): checked above only.
      if (thing === 'setupTab') continue;
      const others = [...new Set([...allLabels(thing), ...LOCALES.map((l) => HOST_WORDS[l][thing])])].filter(
        (w) => w !== HOST_WORDS[locale][thing] && w.length >= 5 && !glossary.some((g) => g.includes(w)),
      );
      for (const [at, text] of texts(locale)) {
        const words = withoutProductNames(text);
        for (const w of others) if (words.includes(w)) offenders.push(`${at}: “${w}” for ${thing}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('ja names the Sales account one way (Marketo Sales アカウント), as its step 1 title does', () => {
    const ja = [
      ...texts('ja'),
      ...leaves(CHECKLIST_TEXTS.ja.steps).map(([at, t]) => [`steps.${at}`, t] as const),
    ];
    expect(CHECKLIST_TEXTS.ja.steps['set-up-marketo-sales-account'].title).toContain(
      'Marketo Sales アカウント',
    );
    const others = [
      '営業アカウント',
      'セールスアプリアカウント',
      'Sales Apps アカウント',
      'セールスアカウント',
    ];
    expect(ja.filter(([, t]) => others.some((w) => t.includes(w)))).toEqual([]);
  });
});
