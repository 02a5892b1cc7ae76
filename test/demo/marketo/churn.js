/*
 * Churn page for the host-cost benchmark: an Ext JS-like grid (div/table soup,
 * `x-grid3-*` classes) whose rows are re-rendered continuously, as Ext JS does
 * when a store reloads or a buffered view scrolls. Our own imitation, not a
 * capture; it shows no label the extension recognises.
 *
 * Query parameters (all optional):
 *   rows=300      rows in the grid
 *   perTick=12    rows replaced per tick (each row is 1 + 3 × cols nodes)
 *   tickMs=50     interval between ticks
 *
 * The page counts what it changes in `window.churnStats` ({ ticks, nodesAdded,
 * nodesRemoved, textsChanged }) and shows the rate in its toolbar once a second.
 * Plain browser JavaScript, no innerHTML; runs in Chromium and in jsdom.
 */
(() => {
  const params = new URLSearchParams(location.search);
  const intParam = (name, fallback) => {
    const n = Number.parseInt(params.get(name) || '', 10);
    return Number.isFinite(n) && n > 0 ? n : fallback;
  };
  const ROWS = intParam('rows', 300);
  const PER_TICK = Math.min(intParam('perTick', 12), ROWS);
  const TICK_MS = intParam('tickMs', 50);

  const COLUMNS = [
    'Name',
    'Email Address',
    'Company Name',
    'Lead Score',
    'Lead Status',
    'Program',
    'Owner',
    'Updated',
  ];
  const FIRST = ['Ana', 'Ben', 'Chloé', 'Daiki', 'Eva', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jun'];
  const LAST = ['López', 'Carter', 'Martin', 'Sato', 'Novak', 'Haddad', 'Berg', 'Rossi', 'Silva', 'Kim'];
  const STATUS = ['New', 'Working', 'Nurture', 'Qualified', 'Disqualified'];
  const PROGRAMS = ['Webinar Q3', 'Trade Show', 'Newsletter', 'Nurture Track', 'Content Syndication'];

  const stats = { ticks: 0, nodesAdded: 0, nodesRemoved: 0, textsChanged: 0 };
  window.churnStats = stats;

  /** h('div', { class: 'x', text: 'hi' }, ...children) */
  function h(tag, props, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (key === 'class') el.className = value;
      else if (key === 'text') el.textContent = value;
      else el.setAttribute(key, String(value));
    }
    el.append(...children);
    return el;
  }

  // Deterministic pseudo-random numbers, so every run churns the same way.
  let seed = 42;
  const rand = (n) => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed % n;
  };

  let version = 0;
  function cellTexts(i) {
    const first = FIRST[(i + version) % FIRST.length];
    const last = LAST[rand(LAST.length)];
    return [
      `${first} ${last}`,
      `${first.toLowerCase()}.${last.toLowerCase()}${i}@acme-demo.com`,
      `Company ${rand(500)}`,
      String(rand(100)),
      STATUS[rand(STATUS.length)],
      PROGRAMS[rand(PROGRAMS.length)],
      `${FIRST[rand(FIRST.length)]} ${LAST[rand(LAST.length)]}`,
      `${1 + rand(12)}/${1 + rand(28)}/2025 ${rand(24)}:${String(rand(60)).padStart(2, '0')}`,
    ];
  }

  /** An Ext JS 3 grid row: a div around a one-row table of td > div.x-grid3-cell-inner > text. */
  function renderRow(i) {
    const cells = cellTexts(i).map((text, c) =>
      h(
        'td',
        { class: `x-grid3-col x-grid3-cell x-grid3-td-${c}` },
        h('div', { class: 'x-grid3-cell-inner', text }),
      ),
    );
    const row = h(
      'div',
      { class: `x-grid3-row${i % 2 ? ' x-grid3-row-alt' : ''}`, 'data-row': String(i) },
      h('table', { class: 'x-grid3-row-table', cellspacing: 0 }, h('tbody', null, h('tr', null, ...cells))),
    );
    return row;
  }
  const NODES_PER_ROW = 4 + 3 * COLUMNS.length; // div, table, tbody, tr + (td, div, text) per cell

  const status = h('span', { class: 'x-toolbar-text', text: 'Loading…' });
  const header = h(
    'div',
    { class: 'x-grid3-header' },
    h(
      'table',
      { class: 'x-grid3-header-table', cellspacing: 0 },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          ...COLUMNS.map((name) =>
            h('td', { class: 'x-grid3-hd' }, h('div', { class: 'x-grid3-hd-inner', text: name })),
          ),
        ),
      ),
    ),
  );
  const body = h('div', { class: 'x-grid3-body' });
  for (let i = 0; i < ROWS; i++) body.append(renderRow(i));
  const grid = h(
    'div',
    { class: 'x-panel x-grid-panel' },
    h('div', { class: 'x-panel-header' }, h('span', { class: 'x-panel-header-text', text: 'People (live)' })),
    h('div', { class: 'x-panel-tbar x-toolbar' }, status),
    h('div', { class: 'x-grid3' }, header, h('div', { class: 'x-grid3-scroller' }, body)),
  );
  document.body.append(h('div', { class: 'x-viewport' }, grid));

  // Each tick: replace PER_TICK whole rows (store reload / buffered view) and
  // rewrite the score cell of as many other rows (record update).
  let next = 0;
  function tick() {
    version++;
    for (let k = 0; k < PER_TICK; k++) {
      const i = next;
      next = (next + 1) % ROWS;
      body.children[i].replaceWith(renderRow(i));
      stats.nodesAdded += NODES_PER_ROW;
      stats.nodesRemoved += NODES_PER_ROW;
      const other = body.children[rand(ROWS)].querySelector('.x-grid3-td-3 .x-grid3-cell-inner');
      other.textContent = String(rand(100));
      stats.textsChanged++;
    }
    stats.ticks++;
  }
  setInterval(tick, TICK_MS);

  let last = { at: performance.now(), changed: 0 };
  setInterval(() => {
    const now = performance.now();
    const changed = stats.nodesAdded + stats.nodesRemoved + stats.textsChanged;
    const perSecond = Math.round(((changed - last.changed) * 1000) / (now - last.at));
    last = { at: now, changed };
    status.textContent = `${ROWS} rows · ${perSecond.toLocaleString('en-US')} nodes changed/s`;
  }, 1000);
})();
