/**
 * Copy a credential, then clear the clipboard after a delay, but only if it
 * still holds our value: that needs clipboard read access, and where the
 * browser denies it we say so instead of wiping something the user copied since.
 */
export type ClearOutcome = 'cleared' | 'changed' | 'denied' | 'off';

export interface ClipboardLike {
  writeText(text: string): Promise<void>;
  readText(): Promise<string>;
}

export interface CopyResult {
  copied: boolean;
  /** Settles when the clear happened or was skipped. */
  cleared: Promise<ClearOutcome>;
  cancel(): void;
}

export async function copyThenClear(
  text: string,
  clearAfterSeconds: number,
  clipboard: ClipboardLike = navigator.clipboard,
  timers: { set(fn: () => void, ms: number): unknown; clear(h: unknown): void } = {
    set: (fn, ms) => setTimeout(fn, ms),
    clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  },
): Promise<CopyResult> {
  try {
    await clipboard.writeText(text);
  } catch {
    return { copied: false, cleared: Promise.resolve('off'), cancel: () => {} };
  }
  if (clearAfterSeconds <= 0) return { copied: true, cleared: Promise.resolve('off'), cancel: () => {} };
  let handle: unknown;
  let settle: (o: ClearOutcome) => void = () => {};
  const cleared = new Promise<ClearOutcome>((resolve) => {
    settle = resolve;
    handle = timers.set(async () => {
      let current: string;
      try {
        current = await clipboard.readText();
      } catch {
        resolve('denied');
        return;
      }
      if (current !== text) {
        resolve('changed');
        return;
      }
      try {
        await clipboard.writeText('');
        resolve('cleared');
      } catch {
        resolve('denied');
      }
    }, clearAfterSeconds * 1000);
  });
  return {
    copied: true,
    cleared,
    cancel: () => {
      timers.clear(handle);
      settle('off');
    },
  };
}
