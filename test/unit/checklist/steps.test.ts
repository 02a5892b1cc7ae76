import { describe, expect, it } from 'vitest';
import {
  DOC_LANG,
  GUIDE_VERSION,
  NUMBERED_ROWS,
  STEP_IDS,
  STEPS,
  SUBSTEPS,
  stepDef,
  stepNumberLabel,
  stepsForPersona,
  stepsOnPage,
} from '../../../lib/checklist/steps';
import { LOCALES } from '../../../lib/i18n/locales';
import { CHECKLIST_TEXTS } from '../../../lib/i18n/messages/checklist';
import { en } from '../../../lib/i18n/messages/checklist/en';
import { format } from '../../../lib/i18n/translate';
import { PAGE_IDS } from '../../../lib/pages/types';

describe('the guide as data', () => {
  it('has stable ids in the guide order: prerequisites, the six section anchors, then the Salesforce side', () => {
    expect(STEP_IDS).toEqual([
      'prerequisites',
      'set-up-marketo-sales-account',
      'connect-marketo-sales-account-to-salesforce',
      'connect-marketo-to-your-sales-apps-account',
      'initiate-data-sync',
      'invite-individual-users-to-msi-actions',
      'invite-users-via-csv-to-msi-actions',
      'install-upgrade-msi-package',
      'configure-msi-actions-in-salesforce',
    ]);
    expect(STEPS.map((s) => s.id)).toEqual(STEP_IDS);
  });

  it('numbers the steps as the persona table does (0 for prerequisites, 5 for both invite sections)', () => {
    expect(STEPS.map((s) => s.number)).toEqual([0, 1, 2, 3, 4, 5, 5, 6, 7]);
    expect(NUMBERED_ROWS).toHaveLength(7);
    expect(NUMBERED_ROWS.flat()).toEqual(STEP_IDS.slice(1));
  });

  it('gives each step the persona of the guide table', () => {
    expect(Object.fromEntries(STEPS.map((s) => [s.id, s.persona]))).toEqual({
      prerequisites: 'either',
      'set-up-marketo-sales-account': 'marketo-admin',
      'connect-marketo-sales-account-to-salesforce': 'either',
      'connect-marketo-to-your-sales-apps-account': 'marketo-admin',
      'initiate-data-sync': 'marketo-admin',
      'invite-individual-users-to-msi-actions': 'marketo-admin',
      'invite-users-via-csv-to-msi-actions': 'marketo-admin',
      'install-upgrade-msi-package': 'salesforce-admin',
      'configure-msi-actions-in-salesforce': 'salesforce-admin',
    });
  });

  it('places each step in its app and on known pages', () => {
    for (const step of STEPS) {
      for (const page of step.pages) expect(PAGE_IDS).toContain(page);
      if (step.app) expect(step.pages[0]?.startsWith(step.app)).toBe(true);
      expect(step.detectable).toBe(step.pages.length > 0);
    }
    expect(stepsOnPage('marketo-actions-config')).toEqual([
      'set-up-marketo-sales-account',
      'connect-marketo-to-your-sales-apps-account',
      'initiate-data-sync',
    ]);
    expect(stepsOnPage('salesforce-msi-config')).toEqual(['configure-msi-actions-in-salesforce']);
  });

  it('has the dependencies of the guide', () => {
    const requires = Object.fromEntries(STEPS.map((s) => [s.id, s.requires.map((r) => r.step)]));
    expect(requires).toEqual({
      prerequisites: [],
      'set-up-marketo-sales-account': ['prerequisites'],
      'connect-marketo-sales-account-to-salesforce': ['set-up-marketo-sales-account'],
      'connect-marketo-to-your-sales-apps-account': ['set-up-marketo-sales-account'],
      'initiate-data-sync': ['set-up-marketo-sales-account', 'connect-marketo-to-your-sales-apps-account'],
      'invite-individual-users-to-msi-actions': ['set-up-marketo-sales-account'],
      'invite-users-via-csv-to-msi-actions': ['set-up-marketo-sales-account'],
      'install-upgrade-msi-package': [],
      'configure-msi-actions-in-salesforce': ['install-upgrade-msi-package'],
    });
  });

  it('has an acyclic requires graph whose edges only point to earlier steps', () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (id: (typeof STEP_IDS)[number]) => {
      expect(visiting.has(id), `cycle through ${id}`).toBe(false);
      if (done.has(id)) return;
      visiting.add(id);
      for (const r of stepDef(id).requires) visit(r.step);
      visiting.delete(id);
      done.add(id);
    };
    STEP_IDS.forEach(visit);
    for (const step of STEPS) {
      for (const r of step.requires) expect(STEP_IDS.indexOf(r.step)).toBeLessThan(STEP_IDS.indexOf(step.id));
    }
  });

  it('links each step to its Adobe doc section in the locale language', () => {
    expect(stepDef('initiate-data-sync').docUrl('en')).toBe(
      'https://experienceleague.adobe.com/en/docs/marketo/using/product-docs/marketo-sales-insight/actions/getting-started/sales-insight-actions-admin-setup-guide#initiate-data-sync',
    );
    expect(stepDef('set-up-marketo-sales-account').docUrl('zh_CN')).toContain('/zh-hans/docs/');
    expect(stepDef('set-up-marketo-sales-account').docUrl('pt_BR')).toContain('/pt-br/docs/');
    expect(stepDef('configure-msi-actions-in-salesforce').docUrl('fr')).toBe(
      'https://experienceleague.adobe.com/fr/docs/marketo/using/product-docs/marketo-sales-insight/actions/crm/salesforce-package-configuration/sales-insight-actions-configuration-in-salesforce',
    );
    for (const locale of LOCALES) {
      for (const step of STEPS) {
        const url = new URL(step.docUrl(locale));
        expect(url.host).toBe('experienceleague.adobe.com');
        expect(url.pathname.startsWith(`/${DOC_LANG[locale]}/docs/marketo/using/`)).toBe(true);
        // The guide's sections are linked by their anchor, which is also the step id.
        if (step.number >= 1 && step.number <= 5) expect(url.hash).toBe(`#${step.id}`);
      }
    }
  });

  it('says which Adobe version it follows', () => {
    expect(GUIDE_VERSION.label).toBe('EN 09a656c');
    expect(GUIDE_VERSION.path).toMatch(/sales-insight-actions-admin-setup-guide\.md$/);
  });

  it('filters by persona, keeping the steps either admin may do', () => {
    expect(stepsForPersona('salesforce-admin')).toEqual([
      'prerequisites',
      'connect-marketo-sales-account-to-salesforce',
      'install-upgrade-msi-package',
      'configure-msi-actions-in-salesforce',
    ]);
    expect(stepsForPersona('marketo-admin')).not.toContain('install-upgrade-msi-package');
    expect(stepsForPersona('marketo-admin')).toContain('connect-marketo-sales-account-to-salesforce');
    expect(stepsForPersona('all')).toEqual([...STEP_IDS]);
  });
});

