/*
 * Marketo Engage demo: our own imitation of the classic admin UI (Ext JS-like
 * div/table markup, few roles, plain-text labels). Not a capture of the real app.
 * See README.md for URLs, languages and states.
 *
 * Plain browser JavaScript, no framework, no innerHTML: every node is built
 * with `h()` below. Runs in Chromium and in jsdom (unit tests).
 */
(() => {
  const I18N = window.MKTO_I18N;
  const STORE_KEY = 'demo:marketo';
  const LANG_KEY = 'demo:marketo:lang';
  const XHR_DELAY = 150; // a route's content "arrives from the server" after this
  const SYNC_MS = 3000; // a started sync completes after this
  const SYNC_TOTAL = 1250; // people to sync
  const DEFAULT_MUNCHKIN = '123-ABC-456';
  const ICON_TOGGLE_LANGS = ['es', 'ja']; // these show an eye icon instead of a "Show" link

  const ADMINS = [
    { name: 'Ana López', email: 'ana.lopez@acme-demo.com' },
    { name: 'Ben Carter', email: 'ben.carter@acme-demo.com' },
    { name: 'Chloé Martin', email: 'chloe.martin@acme-demo.com' },
    { name: 'Daiki Sato', email: 'daiki.sato@acme-demo.com' },
    { name: 'Alex Admin', email: 'admin@acme.com' },
  ];

  // The 13 fields of the Sales Insight Actions data sync (shared/domain.md §2).
  const SYNC_FIELDS = [
    'First Name',
    'Last Name',
    'SFDC Contact ID',
    'SFDC Lead ID',
    'SFDC Account ID',
    'SFDC Opportunity ID',
    'Marketo ID',
    'Company',
    'Title',
    'Email',
    'Phone',
    'LinkedIn URL',
    'Source',
  ];

  // ------------------------------------------------------------ URL parameters, language, state

  /**
   * The app's storage. Inside the Experience Cloud shell this page is a
   * third-party frame, where Chromium may deny localStorage: then the state
   * lives in memory for the life of the frame.
   */
  const storage = window.demoStorage(STORE_KEY);

  const params = new URLSearchParams(location.search);
  /** `?ui=wc`: the Actions Config tab built from web components (../shared/components.js), see README. */
  const WC = params.get('ui') === 'wc';

  function pickLang() {
    let wanted = params.get('lang');
    if (wanted === 'pt') wanted = 'pt-BR';
    if (wanted && I18N[wanted]) {
      storage.setItem(LANG_KEY, wanted);
      return wanted;
    }
    const stored = storage.getItem(LANG_KEY);
    return stored && I18N[stored] ? stored : 'en';
  }
  const lang = pickLang();
  const t = I18N[lang];
  document.documentElement.lang = lang;

  /** Deterministic random numbers (mulberry32) so a demo state always shows the same credentials. */
  function seededRandom(seedText) {
    let a = 2166136261;
    for (const ch of seedText) a = Math.imul(a ^ ch.charCodeAt(0), 16777619);
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let x = Math.imul(a ^ (a >>> 15), 1 | a);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
    };
  }

  function makeCredentials(seedText) {
    const rand = seededRandom(seedText);
    const pick = (chars, n) =>
      Array.from({ length: n }, () => chars[Math.floor(rand() * chars.length)]).join('');
    const hex = '0123456789abcdef';
    const clientId = [
      pick(hex, 8),
      pick(hex, 4),
      '4' + pick(hex, 3),
      pick('89ab', 1) + pick(hex, 3),
      pick(hex, 12),
    ].join('-');
    const clientSecret = pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32);
    return { clientId, clientSecret };
  }

  function seededState(name) {
    const invitee = ADMINS[0];
    const credentials = makeCredentials(location.hostname + ':' + invitee.email);
    if (name === 'invited') return { invitee, credentials, sync: null };
    if (name === 'synced') return { invitee, credentials, sync: { startedAt: Date.now() - 10 * 60 * 1000 } };
    return { invitee: null, credentials: null, sync: null }; // 'fresh' and anything unknown
  }

  if (params.has('demoReset')) storage.removeItem(STORE_KEY);
  if (params.get('demoState'))
    storage.setItem(STORE_KEY, JSON.stringify(seededState(params.get('demoState'))));
  if (params.has('demoReset') || params.has('demoState')) {
    // Applied once: drop them from the address so a reload keeps what happened since.
    const clean = new URL(location.href);
    clean.searchParams.delete('demoReset');
    clean.searchParams.delete('demoState');
    history.replaceState(history.state, '', clean.href);
  }

  function loadState() {
    try {
      return { ...seededState('fresh'), ...JSON.parse(storage.getItem(STORE_KEY) || '{}') };
    } catch {
      return seededState('fresh');
    }
  }
  const state = loadState();
  const save = () => storage.setItem(STORE_KEY, JSON.stringify(state));

  /** What only lives on screen (like an Ext JS component's state): lost on reload. */
  const ui = {
    selected: null,
    error: '',
    sending: false,
    revealed: false,
    previewLoading: false,
    preview: false,
  };

  function munchkinId() {
    const fromUrl = (params.get('munchkinId') || '').toUpperCase();
    return /^\d{3}-[A-Z0-9]{3}-\d{3}$/.test(fromUrl) ? fromUrl : DEFAULT_MUNCHKIN;
  }

  // ------------------------------------------------------------ DOM helpers

  /** h('div', { class: 'x', text: 'hi', onclick: fn, 'aria-label': 'y' }, ...children) */
  function h(tag, props, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') el.className = value;
      else if (key === 'text') el.textContent = value;
      else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
      else el.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
  }

  /** Replaces an element's children (null/false children are skipped). */
  function fill(el, ...children) {
    el.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  }

  /** An Ext JS 3 button: a table around a real <button>. */
  function extButton(text, onClick, disabled) {
    return h(
      'table',
      { class: 'x-btn x-btn-noicon' + (disabled ? ' x-item-disabled' : ''), cellspacing: 0 },
      h(
        'tbody',
        { class: 'x-btn-small' },
        h(
          'tr',
          null,
          h('td', { class: 'x-btn-ml' }),
          h(
            'td',
            { class: 'x-btn-mc' },
            h(
              'em',
              null,
              h('button', { type: 'button', class: 'x-btn-text', disabled, onclick: onClick }, text),
            ),
          ),
          h('td', { class: 'x-btn-mr' }),
        ),
      ),
    );
  }

  /** An Ext JS panel ("card"): header with title, body. Returns { el, body }. */
  function panel(title, extraClass) {
    const body = h('div', { class: 'x-panel-body' });
    const el = h(
      'div',
      { class: 'x-panel ' + (extraClass || '') },
      h(
        'div',
        { class: 'x-panel-header x-unselectable' },
        h('span', { class: 'x-panel-header-text', text: title }),
      ),
      h('div', { class: 'x-panel-bwrap' }, body),
    );
    return { el, body };
  }

  const fmt = (n) => Number(n).toLocaleString(t.number);

  // ------------------------------------------------------------ routing

  const ROUTES = {
    MM0A1: { kind: 'home' },
    MA0A1: { kind: 'placeholder', title: t.nav.activities },
    DS0A1: { kind: 'placeholder', title: t.nav.design },
    DB0A1: { kind: 'placeholder', title: t.nav.database },
    AN0A1: { kind: 'placeholder', title: t.nav.analytics },
    AD0A1: { kind: 'admin', node: null },
    AD0MA1: { kind: 'admin', node: 'myAccount' },
    AD0UR1: { kind: 'admin', node: 'users' },
    AD0FM1: { kind: 'admin', node: 'fields' },
    AD0SF1: { kind: 'admin', node: 'salesforce' },
    AD0SI1: { kind: 'admin', node: 'salesInsight', tab: 'salesInsight' },
    AD0SI2: { kind: 'admin', node: 'salesInsight', tab: 'actionsConfig' },
    AD0WS1: { kind: 'admin', node: 'webServices' },
    AD0LP1: { kind: 'admin', node: 'launchPoint' },
    AD0MU1: { kind: 'admin', node: 'munchkin' },
  };
  const TREE = [
    ['myAccount', 'AD0MA1'],
    ['users', 'AD0UR1'],
    ['fields', 'AD0FM1'],
    ['salesforce', 'AD0SF1'],
    ['salesInsight', 'AD0SI1'],
    ['webServices', 'AD0WS1'],
    ['launchPoint', 'AD0LP1'],
    ['munchkin', 'AD0MU1'],
  ];

  /** `#AD0SI2` and the newer UI's `#/classic/AD0SI2` both work. */
  const currentRoute = () => location.hash.replace(/^#\/?(classic\/)?/, '') || 'MM0A1';
  const hashPrefix = () => (location.hash.startsWith('#/classic/') ? '#/classic/' : '#');

  function go(route) {
    return (event) => {
      if (event) event.preventDefault();
      location.hash = hashPrefix() + route;
    };
  }

  // ------------------------------------------------------------ layout

  const NAV = [
    ['home', 'MM0A1'],
    ['activities', 'MA0A1'],
    ['design', 'DS0A1'],
    ['database', 'DB0A1'],
    ['analytics', 'AN0A1'],
    ['admin', 'AD0A1'],
  ];

  const west = h('div', { class: 'x-panel x-border-panel x-region-west mkto-west' });
  const center = h('div', { class: 'x-panel x-border-panel x-region-center mkto-center' });

  function renderFrame() {
    const navCells = NAV.map(([key, route]) =>
      h(
        'td',
        { class: 'x-toolbar-cell' },
        h('a', { class: 'mkto-nav-item', href: '#' + route, onclick: go(route) }, t.nav[key]),
      ),
    );
    const header = h(
      'div',
      { class: 'x-toolbar mkto-topnav' },
      h(
        'table',
        { class: 'x-toolbar-ct', cellspacing: 0 },
        h(
          'tbody',
          null,
          h(
            'tr',
            null,
            h('td', { class: 'x-toolbar-cell' }, h('span', { class: 'mkto-logo', text: 'Marketo' })),
            navCells,
            h('td', { class: 'x-toolbar-fill' }),
            h('td', { class: 'x-toolbar-cell mkto-user', text: 'Demo Admin' }),
            h(
              'td',
              { class: 'x-toolbar-cell' },
              h('a', { class: 'mkto-nav-item', href: '#MM0A1', onclick: go('MM0A1') }, t.help),
            ),
            h(
              'td',
              { class: 'x-toolbar-cell' },
              h('a', { class: 'mkto-nav-item', href: '#MM0A1', onclick: go('MM0A1') }, t.logout),
            ),
          ),
        ),
      ),
    );
    const viewport = h(
      'div',
      { class: 'x-viewport' },
      header,
      h('div', { class: 'x-border-layout-ct' }, west, center),
    );
    fill(document.body, viewport);
  }

  function renderTree(selectedNode) {
    const items = TREE.map(([node, route]) =>
      h(
        'li',
        { class: 'x-tree-node' },
        h(
          'div',
          {
            class: 'x-tree-node-el x-tree-node-leaf' + (node === selectedNode ? ' x-tree-selected' : ''),
            onclick: go(route),
          },
          h('span', { class: 'x-tree-node-indent' }),
          h('span', { class: 'x-tree-node-icon' }),
          h(
            'a',
            { class: 'x-tree-node-anchor', href: '#' + route, hidefocus: 'on' },
            h('span', { unselectable: 'on', text: t.adminTree[node] }),
          ),
        ),
      ),
    );
    const tree = panel(t.adminTree.root, 'x-tree');
    tree.body.append(h('ul', { class: 'x-tree-root-ct x-tree-lines' }, items));
    fill(west, tree.el);
    west.hidden = false;
  }

  let renderToken = 0;
  let syncTimer = 0;

  function render() {
    const route = ROUTES[currentRoute()] || { kind: 'missing' };
    const token = ++renderToken;
    window.clearTimeout(syncTimer);
    ui.revealed = false;
    ui.preview = false;
    ui.previewLoading = false;
    ui.error = '';
    if (route.kind === 'admin') renderTree(route.node);
    else {
      fill(west);
      west.hidden = true;
    }
    fill(center, h('div', { class: 'ext-el-mask-msg x-mask-loading' }, h('div', { text: t.loading })));
    window.setTimeout(() => {
      if (token !== renderToken) return; // the user navigated on meanwhile
      fill(center, content(route));
    }, XHR_DELAY);
  }

  function content(route) {
    if (route.kind === 'home') return homePage();
    if (route.kind === 'placeholder') return simplePage(route.title, t.placeholderText);
    if (route.kind === 'missing') return simplePage('Marketo', t.notFound);
    if (route.tab) return salesInsightPage(route.tab);
    if (route.node)
      return simplePage(t.adminTree[route.node], t.placeholderText, [
        t.adminTree.root,
        t.adminTree[route.node],
      ]);
    return simplePage(t.adminTree.root, t.adminHomeText, [t.adminTree.root]);
  }

  function breadcrumb(parts) {
    return h('div', { class: 'mkto-breadcrumb' }, parts.join(' › '));
  }

  function simplePage(title, text, crumbs) {
    const p = panel(title, 'mkto-page');
    p.body.append(h('p', { class: 'mkto-intro', text }));
    return h('div', null, crumbs ? breadcrumb(crumbs) : null, p.el);
  }

  function homePage() {
    const p = panel(t.homeTitle, 'mkto-page');
    p.body.append(
      h('p', { class: 'mkto-intro', text: t.homeWelcome }),
      h(
        'div',
        { class: 'mkto-tiles' },
        t.homeTiles.map((name) =>
          h('div', { class: 'mkto-tile' }, h('span', { class: 'mkto-tile-text', text: name })),
        ),
      ),
    );
    return p.el;
  }

  // ------------------------------------------------------------ Sales Insight page with its two tabs

  function salesInsightPage(activeTab) {
    if (WC) return wcSalesInsightPage(activeTab);
    const tabs = [
      ['salesInsight', 'AD0SI1'],
      ['actionsConfig', 'AD0SI2'],
    ].map(([tab, route]) =>
      h(
        'li',
        { class: tab === activeTab ? 'x-tab-strip-active' : '' },
        h(
          'a',
          { class: 'x-tab-right', href: '#' + route, onclick: go(route) },
          h(
            'em',
            { class: 'x-tab-left' },
            h(
              'span',
              { class: 'x-tab-strip-inner' },
              h('span', { class: 'x-tab-strip-text', text: t.tabs[tab] }),
            ),
          ),
        ),
      ),
    );
    const body = h(
      'div',
      { class: 'x-tab-panel-body' },
      activeTab === 'actionsConfig' ? actionsConfigTab() : salesInsightTab(),
    );
    return h(
      'div',
      null,
      breadcrumb([t.adminTree.root, t.adminTree.salesInsight]),
      h(
        'div',
        { class: 'x-tab-panel' },
        h(
          'div',
          { class: 'x-tab-panel-header' },
          h('ul', { class: 'x-tab-strip x-tab-strip-top' }, tabs, h('li', { class: 'x-tab-edge' })),
        ),
        body,
      ),
    );
  }

  /** Static MSI panels (label cells beside value cells). */
  function salesInsightTab() {
    const rows = (pairs) =>
      h(
        'table',
        { class: 'x-form-table', cellspacing: 0 },
        h(
          'tbody',
          null,
          pairs.map(([label, value]) =>
            h(
              'tr',
              null,
              h('td', { class: 'x-form-item-label', text: label + ':' }),
              h('td', { class: 'x-form-value', text: value }),
            ),
          ),
        ),
      );
    const soap = panel(t.soapTitle, 'mkto-card');
    soap.body.append(rows(t.soap));
    const rest = panel(t.restTitle, 'mkto-card');
    rest.body.append(
      rows(t.rest),
      h(
        'div',
        { class: 'x-panel-fbar' },
        extButton(t.editApi, () => {}, true),
      ),
    );
    return h(
      'div',
      { class: 'x-column-layout-ct' },
      h('div', { class: 'x-column' }, soap.el),
      h('div', { class: 'x-column' }, rest.el),
    );
  }

  // ------------------------------------------------------------ Actions Config tab: three cards

  const cards = {};

  function actionsConfigTab() {
    const card = WC ? wcCard : panel;
    cards.provisioning = card(t.provisioningTitle, 'mkto-card');
    cards.integration = card(t.integrationTitle, 'mkto-card');
    cards.sync = card(t.syncTitle, 'mkto-card');
    renderProvisioning();
    renderIntegration();
    renderSync();
    return h(
      'div',
      { class: 'x-column-layout-ct' },
      h('div', { class: 'x-column' }, cards.provisioning.el, cards.integration.el),
      h('div', { class: 'x-column' }, cards.sync.el),
    );
  }

  /** Provisioning card: pick a Marketo admin, Send Invite; afterwards "Invited user" (label above value). */
  function renderProvisioning() {
    if (WC) return wcProvisioning();
    const body = cards.provisioning.body;
    if (state.invitee) {
      fill(
        body,
        h(
          'div',
          { class: 'x-form-item' },
          h('div', { class: 'x-form-item-label', text: t.invitedLabel }),
          h(
            'div',
            { class: 'x-form-element' },
            h('div', {
              class: 'x-form-display-field',
              text: state.invitee.name + ' (' + state.invitee.email + ')',
            }),
          ),
        ),
        h('p', { class: 'mkto-note', text: t.invitedNote }),
      );
      return;
    }
    const rows = ADMINS.map((admin, i) =>
      h(
        'div',
        {
          class: 'x-grid3-row' + (ui.selected === i ? ' x-grid3-row-selected' : ''),
          onclick: () => {
            ui.selected = i;
            ui.error = '';
            renderProvisioning();
          },
        },
        h(
          'table',
          { class: 'x-grid3-row-table', cellspacing: 0 },
          h(
            'tbody',
            null,
            h(
              'tr',
              null,
              h(
                'td',
                { class: 'x-grid3-td-checker' },
                h('input', {
                  type: 'radio',
                  name: 'mkto-admin',
                  value: String(i),
                  checked: ui.selected === i,
                }),
              ),
              h('td', { class: 'x-grid3-col x-grid3-td-name', text: admin.name }),
              h('td', { class: 'x-grid3-col x-grid3-td-email', text: admin.email }),
            ),
          ),
        ),
      ),
    );
    fill(
      body,
      h('p', { class: 'mkto-intro', text: t.provisioningIntro }),
      h(
        'div',
        { class: 'x-grid3' },
        h(
          'div',
          { class: 'x-grid3-header' },
          h(
            'table',
            { cellspacing: 0 },
            h(
              'tbody',
              null,
              h(
                'tr',
                null,
                h('td', { class: 'x-grid3-td-checker' }),
                h('td', { class: 'x-grid3-hd', text: t.colName }),
                h('td', { class: 'x-grid3-hd', text: t.colEmail }),
              ),
            ),
          ),
        ),
        h('div', { class: 'x-grid3-body' }, rows),
      ),
      ui.error ? h('div', { class: 'x-form-invalid-msg', text: ui.error }) : null,
      h(
        'div',
        { class: 'x-panel-fbar' },
        extButton(t.sendInvite, sendInvite, ui.sending),
        ui.sending ? h('span', { class: 'mkto-busy', text: t.sending }) : null,
      ),
    );
  }

  function sendInvite() {
    if (ui.selected === null) {
      ui.error = t.pickAdmin;
      renderProvisioning();
      return;
    }
    const invitee = ADMINS[ui.selected];
    ui.sending = true;
    renderProvisioning();
    window.setTimeout(() => {
      // "Server" accepted the invite.
      state.invitee = invitee;
      save();
      ui.sending = false;
      renderProvisioning();
      showMessage(t.dialogTitle, t.dialogText(invitee.name + ' (' + invitee.email + ')'));
      window.setTimeout(() => {
        // The demo's invitee "activates" at once: the instance's credentials appear.
        state.credentials = makeCredentials(location.hostname + ':' + invitee.email);
        save();
        renderIntegration();
        renderSync();
      }, 150);
    }, 150);
  }

  /** Integration Information card: Client ID / masked Client Secret in table rows, maybe "Munchkin ID: …". */
  function renderIntegration() {
    if (WC) return wcIntegration();
    const body = cards.integration.body;
    if (!state.credentials) {
      fill(body, h('div', { class: 'x-grid-empty mkto-empty', text: t.integrationEmpty }));
      return;
    }
    const { clientId, clientSecret } = state.credentials;
    // de shows the value the way some Ext templates do: padded with invisible characters.
    const shownId = lang === 'de' ? '\u00a0' + clientId + '\u200b' : clientId;
    const row = (label, ...value) =>
      h(
        'tr',
        null,
        h('td', { class: 'x-form-item-label', text: label }),
        h('td', { class: 'x-form-value' }, value),
      );
    fill(
      body,
      h(
        'table',
        { class: 'x-form-table', cellspacing: 0 },
        h(
          'tbody',
          null,
          row(t.clientId, h('span', { class: 'x-selectable', text: shownId })),
          row(
            t.clientSecret,
            h('span', { class: 'x-selectable mkto-secret', text: ui.revealed ? clientSecret : '••••••••' }),
            ' ',
            secretToggle(),
          ),
        ),
      ),
      t.munchkin ? h('div', { class: 'mkto-munchkin', text: t.munchkin + ': ' + munchkinId() }) : null,
    );
  }

  function secretToggle() {
    const label = ui.revealed ? t.hide : t.show;
    const onclick = (event) => {
      event.preventDefault();
      if (ui.revealed) {
        ui.revealed = false;
        renderIntegration();
      } else {
        // The secret is "fetched" before it shows.
        window.setTimeout(() => {
          ui.revealed = true;
          renderIntegration();
        }, 80);
      }
    };
    if (ICON_TOGGLE_LANGS.includes(lang)) {
      return h('span', {
        class: 'x-tool x-tool-eye' + (ui.revealed ? ' x-tool-eye-off' : ''),
        role: 'button',
        tabindex: 0,
        title: label,
        'aria-label': label,
        onclick,
      });
    }
    return h('a', { class: 'mkto-link', href: '#', onclick }, label);
  }

  /** Action Field Sync card: Sync → preview of the 13 fields → Start Sync → status (definition list). */
  function renderSync() {
    if (WC) return wcSync();
    const body = cards.sync.body;
    window.clearTimeout(syncTimer);
    if (state.sync) {
      const progress = Math.min(1, (Date.now() - state.sync.startedAt) / SYNC_MS);
      const done = progress >= 1;
      const count = Math.floor(SYNC_TOTAL * progress);
      const text = done ? t.completed(fmt(SYNC_TOTAL)) : t.inProgress(fmt(count), fmt(SYNC_TOTAL));
      fill(
        body,
        h('dl', { class: 'mkto-status' }, h('dt', { text: t.statusLabel }), h('dd', { text })),
        done
          ? null
          : h(
              'div',
              {
                class: 'x-progress-wrap',
                role: 'progressbar',
                'aria-valuemin': 0,
                'aria-valuemax': SYNC_TOTAL,
                'aria-valuenow': count,
              },
              h('div', { class: 'x-progress-bar', style: 'width: ' + Math.round(progress * 100) + '%' }),
            ),
      );
      if (!done) syncTimer = window.setTimeout(renderSync, 500);
      return;
    }
    if (ui.preview) {
      fill(
        body,
        h('p', { class: 'mkto-intro', text: t.previewIntro }),
        h(
          'ul',
          { class: 'mkto-field-list' },
          SYNC_FIELDS.map((field) => h('li', { text: field })),
        ),
        h(
          'div',
          { class: 'x-panel-fbar' },
          extButton(t.startSync, () => {
            ui.preview = false;
            state.sync = { startedAt: Date.now() };
            save();
            renderSync();
          }),
          extButton(t.cancel, () => {
            ui.preview = false;
            renderSync();
          }),
        ),
      );
      return;
    }
    const ready = !!state.credentials;
    fill(
      body,
      h('p', { class: 'mkto-intro', text: t.syncIntro }),
      ready ? null : h('p', { class: 'mkto-note', text: t.syncNeedsInvite }),
      h(
        'div',
        { class: 'x-panel-fbar' },
        extButton(
          t.sync,
          () => {
            ui.previewLoading = true;
            renderSync();
            window.setTimeout(() => {
              ui.previewLoading = false;
              ui.preview = true;
              renderSync();
            }, XHR_DELAY);
          },
          !ready || ui.previewLoading,
        ),
        ui.previewLoading ? h('span', { class: 'mkto-busy', text: t.loading }) : null,
      ),
    );
  }

  // ------------------------------------------------------------ web-component variant (?ui=wc)
  //
  // The same tab and cards built from the demo's own Spectrum-style components
  // (../shared/components.js): tab labels and card titles are rendered inside
  // shadow roots, values sit in read-only text fields (an <input> in a shadow
  // root) named by <ui-field-label for>, buttons are component hosts.

  function wcSalesInsightPage(activeTab) {
    const tabs = h(
      'ui-tabs',
      null,
      [
        ['salesInsight', 'AD0SI1'],
        ['actionsConfig', 'AD0SI2'],
      ].map(([tab, route]) =>
        h('ui-tab', { label: t.tabs[tab], selected: tab === activeTab, onclick: go(route) }),
      ),
    );
    return h(
      'div',
      { class: 'wc-page' },
      breadcrumb([t.adminTree.root, t.adminTree.salesInsight]),
      tabs,
      h(
        'div',
        { class: 'wc-tab-body' },
        activeTab === 'actionsConfig' ? actionsConfigTab() : salesInsightTab(),
      ),
    );
  }

  /** A card component: its title in the shadow root, its content slotted (so `body` is the card). */
  function wcCard(title) {
    const el = h('ui-card', { heading: title });
    return { el, body: el };
  }

  /** A read-only text field named by a field label (`for` = the field's id), value set as a property. */
  function wcField(id, label, value, attrs) {
    const field = h('ui-textfield', { id, readonly: true, ...(attrs || {}) });
    field.value = value;
    return [h('ui-field-label', { for: id }, label), field];
  }

  function wcButton(text, onclick, opts) {
    const o = opts || {};
    return h('ui-button', { variant: o.accent ? 'accent' : null, disabled: !!o.disabled, onclick }, text);
  }

  function wcProvisioning() {
    const body = cards.provisioning.body;
    if (state.invitee) {
      fill(
        body,
        wcField('mkto-invitee', t.invitedLabel, state.invitee.name + ' (' + state.invitee.email + ')'),
        h('p', { class: 'mkto-note', text: t.invitedNote }),
      );
      return;
    }
    const radios = ADMINS.map((admin, i) =>
      h(
        'ui-radio',
        {
          checked: ui.selected === i,
          onclick: () => {
            ui.selected = i;
            ui.error = '';
            renderProvisioning();
          },
        },
        h('span', { class: 'wc-name', text: admin.name }),
        ' ',
        h('span', { class: 'wc-email', text: admin.email }),
      ),
    );
    fill(
      body,
      h('p', { class: 'mkto-intro', text: t.provisioningIntro }),
      h('div', { role: 'radiogroup', 'aria-label': t.colName }, radios),
      ui.error ? h('p', { class: 'x-form-invalid-msg', role: 'alert', text: ui.error }) : null,
      wcButton(t.sendInvite, () => !ui.sending && sendInvite(), { accent: true, disabled: ui.sending }),
      ui.sending ? h('span', { class: 'mkto-busy', text: t.sending }) : null,
    );
  }

  function wcIntegration() {
    const body = cards.integration.body;
    if (!state.credentials) {
      fill(body, h('p', { class: 'mkto-empty', text: t.integrationEmpty }));
      return;
    }
    const { clientId, clientSecret } = state.credentials;
    const toggle = secretToggleWc();
    fill(
      body,
      wcField('mkto-client-id', t.clientId, clientId),
      wcField('mkto-client-secret', t.clientSecret, ui.revealed ? clientSecret : '••••••••'),
      toggle,
      t.munchkin ? wcField('mkto-munchkin', t.munchkin, munchkinId()) : null,
    );
  }

  function secretToggleWc() {
    const label = ui.revealed ? t.hide : t.show;
    const onclick = () => {
      if (ui.revealed) {
        ui.revealed = false;
        renderIntegration();
      } else {
        window.setTimeout(() => {
          ui.revealed = true;
          renderIntegration();
        }, 80);
      }
    };
    // es, ja: an eye icon that says its name only inside its shadow root.
    if (ICON_TOGGLE_LANGS.includes(lang)) return h('ui-action-button', { label, icon: 'eye', onclick });
    return h('ui-action-button', { onclick }, label);
  }

  function wcSync() {
    const body = cards.sync.body;
    window.clearTimeout(syncTimer);
    if (state.sync) {
      const progress = Math.min(1, (Date.now() - state.sync.startedAt) / SYNC_MS);
      const done = progress >= 1;
      const count = Math.floor(SYNC_TOTAL * progress);
      const text = done ? t.completed(fmt(SYNC_TOTAL)) : t.inProgress(fmt(count), fmt(SYNC_TOTAL));
      fill(
        body,
        h('ui-status', { message: t.statusLabel + ': ' + text }),
        done
          ? null
          : h('div', {
              class: 'x-progress-wrap',
              role: 'progressbar',
              'aria-valuemin': 0,
              'aria-valuemax': SYNC_TOTAL,
              'aria-valuenow': count,
            }),
      );
      if (!done) syncTimer = window.setTimeout(renderSync, 500);
      return;
    }
    if (ui.preview) {
      fill(
        body,
        h('p', { class: 'mkto-intro', text: t.previewIntro }),
        h(
          'ul',
          { class: 'mkto-field-list' },
          SYNC_FIELDS.map((field) => h('li', { text: field })),
        ),
        wcButton(
          t.startSync,
          () => {
            ui.preview = false;
            state.sync = { startedAt: Date.now() };
            save();
            renderSync();
          },
          { accent: true },
        ),
        ' ',
        wcButton(t.cancel, () => {
          ui.preview = false;
          renderSync();
        }),
      );
      return;
    }
    const ready = !!state.credentials;
    fill(
      body,
      h('p', { class: 'mkto-intro', text: t.syncIntro }),
      ready ? null : h('p', { class: 'mkto-note', text: t.syncNeedsInvite }),
      wcButton(
        t.sync,
        () => {
          if (!ready || ui.previewLoading) return;
          ui.previewLoading = true;
          renderSync();
          window.setTimeout(() => {
            ui.previewLoading = false;
            ui.preview = true;
            renderSync();
          }, XHR_DELAY);
        },
        { disabled: !ready || ui.previewLoading },
      ),
      ui.previewLoading ? h('span', { class: 'mkto-busy', text: t.loading }) : null,
    );
  }

  // ------------------------------------------------------------ message box (Ext.Msg-like dialog)

  function showMessage(title, text) {
    const mask = h('div', { class: 'ext-el-mask' });
    const close = () => {
      dialog.remove();
      mask.remove();
    };
    const dialog = h(
      'div',
      {
        class: 'x-window x-window-dlg',
        role: 'alertdialog',
        'aria-labelledby': 'mkto-msg-title',
        'aria-describedby': 'mkto-msg-text',
      },
      h(
        'div',
        { class: 'x-window-header' },
        h('span', { class: 'x-window-header-text', id: 'mkto-msg-title', text: title }),
      ),
      h('div', { class: 'x-window-body' }, h('div', { class: 'ext-mb-text', id: 'mkto-msg-text', text })),
      h('div', { class: 'x-window-footer' }, extButton(t.ok, close)),
    );
    document.body.append(mask, dialog);
    dialog.querySelector('button').focus();
  }

  // ------------------------------------------------------------ start

  renderFrame();
  render();
  window.addEventListener('hashchange', render);
})();
