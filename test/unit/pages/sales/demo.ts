/** Opens the Sales demo app in jsdom and drives it like a person would. */
import { queryAll, renderedText } from '@/lib/dom/shadow';
import { type DemoDom, loadDemo, tick, waitFor } from '../../../helpers/demo-dom';

export type DemoLang = 'en' | 'fr' | 'es';
export const LANGS: DemoLang[] = ['en', 'fr', 'es'];
/** Plain semantic markup, or the web-component variant (`?ui=wc`: tabs, Set Up form, dialogs). */
export const VARIANTS = ['html', 'wc'] as const;
export type Variant = (typeof VARIANTS)[number];

/** Disabled, as a native button or a component host (aria-disabled) says it. */
export const isDisabled = (el: Element | null | undefined): boolean =>
  !!el && ((el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true');

export interface SalesDemo extends DemoDom {
  /** The demo's own UI string `key` (from its index.html), to check what a person sees. */
  t(key: string): string;
  /** Clicks the visible button/tab/menu item/link whose text is exactly `text`. */
  click(text: string, within?: ParentNode): Promise<void>;
  /** Waits until `fn` returns something truthy. */
  until<T>(fn: () => T | null | undefined | false): Promise<T>;
  /** The demo's test hook. */
  demoSales(): { state: DemoState; lastSubmit: Record<string, string> | null };
}

export interface DemoState {
  sfdc: { connected: boolean; account: string | null };
  marketo: { connected: boolean; munchkinId: string; clientId: string; credentialsSaved: boolean };
  users: Array<{ name: string; email: string; role: string; status: string; team: string }>;
}

export const ROUTES = {
  salesforce: 'settings/crm/salesforce',
  marketo: 'settings/marketo-admin',
  users: 'settings/admin/user-management',
} as const;

export async function openSales(
  route: string,
  { lang = 'en', state = 'fresh', ui = 'html' }: { lang?: DemoLang; state?: string; ui?: Variant } = {},
): Promise<SalesDemo> {
  const variant = ui === 'wc' ? '&ui=wc' : '';
  const demo = await loadDemo(`https://toutapp.com/next?lang=${lang}&demoState=${state}${variant}#${route}`);
  const { window, document } = demo;
  const strings = JSON.parse(document.getElementById('demo-strings')!.textContent!)[lang] as Record<
    string,
    string
  >;
  const t = (key: string): string => {
    const text = strings[key];
    if (text === undefined) throw new Error(`No demo string ${key}`);
    return text;
  };
  const until = <T>(fn: () => T | null | undefined | false) => waitFor(window, fn);
  await until(() => document.querySelector('h1'));
  return {
    ...demo,
    t,
    until,
    async click(text, within = document) {
      const el = await until(() =>
        queryAll<HTMLElement>(within, 'button, [role=button], [role=tab], [role=menuitem], a').find(
          (b) => renderedText(b).trim() === text && !isDisabled(b),
        ),
      );
      el.click();
      await tick(window);
    },
    demoSales: () => (window as unknown as { demoSales: ReturnType<SalesDemo['demoSales']> }).demoSales,
  };
}

/** A detached document from an HTML string (for "different markup" cases). */
export function htmlDoc(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}
