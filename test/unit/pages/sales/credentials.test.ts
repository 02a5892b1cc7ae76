import { describe, expect, it } from 'vitest';
import { labelTexts } from '@/lib/dom/labels';
import { renderedText } from '@/lib/dom/shadow';
import { locateGear } from '../../../../lib/pages/sales/locators';
import {
  findCredentialFields,
  findSetupTab,
  readPageMunchkinId,
} from '../../../../lib/pages/sales/marketo-settings/credentials';
import { htmlDoc, LANGS, openSales, ROUTES, VARIANTS } from './demo';

describe.each(VARIANTS)('findSetupTab on the demo (%s)', (ui) => {
  for (const lang of LANGS) {
    it(`finds the Set Up tab and whether it is selected (${lang})`, async () => {
      const demo = await openSales(ROUTES.marketo, { ui, lang });
      const before = findSetupTab(demo.document);
      if (!before.found) throw new Error(before.reason);
      expect(renderedText(before.value.tab)).toBe(demo.t('tabSetup'));
      expect(before.value.selected).toBe(false);
      before.value.tab.click();
      await demo.until(() => findSetupTab(demo.document).found);
      const after = findSetupTab(demo.document);
      expect(after.found && after.value.selected).toBe(true);
      demo.close();
    });
  }

  it('does not take the gear menu’s "Configuración" for the tab (es)', async () => {
    const demo = await openSales(ROUTES.marketo, { ui, lang: 'es' });
    const gear = locateGear(demo.document);
    if (!gear.found) throw new Error(gear.reason);
    gear.value.click();
    expect(demo.document.querySelector('[role=menuitem]')?.textContent).toBe('Configuración');
    const tab = findSetupTab(demo.document);
    expect(tab.found && tab.value.tab.getAttribute('role')).toBe('tab');
    expect(tab.found && renderedText(tab.value.tab)).toBe('Configurar');
    demo.close();
  });
});

describe('findSetupTab on different markup', () => {
  it('link tabs with aria-current (de "Setup")', () => {
    const doc = htmlDoc(
      '<div role="tablist"><a href="#a">Übersicht</a><a href="#b" aria-current="page">Setup</a></div>',
    );
    const tab = findSetupTab(doc);
    expect(tab.found && tab.value.selected).toBe(true);
    expect(tab.found && tab.value.tab.getAttribute('href')).toBe('#b');
  });
  it('plain list items, "Configure" (product brief wording)', () => {
    const doc = htmlDoc('<ul><li>Overview</li><li>Configure</li></ul>');
    const tab = findSetupTab(doc);
    expect(tab.found && tab.value).toEqual({ tab: doc.querySelectorAll('li')[1], selected: false });
  });
  it('not found', () => {
    expect(findSetupTab(htmlDoc('<div role="tablist"><button role="tab">Overview</button></div>'))).toEqual({
      found: false,
      reason: 'no-setup-tab',
    });
  });
});

describe.each(VARIANTS)('findCredentialFields on the demo (%s)', (ui) => {
  for (const lang of LANGS) {
    it(`identifies the three fields by their three label styles (${lang})`, async () => {
      const demo = await openSales(ROUTES.marketo, { ui, lang });
      expect(findCredentialFields(demo.document)).toEqual({ found: false, reason: 'no-form' });
      await demo.click(demo.t('tabSetup'));
      const fields = findCredentialFields(demo.document);
      if (!fields.found) throw new Error(fields.reason);
      const { munchkinId, clientId, clientSecret } = fields.value;
      // Munchkin ID: plain text above; Client ID: <label for>; Client Secret: aria-label.
      if (ui === 'wc') {
        // The inputs sit in the components' shadow roots; Munchkin ID is named by a field label's `for`.
        for (const field of [munchkinId, clientId, clientSecret])
          expect(field?.getRootNode()).not.toBe(demo.document);
        expect(labelTexts(munchkinId!)).toEqual([demo.t('munchkinId')]);
      } else {
        expect(munchkinId?.previousElementSibling?.textContent).toBe(demo.t('munchkinId'));
      }
      expect(clientId.labels?.[0]?.textContent).toBe(demo.t('clientId'));
      expect(clientSecret.getAttribute('aria-label')).toBe(demo.t('clientSecret'));
      expect(clientSecret.type).toBe('password');
      demo.close();
    });
  }

  it('returns the read-only pre-filled Munchkin ID field too (setup-prefilled)', async () => {
    const demo = await openSales(ROUTES.marketo, { ui, state: 'setup-prefilled' });
    await demo.click(demo.t('tabSetup'));
    const fields = findCredentialFields(demo.document);
    expect(fields.found && fields.value.munchkinId?.readOnly).toBe(true);
    expect(fields.found && fields.value.munchkinId?.value).toBe('123-ABC-456');
    demo.close();
  });
});

