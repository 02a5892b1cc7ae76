/** The few chrome.* APIs our e2e tests call inside the extension's service worker or pages (evaluate). */
declare namespace chrome {
  namespace windows {
    function getCurrent(): Promise<{ id?: number }>;
  }
  namespace sidePanel {
    function open(options: { windowId: number }): Promise<void>;
  }
  namespace runtime {
    function sendMessage(message: unknown): Promise<unknown>;
    function getManifest(): { commands?: Record<string, { suggested_key?: Record<string, string> }> };
  }
  namespace tabs {
    function query(q: {
      active?: boolean;
      lastFocusedWindow?: boolean;
    }): Promise<Array<{ id?: number; url?: string }>>;
    function sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  }
  namespace storage {
    interface Area {
      get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    }
    const local: Area;
    const sync: Area;
    const session: Area;
  }
}
