/*
 * The demo apps' storage (window.demoStorage(key)): localStorage, or, in a frame where the browser
 * denies it (a third-party frame: the Marketo page in the experience.adobe.com shell, the Sales app
 * in the Salesforce demo's Sales Insight Actions tab), a map in memory for the life of the frame.
 */
(() => {
  window.demoStorage = (key) => {
    try {
      window.localStorage.getItem(key);
      return window.localStorage;
    } catch {
      const memory = new Map();
      return {
        getItem: (k) => (memory.has(k) ? memory.get(k) : null),
        setItem: (k, value) => memory.set(k, String(value)),
        removeItem: (k) => memory.delete(k),
      };
    }
  };
})();
