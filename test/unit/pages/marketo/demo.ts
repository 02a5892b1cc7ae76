/**
 * Opening the Marketo demo (test/demo/marketo) in jsdom for adapter tests.
 * Tests may use the demo's own classes to wait for it; the adapter never does.
 */
import { queryAll, renderedText } from '@/lib/dom/shadow';
import { type DemoDom, loadDemo, tick, waitFor } from '../../../helpers/demo-dom';

export const LANGS = ['en', 'fr', 'de', 'es', 'ja', 'pt-BR'] as const;
export type Lang = (typeof LANGS)[number];
export type DemoState = 'fresh' | 'invited' | 'synced';
/** How the demo builds the Actions Config tab: Ext JS-like markup, or web components (`?ui=wc`). */
export const VARIANTS = ['ext', 'wc'] as const;
export type Variant = (typeof VARIANTS)[number];

/** Languages whose Integration Information card also shows "Munchkin ID: …" (see the demo README). */
export const MUNCHKIN_ON_CARD: readonly Lang[] = ['en', 'de', 'ja'];

export const ROUTES = {
  myMarketo: 'MM0A1',
  adminHome: 'AD0A1',
  salesInsight: 'AD0SI1',
  actionsConfig: 'AD0SI2',
} as const;

export interface OpenOptions {
  lang?: Lang;
  state?: DemoState;
  route?: string;
  /** Full origin + query prefix, e.g. `https://engage-ab.marketo.com/?munchkinId=123-ABC-456`. */
  base?: string;
  storage?: Record<string, string>;
  /** `wc`: the web-component variant of the Actions Config tab. */
  ui?: Variant;
}

export function demoUrl({
  lang = 'en',
  state,
  route = ROUTES.actionsConfig,
  base,
  ui,
}: OpenOptions = {}): string {
  const url = new URL(base ?? 'https://app-ab12.marketo.com/');
  url.searchParams.set('lang', lang);
  if (ui === 'wc') url.searchParams.set('ui', 'wc');
  if (state) url.searchParams.set('demoState', state);
  url.hash = route;
  return url.href;
}

/** Waits until the route's content has arrived (no loading mask). */
export async function settled(demo: DemoDom): Promise<void> {
  await waitFor(demo.window, () => {
    const center = demo.document.querySelector('.x-region-center');
    return !!center && center.childElementCount > 0 && !center.querySelector('.x-mask-loading');
  });
}

export async function openDemo(options: OpenOptions = {}): Promise<DemoDom> {
  const demo = await loadDemo(demoUrl(options), { storage: options.storage });
  await settled(demo);
  return demo;
}

/** What the demo "server" holds (the truth the page shows). */
export function demoStore(demo: DemoDom): {
  invitee: { name: string; email: string } | null;
  credentials: { clientId: string; clientSecret: string } | null;
  sync: { startedAt: number } | null;
} {
  return JSON.parse(demo.window.localStorage.getItem('demo:marketo') ?? '{}');
}

/** Polls an async reader until `done(result)` (bounded). */
export async function eventually<T>(
  win: Window,
  read: () => Promise<T> | T,
  done: (value: T) => boolean,
  timeoutMs = 2000,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() - start > timeoutMs) return value;
    await tick(win, 20);
  }
}

/**
 * What the page shows, single-spaced: its rendered text (shadow roots of the
 * web-component variant included) and the values of its fields.
 */
export const pageText = (doc: Document) =>
  (
    renderedText(doc.body) +
    queryAll<HTMLInputElement>(doc.body, 'input')
      .map((input) => ` ${input.value}`)
      .join('')
  ).replace(/\s+/g, ' ');

/** Replaces the test document's body with a snippet written in another markup style. */
export function snippet(html: string): Document {
  document.body.innerHTML = html;
  return document;
}
