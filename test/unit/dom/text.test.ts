import { describe, expect, it, vi } from 'vitest';
import {
  findActionByLabel,
  findByText,
  findControlByLabel,
  findValueByLabel,
  hasExactText,
  hasExactTexts,
  normalizeText,
  withTextPass,
} from '@/lib/dom/text';

const doc = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');

/** The XPath queries that looked for a label's text (not the probe for web components, lib/dom/text.ts). */
const labelQueries = (spy: { mock: { calls: unknown[][] } }) =>
  spy.mock.calls.filter(([expression]) => String(expression).includes('text()')).length;

describe('normalizeText', () => {
  it.each([
    ['  Client-ID :', 'client-id'],
    ['Paramètres', 'parametres'],
    ['Client\u00a0Secret\u200b*', 'client secret'],
    ['ＩＤ　client', 'id client'],
    ['Invite Users…', 'invite users'],
  ])('%j → %j', (input, expected) => expect(normalizeText(input)).toBe(expected));
});

describe('findControlByLabel', () => {
  it('follows <label for>, aria-label and aria-labelledby', () => {
    const d = doc(`<label for="a">Client ID</label><input id="a">
      <input aria-label="Client Secret" id="b">
      <span id="l">Munchkin ID</span><input aria-labelledby="l" id="c">`);
    expect(findControlByLabel(d, ['Client ID'])?.id).toBe('a');
    expect(findControlByLabel(d, ['client secret'])?.id).toBe('b');
    expect(findControlByLabel(d, ['Munchkin ID'])?.id).toBe('c');
  });
  it('takes the control right after plain label text, not one under the next label', () => {
    const d = doc(`<table>
      <tr><td>Client ID</td><td>5a3e9b52-shown-as-text</td></tr>
      <tr><td>Client Secret *</td><td><input id="secret"></td></tr></table>`);
    expect(findControlByLabel(d, ['Client ID'])).toBeNull();
    expect(findControlByLabel(d, ['Client Secret'])?.id).toBe('secret');
  });
  it('ignores our own panel', () => {
    const d = doc('<msi-panel><label>Client ID <input id="ours"></label></msi-panel>');
    expect(findControlByLabel(d, ['Client ID'])).toBeNull();
  });
});

describe('findByText', () => {
  it('steps over scripts, styles, templates and our own elements, and goes on after them, in document order', () => {
    const d = doc(`<div><p id="a">Sync</p>
      <div><script>"Sync"</script><style>/* Sync */</style></div>
      <template><p>Sync</p></template>
      <msi-panel><div><p>Sync</p></div></msi-panel></div>
      <section><div><div><msi-hold><b>Sync</b></msi-hold></div></div></section>
      <p id="b">Sync</p>`);
    expect(findByText(d, ['Sync']).map((el) => el.id)).toEqual(['a', 'b']);
    // A skipped element that is the last of its parents (and of theirs): the walk climbs out of it.
    const last = doc('<main><div><div><script>x</script></div></div></main><p id="after">Sync</p>');
    expect(findByText(last, ['Sync']).map((el) => el.id)).toEqual(['after']);
  });
});

describe('finders', () => {
  it('reads display values beside their label', () => {
    const d = doc('<dl><dt>Client ID</dt><dd>abc-123</dd></dl><p>Munchkin ID: 123-ABC-456</p>');
    expect(findValueByLabel(d, ['Client ID'])?.value).toBe('abc-123');
    expect(findValueByLabel(d, ['Munchkin ID'])?.value).toBe('123-ABC-456');
  });
  it('finds actions by text or aria-label, skipping hidden ones', () => {
    const d = doc(`<button hidden>Connect</button><a role="button" id="x" aria-label="Connect">⚡</a>
      <input type="button" value="New Remote Site" id="y">`);
    expect(findActionByLabel(d, ['Connect'])?.id).toBe('x');
    expect(findActionByLabel(d, ['New Remote Site'])?.id).toBe('y');
  });
  it('finds text split by inline elements and checks existence cheaply', () => {
    const d = doc(
      `<h2>Integration <b>Information</b></h2><p>Connexions et personnalisations</p><p>l'invitation</p>`,
    );
    expect(findByText(d, ['Integration Information'])[0]?.tagName).toBe('H2');
    expect(hasExactText(d, ['Connexions et personnalisations'])).toBe(true);
    expect(hasExactText(d, ["l'invitation"])).toBe(true);
    expect(hasExactText(d, ['Information Integration'])).toBe(false);
  });
});

describe('hasExactTexts', () => {
  const INTEGRATION = ['Integration Information', 'Informations sur l’intégration'];
  const SYNC = ['Action Field Sync'];
  const TAB = ['Actions Config'];
  it('asks for all tables, or for `need` of them', () => {
    const d = doc('<h2>Integration Information</h2><h2>Action Field Sync</h2>');
    expect(hasExactTexts(d, [INTEGRATION, SYNC])).toBe(true);
    expect(hasExactTexts(d, [INTEGRATION, SYNC, TAB])).toBe(false);
    expect(hasExactTexts(d, [INTEGRATION, SYNC, TAB], 2)).toBe(true);
    expect(hasExactTexts(d, [TAB, SYNC, INTEGRATION], 2)).toBe(true);
    expect(hasExactTexts(d, [INTEGRATION, TAB], 2)).toBe(false);
  });
  it('does not match a word that is present but not as the whole text', () => {
    const d = doc('<p>Integration Information is shown below</p><h2>Action Field Sync</h2>');
    expect(hasExactTexts(d, [INTEGRATION, SYNC])).toBe(false);
  });
  it('runs no XPath query when too few tables have their words on the page', () => {
    const d = doc('<h2>Integration Information</h2><p>Sync</p>');
    const spy = vi.spyOn(d, 'evaluate');
    expect(hasExactTexts(d, [INTEGRATION, SYNC, TAB], 2)).toBe(false);
    expect(labelQueries(spy)).toBe(0);
  });
  it('stops querying once the answer is known', () => {
    const d = doc('<h2>Integration Information</h2><h2>Action Field Sync</h2><p>Actions Config</p>');
    const spy = vi.spyOn(d, 'evaluate');
    expect(hasExactTexts(d, [INTEGRATION, SYNC, TAB], 2)).toBe(true);
    expect(labelQueries(spy)).toBe(2);
  });
});

describe('hasExactText cost', () => {
  it('does not run the XPath query when no label word is on the page', () => {
    const d = doc('<table><tr><td>Row 1</td><td>42</td></tr></table>');
    const spy = vi.spyOn(d, 'evaluate');
    expect(hasExactText(d, ['Integration Information', 'Action Field Sync'])).toBe(false);
    expect(labelQueries(spy)).toBe(0);
  });
  it('still matches labels rendered with different inner whitespace', () => {
    const d = doc('<h2>Action\n   Field  Sync</h2>');
    expect(hasExactText(d, ['Action Field Sync'])).toBe(true);
  });
  it('reads the page text once per recognition pass, and afresh in the next one', () => {
    const d = doc('<h2>Integration Information</h2>');
    const reads = vi.spyOn(d.body, 'textContent', 'get');
    const pass = () =>
      withTextPass(() => [
        hasExactText(d, ['Integration Information']),
        hasExactText(d, ['Action Field Sync']),
        hasExactText(d, ['Actions Config']),
      ]);
    expect(pass()).toEqual([true, false, false]);
    expect(reads).toHaveBeenCalledTimes(1);
    d.body.querySelector('h2')!.textContent = 'Action Field Sync';
    expect(pass()).toEqual([false, true, false]);
    expect(reads).toHaveBeenCalledTimes(2);
  });
});
