/*
 * Lightning Experience look: SLDS-like markup (slds-* classes, tables with
 * <th scope=col>, modal dialogs). Our own imitation, not a capture.
 */
(() => {
  const { h, clear, later, uid } = window.SfDemo.ui;
  const { t } = window.SfDemo.i18n;
  const store = window.SfDemo.store;

  const ROUTES = {
    setupHome: '/lightning/setup/SetupOneHome/home',
    installedPackages: '/lightning/setup/ImportedPackage/home',
    remoteSites: '/lightning/setup/SecurityRemoteProxy/home',
    appHome: '/lightning/page/home',
    msiTab: '/lightning/n/mkto_si__Marketo_Sales_Insight_Config',
    salesTab: '/lightning/n/Sales_Insight_Actions',
  };
  const MSI_TAB_LABEL = 'Marketo Sales Insight Config';
  const SALES_TAB_LABEL = 'Sales Insight Actions';

  // ---- chrome ---------------------------------------------------------------

  function globalHeader() {
    return h(
      'header',
      { class: 'slds-global-header' },
      h('span', { class: 'slds-global-header__logo', 'aria-hidden': 'true' }, 'salesforce'),
      h('input', {
        type: 'search',
        class: 'slds-input',
        'aria-label': t('quickFind'),
        placeholder: t('quickFind'),
      }),
      h('span', { class: 'slds-global-header__user' }, t('user')),
    );
  }

  function contextBar(appName, items) {
    return h(
      'div',
      { class: 'slds-context-bar' },
      h('span', { class: 'slds-context-bar__app-name' }, appName),
      h(
        'nav',
        { 'aria-label': appName },
        h(
          'ul',
          { class: 'slds-context-bar__list' },
          items.map(([label, href]) =>
            h(
              'li',
              {
                class: `slds-context-bar__item${location.pathname === href ? ' slds-is-active' : ''}`,
              },
              h('a', { href, class: 'slds-context-bar__link' }, label),
            ),
          ),
        ),
      ),
    );
  }

  /** One branch of the Setup tree: [label, children] or [label, href]. */
  function treeItem([label, target], level) {
    const isLeaf = typeof target === 'string';
    const selected = isLeaf && location.pathname === target;
    const item = h(
      'li',
      {
        role: 'treeitem',
        'aria-level': level,
        'aria-expanded': isLeaf ? null : 'true',
        'aria-selected': selected ? 'true' : null,
      },
      h(
        'div',
        { class: 'slds-tree__item' },
        isLeaf ? h('a', { href: target }, label) : h('span', { class: 'slds-tree__item-label' }, label),
      ),
    );
    if (!isLeaf)
      item.append(
        h(
          'ul',
          { role: 'group' },
          target.map((child) => treeItem(child, level + 1)),
        ),
      );
    return item;
  }

  function setupTree() {
    const tree = h(
      'ul',
      { role: 'tree', class: 'slds-tree', 'aria-label': t('setup') },
      [
        [t('setupHome'), ROUTES.setupHome],
        [t('administration'), [[t('security'), [[t('remoteSiteSettings'), ROUTES.remoteSites]]]]],
        [
          t('platformTools'),
          [[t('apps'), [[t('packaging'), [[t('installedPackages'), ROUTES.installedPackages]]]]]],
        ],
      ].map((entry) => treeItem(entry, 1)),
    );
    const quickFind = h('input', {
      type: 'search',
      class: 'slds-input',
      'aria-label': t('quickFind'),
      placeholder: t('quickFind'),
      onInput: () => filterTree(tree, quickFind.value),
    });
    return h('nav', { class: 'setup-tree', 'aria-label': t('setup') }, quickFind, tree);
  }

  /** Quick Find: shows only the leaves whose label contains the query (and their branches). */
  function filterTree(tree, query) {
    const q = query.trim().toLowerCase();
    const visit = (li) => {
      const link = li.querySelector(':scope > .slds-tree__item > a');
      const group = li.querySelector(':scope > ul');
      let visible = link ? !q || link.textContent.toLowerCase().includes(q) : false;
      if (group) for (const child of group.children) visible = visit(child) || visible;
      li.hidden = !visible;
      return visible;
    };
    for (const li of tree.children) visit(li);
  }

  /** The Setup app frame; returns the element the page content goes into. */
  function setupFrame(root) {
    const main = h('main', { class: 'setup-main' });
    root.append(
      h(
        'div',
        { class: 'slds-scope lightning' },
        globalHeader(),
        contextBar(t('setup'), [
          [t('home'), ROUTES.setupHome],
          [t('objectManager'), '/lightning/setup/ObjectManager/home'],
          [t('appName'), ROUTES.appHome],
        ]),
        h('div', { class: 'setup-body' }, setupTree(), main),
      ),
    );
    return main;
  }

  function appFrame(root) {
    const items = [[t('home'), ROUTES.appHome]];
    if (hasMsiPackage()) items.push([MSI_TAB_LABEL, ROUTES.msiTab]);
    items.push([t('setup'), ROUTES.setupHome]);
    const main = h('main', { class: 'app-main' });
    root.append(
      h('div', { class: 'slds-scope lightning' }, globalHeader(), contextBar(t('appName'), items), main),
    );
    return main;
  }

  function pageHeader(title, actions) {
    return h(
      'div',
      { class: 'slds-page-header' },
      h(
        'div',
        { class: 'slds-page-header__row' },
        h(
          'div',
          { class: 'slds-page-header__col-title' },
          h('p', { class: 'slds-page-header__name-meta' }, t('setup')),
          h('h1', { class: 'slds-page-header__title' }, title),
        ),
        actions ? h('div', { class: 'slds-page-header__col-actions' }, actions) : null,
      ),
    );
  }

  function spinner() {
    return h(
      'div',
      { class: 'slds-spinner_container', role: 'status' },
      h('span', { class: 'slds-assistive-text' }, t('loading')),
      h('div', { class: 'slds-spinner', 'aria-hidden': 'true' }),
    );
  }

  /** Shows a spinner, then fills `main` with `build()` as if after an XHR. */
  function renderLate(main, build) {
    clear(main);
    main.append(spinner());
    later(() => {
      if (!main.isConnected) return;
      clear(main);
      main.append(build());
    });
  }

  const hasMsiPackage = () => store.load().packages.some((p) => p.namespace === 'mkto_si');

  function table(headers, rows) {
    return h(
      'table',
      { class: 'slds-table slds-table_cell-buffer slds-table_bordered', role: 'grid' },
      h(
        'thead',
        null,
        h(
          'tr',
          { class: 'slds-line-height_reset' },
          headers.map((label) =>
            h('th', { scope: 'col' }, h('div', { class: 'slds-truncate', title: label }, label)),
          ),
        ),
      ),
      h('tbody', null, rows),
    );
  }

  function card(title, body) {
    return h(
      'article',
      { class: 'slds-card' },
      h('div', { class: 'slds-card__header' }, h('h2', { class: 'slds-card__header-title' }, title)),
      h('div', { class: 'slds-card__body' }, body),
    );
  }

  // ---- pages ----------------------------------------------------------------

  function setupHome(root) {
    const main = setupFrame(root);
    renderLate(main, () =>
      h(
        'div',
        null,
        pageHeader(t('setupHome')),
        h('p', { class: 'slds-p-around_medium' }, t('welcome')),
        card(
          t('mostRecentlyUsed'),
          table(
            [t('name'), t('type')],
            [t('remoteSiteSettings'), t('installedPackages')].map((name) =>
              h('tr', null, h('th', { scope: 'row' }, name), h('td', null, t('setupPage'))),
            ),
          ),
        ),
      ),
    );
  }

  function installedPackages(root) {
    const main = setupFrame(root);
    renderLate(main, () => {
      const { packages } = store.load();
      const rows = packages.map((p) =>
        h(
          'tr',
          { class: 'slds-hint-parent' },
          h(
            'th',
            { scope: 'row', 'data-label': t('name') },
            h('div', { class: 'slds-truncate', title: p.name }, p.name),
          ),
          h('td', { 'data-label': t('publisher') }, h('div', { class: 'slds-truncate' }, p.publisher)),
          h('td', { 'data-label': t('versionNumber') }, h('div', { class: 'slds-truncate' }, p.version)),
          h('td', { 'data-label': t('namespacePrefix') }, h('div', { class: 'slds-truncate' }, p.namespace)),
          h('td', { 'data-label': t('installDate') }, h('div', { class: 'slds-truncate' }, p.installDate)),
        ),
      );
      return h(
        'div',
        null,
        pageHeader(t('installedPackages')),
        card(
          t('installedPackages'),
          table(
            [t('name'), t('publisher'), t('versionNumber'), t('namespacePrefix'), t('installDate')],
            rows,
          ),
        ),
        card(t('uninstalledPackages'), h('p', { class: 'slds-p-around_small' }, t('noUninstalled'))),
      );
    });
  }

  function checkIcon() {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('class', 'slds-icon slds-icon_x-small');
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z');
    svg.append(path);
    return svg;
  }

  function remoteSites(root) {
    const main = setupFrame(root);
    const show = () =>
      renderLate(main, () => {
        const sites = store.load().remoteSites;
        const rows = sites.map((site) =>
          h(
            'tr',
            null,
            h(
              'td',
              { 'data-label': t('action') },
              h(
                'button',
                { type: 'button', class: 'slds-button', onClick: () => openSiteModal(site, show) },
                t('edit'),
              ),
              ' | ',
              h(
                'button',
                { type: 'button', class: 'slds-button', onClick: () => confirmDelete(site, show) },
                t('del'),
              ),
            ),
            h(
              'th',
              { scope: 'row', 'data-label': t('remoteSiteName') },
              h('div', { class: 'slds-truncate' }, site.name),
            ),
            h('td', { 'data-label': t('namespacePrefix') }, site.namespace),
            h('td', { 'data-label': t('remoteSiteUrl') }, h('div', { class: 'slds-truncate' }, site.url)),
            h(
              'td',
              { 'data-label': t('active') },
              site.active
                ? h(
                    'span',
                    { class: 'slds-icon_container', title: t('true') },
                    checkIcon(),
                    assistive(t('true')),
                  )
                : assistive(t('false')),
            ),
          ),
        );
        return h(
          'div',
          null,
          pageHeader(
            t('remoteSiteSettings'),
            h(
              'button',
              {
                type: 'button',
                class: 'slds-button slds-button_neutral',
                onClick: () => openSiteModal(null, show),
              },
              t('newRemoteSite'),
            ),
          ),
          card(
            t('allRemoteSites'),
            table(
              [t('action'), t('remoteSiteName'), t('namespacePrefix'), t('remoteSiteUrl'), t('active')],
              rows,
            ),
          ),
        );
      });
    show();
  }

  const assistive = (text) => h('span', { class: 'slds-assistive-text' }, text);

  // ---- dialogs --------------------------------------------------------------

  /** An SLDS modal; returns { dialog, body, footer, close }. Escape and the × close it. */
  function modal(title, role) {
    const headingId = uid('modal-heading');
    const opener = document.activeElement;
    const body = h('div', { class: 'slds-modal__content slds-p-around_medium' });
    const footer = h('footer', { class: 'slds-modal__footer' });
    const backdrop = h('div', { class: 'slds-backdrop slds-backdrop_open' });
    const close = () => {
      dialog.remove();
      backdrop.remove();
      if (opener?.isConnected) opener.focus();
    };
    const dialog = h(
      'section',
      {
        role: role || 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': headingId,
        class: 'slds-modal slds-fade-in-open',
        onKeydown: (e) => {
          if (e.key === 'Escape') close();
        },
      },
      h(
        'div',
        { class: 'slds-modal__container' },
        h(
          'header',
          { class: 'slds-modal__header' },
          h('button', { type: 'button', class: 'slds-modal__close', title: t('close'), onClick: close }, '×'),
          h('h2', { id: headingId, class: 'slds-modal__title' }, title),
        ),
        body,
        footer,
      ),
    );
    document.body.append(dialog, backdrop);
    return { dialog, body, footer, close };
  }

  function formElement(label, control, required) {
    const id = uid('input');
    control.id = id;
    const help = h('div', { class: 'slds-form-element__help', id: `${id}-help`, hidden: true });
    return {
      element: h(
        'div',
        { class: 'slds-form-element' },
        h(
          'label',
          { class: 'slds-form-element__label', for: id },
          required ? h('abbr', { class: 'slds-required', title: 'required' }, '*') : null,
          label,
        ),
        h('div', { class: 'slds-form-element__control' }, control),
        help,
      ),
      showError(message) {
        help.textContent = message || '';
        help.hidden = !message;
        control.toggleAttribute('aria-invalid', Boolean(message));
        if (message) control.setAttribute('aria-describedby', help.id);
        else control.removeAttribute('aria-describedby');
        this.element.classList.toggle('slds-has-error', Boolean(message));
      },
    };
  }

  function checkboxElement(label, checked) {
    const id = uid('checkbox');
    const input = h('input', { type: 'checkbox', id, checked });
    return {
      input,
      element: h(
        'div',
        { class: 'slds-form-element' },
        h(
          'div',
          { class: 'slds-checkbox' },
          input,
          h(
            'label',
            { class: 'slds-checkbox__label', for: id },
            h('span', { class: 'slds-checkbox_faux' }),
            h('span', { class: 'slds-form-element__label' }, label),
          ),
        ),
      ),
    };
  }

  /** New Remote Site (site = null) or Edit Remote Site dialog. */
  function openSiteModal(site, onSaved) {
    const { body, footer, close } = modal(site ? t('editRemoteSite') : t('newRemoteSite'));
    const name = h('input', {
      type: 'text',
      class: 'slds-input',
      maxlength: '40',
      value: site ? site.name : '',
    });
    const url = h('input', { type: 'url', class: 'slds-input', value: site ? site.url : '' });
    const description = h('textarea', { class: 'slds-textarea', value: site ? site.description : '' });
    const nameField = formElement(t('remoteSiteName'), name, true);
    const urlField = formElement(t('remoteSiteUrl'), url, true);
    const protocol = checkboxElement(t('disableProtocolSecurity'), false);
    const active = checkboxElement(t('active'), site ? site.active : true);
    body.append(
      h(
        'div',
        { class: 'slds-form' },
        nameField.element,
        urlField.element,
        protocol.element,
        formElement(t('description'), description, false).element,
        active.element,
      ),
    );

    const submit = (andNew) => {
      const values = {
        name: name.value.trim(),
        url: url.value.trim(),
        namespace: site ? site.namespace : '',
        description: description.value.trim(),
        active: active.input.checked,
      };
      const errors = store.validateRemoteSite(values, site ? site.name : null);
      const message = (key) => (key === 'required' ? t('errRequiredLightning') : key ? t(key) : '');
      nameField.showError(message(errors.name));
      urlField.showError(message(errors.url));
      if (errors.name) return name.focus();
      if (errors.url) return url.focus();
      store.saveRemoteSite(values, site ? site.name : null);
      close();
      onSaved();
      if (andNew) openSiteModal(null, onSaved);
    };
    footer.append(
      h('button', { type: 'button', class: 'slds-button slds-button_neutral', onClick: close }, t('cancel')),
      site
        ? null
        : h(
            'button',
            { type: 'button', class: 'slds-button slds-button_neutral', onClick: () => submit(true) },
            t('saveNew'),
          ),
      h(
        'button',
        { type: 'button', class: 'slds-button slds-button_brand', onClick: () => submit(false) },
        t('save'),
      ),
    );
    name.focus();
  }

  function confirmDelete(site, onDeleted) {
    const { body, footer, close } = modal(t('deleteRemoteSite'), 'alertdialog');
    body.append(h('p', null, t('deleteConfirm')), h('p', null, h('strong', null, site.name)));
    const cancel = h(
      'button',
      { type: 'button', class: 'slds-button slds-button_neutral', onClick: close },
      t('cancel'),
    );
    footer.append(
      cancel,
      h(
        'button',
        {
          type: 'button',
          class: 'slds-button slds-button_destructive',
          onClick: () => {
            store.deleteRemoteSite(site.name);
            close();
            onDeleted();
          },
        },
        t('delete'),
      ),
    );
    cancel.focus();
  }

  // ---- the Sales app and the MSI Config tab ---------------------------------

  function appHome(root) {
    const main = appFrame(root);
    renderLate(main, () => h('div', { class: 'slds-p-around_medium' }, h('h1', null, t('home'))));
  }

  /** The package's custom tab: Lightning chrome around the Visualforce page in an iframe. */
  function msiTab(root) {
    if (!hasMsiPackage()) return problem(root);
    const main = appFrame(root);
    renderLate(main, () => {
      const mydomain = location.hostname.split('.')[0].split('--')[0];
      const src = new URL(
        `https://${mydomain}--mkto-si.vf.force.com/apex/mkto_si__Marketo_Sales_Insight_Config`,
      );
      src.searchParams.set('lang', window.SfDemo.i18n.lang());
      src.searchParams.set('demoSeed', store.load().seed || 'fresh');
      return h('iframe', {
        class: 'vf-frame',
        title: MSI_TAB_LABEL,
        name: 'vfFrameId_1',
        src: src.href,
      });
    });
  }

  /**
   * A custom Web Tab around the Marketo Sales app: Lightning chrome around an `<iframe>` of its
   * User Management page (another origin, toutapp.com). The tab's own `?lang=` (else the chrome's
   * language) and `?demoState=` (a state of the Sales demo) go to the frame.
   */
  function salesTab(root) {
    const main = appFrame(root);
    renderLate(main, () => {
      const params = new URLSearchParams(location.search);
      const src = new URL('https://toutapp.com/next');
      src.searchParams.set('lang', params.get('lang') || window.SfDemo.i18n.lang());
      const demoState = params.get('demoState');
      if (demoState) src.searchParams.set('demoState', demoState);
      src.hash = 'settings/admin/user-management';
      return h('iframe', {
        class: 'vf-frame',
        title: SALES_TAB_LABEL,
        name: 'salesInsightActions',
        src: src.href,
      });
    });
  }

  /** Lightning's page for routes it does not know. */
  function problem(root) {
    const main = appFrame(root);
    renderLate(main, () =>
      h(
        'div',
        { class: 'slds-illustration slds-p-around_large' },
        h('h1', { class: 'slds-text-heading_medium' }, t('pageProblem')),
        h('p', null, t('pageProblemText')),
      ),
    );
  }

  window.SfDemo.lightning = {
    ROUTES,
    setupHome,
    installedPackages,
    remoteSites,
    appHome,
    msiTab,
    salesTab,
    problem,
  };
})();
