import { afterEach, describe, expect, it } from 'vitest';
import { flatContains, queryAll, renderedText } from '@/lib/dom/shadow';
import { normalizeText } from '@/lib/dom/text';
import {
  locateActionsConfigTab,
  locateAdminNav,
  locateIntegrationCard,
  locateProvisioningCard,
  locateSalesInsightNode,
  locateSendInvite,
  locateStartSync,
  locateSyncButton,
} from '@/lib/pages/marketo/actions-config/locators';
import type { Found } from '@/lib/pages/types';
import { type DemoDom, tick, waitFor } from '../../../helpers/demo-dom';
import { LANGS, type Lang, openDemo, ROUTES, settled, snippet, VARIANTS } from './demo';

afterEach(() => {
  document.body.replaceChildren();
});

/** What the demo shows for each control (test/demo/marketo/i18n.js). */
const SHOWN: Record<
  Lang,
  { admin: string; salesInsight: string; actionsConfig: string; send: string; sync: string; start: string }
> = {
  en: {
    admin: 'Admin',
    salesInsight: 'Sales Insight',
    actionsConfig: 'Actions Config',
    send: 'Send Invite',
    sync: 'Sync',
    start: 'Start Sync',
  },
  fr: {
    admin: 'Admin',
    salesInsight: 'Ventes Insight',
    actionsConfig: 'Configuration des actions',
    send: 'Envoyer l’invitation',
    sync: 'Synchroniser',
    start: 'Démarrer la synchronisation',
  },
  de: {
    admin: 'Admin',
    salesInsight: 'Sales Insight',
    actionsConfig: 'Aktionskonfiguration',
    send: 'Einladung senden',
    sync: 'Synchronisieren',
    start: 'Synchronisierung starten',
  },
  es: {
    admin: 'Administrador',
    salesInsight: 'Insight de ventas',
    actionsConfig: 'Configuración de acciones',
    send: 'Enviar invitación',
    sync: 'Sincronizar',
    start: 'Iniciar sincronización',
  },
  ja: {
    admin: '管理者',
    salesInsight: 'Sales Insight',
    actionsConfig: 'アクション設定',
    send: '招待を送信',
    sync: '同期',
    start: '同期の開始',
  },
  'pt-BR': {
    admin: 'Admin',
    salesInsight: 'Sales Insight',
    actionsConfig: 'Configurações de ações',
    send: 'Enviar Convite',
    sync: 'Sincronizar',
    start: 'Iniciar sincronização',
  },
};

/** After a click that navigates: the hashchange, then the late content. */
async function arrived(demo: DemoDom): Promise<void> {
  await tick(demo.window);
  await settled(demo);
}

function el(found: Found<HTMLElement>): HTMLElement {
  if (!found.found) throw new Error(found.reason);
  return found.value;
}
/** What a person reads on an element: its rendered text (a component's shadow root included). */
const text = (e: Element) => normalizeText(renderedText(e));
/** The text and the field values a card shows (values of read-only fields in components too). */
const shown = (e: Element) =>
  renderedText(e) +
  queryAll<HTMLInputElement>(e, 'input')
    .map((i) => ` ${i.value}`)
    .join('');

describe.each(VARIANTS)(
  'locators walk the path Admin → Sales Insight → Actions Config on the demo (%s)',
  (ui) => {
    it.each(LANGS)('%s', async (lang) => {
      const demo = await openDemo({ ui, lang, state: 'fresh', route: ROUTES.myMarketo });
      const hash = () => demo.window.location.hash;

      const admin = el(locateAdminNav(demo.document));
      expect(text(admin)).toBe(normalizeText(SHOWN[lang].admin));
      admin.click();
      expect(hash()).toBe(`#${ROUTES.adminHome}`);
      await arrived(demo);

      const node = el(locateSalesInsightNode(demo.document));
      expect(text(node)).toBe(normalizeText(SHOWN[lang].salesInsight));
      node.click();
      expect(hash()).toBe(`#${ROUTES.salesInsight}`);
      await arrived(demo);
      // On the Sales Insight page the same words are also a tab: the tree node is still the one found.
      expect(
        el(locateSalesInsightNode(demo.document)).closest('li')?.parentElement?.textContent,
      ).not.toContain(SHOWN[lang].actionsConfig);

      const tab = el(locateActionsConfigTab(demo.document));
      expect(text(tab)).toBe(normalizeText(SHOWN[lang].actionsConfig));
      tab.click();
      expect(hash()).toBe(`#${ROUTES.actionsConfig}`);
      await arrived(demo);
      demo.close();
    });
  },
);

