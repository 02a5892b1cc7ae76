/**
 * "Report this page" against hostile pages: each page plants values that must
 * not reach the saved file and active content that must not survive in it.
 * Every report must also be inert as a whole (helpers.inertProblems).
 */
import { describe, expect, it } from 'vitest';
import { sanitiseDocument } from '@/lib/report/sanitise';
import { CSP_START, inertProblems, leaked, page } from './helpers';

interface Case {
  name: string;
  html: string;
  /** Values that must not be in the file in any form. */
  planted: string[];
  /** Runs on the parsed page before the report is taken (what a page's script does). */
  setup?: (doc: Document) => void;
  /** Texts the maintainer needs, that must still be there. */
  kept?: string[];
  /** Elements the page's text tried to become (they must stay text). */
  noElements?: string;
}

const SECRET = 'Zx81kPq0aL2mN7vB3cD4eF5gH6iJ7kL8';
const LETTERS = 'qwhzkvtrxmplnbgfdsjcywqkzxvbnmlp';
const EMAIL = 'jane.doe@acme.com';

const CASES: Case[] = [
  {
    name: 'comments and processing instructions',
    html: `<body><!-- ${EMAIL} ${SECRET} --><p>Admin</p><!--[if IE]><script>x()</script><![endif]--><?php echo "${LETTERS}" ?></body>`,
    planted: [EMAIL, SECRET, LETTERS, 'x()'],
    kept: ['Admin'],
  },
  {
    name: 'a page-made comment that closes itself',
    html: '<body><p id="p">Hello</p></body>',
    setup: (doc) => {
      doc.body.append(doc.createComment('--><img src=x onerror=alert(1)><!--'));
      doc.body.append(doc.createTextNode('--><img src=x onerror=alert(2)><!--'));
    },
    planted: ['alert(1)'],
    noElements: 'img',
    kept: ['Hello', '--&gt;&lt;img src=x onerror=alert(2)&gt;&lt;!--'],
  },
  {
    name: 'values in attributes',
    html: `<body><select><option value="${EMAIL}">Someone</option></select>
      <button value="${SECRET}">Go</button><data value="5551234567">x</data><ol><li value="${LETTERS}">a</li></ol>
      <input type="checkbox" value="alice@acme.com"><input type="radio" value="bob@acme.com">
      <span class="u-${SECRET}">c</span><label for="${LETTERS}">Client ID</label>
      <div data-${LETTERS}="1" name="${SECRET}x" aria-label="Mail ${EMAIL}" title="key ${SECRET}" placeholder="e.g. ${EMAIL}">d</div>
      <p id="carol@acme.com" aria-describedby="carol@acme.com">e</p>
      <div role="button ${LETTERS}" aria-expanded="${SECRET}" dir="${EMAIL}" tabindex="${SECRET}">f</div></body>`,
    planted: [EMAIL, SECRET, LETTERS, '5551234567', 'alice@acme.com', 'bob@acme.com', 'carol@acme.com'],
    kept: ['Someone', 'Go', 'Client ID', 'type="checkbox"'],
  },
  {
    name: 'encodings: percent, references, full width, zero width, soft hyphen, bidi marks',
    html: `<body><p>a jane%40acme.com b</p><p>dave%2540acme.com</p><p>eve&amp;#64;acme.com</p><p>ｆｒａｎｋ＠ａｃｍｅ．ｃｏｍ</p>
      <p>gr\u200Bace@ac\u200Dme.com</p><p>hei\u00ADdi@acme.com</p><p>ivan\u200E@\u202Eacme.com</p>
      <p>${SECRET.slice(0, 10)}\u200B${SECRET.slice(10)}</p><p>${[...LETTERS].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('')}</p></body>`,
    planted: [
      'jane@acme.com',
      'jane%40acme.com',
      'dave@acme.com',
      'eve@acme.com',
      'frank@acme.com',
      'ｆｒａｎｋ',
      'grace@acme.com',
      'heidi@acme.com',
      'ivan@acme.com',
      SECRET,
      LETTERS,
    ],
  },
  {
    name: 'emails split over inline elements, quoted, obfuscated',
    html: `<body><p>j<wbr>udy@acme.com</p><p>mall<mark>ory</mark>@<b>evil</b>.com</p><p><span>oscar</span><span>@acme.com</span></p>
      <p><i>peggy</i>\u200B<i>@acme.com</i></p><p>"trent doe"@acme.com</p><p>victor [at] acme.com</p><p>walter@[192.168.0.1]</p>
      <p>Invited user: Ana López (ana@acme.com)</p><p>To: Bo Ek &lt;bo@acme.com&gt;</p></body>`,
    planted: [
      'Ana López',
      'López',
      'Bo Ek',
      'udy@acme.com',
      'mallory',
      'ory@',
      'evil.com',
      'oscar',
      'peggy',
      'trent doe',
      'victor',
      'walter',
      '192.168.0.1',
    ],
  },
  {
    name: 'secrets of every shape in text',
    html: `<body><p>a ${LETTERS} b</p><p>${SECRET.toUpperCase()}</p><p>5a3e9b52-1c2d-4e5f-8a9b-0c1d2e3f4a5b</p><p>Munchkin 123-ABC-456</p>
      <p>0015g00000XyZabAAB</p><p>eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl</p><p>call +1 (415) 555-0100</p>
      <p>dGhpcyBpcyBhIHNlY3JldCBrZXkgdmFsdWU+/=</p><p>Договорсекретныйключдоступа</p></body>`,
    planted: [
      LETTERS,
      SECRET.toUpperCase(),
      '5a3e9b52',
      '123-ABC-456',
      '0015g00000XyZabAAB',
      'eyJhbGciOiJIUzI1NiJ9',
      '555-0100',
      'dGhpcyBpcyBhIHNlY3JldCBrZXkgdmFsdWU',
      'Договорсекретныйключдоступа',
    ],
  },
  {
    name: 'whatever stands next to a credential label, in any language and shape',
    html: `<body><table><tr><td>Client Secret</td><td>correct horse battery staple</td></tr></table>
      <dl><dt>ID de cliente</dt><dd><code>ab</code><code>cd</code></dd><dt>Munchkin-ID</dt><dd>one two</dd></dl>
      <p>クライアントシークレット：ひみつのあいことば</p><p>Munchkin Account ID: xyz</p>
      <div><label>Segredo do cliente</label><div><span>tiny</span></div></div>
      <section><h3>Integration Information</h3><div>Client ID</div><div>plain words here</div></section>
      <div>klienthemlighet</div><div>hemligt ord</div>
      <ul><li><a href="#a">Web Services</a></li><li><a href="#m">Munchkin</a></li><li><a href="#t">Treasure Chest</a></li></ul></body>`,
    planted: [
      'correct horse',
      'battery',
      '>ab<',
      '>cd<',
      'one two',
      'ひみつ',
      'xyz',
      'tiny',
      'plain words',
      'hemligt ord',
    ],
    // A label that is the whole text of a link names the link: its neighbours in the list are kept.
    kept: [
      'Client Secret',
      'ID de cliente',
      'Munchkin-ID',
      'Munchkin Account ID',
      'Integration Information',
      'Client ID',
      'Web Services',
      '>Munchkin<',
      'Treasure Chest',
    ],
  },
  {
    name: 'URLs that run, load or carry data',
    html: `<body><a href=" JaVaScRiPt:alert(1)">a</a><a href="\tjava\nscript:alert(2)">b</a><a href="DATA:text/html,<script>alert(3)</script>">c</a>
      <a href="http://example.com/">d</a><a href="https://user:hunter2@app-ab12.marketo.com/x?munchkinId=123-ABC-456#AD0A1">e</a>
      <iframe src="javascript:alert(4)"></iframe><form action="javascript:alert(5)"><button formaction=" data:x">f</button></form>
      <img src="https://cdn.example.com/u/${SECRET}/p.png?t=${LETTERS}" srcset="https://a.example.com/x.png?k=${LETTERS} 2x" alt="pic">
      <video poster="https://a.example.com/p.png?k=${LETTERS}"></video><a ping="https://track.example.com/?k=${LETTERS}" href="https://a.example.com/p/jane%40acme.com/">g</a>
      <div style="background-image: url('javascript:alert(6)')">h</div><div style="background-image:url(https://a.example.com/bg.png?k=${LETTERS})">i</div>
      <div style="width: ${SECRET}; --k: ${LETTERS}; display: none">j</div><span style="background:url(https://evil.example/x)">k</span></body>`,
    planted: [
      'alert(',
      'hunter2',
      'user:',
      '123-ABC-456',
      'AD0A1',
      SECRET,
      LETTERS,
      'jane@acme.com',
      'jane%40acme.com',
      'example.com/"',
      'evil.example',
    ],
    kept: ['https://app-ab12.marketo.com/x', 'display: none', 'alt="pic"'],
  },
  {
    name: 'documents that reach the network or move on',
    html: `<head><meta http-equiv="refresh" content="0;url=https://evil.example/?k=${LETTERS}"><base href="https://evil.example/">
      <link rel="stylesheet" href="https://evil.example/s.css"><link rel="prefetch" href="https://evil.example/p">
      <style>@import url(https://evil.example/i.css); body { background: url(https://evil.example/b.png) }</style></head>
      <body><object data="https://evil.example/o.swf"></object><embed src="https://evil.example/e.swf"><p>ok</p></body>`,
    planted: ['evil.example', LETTERS, 'refresh', '@import'],
    kept: ['ok'],
  },
  {
    name: 'SVG that runs or animates',
    html: `<body><svg><a xlink:href="javascript:alert(1)"><text>t</text></a><a href="javascript:alert(2)"><circle r="1"/></a>
      <animate attributeName="href" values="javascript:alert(3)"/><set attributeName="onmouseover" to="alert(4)"/>
      <script>alert(5)</script><foreignObject><p onclick="alert(6)">fo ${EMAIL}</p></foreignObject>
      <image href="https://evil.example/i.png"/><use href="https://evil.example/s.svg#x"/></svg></body>`,
    planted: ['alert(', EMAIL, 'evil.example'],
    kept: ['<svg>', 'fo '],
  },
  {
    name: "nested frames' srcdoc",
    html: `<body><iframe srcdoc="<p>${EMAIL}</p><iframe srcdoc='<script>alert(1)</script>${SECRET}'></iframe>" src="https://toutapp.com/next?k=${LETTERS}#settings">fallback ${LETTERS}</iframe></body>`,
    planted: [EMAIL, SECRET, 'alert(', LETTERS, '#settings'],
    kept: ['<iframe src="https://toutapp.com/next">'],
  },
  {
    name: 'shadow roots: open ones are read and sanitised, closed ones are not read',
    html: '<body><div id="open"></div><div id="closed"></div></body>',
    setup: (doc) => {
      const open = doc.getElementById('open')!.attachShadow({ mode: 'open' });
      open.innerHTML = `<p onclick="alert(1)">shadow ${EMAIL}</p><script>alert(2)</script><!-- ${SECRET} --><span>Client Secret</span><span>shadowvalue</span>`;
      const closed = doc.getElementById('closed')!.attachShadow({ mode: 'closed' });
      closed.innerHTML = `<p>closed ${LETTERS}</p>`;
    },
    planted: [EMAIL, 'alert(', SECRET, LETTERS, 'shadowvalue'],
    kept: ['<msi-shadow-root>', 'shadow ', 'Client Secret'],
  },
  {
    name: 'templates',
    html: `<body><template><p>${EMAIL}</p><script>alert(1)</script><img src=x onerror=alert(2)></template><template shadowrootmode="open"><p>${SECRET}</p></template><p>after</p></body>`,
    planted: [EMAIL, 'alert(', SECRET],
    kept: ['after'],
  },
  {
    name: 'texts that try to break out of their element',
    html: `<head><title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title></head><body>
      <textarea>&lt;/textarea&gt;&lt;img src=x onerror=alert(2)&gt;</textarea><p title='" onmouseover="alert(3)'>q</p>
      <svg><text>&lt;/svg&gt;&lt;img src=x onerror=alert(4)&gt;</text><desc>]]&gt;&lt;![CDATA[</desc></svg>
      <noscript><img src=x onerror=alert(5)></noscript><xmp><img src=x onerror=alert(6)></xmp></body>`,
    planted: ['alert(5)', 'alert(6)'],
    noElements: 'img, script, p[onmouseover]',
    kept: ['&lt;/title&gt;&lt;script&gt;', '&lt;/svg&gt;&lt;img src=x'],
  },
  {
    name: 'form values and editable content, live',
    html: `<body><input id="a" type="text"><input id="b" type="password"><input type="hidden" value="${SECRET}">
      <textarea id="c"></textarea><div contenteditable="true"><p>draft to ${EMAIL} about plans</p></div>
      <select id="d"><option value="1">One</option><option value="2">Two</option></select><output>42 ${LETTERS}</output></body>`,
    setup: (doc) => {
      (doc.getElementById('a') as HTMLInputElement).value = 'typed by the user';
      (doc.getElementById('b') as HTMLInputElement).value = 'hunter2hunter2';
      (doc.getElementById('c') as HTMLTextAreaElement).value = 'a note about plans';
      (doc.getElementById('d') as HTMLSelectElement).value = '2';
    },
    planted: ['typed by the user', 'hunter2', SECRET, 'a note', EMAIL, 'draft to', LETTERS],
    kept: ['One', 'Two', '<option value="[value]" selected>Two'],
  },
  {
    name: 'hostile names: custom elements, attributes named after Object.prototype',
    html: `<body><x-${LETTERS}>a</x-${LETTERS}><lightning-input>b</lightning-input>
      <div constructor="x" __proto__="y" hasOwnProperty="z" toString="w">c</div><p id="__proto__">d</p><label for="__proto__">e</label></body>`,
    planted: [LETTERS],
    kept: ['<lightning-input>b</lightning-input>', '<p id="r1">d</p>', '<label for="r1">e</label>'],
  },
];

