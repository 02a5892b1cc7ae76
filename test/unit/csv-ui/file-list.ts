/**
 * jsdom has no DataTransfer and only accepts a real FileList for
 * `input.files`: these helpers build one (test-only, through jsdom's own
 * implementation object) so the file swap can be exercised like in a browser.
 */
type ImplHolder = Record<symbol, unknown>;

function implOf(wrapper: object): unknown {
  const symbol = Object.getOwnPropertySymbols(wrapper).find((s) => String(s) === 'Symbol(impl)');
  if (!symbol) throw new Error('not a jsdom wrapper');
  return (wrapper as ImplHolder)[symbol];
}

/** A real jsdom FileList holding `files`. */
export function fileList(window: Window & typeof globalThis, files: File[]): FileList {
  const input = window.document.createElement('input');
  input.type = 'file';
  const list = input.files as FileList;
  const impl = implOf(list) as unknown[];
  for (const file of files) impl.push(implOf(file));
  return list;
}

/** Installs a minimal DataTransfer (items.add + files) in a jsdom window. */
export function installDataTransfer(window: Window & typeof globalThis): void {
  class FakeDataTransfer {
    private readonly list: File[] = [];
    readonly items = { add: (file: File) => void this.list.push(file) };
    get files(): FileList {
      return fileList(window, this.list);
    }
  }
  (window as unknown as { DataTransfer: unknown }).DataTransfer = FakeDataTransfer;
}

/**
 * Chooses `file` in a file input as a person would: files set, then `input`
 * (composed, as the browser fires it) and `change` (not composed: it stays in
 * a component's shadow root).
 */
export function chooseFile(window: Window & typeof globalThis, input: HTMLInputElement, file: File): void {
  input.files = fileList(window, [file]);
  input.dispatchEvent(new window.Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new window.Event('change', { bubbles: true }));
}
