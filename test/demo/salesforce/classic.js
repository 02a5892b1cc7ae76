/*
 * Salesforce Classic look for the same Setup data: table-based page blocks,
 * `table.list` with a header row inside tbody, checkbox images, separate
 * edit pages. Our own imitation, not a capture.
 */
(() => {
  const { h, clear, later, uid } = window.SfDemo.ui;
  const { t } = window.SfDemo.i18n;
  const store = window.SfDemo.store;

  const ROUTES = {
    installedPackages: '/0A3?setupid=ImportedPackage',
    remoteSites: '/0rp?setupid=SecurityRemoteProxy',
    newRemoteSite: '/0rp/e?setupid=SecurityRemoteProxy',
  };

  /** Classic checkbox display: an image whose alt/title says Checked / Not Checked. */
  function checkboxImage(checked) {
    const label = checked ? t('checked') : t('notChecked');
    return h('img', {
      src: checked ? '/__demo/checkbox_checked.svg' : '/__demo/checkbox_unchecked.svg',
      alt: label,
      title: label,
      class: 'checkImg',
      width: '21',
      height: '16',
    });
  }

  /** Header, Setup sidebar and body cell; returns the body cell. */
  function frame(root) {
    const body = h('td', { id: 'bodyCell', class: 'oRight' });
    root.append(
      h(
        'div',
        { class: 'classic' },
        h(
          'div',
          { id: 'AppBodyHeader', class: 'bPageHeader' },
          h('span', { class: 'logo' }, 'salesforce'),
          h(
            'span',
            { class: 'userNav' },
            t('user'),
            ' | ',
            h('a', { href: '/lightning/setup/SetupOneHome/home' }, 'Lightning Experience'),
          ),
        ),
        h(
          'table',
          { id: 'bodyTable', class: 'outer' },
          h(
            'tbody',
            null,
            h(
              'tr',
              null,
              h(
                'td',
                { id: 'sidebarCell', class: 'sidebarCell' },
                h(
                  'div',
                  { class: 'setupNavtree' },
                  h('h2', null, t('setup')),
                  h('div', { class: 'setupFolder' }, t('apps')),
                  h(
                    'div',
                    { class: 'setupLeaf' },
                    h('a', { href: ROUTES.installedPackages }, t('installedPackages')),
                  ),
                  h('div', { class: 'setupFolder' }, t('security')),
                  h(
                    'div',
                    { class: 'setupLeaf' },
                    h('a', { href: ROUTES.remoteSites }, t('remoteSiteSettings')),
                  ),
                ),
              ),
              body,
            ),
          ),
        ),
      ),
    );
    return body;
  }

  function pageTitle(title, subtitle) {
    return h(
      'div',
      { class: 'bPageTitle' },
      h(
        'div',
        { class: 'ptBody' },
        h(
          'div',
          { class: 'content' },
          h('h1', { class: subtitle ? 'pageType' : 'noSecondHeader pageType' }, title),
          subtitle ? h('h2', { class: 'pageDescription' }, subtitle) : null,
        ),
      ),
    );
  }

  /** A bPageBlock with a title and optional buttons. */
  function pageBlock(title, buttons, body) {
    return h(
      'div',
      { class: 'bPageBlock' },
      h(
        'div',
        { class: 'pbHeader' },
        h(
          'table',
          null,
          h(
            'tbody',
            null,
            h(
              'tr',
              null,
              h('td', { class: 'pbTitle' }, h('h3', null, title)),
              h('td', { class: 'pbButton' }, buttons),
            ),
          ),
        ),
      ),
      h('div', { class: 'pbBody' }, body),
    );
  }

  const button = (label, onClick, type) =>
    h('input', { type: type || 'button', class: 'btn', value: label, title: label, onClick });

  /** table.list: the header row sits in tbody with the data rows, as Classic renders it. */
  function listTable(headers, rows) {
    return h(
      'table',
      { class: 'list', border: '0', cellspacing: '0', cellpadding: '0' },
      h(
        'tbody',
        null,
        h(
          'tr',
          { class: 'headerRow' },
          headers.map((label, i) => h('th', { scope: 'col', class: i === 0 ? 'actionColumn' : null }, label)),
        ),
        rows,
      ),
    );
  }

  function renderLate(body, build) {
    clear(body);
    body.append(h('div', { class: 'waitingHolder' }, t('loading')));
    later(() => {
      if (!body.isConnected) return;
      clear(body);
      body.append(build());
    });
  }

  // ---- pages ----------------------------------------------------------------

  function installedPackages(root) {
    const body = frame(root);
    renderLate(body, () => {
      const rows = store
        .load()
        .packages.map((p, i) =>
          h(
            'tr',
            { class: `dataRow ${i % 2 ? 'odd' : 'even'}` },
            h(
              'td',
              { class: 'actionColumn' },
              h('a', { href: '#', class: 'actionLink' }, t('uninstall')),
              ' | ',
              h('a', { href: '#', class: 'actionLink' }, t('manageLicenses')),
            ),
            h('th', { scope: 'row', class: 'dataCell' }, h('a', { href: '#' }, p.name)),
            h('td', { class: 'dataCell' }, p.publisher),
            h('td', { class: 'dataCell' }, p.version),
            h('td', { class: 'dataCell' }, p.namespace || '\u00a0'),
            h('td', { class: 'dataCell' }, p.installDate),
          ),
        );
      return h(
        'div',
        null,
        pageTitle(t('installedPackages')),
        pageBlock(
          t('installedPackages'),
          null,
          listTable(
            [
              t('action'),
              t('packageName'),
              t('publisher'),
              t('versionNumber'),
              t('namespacePrefix'),
              t('installDate'),
            ],
            rows,
          ),
        ),
        pageBlock(t('uninstalledPackages'), null, h('div', { class: 'noRowsHeader' }, t('noUninstalled'))),
      );
    });
  }

  function remoteSites(root, { navigate }) {
    const body = frame(root);
    const show = () =>
      renderLate(body, () => {
        const rows = store.load().remoteSites.map((site, i) =>
          h(
            'tr',
            { class: `dataRow ${i % 2 ? 'odd' : 'even'}` },
            h(
              'td',
              { class: 'actionColumn' },
              h(
                'a',
                { href: `/0rp/e?setupid=SecurityRemoteProxy&name=${encodeURIComponent(site.name)}` },
                t('edit'),
              ),
              ' | ',
              h(
                'a',
                {
                  href: '#',
                  onClick: (e) => {
                    e.preventDefault();
                    confirmDelete(site, show);
                  },
                },
                t('del'),
              ),
            ),
            h('th', { scope: 'row', class: 'dataCell' }, site.name),
            h('td', { class: 'dataCell' }, site.namespace || '\u00a0'),
            h('td', { class: 'dataCell' }, site.url),
            h('td', { class: 'dataCell' }, checkboxImage(site.active)),
          ),
        );
        return h(
          'div',
          null,
          pageTitle(t('remoteSiteSettings')),
          pageBlock(
            t('allRemoteSites'),
            button(t('newRemoteSite'), () => navigate(ROUTES.newRemoteSite)),
            listTable(
              [t('action'), t('remoteSiteName'), t('namespacePrefix'), t('remoteSiteUrl'), t('active')],
              rows,
            ),
          ),
        );
      });
    show();
  }

  /** Classic has no modal here: a small confirmation box replaces the list's buttons. */
  function confirmDelete(site, onDone) {
    const box = h(
      'div',
      {
        role: 'alertdialog',
        'aria-modal': 'true',
        'aria-label': t('deleteRemoteSite'),
        class: 'classicConfirm',
      },
      h('p', null, t('deleteConfirm'), ' ', h('strong', null, site.name)),
      button(t('delete'), () => {
        store.deleteRemoteSite(site.name);
        box.remove();
        onDone();
      }),
      ' ',
      button(t('cancel'), () => box.remove()),
    );
    document.body.append(box);
    box.querySelector('input').focus();
  }

  /** Field row of a detailList: label cell + data cell. */
  function fieldRow(label, control, required) {
    const id = uid('field');
    control.id = id;
    const error = h('div', { class: 'errorMsg', hidden: true });
    const data = required
      ? h('div', { class: 'requiredInput' }, h('div', { class: 'requiredBlock' }), control, error)
      : h('div', null, control, error);
    return {
      row: h(
        'tr',
        null,
        h(
          'td',
          { class: 'labelCol' },
          h('label', { for: id }, required ? h('span', { class: 'requiredMark' }, '*') : null, label),
        ),
        h('td', { class: 'dataCol' }, data),
      ),
      showError(message) {
        clear(error);
        error.hidden = !message;
        if (message) error.append(h('strong', null, 'Error:'), ` ${message}`);
      },
    };
  }

  function remoteSiteEdit(root, { navigate }) {
    const body = frame(root);
    const editing = new URLSearchParams(location.search).get('name');
    renderLate(body, () => {
      const site = editing ? store.load().remoteSites.find((s) => s.name === editing) : null;
      const name = h('input', { type: 'text', maxlength: '40', size: '20', value: site ? site.name : '' });
      const url = h('input', { type: 'text', size: '40', value: site ? site.url : '' });
      const protocol = h('input', { type: 'checkbox' });
      const description = h('textarea', { cols: '60', rows: '3', value: site ? site.description : '' });
      const active = h('input', { type: 'checkbox', checked: site ? site.active : true });
      const fields = {
        name: fieldRow(t('remoteSiteName'), name, true),
        url: fieldRow(t('remoteSiteUrl'), url, true),
        protocol: fieldRow(t('disableProtocolSecurity'), protocol, false),
        description: fieldRow(t('description'), description, false),
        active: fieldRow(t('active'), active, false),
      };
      const pageError = h('div', { class: 'pbError', role: 'alert', hidden: true }, t('errInvalid'));

      const save = (andNew) => {
        const values = {
          name: name.value.trim(),
          url: url.value.trim(),
          namespace: site ? site.namespace : '',
          description: description.value.trim(),
          active: active.checked,
        };
        const errors = store.validateRemoteSite(values, site ? site.name : null);
        const message = (key) => (key === 'required' ? t('errRequiredClassic') : key ? t(key) : '');
        fields.name.showError(message(errors.name));
        fields.url.showError(message(errors.url));
        pageError.hidden = !errors.name && !errors.url;
        if (!pageError.hidden) return;
        store.saveRemoteSite(values, site ? site.name : null);
        navigate(andNew ? ROUTES.newRemoteSite : ROUTES.remoteSites);
      };
      const buttons = () => [
        button(t('save'), () => save(false)),
        ' ',
        button(t('saveNew'), () => save(true)),
        ' ',
        button(t('cancel'), () => navigate(ROUTES.remoteSites)),
      ];
      const form = h(
        'form',
        {
          onSubmit: (e) => {
            e.preventDefault();
            save(false);
          },
        },
        pageBlock(
          t('remoteSiteEdit'),
          buttons(),
          h(
            'div',
            null,
            pageError,
            h('div', { class: 'pbSubheader' }, h('h3', null, t('requiredInformation'))),
            h(
              'table',
              { class: 'detailList' },
              h(
                'tbody',
                null,
                Object.values(fields).map((f) => f.row),
              ),
            ),
            h('div', { class: 'pbBottomButtons' }, buttons()),
          ),
        ),
      );
      return h('div', null, pageTitle(t('remoteSiteEdit'), site ? site.name : t('newRemoteSite')), form);
    });
  }

  window.SfDemo.classic = { ROUTES, installedPackages, remoteSites, remoteSiteEdit, checkboxImage };
})();
