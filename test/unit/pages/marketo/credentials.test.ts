import { afterEach, describe, expect, it } from 'vitest';
import { findByText } from '@/lib/dom/text';
import { locateSendInvite } from '@/lib/pages/marketo/actions-config/locators';
import { readCredentials } from '@/lib/pages/marketo/actions-config/readers';
import {
  demoStore,
  eventually,
  LANGS,
  MUNCHKIN_ON_CARD,
  openDemo,
  pageText,
  ROUTES,
  snippet,
  VARIANTS,
} from './demo';

afterEach(() => {
  document.body.replaceChildren();
});

const CLIENT_ID = '55395440-c0c2-447b-9b81-83b0a2f669db';
const SECRET = 'bH0Uk5XhrqLDHeAQNArD9K4jIE9QAI8M';

describe.each(VARIANTS)('readCredentials on the demo (%s)', (ui) => {
  it.each(LANGS)('%s, fresh: the card is there but empty → no-credentials-yet', async (lang) => {
    const demo = await openDemo({ ui, lang, state: 'fresh' });
    expect(await readCredentials(demo.document)).toEqual({ found: false, reason: 'no-credentials-yet' });
    demo.close();
  });

  it.each(LANGS)('%s, invited: reveals the masked secret, reads both, masks it again', async (lang) => {
    const demo = await openDemo({ ui, lang, state: 'invited' });
    const truth = demoStore(demo).credentials!;
    expect(pageText(demo.document)).not.toContain(truth.clientSecret);

    const result = await readCredentials(demo.document);

    expect(result).toEqual({
      found: true,
      value: {
        clientId: truth.clientId,
        clientSecret: truth.clientSecret,
        secretWasMasked: true,
        ...(MUNCHKIN_ON_CARD.includes(lang) ? { munchkinId: '123-ABC-456' } : {}),
      },
    });
    // The page is left as it was: secret masked again.
    expect(pageText(demo.document)).not.toContain(truth.clientSecret);
    expect(pageText(demo.document)).toContain('••••••••');
    demo.close();
  });

  it.each(LANGS)('%s, synced: still reads the credentials', async (lang) => {
    const demo = await openDemo({ ui, lang, state: 'synced' });
    const result = await readCredentials(demo.document);
    expect(result.found && result.value.clientSecret).toBe(demoStore(demo).credentials!.clientSecret);
    demo.close();
  });

  it('fresh → Send Invite → the credentials appear and can be read', async () => {
    const demo = await openDemo({ ui, lang: 'fr', state: 'fresh' });
    (findByText(demo.document.body, ['Chloé Martin'])[0] as HTMLElement).click();
    const send = locateSendInvite(demo.document);
    expect(send.found).toBe(true);
    if (send.found) send.value.click();
    const result = await eventually(
      demo.window,
      () => readCredentials(demo.document),
      (r) => r.found,
      1500,
    );
    expect(result.found).toBe(true);
    expect(result.found && result.value.clientId).toBe(demoStore(demo).credentials!.clientId);
    demo.close();
  });

  it('on the Marketo frame of the shell (engage host), the Munchkin ID comes from the URL', async () => {
    const demo = await openDemo({
      ui,
      lang: 'fr',
      state: 'invited',
      base: 'https://engage-ab.marketo.com/?munchkinId=987-XYZ-654',
      route: `/classic/${ROUTES.actionsConfig}`,
    });
    const result = await readCredentials(demo.document);
    expect(result.found && result.value.munchkinId).toBe('987-XYZ-654');
    demo.close();
  });

  it('on an unrelated Marketo page (My Marketo): no-card', async () => {
    const demo = await openDemo({ ui, state: 'invited', route: ROUTES.myMarketo });
    expect(await readCredentials(demo.document)).toEqual({ found: false, reason: 'no-card' });
    demo.close();
  });
});