describe('report of a hostile page', () => {
  it.each(CASES)('$name', ({ html, planted, setup, kept, noElements }) => {
    const doc = page(
      html.startsWith('<head') ? `<!doctype html><html>${html}</html>` : `<!doctype html>${html}`,
    );
    setup?.(doc);
    const before = doc.documentElement.outerHTML;
    const result = sanitiseDocument(doc);
    expect(inertProblems(result.html)).toEqual([]);
    for (const value of planted) expect(leaked(result.html, value), `${value} is in the report`).toBe(false);
    for (const text of kept ?? []) expect(result.html).toContain(text);
    if (noElements) {
      const saved = new DOMParser().parseFromString(result.html, 'text/html');
      expect(saved.querySelectorAll(noElements)).toHaveLength(0);
    }
    expect(doc.documentElement.outerHTML, 'the live page was changed').toBe(before);
  });

  it('writes the Content-Security-Policy before anything else', () => {
    const { html } = sanitiseDocument(page('<!doctype html><head><title>T</title></head><body>x</body>'));
    expect(html).toMatch(CSP_START);
  });

  it('counts what it masked and removed', () => {
    const doc = page(`<body><script>x</script><!-- c --><p onclick="y">${EMAIL}</p><input value="v"></body>`);
    const { masked, removed } = sanitiseDocument(doc);
    expect(masked).toBe(2);
    expect(removed).toBeGreaterThanOrEqual(3);
  });
});
