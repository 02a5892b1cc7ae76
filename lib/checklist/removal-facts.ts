/**
 * What the agent's removal guard needs from the stored progress (lib/agent/sales-guards.ts): the
 * active instance's "initiate data sync" status and its original user, and nothing else.
 *
 * The agent runs on the host's main thread, where building the store's zod schema and parsing the
 * whole store was one task of 9–24 ms on the first read (npm run bench:host). This reads the two
 * facts from the raw stored value with plain checks instead. The store is written by the
 * background only, through the full schema (lib/storage/progress.ts); page script cannot reach
 * storage.local. A value that is not a store of this version, or not the shape read here, gives
 * no facts (as the full check's fallback, the empty store, gives no instance: no guard).
 */
import { own } from '../own';
import { type InstanceProgress, STORE_VERSION, type StepRecord } from './progress';

/** The part of the active instance the removal caution reads (lib/checklist/cautions.ts removalCaution). */
export type RemovalFacts = Pick<InstanceProgress, 'originalUser' | 'steps'>;

const STATUSES: readonly string[] = [
  'todo',
  'in-progress',
  'done',
  'detected',
] satisfies StepRecord['status'][];
const MAX_USER_LENGTH = 254;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The active instance's sync status and original user, from the raw stored progress; undefined when there is none. */
export function removalFacts(raw: unknown): RemovalFacts | undefined {
  if (!isRecord(raw) || raw.version !== STORE_VERSION || !isRecord(raw.instances)) return undefined;
  const active = typeof raw.active === 'string' ? raw.active : undefined;
  // Own properties only: `active: "constructor"` must not find Object.prototype.constructor (lib/own.ts).
  const instance = own(raw.instances, active);
  if (!isRecord(instance) || !isRecord(instance.steps)) return undefined;
  const sync = own(instance.steps, 'initiate-data-sync');
  const status = isRecord(sync) && typeof sync.status === 'string' ? sync.status : undefined;
  const user = instance.originalUser;
  const facts: RemovalFacts = { steps: {} };
  if (status && STATUSES.includes(status)) {
    facts.steps['initiate-data-sync'] = { status: status as StepRecord['status'], updatedAt: 0 };
  }
  if (typeof user === 'string' && user.length <= MAX_USER_LENGTH) facts.originalUser = user;
  return facts;
}
