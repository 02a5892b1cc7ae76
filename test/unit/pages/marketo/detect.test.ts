import { afterEach, describe, expect, it } from 'vitest';
import { marketoActionsConfig, marketoAdapters } from '@/lib/pages/marketo/detect';
import { LANGS, openDemo, ROUTES, snippet, VARIANTS } from './demo';

afterEach(() => {
  document.body.replaceChildren();
});

describe.each(VARIANTS)('marketoActionsConfig.matchDocument on the demo (%s)', (ui) => {
  it.each(LANGS)('recognises the Actions Config tab in %s (fresh and invited)', async (lang) => {
    for (const state of ['fresh', 'invited'] as const) {
      const demo = await openDemo({ ui, lang, state });
      expect(marketoActionsConfig.matchDocument(demo.document)).toBe(true);
      demo.close();
    }
  });

  it.each(LANGS)('does not match the other pages in %s', async (lang) => {
    for (const route of [ROUTES.myMarketo, ROUTES.adminHome, ROUTES.salesInsight]) {
      const demo = await openDemo({ ui, lang, state: 'invited', route });
      expect(marketoActionsConfig.matchDocument(demo.document), route).toBe(false);
      demo.close();
    }
  });

  it('follows SPA navigation: Sales Insight tab → Actions Config tab', async () => {
    const demo = await openDemo({ ui, route: ROUTES.salesInsight });
    expect(marketoActionsConfig.matchDocument(demo.document)).toBe(false);
    await demo.navigate(`#${ROUTES.actionsConfig}`);
    // The cards arrive late (as after an XHR): not yet, then yes.
    expect(marketoActionsConfig.matchDocument(demo.document)).toBe(false);
    await new Promise((r) => demo.window.setTimeout(r, 300));
    expect(marketoActionsConfig.matchDocument(demo.document)).toBe(true);
    demo.close();
  });
});

describe('marketoActionsConfig.matchDocument on other markup', () => {
  it('matches an ARIA tab panel with card headings', () => {
    const doc = snippet(`
      <div role="tablist"><button role="tab">Sales Insight</button><button role="tab" aria-selected="true">Actions Config</button></div>
      <div role="tabpanel">
        <section><h3>Integration Information</h3><p>…</p></section>
        <section><h3>Action Field Sync</h3><button>Sync</button></section>
      </div>`);
    expect(marketoActionsConfig.matchDocument(doc)).toBe(true);
  });

  it('matches the two cards without a tab strip (French, typographic apostrophes)', () => {
    const doc = snippet(`
      <div><b>Informations sur l’intégration</b></div>
      <div><b>Synchronisation des champs d’action</b></div>`);
    expect(marketoActionsConfig.matchDocument(doc)).toBe(true);
  });

  it('does not match a page that only mentions the card in a sentence', () => {
    const doc = snippet(`
      <h1>Actions Config</h1>
      <p>If you're not seeing a Client ID on the Integration Information card, invite the first user.</p>`);
    expect(marketoActionsConfig.matchDocument(doc)).toBe(false);
  });
});

describe('marketoActionsConfig.matchUrl', () => {
  it.each([
    ['https://app-ab12.marketo.com/#AD0SI2', undefined],
    ['https://engage-ab.marketo.com/?munchkinId=123-ABC-456#/classic/MM0A1', undefined],
    ['https://experience.adobe.com/#/@acme/so:123-ABC-456/marketo-engage/classic/AD0SI2', undefined],
    ['https://experience.adobe.com/#/@acme/home', false],
    ['https://toutapp.com/next#settings/marketo-admin', false],
    ['https://login.marketo.com/', false],
    ['https://example.org/', false],
  ])('%s → %s', (url, expected) => {
    expect(marketoActionsConfig.matchUrl(new URL(url))).toBe(expected);
  });

  it('is the one Marketo adapter', () => {
    expect(marketoAdapters.map((a) => [a.app, a.page])).toEqual([['marketo', 'marketo-actions-config']]);
  });
});
