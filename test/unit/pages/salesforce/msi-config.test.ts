import { afterEach, describe, expect, it } from 'vitest';
import { locateEditButton, locateSaveButton } from '../../../../lib/pages/salesforce/buttons';
import { salesforceAdapters, salesforceMsiConfig } from '../../../../lib/pages/salesforce/detect';
import { locateEnableMsiActions, readMsiConfig } from '../../../../lib/pages/salesforce/msi-config/readers';
import { REASONS } from '../../../../lib/pages/salesforce/reasons';
import { type DemoDom, waitFor } from '../../../helpers/demo-dom';
import { clickAndSettle, LANGS, openPage, PAGES, STATES, settled, snippet } from './demo';

let demo: DemoDom | undefined;
afterEach(() => {
  demo?.close();
  demo = undefined;
});

const matching = (doc: Document) => salesforceAdapters.filter((a) => a.matchDocument(doc)).map((a) => a.page);

async function clickEdit(d: DemoDom) {
  const edit = locateEditButton(d.document);
  if (!edit.found) throw new Error(edit.reason);
  await clickAndSettle(d, edit.value, (doc) => locateSaveButton(doc).found);
}

describe.each(LANGS)('MSI Config Visualforce page, lang=%s', (lang) => {
  it.each(STATES)(
    'state %s: recognised by its document; view and edit mode read the same value',
    async (state) => {
      demo = await openPage(PAGES.msiPage, { state, lang });
      const doc = demo.document;
      const expected = state === 'configured';
      expect(salesforceMsiConfig.matchUrl(new URL(PAGES.msiPage))).toBeUndefined();
      expect(matching(doc)).toEqual(['salesforce-msi-config']);

      // View mode: a checkbox image, no input.
      expect(readMsiConfig(doc)).toEqual({ found: true, value: { enableMsiActions: expected } });
      const shown = locateEnableMsiActions(doc);
      expect(shown.found && shown.value.querySelector('img')).not.toBeNull();
      expect(locateSaveButton(doc).found).toBe(false);

      await clickEdit(demo);
      expect(matching(doc)).toEqual(['salesforce-msi-config']);
      const edit = readMsiConfig(doc);
      expect(edit.found && edit.value.enableMsiActions).toBe(expected);
      expect(edit.found && edit.value.checkbox?.type).toBe('checkbox');
      const located = locateEnableMsiActions(doc);
      expect(located.found && located.value).toBe(edit.found && edit.value.checkbox);
    },
  );

  it('Edit → tick Enable MSI Actions → Save persists (also after a reload)', async () => {
    demo = await openPage(PAGES.msiPage, { state: 'remote-sites', lang });
    await clickEdit(demo);
    const read = readMsiConfig(demo.document);
    if (!read.found || !read.value.checkbox) throw new Error('no checkbox');
    read.value.checkbox.click();
    const save = locateSaveButton(demo.document);
    if (!save.found) throw new Error(save.reason);
    await clickAndSettle(demo, save.value, (doc) => locateEditButton(doc).found);
    expect(readMsiConfig(demo.document)).toEqual({ found: true, value: { enableMsiActions: true } });

    const stored = demo.window.localStorage.getItem('demo:salesforce')!;
    const reloaded = await openPage(PAGES.msiPage, {}, { 'demo:salesforce': stored });
    expect(readMsiConfig(reloaded.document)).toEqual({ found: true, value: { enableMsiActions: true } });
    reloaded.close();
  });
});

describe('MSI Config tab in Lightning', () => {
  it('the Lightning page around the frame is not the config page; its Visualforce frame is', async () => {
    demo = await openPage(PAGES.msiTab, { state: 'configured', lang: 'fr' });
    const frame = await waitFor(demo.window, () => {
      const f = demo?.document.querySelector('iframe');
      return f?.contentDocument && settled(f.contentDocument) ? f : null;
    });
    expect(matching(demo.document)).toEqual([]);
    expect(readMsiConfig(demo.document)).toEqual({ found: false, reason: REASONS.noMsiConfig });
    expect(new URL(frame.src).hostname).toBe('acme--mkto-si.vf.force.com');
    const inner = frame.contentDocument!;
    expect(matching(inner)).toEqual(['salesforce-msi-config']);
    expect(readMsiConfig(inner)).toEqual({ found: true, value: { enableMsiActions: true } });
  });

  it('without the package the tab does not exist', async () => {
    demo = await openPage(PAGES.msiTab, { state: 'fresh' });
    expect(demo.document.querySelector('iframe')).toBeNull();
    expect(readMsiConfig(demo.document).found).toBe(false);
  });
});

