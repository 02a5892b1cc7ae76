/*
 * Router of the Salesforce demo: one SPA shell answers every path of every
 * Salesforce demo host. Links inside the app navigate with pushState; the
 * Visualforce hosts only serve the Marketo Sales Insight Config page.
 */
(() => {
  const { store, i18n, ui, lightning, classic, visualforce } = window.SfDemo;
  const root = document.getElementById('app');

  const isVisualforceHost = () => /\.(vf\.force\.com|visualforce\.com)$/.test(location.hostname);
  const isMsiConfigPath = (path) => /^\/apex\/mkto_si__marketo_sales_insight_config$/i.test(path);

  /** [test(pathname, params), render(root, ctx)] in order; the first match wins. */
  const ROUTES = [
    [(p) => p.startsWith('/lightning/setup/ImportedPackage/'), lightning.installedPackages],
    [(p) => p.startsWith('/lightning/setup/SecurityRemoteProxy/'), lightning.remoteSites],
    [(p) => p === '/' || p.startsWith('/lightning/setup/SetupOneHome/'), lightning.setupHome],
    [(p) => p === '/lightning/page/home', lightning.appHome],
    [(p) => p === lightning.ROUTES.msiTab, lightning.msiTab],
    [(p) => p === lightning.ROUTES.salesTab, lightning.salesTab],
    [(p) => p === '/0A3', classic.installedPackages],
    [(p) => p === '/0rp', classic.remoteSites],
    [(p) => p === '/0rp/e', classic.remoteSiteEdit],
    [isMsiConfigPath, visualforce.msiConfigPage],
  ];

  function render() {
    ui.clear(root);
    for (const el of document.querySelectorAll(
      'body > [role=dialog], body > [role=alertdialog], body > .slds-backdrop',
    ))
      el.remove();
    const path = location.pathname;
    if (isVisualforceHost()) {
      (isMsiConfigPath(path) ? visualforce.msiConfigPage : visualforce.notFound)(root);
      return;
    }
    const route = ROUTES.find(([test]) => test(path));
    (route ? route[1] : lightning.problem)(root, { navigate });
  }

  function navigate(href) {
    history.pushState(null, '', href);
    render();
  }

  // SPA navigation for links to our own host (not /__demo/ files, not "#" placeholders).
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[href]');
    if (!link || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const href = link.getAttribute('href');
    event.preventDefault();
    if (href === '#') return;
    const url = new URL(href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/__demo/')) {
      location.assign(url.href);
      return;
    }
    navigate(url.pathname + url.search + url.hash);
  });
  window.addEventListener('popstate', render);

  i18n.setLang(store.init());
  render();

  window.SfDemo.app = { navigate, render };
})();
