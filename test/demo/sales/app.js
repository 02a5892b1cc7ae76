/*
 * Demo imitation of the Marketo Sales (Sales Insight Actions) web app at
 * https://toutapp.com/next#settings/... Our own code, not a capture of the real
 * app: see README.md for routes, languages, states and what each control does.
 *
 * Plain JS, no framework, no build step. It behaves like a React single-page
 * app: hash routes, content rendered late (setTimeout, as if after an XHR),
 * dialogs and menus rendered on demand, and one form (Marketo › Set Up) whose
 * inputs are "controlled" exactly the way React controls them (section 4).
 *
 * The only global is window.demoSales (state snapshot + lastSubmit) for tests.
 */
(() => {
  // ---------------------------------------------------------------------------
  // 1. Language, strings, URL parameters
  // ---------------------------------------------------------------------------
  const STATE_KEY = 'demo:sales';
  const LANG_KEY = 'demo:sales:lang';
  const STRINGS = JSON.parse(document.getElementById('demo-strings').textContent);
  const params = new URLSearchParams(location.search);
  /**
   * `?ui=wc`: tabs, the Marketo page's buttons and Set Up form, and the dialogs
   * (Invite Users via CSV included) built from web components (../shared/components.js).
   */
  const WC = params.get('ui') === 'wc';

  /**
   * The app's storage. Framed by another site (the Salesforce demo's Sales Insight Actions tab)
   * this page is a third-party frame, where Chromium may deny localStorage: then the state lives
   * in memory for the life of the frame.
   */
  const storage = window.demoStorage(STATE_KEY);

  const requestedLang = params.get('lang');
  if (requestedLang && STRINGS[requestedLang]) storage.setItem(LANG_KEY, requestedLang);
  const lang = STRINGS[storage.getItem(LANG_KEY)] ? storage.getItem(LANG_KEY) : 'en';
  document.documentElement.lang = lang;

  /** Translates a key, replacing {name} placeholders. */
  function t(key, vars) {
    const text = STRINGS[lang][key] ?? STRINGS.en[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (_, name) => String(vars?.[name] ?? ''));
  }

  // ---------------------------------------------------------------------------
  // 2. App state ("the server"): localStorage under demo:sales
  // ---------------------------------------------------------------------------
  const ORIGINAL_USER = {
    name: 'Alex Admin',
    email: 'admin@acme.com',
    role: 'admin',
    status: 'active',
    team: 'everyone',
  };
  const DEMO_PEOPLE = [
    'Maria Garcia',
    'John Smith',
    'Yuki Tanaka',
    'Lena Fischer',
    'Pierre Martin',
    'Ana Souza',
    'Oliver Brown',
    'Sofia Rossi',
    'Lars Berg',
    'Wei Zhang',
    'Emma Wilson',
    'Lucas Dubois',
    'Carmen Lopez',
    'Noah Taylor',
    'Mia Schmidt',
    'Hugo Bernard',
    'Ines Pereira',
    'Jack Moore',
    'Chloe Laurent',
    'Diego Torres',
    'Hana Sato',
    'Ben Clark',
  ];

  function seed(name) {
    const base = {
      sfdc: { connected: false, account: null },
      marketo: { connected: false, munchkinId: '', clientId: '', credentialsSaved: false },
      users: [ORIGINAL_USER],
    };
    const marketoConnected = {
      connected: true,
      munchkinId: '123-ABC-456',
      clientId: '5f0c7a52-demo-4d1e-9c11-client0001',
      credentialsSaved: true,
    };
    const manyUsers = [ORIGINAL_USER].concat(
      DEMO_PEOPLE.map((person, i) => ({
        name: person,
        email: person.toLowerCase().replace(' ', '.') + '@acme.com',
        role: 'user',
        status: i % 5 === 4 ? 'invited' : 'active',
        team: 'everyone',
      })),
    );
    switch (name) {
      case 'sfdc-connected':
        return { ...base, sfdc: { connected: true, account: 'admin@acme.com' } };
      case 'setup-prefilled':
        return { ...base, marketo: { ...base.marketo, munchkinId: '123-ABC-456' } };
      case 'marketo-connected':
        return { ...base, marketo: marketoConnected };
      case 'users':
        return { ...base, users: manyUsers };
      case 'full':
        return {
          sfdc: { connected: true, account: 'admin@acme.com' },
          marketo: marketoConnected,
          users: manyUsers,
        };
      default:
        return base;
    }
  }

  if (params.has('demoReset')) storage.removeItem(STATE_KEY);
  if (params.has('demoState')) storage.setItem(STATE_KEY, JSON.stringify(seed(params.get('demoState'))));
  if (params.has('demoReset') || params.has('demoState')) {
    // Like a server redirect: a reload keeps the state instead of seeding again.
    params.delete('demoReset');
    params.delete('demoState');
    const query = params.toString();
    history.replaceState(null, '', location.pathname + (query ? '?' + query : '') + location.hash);
  }

  const state = JSON.parse(storage.getItem(STATE_KEY) || 'null') || seed('fresh');

  function update(change) {
    change(state);
    storage.setItem(STATE_KEY, JSON.stringify(state));
  }

  // Test hook (the only global): a snapshot of the state, and the last values
  // the Set Up form submitted (taken from the form STATE, not from the DOM).
  window.demoSales = {
    get state() {
      return JSON.parse(JSON.stringify(state));
    },
    lastSubmit: null,
  };

  // ---------------------------------------------------------------------------
  // 3. Tiny DOM helper (DOM APIs and textContent only, never innerHTML)
  // ---------------------------------------------------------------------------
  /** h('button', { type: 'button', onClick }, 'Text', childNode) */
  function h(tag, props, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key.startsWith('on')) el.addEventListener(key.slice(2).toLowerCase(), value);
      else if (key === 'className') el.className = value;
      else el.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat(Number.POSITIVE_INFINITY)) {
      if (child === null || child === undefined || child === false) continue;
      el.append(child instanceof Node ? child : String(child));
    }
    return el;
  }

  let idCounter = 0;
  const nextId = () => 'sales-' + ++idCounter;
  const later = (fn, ms) => setTimeout(fn, ms);

  // ---------------------------------------------------------------------------
  // 4. React-style controlled inputs
  //
  // React tracks the last value it knows of each input: it replaces the
  // element's `value` property by an own getter/setter pair that records every
  // value written through it, then calls the prototype's setter. On an `input`
  // (or `change`) event, React compares the DOM value with the tracked one and
  // only calls onChange when they differ; every render writes the state back
  // into the inputs. So `el.value = 'x'` followed by an input event is LOST:
  // the tracker already says 'x', onChange never runs, the state keeps the old
  // value (submitted as such) and the next render puts it back on screen.
  // The prototype's native setter + an input event is accepted.
  // ---------------------------------------------------------------------------
  const trackers = new WeakMap();

  function trackValue(input) {
    const proto = input.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    const native = Object.getOwnPropertyDescriptor(proto, 'value');
    let tracked = native.get.call(input);
    Object.defineProperty(input, 'value', {
      configurable: true,
      enumerable: native.enumerable,
      get() {
        return native.get.call(this);
      },
      set(value) {
        tracked = String(value);
        native.set.call(this, value);
      },
    });
    trackers.set(input, {
      changed() {
        const actual = native.get.call(input);
        if (actual === tracked) return false;
        tracked = actual;
        return true;
      },
    });
  }

  /**
   * A controlled form: `fields` maps state keys to inputs. onChange(key, value)
   * only runs for a real value change; render() then writes state back.
   */
  function controlledForm(form, fields, getState, onChange) {
    for (const input of Object.values(fields)) trackValue(input);
    const handle = (event) => {
      const key = Object.keys(fields).find((k) => fields[k] === event.target);
      if (!key || !trackers.get(event.target).changed()) return; // no change: no onChange, no render
      onChange(key, event.target.value);
      render();
    };
    form.addEventListener('input', handle);
    form.addEventListener('change', handle);
    function render() {
      const current = getState();
      for (const [key, input] of Object.entries(fields)) {
        if (input.value !== current[key]) input.value = current[key]; // through the tracker, like React
      }
    }
    render();
    return { render };
  }

  // ---------------------------------------------------------------------------
  // 5. Shell: header with the gear menu, main area, dialog layer
  // ---------------------------------------------------------------------------
  const root = document.getElementById('root');
  const main = h('main', { className: 'main' });
  const dialogLayer = h('div', { className: 'dialog-layer' });
  let openMenu = null; // { el, button }

  function closeMenu() {
    if (!openMenu) return;
    openMenu.button.setAttribute('aria-expanded', 'false');
    openMenu.el.remove();
    openMenu = null;
  }

  /** Opens a role=menu under `button` with items [{ label, onSelect }]. */
  function toggleMenu(button, container, items) {
    const wasOpen = openMenu?.button === button;
    closeMenu();
    if (wasOpen) return;
    const menu = h(
      'ul',
      { role: 'menu', id: nextId(), className: 'menu' },
      items.map((item) =>
        h(
          'li',
          { role: 'none' },
          h(
            'button',
            {
              type: 'button',
              role: 'menuitem',
              onClick: () => {
                closeMenu();
                item.onSelect();
              },
            },
            item.label,
          ),
        ),
      ),
    );
    button.setAttribute('aria-expanded', 'true');
    button.setAttribute('aria-controls', menu.id);
    container.append(menu);
    openMenu = { el: menu, button };
    menu.querySelector('button').focus();
  }

  document.addEventListener('click', (event) => {
    if (openMenu && !openMenu.el.contains(event.target) && !openMenu.button.contains(event.target))
      closeMenu();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    if (openMenu) closeMenu();
    else closeDialog();
  });

  function header() {
    const gearWrap = h('div', { className: 'gear-wrap' });
    const gear = h(
      'button',
      {
        type: 'button',
        className: 'icon-button',
        'aria-label': t('gear'),
        title: t('gear'),
        'aria-haspopup': 'menu',
        'aria-expanded': 'false',
        onClick: () =>
          toggleMenu(gear, gearWrap, [
            { label: t('menuSettings'), onSelect: () => go('settings') },
            { label: t('menuMyAccount'), onSelect: () => go('settings/my-account/profile') },
          ]),
      },
      '⚙',
    );
    gearWrap.append(gear);
    return h(
      'header',
      { className: 'topbar' },
      h('span', { className: 'brand' }, t('appName')),
      h('nav', { 'aria-label': t('appName') }, h('a', { href: '#identities' }, t('navPeople'))),
      gearWrap,
    );
  }

  root.append(header(), main, dialogLayer);

  // ---------------------------------------------------------------------------
  // 6. Router: hash routes, content rendered after a delay (like an XHR)
  // ---------------------------------------------------------------------------
  const go = (route) => {
    location.hash = '#' + route;
  };
  const currentRoute = () => location.hash.replace(/^#\/?/, '').replace(/\/+$/, '').toLowerCase();

  const SETTINGS_ROUTES = {
    settings: settingsHome,
    'settings/general': placeholder('entryGeneral'),
    'settings/my-account/profile': placeholder('entryProfile'),
    'settings/my-account/salesforce': placeholder(null, 'Salesforce'),
    'settings/crm/salesforce': salesforceView,
    'settings/crm/salesforce/configure': salesforceView,
    'settings/marketo-admin': marketoView,
    'settings/admin/user-management': usersView,
    'settings/teams': placeholder('entryTeams'),
    // Older routes that still lead to the same pages (the real app has many).
    'settings/salesforce': salesforceView,
    'settings/marketo': marketoView,
    'settings/user-management': usersView,
  };

  let renderToken = 0;
  let viewState = {}; // per-page UI state (selected tab, page number...), reset on navigation

  function route() {
    const token = ++renderToken;
    viewState = {};
    closeMenu();
    closeDialog();
    main.replaceChildren(h('p', { className: 'loading', role: 'status' }, t('loading')));
    later(
      () => {
        if (token === renderToken) draw();
      },
      60 + Math.floor(Math.random() * 120),
    );
  }

  /** Renders the current page now (also after state changes on the page). */
  function draw() {
    const path = currentRoute();
    const view = SETTINGS_ROUTES[path];
    if (view) {
      main.replaceChildren(settingsLayout(path, view()));
    } else {
      main.replaceChildren(peopleView());
    }
  }

  window.addEventListener('hashchange', route);

  // ---------------------------------------------------------------------------
  // 7. Pages
  // ---------------------------------------------------------------------------
  function settingsLayout(path, content) {
    const entry = (route, label) => {
      const active = path === route || path.startsWith(route + '/');
      return h('li', {}, h('a', { href: '#' + route, 'aria-current': active ? 'page' : null }, label));
    };
    const menu = h(
      'nav',
      { className: 'settings-menu', 'aria-label': t('settingsTitle') },
      h('h2', {}, t('sectionMyAccount')),
      h(
        'ul',
        {},
        entry('settings/my-account/profile', t('entryProfile')),
        entry('settings/my-account/salesforce', 'Salesforce'),
      ),
      h('h2', {}, t('sectionAdmin')),
      h(
        'ul',
        {},
        entry('settings/general', t('entryGeneral')),
        entry('settings/crm/salesforce', 'Salesforce'),
        entry('settings/marketo-admin', 'Marketo'),
        entry('settings/admin/user-management', t('entryUserManagement')),
        entry('settings/teams', t('entryTeams')),
      ),
    );
    return h(
      'div',
      { className: 'settings' },
      menu,
      h('section', { className: 'settings-content' }, content),
    );
  }

  function settingsHome() {
    return [h('h1', {}, t('settingsTitle')), h('p', {}, t('settingsIntro'))];
  }

  function placeholder(titleKey, literalTitle) {
    return () => [h('h1', {}, titleKey ? t(titleKey) : literalTitle), h('p', {}, t('placeholderBody'))];
  }

  function peopleView() {
    return h('section', {}, h('h1', {}, t('peopleTitle')), h('p', {}, t('peopleBody')));
  }

  /** role=tablist + one visible role=tabpanel; `tabs` = [{ id, label, panel() }]. */
  function tabs(selected, list, onSelect) {
    if (WC) return wcTabs(selected, list, onSelect);
    const tablist = h('div', { role: 'tablist', className: 'tabs' });
    let panel = null;
    for (const tab of list) {
      const tabId = nextId();
      const isSelected = tab.id === selected;
      tablist.append(
        h(
          'button',
          {
            type: 'button',
            role: 'tab',
            id: tabId,
            'aria-selected': isSelected ? 'true' : 'false',
            tabindex: isSelected ? '0' : '-1',
            onClick: () => onSelect(tab.id),
          },
          tab.label,
        ),
      );
      if (isSelected)
        panel = h('div', { role: 'tabpanel', 'aria-labelledby': tabId, className: 'panel' }, tab.panel());
    }
    return [tablist, panel];
  }

  /** Web-component tabs: role=tab on each <ui-tab>, its label rendered inside its shadow root. */
  function wcTabs(selected, list, onSelect) {
    const tablist = h('ui-tabs', { className: 'tabs' });
    let panel = null;
    for (const tab of list) {
      const tabId = nextId();
      const isSelected = tab.id === selected;
      tablist.append(
        h('ui-tab', { id: tabId, label: tab.label, selected: isSelected, onClick: () => onSelect(tab.id) }),
      );
      if (isSelected)
        panel = h('div', { role: 'tabpanel', 'aria-labelledby': tabId, className: 'panel' }, tab.panel());
    }
    return [tablist, panel];
  }

  /** A button: native, or a <ui-button> host in the web-component variant. */
  function button(props, label) {
    if (!WC) return h('button', { type: 'button', ...props }, label);
    const { className, disabled, onClick, type, ...rest } = props;
    return h(
      'ui-button',
      {
        ...rest,
        type: type === 'submit' ? 'submit' : null,
        variant: className === 'primary' ? 'accent' : null,
        disabled: !!disabled,
        onClick: (event) => {
          if (!disabled && onClick) onClick(event);
        },
      },
      label,
    );
  }

  // --- Admin Settings › Salesforce -------------------------------------------
  function salesforceView() {
    const tab = viewState.tab || 'sync';
    return [
      h('h1', {}, 'Salesforce'),
      tabs(
        tab,
        [
          { id: 'sync', label: t('tabSync'), panel: () => h('p', {}, t('syncBody')) },
          { id: 'connections', label: t('tabConnections'), panel: salesforceConnections },
        ],
        (id) => {
          viewState.tab = id;
          draw();
        },
      ),
    ];
  }

  function salesforceConnections() {
    if (viewState.sfdcConnecting)
      return h('div', { className: 'card' }, h('p', { role: 'status' }, t('connecting')));
    if (state.sfdc.connected) {
      return h(
        'div',
        { className: 'card' },
        h('p', {}, t('connectedAs', { account: state.sfdc.account })),
        h(
          'button',
          {
            type: 'button',
            className: 'secondary',
            onClick: () => {
              update((s) => {
                s.sfdc = { connected: false, account: null };
              });
              draw();
            },
          },
          t('disconnect'),
        ),
      );
    }
    return h(
      'div',
      { className: 'card' },
      h('p', {}, t('sfdcNotConnected')),
      h(
        'button',
        {
          type: 'button',
          className: 'primary',
          onClick: () =>
            confirmDialog(t('connectDialogTitle'), t('connectDialogBody'), t('ok'), () => {
              viewState.sfdcConnecting = true;
              draw();
              later(() => {
                viewState.sfdcConnecting = false;
                update((s) => {
                  s.sfdc = { connected: true, account: 'admin@acme.com' };
                });
                draw();
              }, 300);
            }),
        },
        t('connect'),
      ),
    );
  }

  // --- Admin Settings › Marketo ------------------------------------------------
  function marketoView() {
    const tab = viewState.tab || 'overview';
    const m = state.marketo;
    const facts = h(
      'dl',
      { className: 'facts' },
      h('dt', {}, t('statusLabel')),
      h(
        'dd',
        {},
        viewState.mktoConnecting ? t('connecting') : m.connected ? t('connected') : t('notConnected'),
      ),
      m.connected && [h('dt', {}, t('munchkinId')), h('dd', {}, m.munchkinId)],
      m.connected && [h('dt', {}, t('clientId')), h('dd', {}, m.clientId)],
    );
    const connectButton = m.connected
      ? button(
          {
            className: 'secondary',
            onClick: () => {
              update((s) => {
                s.marketo.connected = false;
              });
              draw();
            },
          },
          t('disconnect'),
        )
      : button(
          {
            className: 'primary',
            disabled: viewState.mktoConnecting,
            onClick: marketoConnect,
          },
          t('mktoConnect'),
        );
    return [
      h('h1', {}, 'Marketo'),
      h(
        'div',
        { className: 'card' },
        facts,
        connectButton,
        viewState.mktoError && h('p', { role: 'alert', className: 'error' }, viewState.mktoError),
      ),
      tabs(
        tab,
        [
          { id: 'overview', label: t('tabOverview'), panel: () => h('p', {}, t('overviewBody')) },
          { id: 'setup', label: t('tabSetup'), panel: marketoSetupForm },
          { id: 'access', label: t('tabUserAccess'), panel: () => h('p', {}, t('userAccessBody')) },
        ],
        (id) => {
          viewState.tab = id;
          draw();
        },
      ),
    ];
  }

  /** "connect" works once credentials were saved (Set Up tab or provisioning). */
  function marketoConnect() {
    viewState.mktoConnecting = true;
    viewState.mktoError = null;
    draw();
    later(() => {
      viewState.mktoConnecting = false;
      if (state.marketo.credentialsSaved) {
        update((s) => {
          s.marketo.connected = true;
        });
      } else {
        viewState.mktoError = t('mktoConnectFailed');
      }
      draw();
    }, 250);
  }

  /**
   * The Set Up tab: a controlled form. Three label styles on purpose: plain
   * text above (Munchkin ID), <label for> (Client ID), aria-label (Client Secret).
   */
  function marketoSetupForm() {
    if (WC) return wcSetupForm();
    const m = state.marketo;
    const form = { munchkinId: m.munchkinId, clientId: m.clientId, clientSecret: '' };
    const munchkinLocked = Boolean(m.munchkinId);
    const clientIdId = nextId();
    const inputs = {
      munchkinId: h('input', {
        type: 'text',
        readonly: munchkinLocked,
        autocomplete: 'off',
        spellcheck: 'false',
      }),
      clientId: h('input', { type: 'text', id: clientIdId, autocomplete: 'off', spellcheck: 'false' }),
      clientSecret: h('input', {
        type: 'password',
        'aria-label': t('clientSecret'),
        autocomplete: 'new-password',
      }),
    };
    const error = h('p', { role: 'alert', className: 'error' });
    const status = h('p', { role: 'status' }, viewState.mktoSaved ? t('savedConnected') : '');
    const save = h('button', { type: 'submit', className: 'primary' }, t('save'));
    const el = h(
      'form',
      { className: 'form', novalidate: true },
      h('p', {}, t('setupIntro')),
      h(
        'div',
        { className: 'field' },
        h('div', { className: 'caption' }, t('munchkinId')),
        inputs.munchkinId,
      ),
      h('div', { className: 'field' }, h('label', { for: clientIdId }, t('clientId')), inputs.clientId),
      h(
        'div',
        { className: 'field' },
        h('div', { className: 'caption', 'aria-hidden': 'true' }, t('clientSecret')),
        inputs.clientSecret,
      ),
      error,
      status,
      save,
    );
    const controlled = controlledForm(
      el,
      inputs,
      () => form,
      (key, value) => {
        form[key] = value;
      },
    );
    el.addEventListener('submit', (event) => {
      event.preventDefault();
      controlled.render(); // the submit re-renders: a value the state never got disappears
      const submitted = {
        munchkinId: form.munchkinId.trim(),
        clientId: form.clientId.trim(),
        clientSecret: form.clientSecret.trim(),
      };
      window.demoSales.lastSubmit = { ...submitted };
      const missing = Object.keys(submitted)
        .filter((key) => !submitted[key])
        .map((key) => t(key));
      if (missing.length) {
        error.textContent = t('errRequired', { fields: missing.join(', ') });
        return;
      }
      error.textContent = '';
      save.disabled = true;
      save.textContent = t('saving');
      later(() => {
        update((s) => {
          // The secret is never shown again (nor kept in this demo's storage).
          s.marketo = {
            connected: true,
            munchkinId: submitted.munchkinId,
            clientId: submitted.clientId,
            credentialsSaved: true,
          };
        });
        viewState.mktoSaved = true;
        viewState.mktoError = null;
        draw();
      }, 200);
    });
    return el;
  }

  /**
   * The Set Up form built from web components (`?ui=wc`). Three ways a field is
   * named, as Spectrum does it: Munchkin ID by a <ui-field-label for> outside
   * the component (the input is inside its shadow root), Client ID by a <label>
   * inside the component's shadow root (`visible-label`), Client Secret by the
   * component's `label` (aria-label on the inner input; the caption above is
   * aria-hidden). The app keeps the values in its own state, updated only from
   * `input` events that reach the form: composed ones, crossing the shadow
   * boundary, as a real input's do (React listens the same way, at its root).
   */
  function wcSetupForm() {
    const m = state.marketo;
    const form = { munchkinId: m.munchkinId, clientId: m.clientId, clientSecret: '' };
    const munchkinLocked = Boolean(m.munchkinId);
    const munchkinFieldId = nextId();
    const fields = {
      munchkinId: h('ui-textfield', { id: munchkinFieldId, readonly: munchkinLocked }),
      clientId: h('ui-textfield', { label: t('clientId'), 'visible-label': true }),
      clientSecret: h('ui-textfield', { type: 'password', label: t('clientSecret') }),
    };
    const render = () => {
      for (const [key, field] of Object.entries(fields)) field.value = form[key];
    };
    const error = h('p', { role: 'alert', className: 'error' });
    const status = h('p', { role: 'status' }, viewState.mktoSaved ? t('savedConnected') : '');
    const save = button({ type: 'submit', className: 'primary' }, t('save'));
    const el = h(
      'form',
      { className: 'form', novalidate: true },
      h('p', {}, t('setupIntro')),
      h(
        'div',
        { className: 'field' },
        h('ui-field-label', { for: munchkinFieldId }, t('munchkinId')),
        fields.munchkinId,
      ),
      h('div', { className: 'field' }, fields.clientId),
      h(
        'div',
        { className: 'field' },
        h('div', { className: 'caption', 'aria-hidden': 'true' }, t('clientSecret')),
        fields.clientSecret,
      ),
      error,
      status,
      save,
    );
    el.addEventListener('input', (event) => {
      const key = Object.keys(fields).find((k) => fields[k] === event.target);
      if (key) form[key] = fields[key].value;
    });
    render();
    el.addEventListener('submit', (event) => {
      event.preventDefault();
      render(); // the submit re-renders from the app's state: a value it never heard of disappears
      const submitted = {
        munchkinId: form.munchkinId.trim(),
        clientId: form.clientId.trim(),
        clientSecret: form.clientSecret.trim(),
      };
      window.demoSales.lastSubmit = { ...submitted };
      const missing = Object.keys(submitted)
        .filter((key) => !submitted[key])
        .map((key) => t(key));
      if (missing.length) {
        error.textContent = t('errRequired', { fields: missing.join(', ') });
        return;
      }
      error.textContent = '';
      save.setAttribute('disabled', '');
      save.textContent = t('saving');
      later(() => {
        update((s) => {
          s.marketo = {
            connected: true,
            munchkinId: submitted.munchkinId,
            clientId: submitted.clientId,
            credentialsSaved: true,
          };
        });
        viewState.mktoSaved = true;
        viewState.mktoError = null;
        draw();
      }, 200);
    });
    return el;
  }

  // --- Admin Settings › User Management ---------------------------------------
  const PAGE_SIZE = 10;
  const ROLE_KEYS = { admin: 'roleAdmin', user: 'roleUser' };
  const STATUS_KEYS = { active: 'statusActive', invited: 'statusInvited', deactivated: 'statusDeactivated' };

  function usersView() {
    const users = state.users;
    const pages = Math.max(1, Math.ceil(users.length / PAGE_SIZE));
    const page = Math.min(viewState.page || 1, pages);
    const from = (page - 1) * PAGE_SIZE;
    const visible = users.slice(from, from + PAGE_SIZE);

    const actionsWrap = h('div', { className: 'menu-wrap' });
    const actionsButton = button(
      {
        className: 'primary',
        'aria-haspopup': 'menu',
        'aria-expanded': 'false',
        onClick: () =>
          toggleMenu(actionsButton, actionsWrap, [
            { label: t('inviteUsers'), onSelect: inviteDialog },
            { label: t('inviteUsersCsv'), onSelect: csvDialog },
          ]),
      },
      t('actions'),
    );
    actionsWrap.append(actionsButton);

    const table = h(
      'table',
      { className: 'users' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('colName')),
          h('th', { scope: 'col' }, t('colEmail')),
          h('th', { scope: 'col' }, t('colRole')),
          h('th', { scope: 'col' }, t('colStatus')),
          h('th', { scope: 'col' }, t('colTeam')),
          h('th', { scope: 'col' }, h('span', { className: 'visually-hidden' }, t('actions'))),
        ),
      ),
      h('tbody', {}, visible.map(userRow)),
    );

    const showing = users.length
      ? t('showing', { from: from + 1, to: from + visible.length, total: users.length })
      : '';
    const pager = h(
      'div',
      { className: 'pager' },
      h('span', {}, showing),
      h(
        'button',
        {
          type: 'button',
          'aria-label': t('prevPage'),
          disabled: page <= 1,
          onClick: () => {
            viewState.page = page - 1;
            draw();
          },
        },
        '‹',
      ),
      h('span', {}, t('pageOf', { page, pages })),
      h(
        'button',
        {
          type: 'button',
          'aria-label': t('nextPage'),
          disabled: page >= pages,
          onClick: () => {
            viewState.page = page + 1;
            draw();
          },
        },
        '›',
      ),
    );

    return [
      h(
        'div',
        { className: 'page-head' },
        h('h1', {}, t('userManagementTitle')),
        h('span', { className: 'count' }, t('usersCount', { n: users.length })),
        actionsWrap,
      ),
      viewState.flash && h('div', { role: 'status', className: 'flash' }, viewState.flash),
      table,
      pager,
    ];
  }

  function userRow(user) {
    const cell = h('td', { className: 'row-actions' });
    const button = h(
      'button',
      {
        type: 'button',
        className: 'icon-button',
        'aria-label': t('rowActions', { email: user.email }),
        'aria-haspopup': 'menu',
        'aria-expanded': 'false',
        onClick: () => {
          const items = [];
          if (user.status !== 'deactivated') {
            items.push({
              label: t('deactivate'),
              onSelect: () =>
                confirmDialog(
                  t('confirmDeactivateTitle'),
                  t('confirmDeactivateBody', { email: user.email }),
                  t('deactivate'),
                  () =>
                    changeUsers((users) =>
                      users.map((u) => (u.email === user.email ? { ...u, status: 'deactivated' } : u)),
                    ),
                ),
            });
          }
          items.push({
            label: t('remove'),
            onSelect: () =>
              confirmDialog(
                t('confirmRemoveTitle'),
                t('confirmRemoveBody', { email: user.email }),
                t('remove'),
                () => changeUsers((users) => users.filter((u) => u.email !== user.email)),
              ),
          });
          toggleMenu(button, cell, items);
        },
      },
      '⋯',
    );
    cell.append(button);
    return h(
      'tr',
      {},
      h('td', {}, user.name || ''),
      h('td', {}, user.email),
      h('td', {}, t(ROLE_KEYS[user.role] || 'roleUser')),
      h('td', {}, t(STATUS_KEYS[user.status] || 'statusActive')),
      h('td', {}, t('teamEveryone')),
      cell,
    );
  }

  function changeUsers(change) {
    update((s) => {
      s.users = change(s.users);
    });
    draw();
  }

  const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

  /** Adds invited users (team Everyone), returns how many were new. */
  function addInvited(people) {
    const known = new Set(state.users.map((u) => u.email.toLowerCase()));
    const fresh = [];
    for (const person of people) {
      const email = person.email.toLowerCase();
      if (known.has(email)) continue;
      known.add(email);
      fresh.push({ name: person.name || '', email, role: 'user', status: 'invited', team: 'everyone' });
    }
    update((s) => {
      s.users = s.users.concat(fresh);
    });
    return fresh.length;
  }

  const sentMessage = (n) => (n === 1 ? t('invitationsSentOne') : t('invitationsSentMany', { n }));

  // ---------------------------------------------------------------------------
  // 8. Dialogs
  // ---------------------------------------------------------------------------
  let dialogReturnFocus = null;

  /** Shows a role=dialog; `build(close)` returns { body, footer }. */
  function openDialog(title, build) {
    if (WC) return openWcDialog(title, build);
    closeDialog();
    dialogReturnFocus = document.activeElement;
    const titleId = nextId();
    const box = h('div', {
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': titleId,
      className: 'dialog',
    });
    const render = () => {
      const { body, footer } = build(render);
      box.replaceChildren(
        h('h2', { id: titleId }, title),
        h('div', { className: 'dialog-body' }, body),
        h('div', { className: 'dialog-footer' }, footer),
      );
      box.querySelector('textarea, input, select, button')?.focus();
    };
    render();
    dialogLayer.replaceChildren(h('div', { className: 'backdrop' }, box));
    return box;
  }

  /** A <ui-dialog>: role=dialog, aria-modal and the title inside its shadow root, the content slotted. */
  function openWcDialog(title, build) {
    closeDialog();
    dialogReturnFocus = document.activeElement;
    const box = h('ui-dialog', { heading: title, className: 'dialog' });
    const render = () => {
      const { body, footer } = build(render);
      box.replaceChildren(
        h('div', { className: 'dialog-body' }, body),
        h('div', { className: 'dialog-footer' }, footer),
      );
      box.querySelector('textarea, input, select, ui-textfield, ui-button, button')?.focus();
    };
    render();
    dialogLayer.replaceChildren(h('div', { className: 'backdrop' }, box));
    return box;
  }

  function closeDialog() {
    if (!dialogLayer.firstChild) return;
    dialogLayer.replaceChildren();
    if (dialogReturnFocus?.isConnected) dialogReturnFocus.focus();
  }

  function confirmDialog(title, text, confirmLabel, onConfirm) {
    openDialog(title, () => ({
      body: h('p', {}, text),
      footer: [
        h('button', { type: 'button', className: 'secondary', onClick: closeDialog }, t('cancel')),
        h(
          'button',
          {
            type: 'button',
            className: 'primary',
            onClick: () => {
              closeDialog();
              onConfirm();
            },
          },
          confirmLabel,
        ),
      ],
    }));
  }

  // --- Actions › Invite Users ------------------------------------------------
  function inviteDialog() {
    const ui = { text: '', error: '', busy: false };
    openDialog(t('inviteUsers'), (rerender) => {
      const areaId = nextId();
      const hintId = nextId();
      const area = h('textarea', { id: areaId, rows: '4', 'aria-describedby': hintId });
      area.value = ui.text;
      area.addEventListener('input', () => {
        ui.text = area.value;
      });
      const workspaceId = nextId();
      const send = () => {
        const emails = ui.text
          .split(/[\s,;]+/)
          .map((e) => e.trim())
          .filter(Boolean);
        const invalid = emails.filter((e) => !EMAIL.test(e));
        if (!emails.length) ui.error = t('errNoEmails');
        else if (invalid.length) ui.error = t('errInvalidEmails', { list: invalid.join(', ') });
        else ui.error = '';
        if (ui.error) return rerender();
        ui.busy = true;
        rerender();
        later(() => {
          const added = addInvited(emails.map((email) => ({ email })));
          if (!added) {
            ui.busy = false;
            ui.error = t('errAllExisting');
            return rerender();
          }
          closeDialog();
          viewState.flash = sentMessage(added);
          draw();
        }, 250);
      };
      return {
        body: [
          h('label', { for: areaId }, t('emailsLabel')),
          area,
          h('p', { id: hintId, className: 'hint' }, t('emailsHint')),
          h('label', { for: workspaceId }, t('workspace')),
          h('select', { id: workspaceId }, h('option', {}, t('workspaceDefault'))),
          h('p', { className: 'hint' }, t('everyoneNote')),
          ui.error && h('p', { role: 'alert', className: 'error' }, ui.error),
        ],
        footer: [
          h('button', { type: 'button', className: 'secondary', onClick: closeDialog }, t('cancel')),
          h(
            'button',
            { type: 'button', className: 'primary', disabled: ui.busy, onClick: send },
            ui.busy ? t('inviting') : t('invite'),
          ),
        ],
      };
    });
  }

  // --- Actions › Invite Users via CSV ------------------------------------------
  const FIELD_KEYS = {
    email: 'fieldEmail',
    firstName: 'fieldFirstName',
    lastName: 'fieldLastName',
    team: 'fieldTeam',
    skip: 'fieldSkip',
  };
  const HEADER_GUESSES = [
    [
      'email',
      /^(e-?mail|e-?mail address|email addresses|mail|courriel|adresse e-?mail|correo( electronico)?|e-?mail-adresse)$/,
    ],
    ['firstName', /^(first ?name|firstname|given name|prenom|nombre( de pila)?|vorname)$/],
    ['lastName', /^(last ?name|lastname|surname|family name|nom( de famille)?|apellidos?|nachname)$/],
    ['team', /^(team|equipe|equipo)$/],
  ];

  function guessField(header) {
    const key = header
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[_\s]+/g, ' ')
      .trim();
    return HEADER_GUESSES.find(([, re]) => re.test(key))?.[0] || 'skip';
  }

  /** Simple CSV: BOM, comma or semicolon (whichever the header uses more), "quoted, fields". */
  function parseCsv(text) {
    const clean = text.replace(/^\ufeff/, '');
    const firstLine = clean.split(/\r?\n/, 1)[0];
    const delimiter = (firstLine.match(/;/g) || []).length > (firstLine.match(/,/g) || []).length ? ';' : ',';
    const rows = [];
    let row = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < clean.length; i++) {
      const c = clean[i];
      if (quoted) {
        if (c === '"' && clean[i + 1] === '"') field += clean[++i];
        else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"') quoted = true;
      else if (c === delimiter) {
        row.push(field);
        field = '';
      } else if (c === '\n' || c === '\r') {
        if (c === '\r' && clean[i + 1] === '\n') i++;
        row.push(field);
        rows.push(row);
        row = [];
        field = '';
      } else field += c;
    }
    row.push(field);
    rows.push(row);
    return rows.map((r) => r.map((v) => v.trim())).filter((r) => r.some((v) => v !== ''));
  }

  function csvDialog() {
    const ui = {
      stage: 'choose-file',
      file: null,
      rows: [],
      mapping: [],
      error: '',
      busy: false,
      result: '',
    };
    openDialog(t('inviteUsersCsv'), (rerender) => {
      if (ui.stage === 'choose-file') return chooseFile(ui, rerender);
      if (ui.stage === 'mapping') return mapping(ui, rerender);
      return {
        body: h('p', { role: 'status' }, ui.result),
        footer: button({ className: 'primary', onClick: closeDialog }, t('close')),
      };
    });
  }

  function chooseFile(ui, rerender) {
    const inputId = nextId();
    // The web-component variant: <input type=file> and its label inside a <ui-file-field>'s shadow root.
    const input = WC
      ? h('ui-file-field', { label: t('csvFile'), accept: '.csv' })
      : h('input', { type: 'file', id: inputId, accept: '.csv' });
    input.addEventListener('change', () => {
      ui.file = input.files?.[0] || null;
      ui.error = '';
      rerender();
    });
    const next = () => {
      const reader = new FileReader();
      reader.onload = () => {
        const rows = parseCsv(String(reader.result));
        if (rows.length < 2) {
          ui.error = t('errCsvEmpty');
          return rerender();
        }
        ui.rows = rows;
        ui.mapping = rows[0].map(guessField);
        ui.stage = 'mapping';
        rerender();
      };
      reader.onerror = () => {
        ui.error = t('errCsvRead');
        rerender();
      };
      reader.readAsText(ui.file);
    };
    return {
      body: [
        WC ? null : h('label', { for: inputId }, t('csvFile')),
        input,
        h('p', { className: 'hint' }, ui.file ? ui.file.name : t('csvHint')),
        ui.error && h('p', { role: 'alert', className: 'error' }, ui.error),
      ],
      footer: [
        button({ className: 'secondary', onClick: closeDialog }, t('cancel')),
        button({ className: 'primary', disabled: !ui.file, onClick: next }, t('next')),
      ],
    };
  }

  function mapping(ui, rerender) {
    const [headers, ...data] = ui.rows;
    const rows = headers.map((column, i) => {
      const select = h(
        'select',
        { 'aria-label': t('fieldFor', { column }) },
        Object.entries(FIELD_KEYS).map(([value, key]) =>
          h('option', { value, selected: ui.mapping[i] === value }, t(key)),
        ),
      );
      select.addEventListener('change', () => {
        ui.mapping[i] = select.value;
      });
      return h('tr', {}, h('td', {}, column), h('td', {}, data[0]?.[i] ?? ''), h('td', {}, select));
    });
    const invite = () => {
      const emailColumns = ui.mapping.filter((f) => f === 'email').length;
      if (emailColumns !== 1) {
        ui.error = t('errMapEmail');
        return rerender();
      }
      const col = (field) => ui.mapping.indexOf(field);
      const people = [];
      let skipped = 0;
      for (const row of data) {
        const email = (row[col('email')] || '').trim();
        if (!EMAIL.test(email)) {
          skipped++;
          continue;
        }
        const first = col('firstName') >= 0 ? row[col('firstName')] : '';
        const last = col('lastName') >= 0 ? row[col('lastName')] : '';
        const name = [first, last].filter(Boolean).join(' ');
        people.push({ email, name });
      }
      ui.busy = true;
      ui.error = '';
      rerender();
      later(() => {
        const added = addInvited(people);
        skipped += people.length - added;
        ui.result = sentMessage(added) + (skipped ? '. ' + t('skippedRows', { n: skipped }) : '');
        ui.stage = 'done';
        ui.busy = false;
        viewState.flash = ui.result;
        rerender();
        draw();
      }, 300);
    };
    return {
      body: [
        h('p', {}, t('mappingIntro')),
        h(
          'table',
          { className: 'mapping' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, t('colCsvColumn')),
              h('th', { scope: 'col' }, t('colExample')),
              h('th', { scope: 'col' }, t('colField')),
            ),
          ),
          h('tbody', {}, rows),
        ),
        ui.error && h('p', { role: 'alert', className: 'error' }, ui.error),
      ],
      footer: [
        button(
          {
            className: 'secondary',
            onClick: () => {
              ui.stage = 'choose-file';
              ui.file = null;
              rerender();
            },
          },
          t('back'),
        ),
        button(
          { className: 'primary', disabled: ui.busy, onClick: invite },
          ui.busy ? t('inviting') : t('invite'),
        ),
      ],
    };
  }

  // ---------------------------------------------------------------------------
  // 9. Start
  // ---------------------------------------------------------------------------
  route();
})();