/** Every key path of a value (arrays by index), with the leaf's type. */
function shape(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [`${prefix}:array`];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => shape(v, prefix ? `${prefix}.${k}` : k));
  }
  return [`${prefix}:${typeof value}`];
}

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, `${prefix}.${k}`));
  }
  return [];
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(LOCALES)('texts in %s', (locale) => {
  const texts = CHECKLIST_TEXTS[locale];

  it('are complete: the same keys as English, every sub-step of every step', () => {
    expect(texts.locale).toBe(locale);
    expect(shape(texts).sort()).toEqual(shape(en).sort());
    for (const id of STEP_IDS) {
      expect(Object.keys(texts.steps[id].substeps)).toEqual([...SUBSTEPS[id]]);
      expect(texts.steps[id].notes.length).toBe(en.steps[id].notes.length);
    }
  });

  it('have no empty text and keep the placeholders of English', () => {
    const mine = new Map(leaves(texts));
    for (const [path, english] of leaves(en)) {
      const text = mine.get(path);
      if (path.endsWith('.locale')) continue;
      if (path === `.steps.prerequisites.clickPath`) {
        expect(text).toBe('');
        continue;
      }
      expect(text?.trim(), path).toBeTruthy();
      expect(placeholders(text ?? ''), path).toEqual(placeholders(english));
    }
  });

  it('are in the locale language, not English left over (outside UI labels)', () => {
    if (locale === 'en') return;
    expect(texts.steps['initiate-data-sync'].title).not.toBe(en.steps['initiate-data-sync'].title);
    expect(texts.cautions['keep-original-user']).not.toBe(en.cautions['keep-original-user']);
    expect(texts.summary.salesforceAdminHeading).not.toBe(en.summary.salesforceAdminHeading);
    expect(format(texts.progress, { done: 4, total: 7 })).toMatch(/4.*7|7.*4/);
  });

  it('give the Adobe remote site URLs verbatim', () => {
    const remote = texts.steps['configure-msi-actions-in-salesforce'].substeps['remote-sites'];
    expect(remote).toContain('https://ims-na1.adobelogin.com');
    expect(remote).toContain('https://mkto-sales-connect.adobe.io');
  });
});

describe('click paths in the UI language (domain.md §6.2)', () => {
  it('use the localized Marketo and Sales app labels where the apps are localized', () => {
    expect(CHECKLIST_TEXTS.ja.steps['set-up-marketo-sales-account'].clickPath).toBe(
      '管理者 › Sales Insight › アクション設定',
    );
    expect(CHECKLIST_TEXTS.fr.steps['set-up-marketo-sales-account'].clickPath).toBe(
      'Admin › Ventes Insight › Configuration des actions',
    );
    expect(CHECKLIST_TEXTS.es.steps['set-up-marketo-sales-account'].clickPath).toBe(
      'Administrador › Insight de ventas › Configuración de acciones',
    );
    expect(CHECKLIST_TEXTS.de.steps['invite-users-via-csv-to-msi-actions'].clickPath).toContain(
      'Benutzerverwaltung › Aktionen › Benutzer über CSV einladen',
    );
    expect(CHECKLIST_TEXTS.fr.steps['connect-marketo-sales-account-to-salesforce'].clickPath).toContain(
      'Connexions et personnalisations',
    );
  });

  it.each(['it', 'sv', 'zh_CN'] as const)(
    'keep English labels for %s (those users see an English UI)',
    (locale) => {
      const paths = CHECKLIST_TEXTS[locale].steps;
      for (const step of STEPS) {
        if (step.app === 'marketo' || step.app === 'sales')
          expect(paths[step.id].clickPath).toBe(en.steps[step.id].clickPath);
      }
      expect(paths['install-upgrade-msi-package'].clickPath).toContain('Setup › Installed Packages');
      expect(paths['configure-msi-actions-in-salesforce'].clickPath).toContain(
        'Setup › Remote Site Settings › New Remote Site',
      );
    },
  );
});

describe('step numbers as shown', () => {
  it('are the guide rows, the two ways to invite 5a and 5b of one step', () => {
    expect(STEP_IDS.map(stepNumberLabel)).toEqual(['', '1', '2', '3', '4', '5a', '5b', '6', '7']);
  });
});