describe('findCredentialFields on different markup', () => {
  it('a table form with labels in <td> and name attributes only', () => {
    const doc = htmlDoc(`<form><table>
      <tr><td>Client Secret</td><td><input name="f2" type="password"></td></tr>
      <tr><td>Munchkin Account ID</td><td><input name="f0"></td></tr>
      <tr><td>Client ID:</td><td><input name="f1"></td></tr>
    </table></form>`);
    const fields = findCredentialFields(doc);
    if (!fields.found) throw new Error(fields.reason);
    expect(fields.value.clientId.name).toBe('f1');
    expect(fields.value.clientSecret.name).toBe('f2');
    expect(fields.value.munchkinId?.name).toBe('f0');
  });

  it('unlabelled inputs identified by name / id words', () => {
    const doc = htmlDoc(
      '<form><input name="marketo[clientSecret]" type="password"><input id="client_id"><input name="munchkinAccount"></form>',
    );
    const fields = findCredentialFields(doc);
    if (!fields.found) throw new Error(fields.reason);
    expect(fields.value.clientId.id).toBe('client_id');
    expect(fields.value.clientSecret.name).toBe('marketo[clientSecret]');
    expect(fields.value.munchkinId?.name).toBe('munchkinAccount');
  });

  it('dl/dd with Spanish labels, and aria-labelledby', () => {
    const doc = htmlDoc(`<dl><dt>ID de cliente</dt><dd><input id="a"></dd></dl>
      <span id="l">Secreto de cliente</span><input id="b" aria-labelledby="l">`);
    const fields = findCredentialFields(doc);
    expect(fields.found && [fields.value.clientId.id, fields.value.clientSecret.id]).toEqual(['a', 'b']);
    expect(fields.found && fields.value.munchkinId).toBeUndefined();
  });

  it('a label beats a misleading name attribute; an intro sentence is no label', () => {
    const doc = htmlDoc(`<p>Enter your Client ID and Client Secret from Marketo below.</p>
      <div><label for="x">Client ID</label><input id="x" name="secret"></div>
      <div><label for="y">Client Secret</label><input id="y" name="clientId"></div>`);
    const fields = findCredentialFields(doc);
    expect(fields.found && [fields.value.clientId.id, fields.value.clientSecret.id]).toEqual(['x', 'y']);
  });

  it('refuses a field that answers to both Client ID and Client Secret', () => {
    const doc = htmlDoc(`<label for="a">Client ID</label><input id="a" aria-label="Client Secret">
      <label for="b">Client Secret</label><input id="b">`);
    expect(findCredentialFields(doc)).toEqual({ found: false, reason: 'ambiguous' });
  });

  it('refuses two fields labelled Client ID', () => {
    const doc = htmlDoc(`<input aria-label="Client ID"><input aria-label="Client ID">
      <input aria-label="Client Secret">`);
    expect(findCredentialFields(doc)).toEqual({ found: false, reason: 'ambiguous' });
  });

  it('reports which field is missing, and hidden fields do not count', () => {
    expect(findCredentialFields(htmlDoc('<p>Nothing here</p>'))).toEqual({ found: false, reason: 'no-form' });
    expect(findCredentialFields(htmlDoc('<input aria-label="Search">'))).toEqual({
      found: false,
      reason: 'no-client-id-field',
    });
    expect(
      findCredentialFields(htmlDoc('<input aria-label="Client ID"><input placeholder="Email">')),
    ).toEqual({
      found: false,
      reason: 'no-client-secret-field',
    });
    expect(
      findCredentialFields(
        htmlDoc('<input aria-label="Client ID"><div hidden><input aria-label="Client Secret"></div>'),
      ),
    ).toEqual({ found: false, reason: 'no-client-secret-field' });
  });
});

describe('readPageMunchkinId', () => {
  it('reads the Munchkin ID shown once connected (demo, fr)', async () => {
    const demo = await openSales(ROUTES.marketo, { lang: 'fr', state: 'marketo-connected' });
    expect(readPageMunchkinId(demo.document)).toEqual({ found: true, value: '123-ABC-456' });
    demo.close();
  });

  it('reads the pre-filled field, and finds nothing on a fresh account (demo)', async () => {
    const prefilled = await openSales(ROUTES.marketo, { lang: 'es', state: 'setup-prefilled' });
    expect(readPageMunchkinId(prefilled.document)).toEqual({ found: false, reason: 'no-munchkin-id' });
    await prefilled.click(prefilled.t('tabSetup'));
    expect(readPageMunchkinId(prefilled.document)).toEqual({ found: true, value: '123-ABC-456' });
    prefilled.close();
    const fresh = await openSales(ROUTES.marketo, { state: 'fresh' });
    await fresh.click(fresh.t('tabSetup'));
    expect(readPageMunchkinId(fresh.document)).toEqual({ found: false, reason: 'no-munchkin-id' });
    fresh.close();
  });

  it('reads "Label: value" text and table cells (different markup)', () => {
    expect(readPageMunchkinId(htmlDoc('<p>Munchkin Account ID: 123-abc-456</p>'))).toEqual({
      found: true,
      value: '123-ABC-456',
    });
    expect(
      readPageMunchkinId(
        htmlDoc('<table><tr><th>Munchkin-ID</th><td><code>987-XYZ-654</code></td></tr></table>'),
      ),
    ).toEqual({ found: true, value: '987-XYZ-654' });
    expect(readPageMunchkinId(htmlDoc('<p>Munchkin ID</p><p>not set</p>'))).toEqual({
      found: false,
      reason: 'no-munchkin-id',
    });
  });
});
