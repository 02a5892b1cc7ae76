import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckOptions, CsvChanges, CsvReport } from '@/lib/csv';
import { csvEngine } from '@/lib/csv/lazy';

/** Rows kept for the row grid (the first N data rows; problem rows among them are shown). */
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
  | {
      kind: 'done';
      file: File;
      report: CsvReport;
      context: CheckContext;
      /** The user's changes the report was made with (cells typed in the grid, "fix all"). */
      changes: CsvChanges;
      /** A check with newer changes is running; this report is still shown. */
      rechecking: boolean;
    }
  | { kind: 'failed'; file: File; reason: string };

const NO_CHANGES: CsvChanges = {};

/**
 * One check at a time, in memory only: the File, its report and the user's
 * changes live in this state while the report is open and are dropped on
 * `clear` or unmount. Nothing is stored or logged.
 */
export function useCsvCheck() {
  const [state, setState] = useState<CheckState>({ kind: 'idle' });
  const running = useRef<AbortController | null>(null);
  const current = useRef(state);
  current.current = state;

  useEffect(() => () => running.current?.abort(), []);

  const run = useCallback(
    async (file: File, context: CheckContext, changes: CsvChanges, quiet: boolean): Promise<CheckOutcome> => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      if (!quiet) setState({ kind: 'checking', file, bytes: 0, total: file.size, rows: 0 });
      let last = 0;
      const options: CheckOptions = {
        keepRows: KEPT_ROWS,
        signal: controller.signal,
        changes,
        onProgress: ({ bytes, rows }) => {
          const now = Date.now();
          if (quiet || now - last < PROGRESS_EVERY_MS) return;
          last = now;
          setState({ kind: 'checking', file, bytes, total: file.size, rows });
        },
        ...(context.seatsUsed !== undefined ? { seatsUsed: context.seatsUsed } : {}),
        ...(context.existingEmails ? { existingEmails: context.existingEmails } : {}),
      };
      try {
        const { checkCsv } = await csvEngine();
        const report = await checkCsv(file, options);
        if (controller.signal.aborted) return { kind: 'aborted' };
        setState({ kind: 'done', file, report, context, changes, rechecking: false });
        return { kind: 'done', report };
      } catch (error) {
        if (controller.signal.aborted) return { kind: 'aborted' };
        const reason = error instanceof Error ? error.name : 'error';
        setState({ kind: 'failed', file, reason });
        return { kind: 'failed' };
      } finally {
        if (running.current === controller) running.current = null;
      }
    },
    [],
  );

  const check = useCallback(
    (file: File, context: CheckContext = {}) => run(file, context, NO_CHANGES, false),
    [run],
  );

  /** The same file checked again with the user's changes (the report stays shown meanwhile). */
  const recheck = useCallback(
    (update: (changes: CsvChanges) => CsvChanges) => {
      const s = current.current;
      if (s.kind !== 'done') return;
      const changes = update(s.changes);
      setState({ ...s, changes, rechecking: true });
      void run(s.file, s.context, changes, true);
    },
    [run],
  );

  const clear = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setState({ kind: 'idle' });
  }, []);

  return { state, check, recheck, clear };
}

/** A row's cells typed in the grid. */
export function withCells(changes: CsvChanges, row: number, cells: readonly string[]): CsvChanges {
  const next = new Map(changes.cells ?? []);
  next.set(row, cells);
  return { ...changes, cells: next };
}

/** Rows taken out of the file (or put back). */
export function withRemoved(changes: CsvChanges, rows: readonly number[], removed: boolean): CsvChanges {
  const next = new Set(changes.removed ?? []);
  for (const row of rows) {
    if (removed) next.add(row);
    else next.delete(row);
  }
  return { ...changes, removed: next };
}

/** True when the user changed anything. */
export function hasChanges(changes: CsvChanges): boolean {
  return (
    (changes.cells?.size ?? 0) > 0 ||
    (changes.removed?.size ?? 0) > 0 ||
    changes.trimCells === true ||
    changes.lowercaseEmails === true
  );
}