describe('MSI Config: not found elsewhere', () => {
  it.each([
    ['Setup home', PAGES.setupHome],
    ['Installed Packages', PAGES.classicPackages],
    ['Remote Site Settings', PAGES.lightningSites],
  ])('%s', async (_name, url) => {
    demo = await openPage(url, { state: 'configured' });
    expect(salesforceMsiConfig.matchDocument(demo.document)).toBe(false);
    expect(readMsiConfig(demo.document)).toEqual({ found: false, reason: REASONS.noMsiConfig });
    expect(locateEnableMsiActions(demo.document).found).toBe(false);
  });
});

describe('MSI Config in other markup', () => {
  it('reads a definition list in view mode ("Yes"/"No" text)', () => {
    const on = snippet(`<h1>Marketo Sales Insight Config</h1>
      <dl><dt>Enable MSI Actions</dt><dd>Yes</dd><dt>API Secret Key</dt><dd>****</dd><dt>Send Marketo Email</dt><dd>No</dd></dl>`);
    expect(salesforceMsiConfig.matchDocument(on)).toBe(true);
    expect(readMsiConfig(on)).toEqual({ found: true, value: { enableMsiActions: true } });
    const off = snippet(
      `<dl><dt>Enable MSI Actions:</dt><dd>No</dd><dt>Send Marketo Email</dt><dd>Yes</dd></dl>`,
    );
    expect(readMsiConfig(off)).toEqual({ found: true, value: { enableMsiActions: false } });
  });

  it('reads an SLDS-style checkbox (input, then a label wrapping the text) in French', () => {
    const doc = snippet(`<div class="a"><div class="b">
        <input type="checkbox" id="c1" checked>
        <label for="c1"><span class="faux"></span><span class="t">Activer les actions MSI</span></label>
      </div></div>
      <div><input type="checkbox" id="c2"><label for="c2"><span>Send Marketo Email</span></label></div>`);
    expect(salesforceMsiConfig.matchDocument(doc)).toBe(true);
    const read = readMsiConfig(doc);
    expect(read.found && read.value.enableMsiActions).toBe(true);
    expect(read.found && read.value.checkbox?.id).toBe('c1');
  });

  it('reads a checkbox named by aria-labelledby, and a plain "[x] label" checkbox', () => {
    const labelled =
      snippet(`<span id="l">Enable MSI Actions</span><div><div><div><span role="img"></span></div></div></div>
      <section><input type="checkbox" aria-labelledby="l"></section>`);
    const r1 = readMsiConfig(labelled);
    expect(r1.found && r1.value.enableMsiActions).toBe(false);
    expect(r1.found && r1.value.checkbox).toBeDefined();
    const plain = snippet(`<p><input type="checkbox" checked> <span>Enable MSI Actions</span></p>`);
    expect(readMsiConfig(plain).found && readMsiConfig(plain)).toMatchObject({
      value: { enableMsiActions: true },
    });
  });

  it('reads a Classic checkbox image by its file name when it has no alt text', () => {
    const doc =
      snippet(`<table><tr><th>Enable MSI Actions</th><td><img src="/img/checkbox_unchecked.gif"></td>
      <th>Send Marketo Email</th><td><img src="/img/checkbox_checked.gif"></td></tr></table>`);
    expect(readMsiConfig(doc)).toEqual({ found: true, value: { enableMsiActions: false } });
  });

  it('does not take the next field’s value when its own cannot be read', () => {
    const doc = snippet(`<table><tr><td>Enable MSI Actions</td><td><span class="icon"></span>?</td>
      <td>Send Marketo Email</td><td><img alt="Checked"></td></tr></table>`);
    expect(readMsiConfig(doc)).toEqual({ found: false, reason: REASONS.msiValueUnreadable });
    expect(locateEnableMsiActions(doc).found).toBe(true);
  });

  it('does not recognise a page that only names the tab', () => {
    const doc = snippet(
      `<nav><a href="/lightning/n/mkto_si__Marketo_Sales_Insight_Config">Marketo Sales Insight Config</a></nav>`,
    );
    expect(salesforceMsiConfig.matchDocument(doc)).toBe(false);
    expect(readMsiConfig(doc).found).toBe(false);
  });
});
