import { useCallback, useEffect, useRef, useState } from 'react';
import { type CheckOptions, type CsvReport, checkCsv } from '@/lib/csv';

/** Rows kept for the row table (the first N data rows; problem rows among them are shown). */
export const KEPT_ROWS = 2000;
const PROGRESS_EVERY_MS = 100;

/** What the check knows about the instance (on the User Management page). */
export interface CheckContext {
  seatsUsed?: number;
  existingEmails?: string[];
}

/** How a check ended: its report, a failure (shown), or aborted by a newer check. */
export type CheckOutcome = { kind: 'done'; report: CsvReport } | { kind: 'failed' } | { kind: 'aborted' };

export type CheckState =
  | { kind: 'idle' }
  | { kind: 'checking'; file: File; bytes: number; total: number; rows: number }
  | { kind: 'done'; file: File; report: CsvReport; context: CheckContext }
  | { kind: 'failed'; file: File; reason: string };

/**
 * One check at a time, in memory only: the File and its report live in this
 * state while the report is open and are dropped on `clear` or unmount.
 * Nothing is stored or logged.
 */
export function useCsvCheck() {
  const [state, setState] = useState<CheckState>({ kind: 'idle' });
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  const check = useCallback(async (file: File, context: CheckContext = {}): Promise<CheckOutcome> => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setState({ kind: 'checking', file, bytes: 0, total: file.size, rows: 0 });
    let last = 0;
    const options: CheckOptions = {
      keepRows: KEPT_ROWS,
      signal: controller.signal,
      onProgress: ({ bytes, rows }) => {
        const now = Date.now();
        if (now - last < PROGRESS_EVERY_MS) return;
        last = now;
        setState({ kind: 'checking', file, bytes, total: file.size, rows });
      },
      ...(context.seatsUsed !== undefined ? { seatsUsed: context.seatsUsed } : {}),
      ...(context.existingEmails ? { existingEmails: context.existingEmails } : {}),
    };
    try {
      const report = await checkCsv(file, options);
      if (controller.signal.aborted) return { kind: 'aborted' };
      setState({ kind: 'done', file, report, context });
      return { kind: 'done', report };
    } catch (error) {
      if (controller.signal.aborted) return { kind: 'aborted' };
      const reason = error instanceof Error ? error.name : 'error';
      setState({ kind: 'failed', file, reason });
      return { kind: 'failed' };
    } finally {
      if (running.current === controller) running.current = null;
    }
  }, []);

  const clear = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setState({ kind: 'idle' });
  }, []);

  return { state, check, clear };
}
