import { afterEach, describe, expect, it } from 'vitest';
import { readMunchkinId } from '@/lib/pages/marketo/actions-config/readers';
import { LANGS, MUNCHKIN_ON_CARD, openDemo, ROUTES, snippet, VARIANTS } from './demo';

afterEach(() => {
  document.body.replaceChildren();
});

describe.each(VARIANTS)('readMunchkinId on the demo (%s)', (ui) => {
  it.each(LANGS)(
    '%s on app-ab12 (no Munchkin ID in the URL): from the card, if the card shows it',
    async (lang) => {
      const demo = await openDemo({ ui, lang, state: 'invited' });
      const result = readMunchkinId(demo.document, demo.window.location.href);
      if (MUNCHKIN_ON_CARD.includes(lang)) {
        expect(result).toEqual({ found: true, value: { munchkinId: '123-ABC-456', source: 'card' } });
      } else {
        expect(result).toEqual({ found: false, reason: 'no-munchkin-id' });
      }
      demo.close();
    },
  );

  it.each(LANGS)('%s on engage-ab?munchkinId= (the shell frame): card or URL agree', async (lang) => {
    const demo = await openDemo({
      ui,
      lang,
      state: 'invited',
      base: 'https://engage-ab.marketo.com/?munchkinId=987-XYZ-654',
      route: `/classic/${ROUTES.actionsConfig}`,
    });
    const result = readMunchkinId(demo.document, demo.window.location.href);
    const source = MUNCHKIN_ON_CARD.includes(lang) ? 'card' : 'url';
    expect(result).toEqual({ found: true, value: { munchkinId: '987-XYZ-654', source } });
    demo.close();
  });

  it('fresh state (empty card) on engage: from the URL', async () => {
    const demo = await openDemo({
      ui,
      state: 'fresh',
      base: 'https://engage-ab.marketo.com/?munchkinId=123-abc-456',
    });
    expect(readMunchkinId(demo.document, demo.window.location.href)).toEqual({
      found: true,
      value: { munchkinId: '123-ABC-456', source: 'url' },
    });
    demo.close();
  });

  it('on an unrelated Marketo page without one in the URL: not found', async () => {
    const demo = await openDemo({ ui, route: ROUTES.myMarketo });
    expect(readMunchkinId(demo.document, demo.window.location.href).found).toBe(false);
    demo.close();
  });
});

describe('readMunchkinId on other markup', () => {
  it('a labelled value elsewhere on the page (Sales Engage style)', () => {
    const doc = snippet(`<table><tr><th>Munchkin Account ID</th><td> 555-QQQ-777 </td></tr></table>`);
    expect(readMunchkinId(doc)).toEqual({
      found: true,
      value: { munchkinId: '555-QQQ-777', source: 'page' },
    });
  });

  it('a Portuguese label inside the card wins over the URL', () => {
    const doc = snippet(
      `<div><h2>Informações de integração</h2><div>ID do Munchkin</div><div>321-XYZ-654</div></div>`,
    );
    expect(
      readMunchkinId(doc, 'https://experience.adobe.com/#/@acme/so:123-ABC-456/marketo-engage/classic/'),
    ).toEqual({ found: true, value: { munchkinId: '321-XYZ-654', source: 'card' } });
  });

  it('a wrongly shaped value is ignored; the shell URL is used', () => {
    const doc = snippet(`<p>Munchkin ID: acme</p>`);
    expect(
      readMunchkinId(doc, 'https://experience.adobe.com/#/@acme/so:123-ABC-456/marketo-engage/classic/'),
    ).toEqual({ found: true, value: { munchkinId: '123-ABC-456', source: 'url' } });
  });
});
