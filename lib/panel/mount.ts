/**
 * Mounts the panel in an open shadow root on a <msi-panel> host, so host CSS
 * cannot reach in and ours cannot leak out. The one deliberate effect on the
 * page: while the panel is expanded, the page's root gets a right margin the
 * width of the dock, so the app stays usable beside it.
 */
export interface Mounted {
  host: HTMLElement;
  container: HTMLElement;
  reserve(width: number | null): void;
  remove(): void;
}

export function mountShadowHost(doc: Document, css: string): Mounted {
  const host = doc.createElement('msi-panel');
  // Above the app's own overlays, but never intercepting clicks outside the dock.
  host.style.cssText =
    'all: initial; position: fixed; top: 0; right: 0; width: 0; height: 0; overflow: visible; z-index: 2147483646; display: block;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  container.className = 'msi-root';
  shadow.append(style, container);
  doc.documentElement.append(host);

  const rootStyle = doc.documentElement.style;
  const previous = rootStyle.getPropertyValue('margin-right');
  const previousPriority = rootStyle.getPropertyPriority('margin-right');
  return {
    host,
    container,
    reserve(width) {
      if (width === null) rootStyle.setProperty('margin-right', previous, previousPriority);
      else rootStyle.setProperty('margin-right', `${width}px`, 'important');
    },
    remove() {
      rootStyle.setProperty('margin-right', previous, previousPriority);
      host.remove();
    },
  };
}
