import { describe, expect, it } from 'vitest';
import {
  applyDetection,
  emptyStore,
  ensureInstance,
  type InstanceProgress,
  setStatus,
} from '../../../lib/checklist/progress';
import { summaryMarkdown } from '../../../lib/checklist/summary';
import { LOCALES } from '../../../lib/i18n/locales';
import { CHECKLIST_TEXTS } from '../../../lib/i18n/messages/checklist';
import { detection, T0 } from './helpers';

const KEY = 'munchkin:123-ABC-456';
const SECRET = 'Zq8mN3vR7tY2wK5pL9sD4fG6hJ1xC0bA';
const CLIENT_ID = '0a1b2c3d-4e5f-6789-abcd-ef0123456789';

/** Marketo side mostly done, Salesforce side open; one detection carries secret-looking text. */
function progress(): InstanceProgress {
  let store = ensureInstance(
    emptyStore(),
    { munchkinId: '123-ABC-456', sandbox: false, label: 'Acme prod' },
    T0,
  );
  store = setStatus(store, KEY, 'prerequisites', 'done', T0);
  store = applyDetection(
    store,
    KEY,
    detection('set-up-marketo-sales-account', 'first-admin-invited', 'marketo-actions-config', {
      detail: 'ada@acme.com',
    }),
    T0,
  );
  store = applyDetection(
    store,
    KEY,
    detection(
      'connect-marketo-sales-account-to-salesforce',
      'salesforce-connected',
      'sales-salesforce-settings',
      {
        detail: `admin@acme.com ${SECRET} ${CLIENT_ID}`,
      },
    ),
    T0,
  );
  store = setStatus(store, KEY, 'connect-marketo-to-your-sales-apps-account', 'done', Date.UTC(2025, 0, 16));
  store = setStatus(store, KEY, 'initiate-data-sync', 'in-progress', T0);
  store = applyDetection(
    store,
    KEY,
    detection('invite-users-via-csv-to-msi-actions', 'csv-invite-confirmed', 'sales-user-management', {
      detail: '12',
    }),
    T0,
  );
  store = applyDetection(
    store,
    KEY,
    detection(
      'configure-msi-actions-in-salesforce',
      'remote-sites-present',
      'salesforce-remote-sites',
      {},
      'remote-sites',
    ),
    T0,
  );
  return store.instances[KEY]!;
}

const NOW = Date.UTC(2025, 0, 20);

describe('summaryMarkdown', () => {
  const md = summaryMarkdown(progress(), 'en', { now: NOW });

  it('starts with the count, the instance, the guide version and the date', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('# MSI Actions setup: 5 of 8 done');
    expect(md).toContain('- Instance: 123-ABC-456 (production) · Acme prod');
    expect(md).toContain('Sales Insight Actions Admin Setup Guide, version EN 09a656c');
    expect(md).toContain('- Summary of 2025-01-20');
  });

  it('lists done and detected steps with their evidence, page and date', () => {
    expect(md).toContain('- [x] Prerequisites — marked done (2025-01-15)');
    expect(md).toContain(
      '- [x] 1. Set up Marketo Sales account — Detected: First admin invited on the Actions Config tab: ada@acme.com, on Admin › Sales Insight › Actions Config, 2025-01-15',
    );
    expect(md).toContain('- [x] 3. Connect Marketo to your Sales Apps account — marked done (2025-01-16)');
    expect(md).toContain(
      '- [x] 5b. Invite users via CSV to MSI Actions — Detected: CSV invitation confirmation shown (12 invited)',
    );
    expect(md).toContain(
      '- [x] 5a. Invite individual users to MSI Actions — not needed: users were invited the other way',
    );
  });

  it('lists what is left with state and doc link, and what is left for the Salesforce admin with sub-steps', () => {
    const left = md.slice(md.indexOf('## Left\n'), md.indexOf('## Left for the Salesforce admin'));
    expect(left).toContain(
      '- [ ] 4. Initiate data sync — In progress — Doc: https://experienceleague.adobe.com/en/docs/marketo/using/product-docs/marketo-sales-insight/actions/getting-started/sales-insight-actions-admin-setup-guide#initiate-data-sync',
    );
    expect(left).not.toContain('Install/Upgrade');
    const theirs = md.slice(md.indexOf('## Left for the Salesforce admin'));
    expect(theirs).toContain(
      '- [ ] 6. Install/Upgrade MSI package in Salesforce — To do — Doc: https://experienceleague.adobe.com/en/docs/',
    );
    expect(theirs).toContain('  - Upgrading your MSI package: https://experienceleague.adobe.com/en/docs/');
    expect(theirs).toContain(
      // Started (a sub-step seen): in progress, not held back by step 6 (order is advice).
      '- [ ] 7. Configure MSI Actions in Salesforce — In progress — Doc: https://experienceleague.adobe.com/en/docs/',
    );
    expect(theirs).toContain(
      '  - Setup › Remote Site Settings › New Remote Site; Marketo Sales Insight Config › Enable MSI Actions',
    );
    expect(theirs).toContain('  - [x] In Setup › Remote Site Settings, add two New Remote Sites');
    expect(theirs).toContain('  - [ ] On the Marketo Sales Insight Config tab, check Enable MSI Actions');
    expect(theirs).toContain(
      '  - ⚠ Do not select the "Enable MSI Actions" checkbox unless you are using Sales Insight Actions features.',
    );
    // Step 2 (either admin) was detected: not left for anybody.
    expect(theirs).not.toContain('2. Connect Marketo Sales account to Salesforce');
  });

  it('contains no secret, even when a page showed one next to the evidence', () => {
    expect(md).not.toContain(SECRET);
    expect(md).not.toContain(CLIENT_ID);
    expect(md).toContain('Salesforce shown as connected (admin@acme.com [hidden] [hidden])');
  });

  it('says so when nothing is left', () => {
    let store = ensureInstance(emptyStore(), { host: 'app-ab12', sandbox: true }, T0);
    for (const step of Object.keys(CHECKLIST_TEXTS.en.steps)) {
      store = setStatus(store, 'host:app-ab12@sandbox', step as never, 'done', T0);
    }
    const done = summaryMarkdown(store.instances['host:app-ab12@sandbox']!, 'en', { now: NOW });
    expect(done).toContain('# MSI Actions setup: 8 of 8 done');
    expect(done).toContain('- Instance: Munchkin ID not known yet (app-ab12) (sandbox)');
    expect(done.match(/Nothing left\./g)).toHaveLength(2);
  });

  it.each(LOCALES)('is written in %s, with doc links in that language', (locale) => {
    const texts = CHECKLIST_TEXTS[locale];
    const localized = summaryMarkdown(progress(), locale, { now: NOW });
    expect(localized).toContain(`## ${texts.summary.salesforceAdminHeading}`);
    expect(localized).toContain(texts.steps['install-upgrade-msi-package'].title);
    expect(localized).toContain(texts.evidence['first-admin-invited'].text.slice(0, 10));
    expect(localized).toMatch(
      new RegExp(
        `experienceleague\\.adobe\\.com/${locale === 'zh_CN' ? 'zh-hans' : locale === 'pt_BR' ? 'pt-br' : locale}/docs/`,
      ),
    );
    expect(localized).not.toMatch(/\{\w+\}/);
    expect(localized).not.toContain(SECRET);
  });
});
