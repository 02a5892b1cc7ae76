import { createContext, type ReactNode, useCallback, useContext, useRef, useState } from 'react';

/**
 * One polite live region for the whole panel: what the panel did outside
 * itself (an outline drawn in the host page, taken away) is said to screen
 * reader users, who cannot see it. The region stays in the document and only
 * its text changes, so assistive technologies pick the change up.
 */
const AnnounceContext = createContext<(text: string) => void>(() => {});

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [text, setText] = useState('');
  const seq = useRef(0);
  const announce = useCallback((next: string) => {
    // The same sentence twice in a row is a new announcement: clear first, then say it.
    const mine = ++seq.current;
    setText('');
    queueMicrotask(() => {
      if (mine === seq.current) setText(next);
    });
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <p className="sr-only" role="status" aria-live="polite" data-testid="panel-announcer">
        {text}
      </p>
    </AnnounceContext.Provider>
  );
}

export const useAnnounce = () => useContext(AnnounceContext);
