import { describe, expect, it } from 'vitest';
import { type AppRecogniser, recognise, sameReport } from '@/lib/boot/recognise';
import { missedComponents } from '@/lib/dom/text';
import type { PageAdapter } from '@/lib/pages/types';

const byRoute: PageAdapter = {
  page: 'sales-user-management',
  app: 'sales',
  matchUrl: (url) => (url.hash.startsWith('#settings/admin/user-management') ? true : undefined),
  matchDocument: () => false,
};
const byDoc: PageAdapter = {
  page: 'sales-marketo-settings',
  app: 'sales',
  matchUrl: () => undefined,
  matchDocument: (doc) => doc.querySelector('h1')?.textContent === 'Marketo',
};
const apps: AppRecogniser[] = [
  {
    app: 'sales',
    matchesUrl: (url) => url.hostname === 'toutapp.com',
    adapters: [byRoute, byDoc],
  },
  {
    app: 'marketo',
    matchesUrl: (url) => url.hostname.endsWith('.marketo.com'),
    adapters: [],
    instance: () => ({ munchkinId: '123-ABC-456', instanceHost: 'engage-ab' }),
  },
];

const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('recognise', () => {
  it('uses the route when it names the page', () => {
    expect(
      recognise(new URL('https://toutapp.com/next#settings/admin/user-management'), doc(''), apps),
    ).toEqual({
      app: 'sales',
      page: 'sales-user-management',
    });
  });
  it('lets the document decide when the route does not tell', () => {
    const url = new URL('https://toutapp.com/next#somewhere');
    expect(recognise(url, doc('<h1>Marketo</h1>'), apps).page).toBe('sales-marketo-settings');
    expect(recognise(url, doc('<h1>Inbox</h1>'), apps)).toEqual({ app: 'sales', page: 'unknown' });
  });
  it('reports no app on other hosts', () => {
    expect(recognise(new URL('https://example.org/'), doc('<h1>Marketo</h1>'), apps)).toEqual({
      app: null,
      page: 'unknown',
    });
  });
  it('carries the instance the URL tells', () => {
    expect(recognise(new URL('https://engage-ab.marketo.com/'), doc(''), apps)).toEqual({
      app: 'marketo',
      page: 'unknown',
      munchkinId: '123-ABC-456',
      instanceHost: 'engage-ab',
    });
  });
  it('treats an adapter that throws on an unexpected page as not matching, and goes on', () => {
    const throwing: PageAdapter = {
      ...byDoc,
      page: 'sales-salesforce-settings',
      matchDocument: () => {
        throw new TypeError("Cannot read properties of null (reading 'textContent')");
      },
    };
    const withThrowing: AppRecogniser[] = [{ ...apps[0]!, adapters: [throwing, byDoc] }];
    const url = new URL('https://toutapp.com/next#somewhere');
    expect(recognise(url, doc('<h1>Marketo</h1>'), withThrowing).page).toBe('sales-marketo-settings');
    expect(recognise(url, doc('<h1>Inbox</h1>'), withThrowing)).toEqual({ app: 'sales', page: 'unknown' });
  });
  it('compares reports by value', () => {
    expect(sameReport({ app: 'sales', page: 'unknown' }, { app: 'sales', page: 'unknown' })).toBe(true);
    expect(sameReport(undefined, { app: 'sales', page: 'unknown' })).toBe(false);
    expect(
      sameReport({ app: 'sales', page: 'unknown' }, { app: 'sales', page: 'sales-user-management' }),
    ).toBe(false);
  });
});

describe('recognise a page built from web components (the demo’s ?ui=wc variant)', () => {
  it.each(['en', 'fr', 'de', 'es', 'ja', 'pt-BR'])(
    'Marketo Actions Config with its tab labels and card titles inside shadow roots (%s)',
    async (lang) => {
      const { marketoApp } = await import('@/lib/pages/marketo/app');
      const { openDemo } = await import('../pages/marketo/demo');
      const demo = await openDemo({ lang: lang as never, state: 'fresh', ui: 'wc' });
      const url = new URL(demo.window.location.href);
      expect(recognise(url, demo.document, [marketoApp]).page).toBe('marketo-actions-config');
      // The light DOM alone (a copy has no shadow roots) does not tell: only the shadow roots do.
      const light = document.implementation.createHTMLDocument('light');
      light.body.replaceWith(light.importNode(demo.document.body, true));
      expect(recognise(url, light, [marketoApp]).page).toBe('unknown');
      demo.close();
    },
  );
});

describe('web components on a busy page', () => {
  // The real Marketo recogniser: two of its card titles, here inside a component's open shadow root.
  const marketo = async () => (await import('@/lib/pages/marketo/app')).marketoApp;
  const url = new URL('https://app-ab12.marketo.com/#AD0SI2');

  it('a busy re-check keeps the last answer about components; the next quiet check looks again', async () => {
    const app = await marketo();
    document.body.replaceChildren(document.createElement('div'));
    expect(recognise(url, document, [app]).page).toBe('unknown');
    // The app mounts its components while the page keeps changing.
    const host = document.createElement('x-card-list');
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<section><h2>Integration Information</h2></section><section><h2>Action Field Sync</h2></section>';
    document.body.append(host);
    // Busy: not looked for yet (a churning page is spared the probe on each of its re-checks).
    expect(recognise(url, document, [app], true).page).toBe('unknown');
    // The page stood still: the settle probe says a full check is due (lib/boot/watch.ts), once.
    expect(missedComponents(document)).toBe(true);
    expect(missedComponents(document)).toBe(false);
    // That full check (or the first after a URL change, or after the longest gap): found.
    expect(recognise(url, document, [app]).page).toBe('marketo-actions-config');
    expect(missedComponents(document)).toBe(false);
    // Once seen to hold components, a document is looked into on busy re-checks too.
    expect(recognise(url, document, [app], true).page).toBe('marketo-actions-config');
  });
});