describe('readCredentials on other markup', () => {
  it('definition list + password input (masked but readable without clicking)', async () => {
    const doc = snippet(`
      <section>
        <h2>Integration Information</h2>
        <dl>
          <dt>Client ID</dt><dd>${CLIENT_ID}</dd>
          <dt>Client Secret</dt><dd><input type="password" readonly value="${SECRET}"></dd>
        </dl>
      </section>`);
    expect(await readCredentials(doc)).toEqual({
      found: true,
      value: { clientId: CLIENT_ID, clientSecret: SECRET, secretWasMasked: true },
    });
  });

  it('<label for> inputs in German, values with NBSP and zero-width spaces', async () => {
    const doc = snippet(`
      <div class="card">
        <h4>Integrationsinformationen</h4>
        <label for="a">Client-ID</label> <input id="a" readonly value="\u00a0${CLIENT_ID}\u200b ">
        <label for="b">Client-Geheimnis</label> <input id="b" readonly value=" ${SECRET}\ufeff">
        <div>Munchkin-ID: 123-abc-456</div>
      </div>`);
    expect(await readCredentials(doc)).toEqual({
      found: true,
      value: { clientId: CLIENT_ID, clientSecret: SECRET, munchkinId: '123-ABC-456', secretWasMasked: false },
    });
  });

  it('text beside a value in the next row does not steal that row (plain value, then input)', async () => {
    const doc = snippet(`
      <div><span>Integration Information</span>
        <table>
          <tr><td>Client ID</td><td>${CLIENT_ID}</td></tr>
          <tr><td>Client Secret</td><td><input value="${SECRET}"></td></tr>
        </table>
      </div>`);
    const result = await readCredentials(doc);
    expect(result.found && [result.value.clientId, result.value.clientSecret]).toEqual([CLIENT_ID, SECRET]);
  });

  it('an icon toggle named only by aria-label reveals a masked secret, and the page is masked again', async () => {
    const doc = snippet(`
      <article>
        <header>Información de integración</header>
        <div><div>ID de cliente</div><div>${CLIENT_ID}</div></div>
        <div><div>Secreto de cliente</div><div><code id="s">••••••••</code><button id="t" aria-label="Mostrar">👁</button></div></div>
      </article>`);
    const secret = doc.getElementById('s')!;
    const toggle = doc.getElementById('t')!;
    toggle.addEventListener('click', () => {
      const show = toggle.getAttribute('aria-label') === 'Mostrar';
      toggle.setAttribute('aria-label', show ? 'Ocultar' : 'Mostrar');
      setTimeout(() => (secret.textContent = show ? SECRET : '••••••••'), 30);
    });
    const result = await readCredentials(doc);
    expect(result).toEqual({
      found: true,
      value: { clientId: CLIENT_ID, clientSecret: SECRET, secretWasMasked: true },
    });
    await eventually(
      window,
      () => secret.textContent,
      (t) => t === '••••••••',
      500,
    );
    expect(secret.textContent).toBe('••••••••');
    expect(toggle.getAttribute('aria-label')).toBe('Mostrar');
  });

  it('masked with no show control → masked-unrevealable', async () => {
    const doc = snippet(`
      <div><h3>Integration Information</h3>
        <p>Client ID: ${CLIENT_ID}</p><p>Client Secret: ********</p></div>`);
    expect(await readCredentials(doc, { revealTimeoutMs: 100 })).toEqual({
      found: false,
      reason: 'masked-unrevealable',
    });
  });

  it('a show control that never reveals → masked-unrevealable', async () => {
    const doc = snippet(`
      <div><h3>Integration Information</h3>
        <p>Client ID: ${CLIENT_ID}</p><p>Client Secret: ••••••••</p><a href="#">Show</a></div>`);
    expect(await readCredentials(doc, { revealTimeoutMs: 100 })).toEqual({
      found: false,
      reason: 'masked-unrevealable',
    });
  });

  it.each([
    [
      `<td>Client ID</td><td>not-a-uuid</td></tr><tr><td>Client Secret</td><td>${SECRET}</td>`,
      'invalid-client-id',
    ],
    [
      `<td>Client ID</td><td>${CLIENT_ID}</td></tr><tr><td>Client Secret</td><td>${SECRET.slice(0, 20)}</td>`,
      'invalid-client-secret',
    ],
    ['<td>Client ID</td><td>—</td></tr><tr><td>Client Secret</td><td>—</td>', 'no-credentials-yet'],
  ])('shape checks: %# → %s', async (rows, reason) => {
    const doc = snippet(`<div><h3>Integration Information</h3><table><tr>${rows}</tr></table></div>`);
    expect(await readCredentials(doc)).toEqual({ found: false, reason });
  });

  it('no Integration Information card → no-card', async () => {
    const doc = snippet(
      `<h3>Rest API Configuration</h3><table><tr><td>Client ID</td><td>${CLIENT_ID}</td></tr></table>`,
    );
    expect(await readCredentials(doc)).toEqual({ found: false, reason: 'no-card' });
  });
});
