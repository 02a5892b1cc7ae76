import { describe, expect, it } from 'vitest';
import { sanitiseDocument } from '@/lib/report/sanitise';

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('sanitiseDocument', () => {
  const doc = page(`<!doctype html><html><head><title>Actions Config</title>
    <script>window.secret = "x"</script></head><body>
    <h1 onclick="steal()">Integration Information</h1>
    <table><tr><td>Client ID</td><td>5a3e9b52-1c2d-4e5f-8a9b-0c1d2e3f4a5b</td></tr>
    <tr><td>Client Secret</td><td>Zx81kPq0aL2mN7vB3cD4eF5gH6iJ7kL8</td></tr>
    <tr><td>Munchkin ID</td><td>123-ABC-456</td></tr></table>
    <p>Invited jane.doe@acme.com on 2026-11-02</p>
    <a href="https://app-ab12.marketo.com/?munchkinId=123-ABC-456#AD0A1">Admin</a>
    <input type="text" value="typed value"><input type="password" id="pw">
    <msi-panel></msi-panel>
    </body></html>`);
  (doc.getElementById('pw') as HTMLInputElement).value = 'hunter2hunter2';
  const result = sanitiseDocument(doc);

  it('keeps the labels adapters need', () => {
    expect(result.html).toContain('Integration Information');
    expect(result.html).toContain('Client Secret');
    expect(result.html).toContain('Munchkin ID');
  });
  it('masks emails, IDs, secrets and form values', () => {
    for (const secret of [
      'jane.doe@acme.com',
      '5a3e9b52-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
      'Zx81kPq0aL2mN7vB3cD4eF5gH6iJ7kL8',
      '123-ABC-456',
      'typed value',
      'hunter2hunter2',
    ]) {
      expect(result.html).not.toContain(secret);
    }
    expect(result.html).toContain('[email]');
    expect(result.masked).toBeGreaterThanOrEqual(6);
  });
  it('removes scripts, handlers, query strings and our own panel', () => {
    expect(result.html).not.toMatch(/<script/i);
    expect(result.html).not.toContain('onclick');
    expect(result.html).not.toContain('munchkinId=');
    expect(result.html).not.toContain('msi-panel');
    expect(result.removed).toBeGreaterThanOrEqual(2);
  });
  // Found by the property test (CI, seed -1868355467): short letter runs between `/` and `+`.
  it.each([
    ['base64', 'CbRpMRceUZC/IR+xApvclc'],
    ['base64url', 'CbRpMRceUZC-IR_xApvclc'],
    ['base64, one case', 'AAAAAAAAAAAA+AAAAAAA'],
    ['base64url, one case', 'AAAAAAAAAAAA-AAAAAAA'],
  ])('masks an all-letter %s key whose runs are short between its glue (%s)', (_, key) => {
    const html = sanitiseDocument(page(`<p title="the key is ${key}">the key is</p><p>${key}</p>`)).html;
    expect(html).not.toContain(key.slice(0, 8));
    expect(html).toContain('the key is');
  });
  it('keeps hyphenated words a label is written with', () => {
    for (const text of [
      'Sales-Insight Actions / Invite users',
      'Marketo-Sales-Insight-Actions',
      'Client-ID-Secret-API-Keys',
    ])
      expect(sanitiseDocument(page(`<h2>${text}</h2>`)).html).toContain(text);
  });
  it('does not touch the live page', () => {
    expect(doc.querySelector('script')).not.toBeNull();
    expect((doc.getElementById('pw') as HTMLInputElement).value).toBe('hunter2hunter2');
  });
});

describe('what the report keeps for a maintainer', () => {
  const doc = page(`<!doctype html><html lang="fr" dir="ltr"><head><title>Paramètres</title></head><body>
    <nav role="navigation" aria-label="Admin"><a href="https://app-ab12.marketo.com/#AD0SI2" aria-current="page">Sales Insight</a></nav>
    <div role="tabpanel" aria-labelledby="t1" hidden><h2 id="t1">Actions Config</h2></div>
    <label for="cid">Client ID</label><input id="cid" type="text" aria-required="true" disabled>
    <table role="grid"><tr><th scope="col" colspan="2">Nom du package</th></tr>
    <tr><td>Marketo Sales Insight</td><td><img src="https://acme.my.salesforce.com/img/checkbox_checked.gif?v=2" alt="Coché" title="Coché"></td></tr></table>
    <input id="enable" type="checkbox" checked><button type="button" aria-expanded="false" aria-haspopup="menu">Actions</button>
    <div style="display: none; visibility: hidden">caché</div>
    <iframe src="https://acme--mkto-si.vf.force.com/apex/Config?sfdcIFrameOrigin=x" title="MSI"></iframe>
    <lightning-card><span slot="title">Integrationsinformationen</span></lightning-card>
    </body></html>`);
  (doc.getElementById('enable') as HTMLInputElement).checked = false;
  const { html } = sanitiseDocument(doc);
  const saved = new DOMParser().parseFromString(html, 'text/html');

  it('keeps tags, roles, ARIA states, types and the texts of labels', () => {
    expect(saved.documentElement.getAttribute('lang')).toBe('fr');
    expect(saved.title).toBe('Paramètres');
    expect(
      saved.querySelector('nav[role=navigation][aria-label=Admin] a[aria-current=page]')?.textContent,
    ).toBe('Sales Insight');
    expect(saved.querySelector('[role=tabpanel][hidden] h2')?.textContent).toBe('Actions Config');
    expect(
      saved.querySelector('button[type=button][aria-expanded=false][aria-haspopup=menu]')?.textContent,
    ).toBe('Actions');
    expect(saved.querySelector('th[scope=col][colspan="2"]')?.textContent).toBe('Nom du package');
    expect(saved.querySelector('lightning-card span')?.textContent).toBe('Integrationsinformationen');
  });
  it('keeps which label names which field, under ids of its own', () => {
    const label = saved.querySelector('label');
    const field = saved.getElementById(label?.getAttribute('for') ?? '');
    expect(field?.getAttribute('type')).toBe('text');
    expect(field?.hasAttribute('disabled')).toBe(true);
    expect(label?.getAttribute('for')).toMatch(/^r\d+$/);
    expect(saved.querySelector('[role=tabpanel]')?.getAttribute('aria-labelledby')).toBe(
      saved.querySelector('h2')?.id,
    );
  });
  it('keeps the live state of checkboxes, not the default', () => {
    expect(saved.querySelector('input[type=checkbox]')?.hasAttribute('checked')).toBe(false);
  });
  it('keeps what shows or hides things and the path of images and frames, without queries', () => {
    expect(saved.querySelector('div[style]')?.getAttribute('style')).toBe(
      'display: none; visibility: hidden',
    );
    expect(saved.querySelector('img')?.getAttribute('src')).toBe(
      'https://acme.my.salesforce.com/img/checkbox_checked.gif',
    );
    expect(saved.querySelector('img')?.getAttribute('alt')).toBe('Coché');
    expect(saved.querySelector('iframe')?.getAttribute('src')).toBe(
      'https://acme--mkto-si.vf.force.com/apex/Config',
    );
    expect(saved.querySelector('a')?.getAttribute('href')).toBe('https://app-ab12.marketo.com/');
  });
});
