/*
 * Adobe Experience Cloud Unified Shell demo: a header bar and, on Marketo
 * Engage routes, an <iframe> with the Marketo demo. Our own imitation: the real
 * shell's markup and frame origin are unknown (shared/domain.md §4.1).
 *
 *   #/@<tenant>/so:<MunchkinID>/marketo-engage/classic/<AssetID>
 *     → <iframe src="https://engage-ab.marketo.com/?munchkinId=<MunchkinID>#<AssetID>">
 *   anything else (e.g. #/@acme/home) → the shell's own home page, no iframe.
 */
(() => {
  const LANG_KEY = 'demo:experience:lang';
  const FRAME_HOST = 'https://engage-ab.marketo.com/';
  const DEFAULT_ROUTE = '#/@acme/home';
  const DEFAULT_MUNCHKIN = '123-ABC-456';
  const TEXT = {
    en: {
      home: 'Home',
      welcome: 'Welcome to Adobe Experience Cloud',
      apps: 'Your applications',
      search: 'Search',
    },
    fr: {
      home: 'Accueil',
      welcome: 'Bienvenue dans Adobe Experience Cloud',
      apps: 'Vos applications',
      search: 'Rechercher',
    },
    de: {
      home: 'Startseite',
      welcome: 'Willkommen bei Adobe Experience Cloud',
      apps: 'Ihre Anwendungen',
      search: 'Suchen',
    },
    es: {
      home: 'Inicio',
      welcome: 'Bienvenido a Adobe Experience Cloud',
      apps: 'Sus aplicaciones',
      search: 'Buscar',
    },
    ja: {
      home: 'ホーム',
      welcome: 'Adobe Experience Cloud へようこそ',
      apps: 'アプリケーション',
      search: '検索',
    },
    'pt-BR': {
      home: 'Início',
      welcome: 'Bem-vindo ao Adobe Experience Cloud',
      apps: 'Seus aplicativos',
      search: 'Pesquisar',
    },
  };

  const params = new URLSearchParams(location.search);
  const urlLang = params.get('lang') === 'pt' ? 'pt-BR' : params.get('lang');
  if (urlLang && TEXT[urlLang]) localStorage.setItem(LANG_KEY, urlLang);
  const lang = TEXT[localStorage.getItem(LANG_KEY)] ? localStorage.getItem(LANG_KEY) : 'en';
  const t = TEXT[lang];
  document.documentElement.lang = lang;

  function h(tag, props, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') el.className = value;
      else if (key === 'text') el.textContent = value;
      else el.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
  }

  /** `#/@acme/so:123-ABC-456/marketo-engage/classic/AD0SI2` → { tenant, munchkin, asset } or null. */
  function marketoRoute(hash) {
    const m = /^#\/@([^/]+)\/(?:so:([^/]+)\/)?marketo-engage(?:\/classic)?(?:\/([^/?#]*))?/.exec(hash);
    if (!m) return null;
    return { tenant: m[1], munchkin: m[2] || DEFAULT_MUNCHKIN, asset: m[3] || 'MM0A1' };
  }

  function frameSrc(route) {
    const query = new URLSearchParams({ munchkinId: route.munchkin });
    if (localStorage.getItem(LANG_KEY)) query.set('lang', lang);
    return FRAME_HOST + '?' + query.toString() + '#' + route.asset;
  }

  const tenantOf = (hash) => (/^#\/@([^/]+)/.exec(hash) || [])[1] || 'acme';

  function header(product, tenant) {
    return h(
      'header',
      { class: 'shell-header', role: 'banner' },
      h('span', { class: 'shell-logo', 'aria-hidden': 'true' }, 'A'),
      h('a', { class: 'shell-brand', href: '#/@' + tenant + '/home' }, 'Adobe Experience Cloud'),
      product ? h('span', { class: 'shell-product' }, product) : null,
      h('span', { class: 'shell-fill' }),
      h('input', { class: 'shell-search', type: 'search', placeholder: t.search, 'aria-label': t.search }),
      h('button', { class: 'shell-org', type: 'button', 'aria-label': 'Organization' }, tenant.toUpperCase()),
      h('span', { class: 'shell-avatar', 'aria-label': 'Demo Admin', role: 'img' }, 'DA'),
    );
  }

  let frame = null;

  function render() {
    if (!location.hash || location.hash === '#' || location.hash === '#/') {
      location.replace(DEFAULT_ROUTE);
      return;
    }
    const route = marketoRoute(location.hash);
    const tenant = tenantOf(location.hash);
    if (route) {
      const src = frameSrc(route);
      // Keep the same frame while only its route changes (the shell does not reload Marketo).
      if (!frame?.isConnected) {
        frame = h('iframe', { class: 'shell-frame', title: 'Marketo Engage', src });
        document.body.replaceChildren(
          header('Marketo Engage', tenant),
          h('main', { class: 'shell-main shell-main-frame' }, frame),
        );
      } else if (frame.getAttribute('src') !== src) {
        frame.setAttribute('src', src);
      }
      document.title = 'Marketo Engage | Adobe Experience Cloud';
      return;
    }
    frame = null;
    const marketoLink = '#/@' + tenant + '/so:' + DEFAULT_MUNCHKIN + '/marketo-engage/classic/MM0A1';
    document.body.replaceChildren(
      header(null, tenant),
      h(
        'main',
        { class: 'shell-main' },
        h('h1', { text: t.welcome }),
        h('h2', { text: t.apps }),
        h(
          'ul',
          { class: 'shell-apps' },
          h('li', null, h('a', { href: marketoLink }, 'Marketo Engage')),
          h('li', null, h('span', { text: 'Adobe Analytics' })),
          h('li', null, h('span', { text: 'Adobe Target' })),
        ),
      ),
    );
    document.title = t.home + ' | Adobe Experience Cloud';
  }

  render();
  window.addEventListener('hashchange', render);
})();
