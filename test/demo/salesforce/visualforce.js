/*
 * The Marketo Sales Insight Config Visualforce page, served on the
 * Visualforce host and shown inside the Lightning tab's iframe. Classic-style
 * page block: <table class="detailList"> with label cells, Edit / Save.
 * Sections and fields follow the Adobe docs
 * (marketo-sales-insight-configuration-tab-in-salesforce.md); the exact field
 * names of the real page are undocumented, so ours are plausible guesses.
 * Package labels stay English in every language; Salesforce's chrome (buttons,
 * checkbox images) follows the user's language.
 */
(() => {
  const { h, clear, later, uid } = window.SfDemo.ui;
  const { t } = window.SfDemo.i18n;
  const store = window.SfDemo.store;
  const { checkboxImage } = window.SfDemo.classic;

  const TITLE = 'Marketo Sales Insight Config';

  // [section, [[field key, label, kind]]]; kind: text | secret | number | checkbox
  const SECTIONS = [
    [
      'Operational Settings',
      [
        ['marketoHost', 'Marketo Host', 'text'],
        ['soapUserId', 'Marketo User Id', 'text'],
        ['soapEncryptionKey', 'Marketo Encryption Key', 'secret'],
        ['soapTimeout', 'Soap API Timeout (sec)', 'number'],
        ['restClientId', 'Rest API Client Id', 'text'],
        ['restClientSecret', 'Rest API Client Secret', 'secret'],
        ['restApiUrl', 'Rest API URL', 'text'],
        ['restTimeout', 'Rest API Timeout (sec)', 'number'],
      ],
    ],
    [
      'MSI Configuration',
      [
        ['enableMsiActions', 'Enable MSI Actions', 'checkbox'],
        ['apiSecretKey', 'API Secret Key', 'secret'],
        ['loadUpcomingOnDemand', 'Load Upcoming Campaigns and Events', 'checkbox'],
      ],
    ],
    [
      'Limits',
      [
        ['activityLimit', 'Activity', 'number'],
        ['emailCampaignLimit', 'Email Campaigns', 'number'],
        ['eventLimit', 'Events', 'number'],
      ],
    ],
    [
      'Action Settings',
      [
        ['sendMarketoEmail', 'Send Marketo Email', 'checkbox'],
        ['addToMarketoCampaign', 'Add to Marketo Campaign', 'checkbox'],
      ],
    ],
  ];

  function viewValue(value, kind) {
    if (kind === 'checkbox') return checkboxImage(Boolean(value));
    if (kind === 'secret') return value ? '••••••••' : '\u00a0';
    return value || '\u00a0';
  }

  function editControl(value, kind) {
    if (kind === 'checkbox') return h('input', { type: 'checkbox', checked: Boolean(value) });
    return h('input', { type: kind === 'secret' ? 'password' : 'text', size: '40', value: value || '' });
  }

  /**
   * Two label/data pairs per row, as <apex:pageBlockSection columns="2">
   * renders them. In view mode the label cell is plain text; in edit mode it
   * holds a <label for>.
   */
  function section(title, fields, config, editing, controls) {
    const rows = [];
    for (let i = 0; i < fields.length; i += 2) {
      const cells = [];
      for (const [key, label, kind] of fields.slice(i, i + 2)) {
        if (editing) {
          const control = editControl(config[key], kind);
          control.id = uid(key);
          controls[key] = { control, kind };
          cells.push(
            h('td', { class: 'labelCol' }, h('label', { for: control.id }, label)),
            h('td', { class: 'dataCol' }, control),
          );
        } else {
          cells.push(
            h('td', { class: 'labelCol' }, label),
            h('td', { class: 'dataCol' }, viewValue(config[key], kind)),
          );
        }
      }
      rows.push(h('tr', null, cells));
    }
    return [
      h('div', { class: 'pbSubheader' }, h('h3', null, title)),
      h('div', { class: 'pbSubsection' }, h('table', { class: 'detailList' }, h('tbody', null, rows))),
    ];
  }

  function render(root, editing) {
    const config = store.load().msiConfig;
    const controls = {};
    const button = (label, onClick) => h('input', { type: 'button', class: 'btn', value: label, onClick });
    const buttons = () =>
      editing
        ? [button(t('save'), save), ' ', button(t('cancel'), () => show(root, false))]
        : [button(t('edit'), () => show(root, true))];

    function save() {
      store.update((state) => {
        for (const [key, { control, kind }] of Object.entries(controls)) {
          state.msiConfig[key] = kind === 'checkbox' ? control.checked : control.value.trim();
        }
      });
      show(root, false);
    }

    return h(
      'div',
      { class: 'classic vf' },
      h(
        'div',
        { class: 'bPageTitle' },
        h('div', { class: 'ptBody' }, h('div', { class: 'content' }, h('h1', { class: 'pageType' }, TITLE))),
      ),
      h(
        'form',
        {
          onSubmit: (e) => {
            e.preventDefault();
            if (editing) save();
          },
        },
        h(
          'div',
          { class: 'bPageBlock apexDefaultPageBlock' },
          h(
            'div',
            { class: 'pbHeader' },
            h('h2', { class: 'mainTitle' }, 'Marketo Sales Insight Configuration'),
            h('span', { class: 'pbButton' }, buttons()),
          ),
          h(
            'div',
            { class: 'pbBody' },
            SECTIONS.map(([title, fields]) => section(title, fields, config, editing, controls)),
          ),
          h('div', { class: 'pbBottomButtons' }, buttons()),
        ),
      ),
    );
  }

  /** Renders the page (view or edit mode) after a short server round trip. */
  function show(root, editing) {
    clear(root);
    root.append(h('div', { class: 'waitingHolder' }, t('loading')));
    later(() => {
      clear(root);
      root.append(render(root, editing));
      if (editing) root.querySelector('input:not([type=button])')?.focus();
    });
  }

  function msiConfigPage(root) {
    document.title = TITLE;
    show(root, false);
  }

  function notFound(root) {
    root.append(h('div', { class: 'classic vf' }, h('h1', null, 'Page Not Found')));
  }

  window.SfDemo.visualforce = { msiConfigPage, notFound };
})();
