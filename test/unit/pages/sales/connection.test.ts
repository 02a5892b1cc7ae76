import { describe, expect, it } from 'vitest';
import { renderedText } from '@/lib/dom/shadow';
import { setFieldValue } from '../../../../lib/dom/set-value';
import { locateOk } from '../../../../lib/pages/sales/locators';
import { readMarketoConnection } from '../../../../lib/pages/sales/marketo-settings/connection';
import { findCredentialFields } from '../../../../lib/pages/sales/marketo-settings/credentials';
import { locateMarketoConnect, locateSave } from '../../../../lib/pages/sales/marketo-settings/locators';
import { readSalesforceConnection } from '../../../../lib/pages/sales/salesforce-settings/connection';
import {
  locateConnectionsTab,
  locateSalesforceConnect,
} from '../../../../lib/pages/sales/salesforce-settings/locators';
import { htmlDoc, LANGS, openSales, ROUTES, VARIANTS } from './demo';

describe.each(VARIANTS)('readSalesforceConnection on the demo (%s)', (ui) => {
  for (const lang of LANGS) {
    it(`follows Connections & Customizations › Connect › OK to "connected" (${lang})`, async () => {
      const demo = await openSales(ROUTES.salesforce, { ui, lang });
      const { document } = demo;
      expect(readSalesforceConnection(document)).toEqual({
        found: false,
        reason: 'connections-tab-not-selected',
      });
      const tab = locateConnectionsTab(document);
      if (!tab.found) throw new Error(tab.reason);
      expect(renderedText(tab.value)).toBe(demo.t('tabConnections'));
      tab.value.click();
      expect(readSalesforceConnection(document)).toEqual({ found: true, value: { connected: false } });

      const connect = locateSalesforceConnect(document);
      if (!connect.found) throw new Error(connect.reason);
      expect(locateOk(document)).toEqual({ found: false, reason: 'no-dialog' });
      connect.value.click();
      const ok = locateOk(document);
      if (!ok.found) throw new Error(ok.reason);
      expect(renderedText(ok.value)).toBe(demo.t('ok'));
      ok.value.click();
      const result = await demo.until(() => {
        const r = readSalesforceConnection(document);
        return r.found && r.value.connected && r;
      });
      expect(result.value).toEqual({ connected: true, account: 'admin@acme.com' });
      expect(demo.demoSales().state.sfdc.connected).toBe(true);
      demo.close();
    });
  }

  it('reads the connected state of a seeded account (es)', async () => {
    const demo = await openSales(ROUTES.salesforce, { ui, lang: 'es', state: 'sfdc-connected' });
    await demo.click(demo.t('tabConnections'));
    expect(readSalesforceConnection(demo.document)).toEqual({
      found: true,
      value: { connected: true, account: 'admin@acme.com' },
    });
    demo.close();
  });
});

describe('readSalesforceConnection on different markup', () => {
  it('"Logged in as" with the email in bold, and a Disconnect link', () => {
    const doc = htmlDoc(
      '<section><h2>Salesforce</h2><p>Logged in as <b>ops@corp.io</b></p><a href="#d">Disconnect</a></section>',
    );
    expect(readSalesforceConnection(doc)).toEqual({
      found: true,
      value: { connected: true, account: 'ops@corp.io' },
    });
  });
  it('a German Verbinden button means not connected', () => {
    const doc = htmlDoc('<div><span>Salesforce</span><input type="button" value="Verbinden"></div>');
    expect(readSalesforceConnection(doc)).toEqual({ found: true, value: { connected: false } });
  });
  it('Trennen without an account shown is connected, account unknown', () => {
    const doc = htmlDoc('<div><span>Salesforce</span><button>Trennen</button></div>');
    expect(readSalesforceConnection(doc)).toEqual({ found: true, value: { connected: true } });
  });
  it('nothing to read', () => {
    expect(readSalesforceConnection(htmlDoc('<p>Loading…</p>'))).toEqual({
      found: false,
      reason: 'no-connection-controls',
    });
  });
});

describe.each(VARIANTS)('readMarketoConnection on the demo (%s)', (ui) => {
  for (const lang of LANGS) {
    it(`reads not connected / connected (${lang})`, async () => {
      const fresh = await openSales(ROUTES.marketo, { ui, lang });
      expect(readMarketoConnection(fresh.document)).toEqual({ found: true, value: { connected: false } });
      fresh.close();
      const connected = await openSales(ROUTES.marketo, { ui, lang, state: 'marketo-connected' });
      expect(readMarketoConnection(connected.document)).toEqual({ found: true, value: { connected: true } });
      connected.close();
    });
  }

  it('"connect" fails until the Set Up credentials are saved; then both paths connect (fr)', async () => {
    const demo = await openSales(ROUTES.marketo, { ui, lang: 'fr' });
    const { document } = demo;
    const connect = locateMarketoConnect(document);
    if (!connect.found) throw new Error(connect.reason);
    expect(renderedText(connect.value)).toBe('se connecter');
    connect.value.click();
    const alert = await demo.until(() => document.querySelector('[role=alert]')?.textContent);
    expect(alert).toBe(demo.t('mktoConnectFailed'));
    expect(readMarketoConnection(document)).toEqual({ found: true, value: { connected: false } });

    await demo.click(demo.t('tabSetup'));
    const fields = findCredentialFields(document);
    if (!fields.found) throw new Error(fields.reason);
    setFieldValue(fields.value.munchkinId!, '123-ABC-456');
    setFieldValue(fields.value.clientId, 'my-client');
    setFieldValue(fields.value.clientSecret, 'my-secret');
    const save = locateSave(document);
    if (!save.found) throw new Error(save.reason);
    save.value.click();
    await demo.until(() => {
      const r = readMarketoConnection(document);
      return r.found && r.value.connected;
    });
    expect(document.body.textContent).toContain('my-client');
    expect(document.body.textContent).not.toContain('my-secret');

    await demo.click(demo.t('disconnect'));
    expect(readMarketoConnection(document)).toEqual({ found: true, value: { connected: false } });
    await demo.click('se connecter');
    await demo.until(() => {
      const r = readMarketoConnection(document);
      return r.found && r.value.connected;
    });
    demo.close();
  });
});

describe('readMarketoConnection on different markup', () => {
  it('a status list without buttons (pt-BR)', () => {
    const doc = htmlDoc('<dl><dt>Status</dt><dd>Não conectado</dd></dl>');
    expect(readMarketoConnection(doc)).toEqual({ found: true, value: { connected: false } });
  });
  it('a status badge saying Connected', () => {
    const doc = htmlDoc('<table><tr><th>Marketo</th><td><span>Connected</span></td></tr></table>');
    expect(readMarketoConnection(doc)).toEqual({ found: true, value: { connected: true } });
  });
  it('nothing to read', () => {
    expect(readMarketoConnection(htmlDoc('<h1>Marketo</h1>'))).toEqual({
      found: false,
      reason: 'no-connection-controls',
    });
  });
});