describe.each(VARIANTS)('locators on the Actions Config tab of the demo (%s)', (ui) => {
  it.each(LANGS)('%s: cards and buttons', async (lang) => {
    const demo = await openDemo({ ui, lang, state: 'invited' });
    const doc = demo.document;
    const provisioning = el(locateProvisioningCard(doc));
    const integration = el(locateIntegrationCard(doc));
    expect(flatContains(provisioning, integration) || flatContains(integration, provisioning)).toBe(false);
    expect(shown(integration)).toContain(demoSecretMaskOrId(demo.window));
    expect(shown(provisioning)).toContain('ana.lopez@acme-demo.com');

    const sync = el(locateSyncButton(doc));
    expect(text(sync)).toBe(normalizeText(SHOWN[lang].sync));
    expect(locateStartSync(doc)).toEqual({ found: false, reason: 'no-button' });
    sync.click();
    const start = await waitFor(demo.window, () => {
      const found = locateStartSync(doc);
      return found.found ? found.value : null;
    });
    expect(text(start)).toBe(normalizeText(SHOWN[lang].start));
    demo.close();
  });

  it.each(LANGS)('%s: Send Invite inside the provisioning card (fresh)', async (lang) => {
    const demo = await openDemo({ ui, lang, state: 'fresh' });
    const send = el(locateSendInvite(demo.document));
    expect(text(send)).toBe(normalizeText(SHOWN[lang].send));
    expect(flatContains(el(locateProvisioningCard(demo.document)), send)).toBe(true);
    demo.close();
  });

  it('on My Marketo: the Admin entry is found, the cards and buttons are not', async () => {
    const demo = await openDemo({ ui, state: 'invited', route: ROUTES.myMarketo });
    expect(locateAdminNav(demo.document).found).toBe(true);
    for (const locate of [
      locateProvisioningCard,
      locateIntegrationCard,
      locateSendInvite,
      locateSyncButton,
      locateStartSync,
    ]) {
      expect(locate(demo.document).found).toBe(false);
    }
    expect(locateSalesInsightNode(demo.document).found).toBe(false);
    expect(locateActionsConfigTab(demo.document).found).toBe(false);
    demo.close();
  });
});

function demoSecretMaskOrId(win: Window): string {
  return JSON.parse(win.localStorage.getItem('demo:marketo') ?? '{}').credentials.clientId;
}

describe('locators on other markup (ARIA tree and tabs)', () => {
  it('finds the tree item, not the tab of the same name, and the role=tab', () => {
    const doc = snippet(`
      <nav aria-label="Main"><a href="/admin">Admin</a></nav>
      <div role="tablist">
        <div role="tab" aria-selected="true">Sales Insight</div>
        <div role="tab">Actions Config</div>
      </div>
      <ul role="tree"><li role="treeitem">Users &amp; Roles</li><li role="treeitem">Sales Insight</li></ul>
      <section><h3>Action Field Sync</h3><p>Pick fields.</p><span role="button">Start Sync</span><span role="button">Sync</span></section>`);
    expect(el(locateSalesInsightNode(doc)).getAttribute('role')).toBe('treeitem');
    expect(el(locateActionsConfigTab(doc)).getAttribute('role')).toBe('tab');
    expect(el(locateAdminNav(doc)).tagName).toBe('A');
    expect(el(locateStartSync(doc)).textContent).toBe('Start Sync');
    expect(el(locateSyncButton(doc)).textContent).toBe('Sync');
  });

  it('Send Invite as an input button in a card without a title', () => {
    const doc = snippet(`<div><p>Choose an admin</p><select><option>a@example.com</option></select>
      <input type="submit" value="Enviar invitación"></div>`);
    expect(el(locateSendInvite(doc)).tagName).toBe('INPUT');
    expect(el(locateProvisioningCard(doc)).querySelector('select')).not.toBeNull();
  });
});
