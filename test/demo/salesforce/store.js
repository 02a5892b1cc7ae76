/*
 * What the demo org keeps "server-side", persisted in localStorage under
 * `demo:salesforce` (one copy per origin, like a real org's data seen from
 * each of its hosts). `?demoState=<name>` seeds a documented state,
 * `?demoReset=1` clears it, `?lang=en|fr` picks the UI language (kept in
 * `demo:salesforce:lang`).
 */
(() => {
  const KEY = 'demo:salesforce';
  const LANG_KEY = 'demo:salesforce:lang';
  const STATES = ['fresh', 'package', 'remote-sites', 'configured'];

  // Invented packages and sites; only the Marketo ones mirror the Adobe docs.
  const BASE_PACKAGES = [
    {
      name: 'Territory Planning Toolkit',
      publisher: 'Acme Labs',
      version: '2.7',
      namespace: 'acmetpt',
      installDate: '2024-03-11',
    },
    {
      name: 'Org Health Check',
      publisher: 'Example Apps Inc.',
      version: '5.12.1',
      namespace: 'orghc',
      installDate: '2023-09-02',
    },
    {
      name: 'Marketing Forms Helper',
      publisher: 'Forms Example Co',
      version: '1.0',
      namespace: '',
      installDate: '2022-01-20',
    },
  ];
  const MSI_PACKAGE = {
    name: 'Marketo Sales Insight',
    publisher: 'Marketo',
    version: '1.4358.6',
    namespace: 'mkto_si',
    installDate: '2025-02-14',
  };
  const BASE_SITES = [
    { name: 'Acme_ERP', url: 'https://erp.acme.example', namespace: '', description: '', active: true },
    {
      name: 'Old_Billing',
      url: 'https://billing.acme.example',
      namespace: '',
      description: 'Retired in 2023',
      active: false,
    },
  ];
  // Sites of the base MSI configuration (Soap host and REST API URL).
  const MSI_BASE_SITES = [
    {
      name: 'MarketoSoapAPI',
      url: 'https://na-ab13.marketo.com',
      namespace: '',
      description: '',
      active: true,
    },
    {
      name: 'MarketoRestAPI',
      url: 'https://123-FAK-456.mktorest.com',
      namespace: '',
      description: '',
      active: true,
    },
  ];
  // The two sites the MSI Actions guide asks for (domain.md §5.2).
  const ADOBE_SITES = [
    {
      name: 'MarketoSalesInsight1',
      url: 'https://ims-na1.adobelogin.com',
      namespace: '',
      description: '',
      active: true,
    },
    {
      name: 'MarketoSalesInsight2',
      url: 'https://mkto-sales-connect.adobe.io',
      namespace: '',
      description: '',
      active: true,
    },
  ];

  function msiConfig(enabled) {
    return {
      marketoHost: 'https://na-ab13.marketo.com/soap/mktows/2_9',
      soapUserId: 'fakecorp1_FAKE0001',
      soapEncryptionKey: 'FAKE-ENCRYPTION-KEY',
      soapTimeout: '60',
      restClientId: 'FAKE-CLIENT-ID-0001',
      restClientSecret: 'FAKE-CLIENT-SECRET-0001',
      restApiUrl: 'https://123-FAK-456.mktorest.com',
      restTimeout: '60',
      enableMsiActions: enabled,
      apiSecretKey: enabled ? 'FAKE-API-SECRET-KEY' : '',
      loadUpcomingOnDemand: false,
      activityLimit: '1000',
      emailCampaignLimit: '200',
      eventLimit: '200',
      sendMarketoEmail: true,
      addToMarketoCampaign: true,
    };
  }

  function seed(name) {
    const withPackage = name !== 'fresh';
    const withSites = name === 'remote-sites' || name === 'configured';
    return {
      seed: name,
      packages: withPackage ? [...BASE_PACKAGES, MSI_PACKAGE] : [...BASE_PACKAGES],
      remoteSites: [...BASE_SITES, ...(withPackage ? MSI_BASE_SITES : []), ...(withSites ? ADOBE_SITES : [])],
      msiConfig: msiConfig(name === 'configured'),
    };
  }

  function load() {
    try {
      const parsed = JSON.parse(localStorage.getItem(KEY) || 'null');
      if (parsed && Array.isArray(parsed.packages) && Array.isArray(parsed.remoteSites)) return parsed;
    } catch {
      // Corrupted demo state: start again from the default state.
    }
    return seed('fresh');
  }

  function save(state) {
    localStorage.setItem(KEY, JSON.stringify(state));
  }

  /**
   * Applies the demo query parameters of the current URL:
   * demoReset, demoState (always re-seeds), demoSeed (used by the Lightning
   * tab for its Visualforce frame: seeds only when the stored state came from
   * another seed, so edits survive reloads) and lang.
   */
  function init() {
    const params = new URLSearchParams(location.search);
    if (params.get('demoReset') === '1') localStorage.removeItem(KEY);
    const demoState = params.get('demoState');
    const demoSeed = params.get('demoSeed');
    if (STATES.includes(demoState)) save(seed(demoState));
    else if (STATES.includes(demoSeed) && load().seed !== demoSeed) save(seed(demoSeed));
    const lang = params.get('lang');
    if (lang) localStorage.setItem(LANG_KEY, lang);
    return localStorage.getItem(LANG_KEY) || 'en';
  }

  const NAME_RE = /^[A-Za-z](?:[A-Za-z0-9]|_(?!_))*$/;

  /**
   * Checks a remote site as Salesforce does before saving it.
   * Returns { field: errorKey } (empty when valid); `originalName` is the
   * site being edited (null for a new one).
   */
  function validateRemoteSite(site, originalName) {
    const errors = {};
    if (!site.name) errors.name = 'required';
    else if (!NAME_RE.test(site.name) || site.name.endsWith('_')) errors.name = 'errName';
    else if (
      site.name !== originalName &&
      load().remoteSites.some((s) => s.name.toLowerCase() === site.name.toLowerCase())
    ) {
      errors.name = 'errUnique';
    }
    if (!site.url) errors.url = 'required';
    else if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(site.url)) errors.url = 'errUrl';
    return errors;
  }

  /** Stores a new site, or replaces `originalName` when editing. */
  function saveRemoteSite(site, originalName) {
    update((state) => {
      const index = state.remoteSites.findIndex((s) => s.name === originalName);
      if (index >= 0) state.remoteSites[index] = site;
      else state.remoteSites.push(site);
    });
  }

  function deleteRemoteSite(name) {
    update((state) => {
      state.remoteSites = state.remoteSites.filter((s) => s.name !== name);
    });
  }

  /** Reads the state, lets `change` edit it, saves it. */
  function update(change) {
    const state = load();
    change(state);
    save(state);
    return state;
  }

  window.SfDemo = window.SfDemo || {};
  window.SfDemo.store = {
    STATES,
    init,
    load,
    update,
    validateRemoteSite,
    saveRemoteSite,
    deleteRemoteSite,
  };
})();
