/**
 * Checklist progress per Marketo instance: pure functions over plain data,
 * every update returns a new store (the old one is never mutated; when nothing
 * changes the same store object is returned, so `next === store` means "no
 * write needed"). Storage wiring lives elsewhere (see README.md).
 */
import { own } from '../own';
import { COMPLETION_EVIDENCE, type Evidence, PROOF_EVIDENCE, safeEvidence } from './evidence';
import {
  type BlockReason,
  COUNTED_ROWS,
  INVITE_STEPS,
  type Persona,
  STEP_IDS,
  type StepId,
  type SubstepId,
  stepDef,
  stepsForPersona,
} from './steps';

export type StepStatus = 'todo' | 'in-progress' | 'done' | 'detected';
/** What the user may set (detected is the extension's word). */
export type UserStatus = Exclude<StepStatus, 'detected'>;
export type SubstepStatus = 'todo' | 'done' | 'detected';

export interface SubstepRecord {
  status: SubstepStatus;
  evidence?: Evidence;
  updatedAt: number;
  userOverride?: boolean;
}

export interface StepRecord {
  status: StepStatus;
  evidence?: Evidence;
  updatedAt: number;
  /** The user set this status: detections no longer change it (until clearOverride). */
  userOverride?: boolean;
  substeps?: Partial<Record<SubstepId, SubstepRecord>>;
}

export interface InstanceProgress {
  key: string;
  munchkinId?: string;
  /** Marketo pod/host (`app-ab12`), the key until the Munchkin ID is known. */
  host?: string;
  sandbox: boolean;
  label?: string;
  /** The first invitee (email or shown name), from the provisioning card: see cautions.ts. */
  originalUser?: string;
  steps: Partial<Record<StepId, StepRecord>>;
  createdAt: number;
  updatedAt: number;
}

export const STORE_VERSION = 1;

export interface ProgressStore {
  version: typeof STORE_VERSION;
  /** Key of the active instance: detections on Sales app and Salesforce pages go there. */
  active?: string;
  instances: Record<string, InstanceProgress>;
}

export const emptyStore = (): ProgressStore => ({ version: STORE_VERSION, instances: {} });

export interface Detection {
  step: StepId;
  /** Set when only a part of the step was seen (e.g. the remote sites of step 7). */
  substep?: SubstepId;
  evidence: Evidence;
}

// ---------------------------------------------------------------- instance keys

export interface InstanceIdentity {
  munchkinId?: string;
  host?: string;
  sandbox: boolean;
  label?: string;
}

const MUNCHKIN = /^\d{3}-[A-Z0-9]{3}-\d{3}$/;

interface Parts {
  munchkinId?: string;
  host?: string;
  sandbox: boolean;
}

function parts(identity: InstanceIdentity): Parts | null {
  const munchkinId = identity.munchkinId?.trim().toUpperCase();
  const host = identity.host?.trim().toLowerCase();
  const validMunchkin = munchkinId && MUNCHKIN.test(munchkinId) ? munchkinId : undefined;
  if (!validMunchkin && !host) return null;
  return {
    ...(validMunchkin ? { munchkinId: validMunchkin } : {}),
    ...(host ? { host } : {}),
    sandbox: identity.sandbox,
  };
}

const keyOf = (p: Parts): string =>
  `${p.munchkinId ? `munchkin:${p.munchkinId}` : `host:${p.host}`}${p.sandbox ? '@sandbox' : ''}`;

/** A usable identity: a valid Munchkin ID or a host. */
export const isUsableIdentity = (identity: InstanceIdentity): boolean => parts(identity) !== null;

/**
 * `munchkin:123-ABC-456`, or `host:app-ab12` until the Munchkin ID is known;
 * `@sandbox` is appended for sandboxes so they never share a key with prod.
 * Throws a TypeError when the identity has neither (check isUsableIdentity).
 */
export function instanceKey(identity: InstanceIdentity): string {
  const p = parts(identity);
  if (!p) throw new TypeError('instanceKey: a Munchkin ID or a host is required');
  return keyOf(p);
}

// ---------------------------------------------------------------- merging

const RANK: Record<StepStatus, number> = { todo: 0, 'in-progress': 1, done: 2, detected: 2 };

/** Which of two records of the same step wins: the user's word, then the further status, then the newer. */
function winner<T extends { status: StepStatus; updatedAt: number; userOverride?: boolean }>(a: T, b: T): T {
  if (!!a.userOverride !== !!b.userOverride) return a.userOverride ? a : b;
  if (RANK[a.status] !== RANK[b.status]) return RANK[a.status] > RANK[b.status] ? a : b;
  return b.updatedAt > a.updatedAt ? b : a;
}

function mergeSubsteps(
  a: StepRecord['substeps'],
  b: StepRecord['substeps'],
): StepRecord['substeps'] | undefined {
  if (!a) return b;
  if (!b) return a;
  const out: Partial<Record<SubstepId, SubstepRecord>> = { ...a };
  for (const [id, rec] of Object.entries(b) as [SubstepId, SubstepRecord][]) {
    const mine = out[id];
    out[id] = mine ? winner(mine, rec) : rec;
  }
  return out;
}

function mergeRecords(a: StepRecord | undefined, b: StepRecord | undefined): StepRecord | undefined {
  if (!a) return b;
  if (!b) return a;
  const win = winner(a, b);
  const lose = win === a ? b : a;
  const evidence = win.evidence ?? lose.evidence;
  const substeps = mergeSubsteps(a.substeps, b.substeps);
  return { ...win, ...(evidence ? { evidence } : {}), ...(substeps ? { substeps } : {}) };
}

/** `target` with `source`'s progress folded in (per step: user's word, then further status, then newer). */
export function mergeInstances(target: InstanceProgress, source: InstanceProgress): InstanceProgress {
  const steps: Partial<Record<StepId, StepRecord>> = {};
  for (const id of STEP_IDS) {
    const rec = mergeRecords(own(target.steps, id), own(source.steps, id));
    if (rec) steps[id] = rec;
  }
  const host = target.host ?? source.host;
  const label = target.label ?? source.label;
  const originalUser = target.originalUser ?? source.originalUser;
  return {
    ...target,
    ...(host ? { host } : {}),
    ...(label ? { label } : {}),
    ...(originalUser ? { originalUser } : {}),
    steps,
    createdAt: Math.min(target.createdAt, source.createdAt),
    updatedAt: Math.max(target.updatedAt, source.updatedAt),
  };
}

/** Both stores' instances together (same key: merged); the current active instance stays active. */
export function mergeStores(current: ProgressStore, incoming: ProgressStore): ProgressStore {
  const instances = { ...current.instances };
  for (const [key, inst] of Object.entries(incoming.instances)) {
    const mine = own(instances, key);
    instances[key] = mine ? mergeInstances(mine, inst) : inst;
  }
  const active = current.active ?? incoming.active;
  return { version: STORE_VERSION, ...(active ? { active } : {}), instances };
}

// ---------------------------------------------------------------- instances

/** The Munchkin ID last linked to this host (same sandbox flag), if any. */
function linkedId(store: ProgressStore, p: Parts): { munchkinId: string } | undefined {
  let best: InstanceProgress | undefined;
  for (const inst of Object.values(store.instances)) {
    if (!inst.munchkinId || inst.host !== p.host || inst.sandbox !== p.sandbox) continue;
    if (!best || inst.updatedAt > best.updatedAt) best = inst;
  }
  return best?.munchkinId ? { munchkinId: best.munchkinId } : undefined;
}

/**
 * Makes the identity's instance exist and be the active one. When a Munchkin
 * ID becomes known for an instance so far keyed by its host (pass both
 * `munchkinId` and `host`), the host-keyed progress is merged into the
 * Munchkin-keyed instance and the host key disappears; from then on the host
 * alone opens the Munchkin-keyed instance.
 */
export function ensureInstance(
  store: ProgressStore,
  identity: InstanceIdentity,
  now = Date.now(),
): ProgressStore {
  const found = parts(identity);
  if (!found) return store;
  // A host whose Munchkin ID was read before (on any page) is that instance: a classic
  // `app-ab12` page that shows no ID opens the progress kept under the ID.
  const p = found.munchkinId || !found.host ? found : { ...found, ...linkedId(store, found) };
  const key = keyOf(p);
  const instances = { ...store.instances };
  let changed = false;
  let active = store.active;

  if (p.munchkinId && p.host) {
    const hostKey = keyOf({ host: p.host, sandbox: p.sandbox });
    const hostInstance = own(instances, hostKey);
    if (hostInstance) {
      const base = own(instances, key) ?? { ...hostInstance, key, munchkinId: p.munchkinId, steps: {} };
      instances[key] = { ...mergeInstances(base, hostInstance), key, munchkinId: p.munchkinId };
      delete instances[hostKey];
      if (active === hostKey) active = key;
      changed = true;
    }
  }

  const existing = own(instances, key);
  const label = identity.label?.trim() || undefined;
  if (!existing) {
    instances[key] = {
      key,
      ...(p.munchkinId ? { munchkinId: p.munchkinId } : {}),
      ...(p.host ? { host: p.host } : {}),
      sandbox: p.sandbox,
      ...(label ? { label } : {}),
      steps: {},
      createdAt: now,
      updatedAt: now,
    };
    changed = true;
  } else if ((p.host && !existing.host) || (label && !existing.label)) {
    instances[key] = {
      ...existing,
      ...(p.host && !existing.host ? { host: p.host } : {}),
      ...(label && !existing.label ? { label } : {}),
      updatedAt: now,
    };
    changed = true;
  }
  if (!changed && active === key) return store;
  return { ...store, active: key, instances };
}

export function setActive(store: ProgressStore, key: string): ProgressStore {
  if (!own(store.instances, key) || store.active === key) return store;
  return { ...store, active: key };
}

export function activeInstance(store: ProgressStore): InstanceProgress | undefined {
  return own(store.instances, store.active);
}

export function setLabel(store: ProgressStore, key: string, label: string, now = Date.now()): ProgressStore {
  const inst = own(store.instances, key);
  if (!inst) return store;
  const trimmed = label.trim().slice(0, 100);
  const { label: _old, ...rest } = inst;
  const next: InstanceProgress = trimmed
    ? { ...rest, label: trimmed, updatedAt: now }
    : { ...rest, updatedAt: now };
  return withInstance(store, next);
}

function withInstance(store: ProgressStore, inst: InstanceProgress): ProgressStore {
  return { ...store, instances: { ...store.instances, [inst.key]: inst } };
}

function withStep(inst: InstanceProgress, step: StepId, rec: StepRecord, now: number): InstanceProgress {
  return { ...inst, steps: { ...inst.steps, [step]: rec }, updatedAt: now };
}

export interface Undoable {
  store: ProgressStore;
  /** The instance as it was (undefined when there was none). */
  previous?: InstanceProgress;
  /** Puts the previous instance back into `current` (the store as it is when the user clicks Undo). */
  undo(current: ProgressStore): ProgressStore;
}

const noop = (store: ProgressStore): Undoable => ({ store, undo: (current) => current });

/** Clears one instance's progress (identity, label and active state kept), with undo. */
export function resetInstance(store: ProgressStore, key: string, now = Date.now()): Undoable {
  const previous = own(store.instances, key);
  if (!previous) return noop(store);
  const { originalUser: _gone, ...rest } = previous;
  const next: InstanceProgress = { ...rest, steps: {}, updatedAt: now };
  return {
    store: withInstance(store, next),
    previous,
    undo: (current) => restoreInstance(current, previous),
  };
}

/** Removes one instance, with undo (the next most recently updated instance becomes active). */
export function removeInstance(store: ProgressStore, key: string): Undoable {
  const previous = own(store.instances, key);
  if (!previous) return noop(store);
  const { [key]: _gone, ...instances } = store.instances;
  let active = store.active;
  if (active === key) {
    active = Object.values(instances).sort((a, b) => b.updatedAt - a.updatedAt)[0]?.key;
  }
  const wasActive = store.active === key;
  return {
    store: { version: STORE_VERSION, ...(active ? { active } : {}), instances },
    previous,
    undo: (current) => {
      const restored = restoreInstance(current, previous);
      return wasActive ? { ...restored, active: key } : restored;
    },
  };
}

/** Puts an instance back as it was (the undo of reset/remove). */
export function restoreInstance(store: ProgressStore, previous: InstanceProgress): ProgressStore {
  return withInstance(store, previous);
}

// ---------------------------------------------------------------- detections

const isComplete = (status: StepStatus | SubstepStatus | undefined) =>
  status === 'done' || status === 'detected';

const sameEvidence = (a: Evidence | undefined, b: Evidence) =>
  !!a && a.what === b.what && a.detail === b.detail && a.page === b.page && a.url === b.url;

function substepBelongs(step: StepId, substep: SubstepId): boolean {
  return (stepDef(step).substeps as readonly string[]).includes(substep);
}

/**
 * Records what the extension saw. A step becomes `detected` with its evidence
 * unless the user set its status (userOverride); `done` is never downgraded.
 * A sub-step detection marks the sub-step detected and moves a `todo` step to
 * `in-progress`, or to `detected` once all its `completedBy` sub-steps are
 * done or detected. Unknown instance: the store is returned unchanged.
 */
export function applyDetection(
  store: ProgressStore,
  key: string | undefined,
  detection: Detection,
  now = Date.now(),
): ProgressStore {
  const inst = own(store.instances, key);
  if (!inst) return store;
  const evidence = safeEvidence(detection.evidence);
  let next = inst;

  if (evidence.what === 'first-admin-invited' && evidence.detail && !inst.originalUser) {
    next = { ...next, originalUser: evidence.detail, updatedAt: now };
  }

  const rec = own(next.steps, detection.step);
  if (detection.substep !== undefined) {
    if (substepBelongs(detection.step, detection.substep)) {
      const updated = applySubstep(rec, detection.step, detection.substep, evidence, now);
      if (updated !== rec && updated) next = withStep(next, detection.step, updated, now);
    }
  } else if (!rec?.userOverride && rec?.status !== 'done') {
    const weaker = rec?.status === 'detected' && PROOF_EVIDENCE.includes(evidence.what);
    if (!weaker && !(rec?.status === 'detected' && sameEvidence(rec.evidence, evidence))) {
      next = withStep(
        next,
        detection.step,
        { ...(rec ?? {}), status: 'detected', evidence, updatedAt: now },
        now,
      );
    }
  }
  return next === inst ? store : withInstance(store, next);
}

function applySubstep(
  rec: StepRecord | undefined,
  step: StepId,
  substep: SubstepId,
  evidence: Evidence,
  now: number,
): StepRecord | undefined {
  const sub = own(rec?.substeps, substep);
  if (sub?.userOverride || sub?.status === 'done') return rec;
  if (sub?.status === 'detected' && sameEvidence(sub.evidence, evidence)) return rec;
  const substeps = { ...(rec?.substeps ?? {}), [substep]: { status: 'detected', evidence, updatedAt: now } };
  let status: StepStatus = rec?.status ?? 'todo';
  let stepEvidence = rec?.evidence;
  if (!rec?.userOverride && status !== 'done') {
    const needed = stepDef(step).completedBy as readonly SubstepId[] | undefined;
    const code = COMPLETION_EVIDENCE[step];
    if (needed && code && needed.every((s) => isComplete(substeps[s]?.status))) {
      status = 'detected';
      stepEvidence = { ...evidence, what: code };
      delete stepEvidence.detail;
    } else if (status === 'todo') {
      status = 'in-progress';
    }
  }
  return {
    ...(rec ?? {}),
    status,
    ...(stepEvidence ? { evidence: stepEvidence } : {}),
    updatedAt: now,
    substeps: substeps as StepRecord['substeps'],
  };
}

/** Applies several detections in order (one page read usually yields a few). */
export function applyDetections(
  store: ProgressStore,
  key: string | undefined,
  detections: readonly Detection[],
  now = Date.now(),
): ProgressStore {
  return detections.reduce((s, d) => applyDetection(s, key, d, now), store);
}

// ---------------------------------------------------------------- user actions

/** The user sets a step's status: it wins over detections until clearOverride. Evidence is kept. */
export function setStatus(
  store: ProgressStore,
  key: string,
  step: StepId,
  status: UserStatus,
  now = Date.now(),
): ProgressStore {
  const inst = own(store.instances, key);
  if (!inst) return store;
  const rec = own(inst.steps, step);
  if (rec?.status === status && rec.userOverride) return store;
  return withInstance(
    store,
    withStep(inst, step, { ...(rec ?? {}), status, userOverride: true, updatedAt: now }, now),
  );
}

/** The user ticks or unticks a sub-step. */
export function setSubstepStatus(
  store: ProgressStore,
  key: string,
  step: StepId,
  substep: SubstepId,
  status: 'todo' | 'done',
  now = Date.now(),
): ProgressStore {
  const inst = own(store.instances, key);
  if (!inst || !substepBelongs(step, substep)) return store;
  const rec = own(inst.steps, step);
  const sub = own(rec?.substeps, substep);
  if (sub?.status === status && sub.userOverride) return store;
  const substeps = {
    ...(rec?.substeps ?? {}),
    [substep]: { ...(sub ?? {}), status, userOverride: true, updatedAt: now },
  };
  const base: StepRecord = rec ?? { status: 'todo', updatedAt: now };
  const status2: StepStatus =
    !base.userOverride && base.status === 'todo' && status === 'done' ? 'in-progress' : base.status;
  return withInstance(
    store,
    withStep(inst, step, { ...base, status: status2, substeps, updatedAt: now }, now),
  );
}

/**
 * Gives the step back to the extension: detected again if there is evidence,
 * in progress if some sub-step is done or detected, else todo.
 */
export function clearOverride(
  store: ProgressStore,
  key: string,
  step: StepId,
  now = Date.now(),
): ProgressStore {
  const inst = own(store.instances, key);
  const rec = own(inst?.steps, step);
  if (!inst || !rec?.userOverride) return store;
  const { userOverride: _u, ...rest } = rec;
  const anySub = Object.values(rec.substeps ?? {}).some((s) => isComplete(s?.status));
  const status: StepStatus = rec.evidence ? 'detected' : anySub ? 'in-progress' : 'todo';
  return withInstance(store, withStep(inst, step, { ...rest, status, updatedAt: now }, now));
}

// ---------------------------------------------------------------- views

/**
 * `blocked`: a hint that an earlier step comes first (order is advice, not a
 * lock); `not-needed`: the other invite way of row 5 once one of them is done.
 */
export type ViewStateName = StepStatus | 'blocked' | 'not-needed';
export const VIEW_STATES = [
  'todo',
  'in-progress',
  'done',
  'detected',
  'blocked',
  'not-needed',
] as const satisfies readonly ViewStateName[];

export interface StepView {
  /** The `data-state` of the step row. */
  state: ViewStateName;
  /** The recorded status (todo when nothing is recorded). */
  status: StepStatus;
  /** Unmet prerequisite steps, in the order of `requires`. */
  blockedBy?: StepId[];
  /** Text key (texts.blocked) of the first unmet prerequisite. */
  reasonKey?: BlockReason;
  evidence?: Evidence;
  userOverride: boolean;
}

export function stepStatus(instance: Pick<InstanceProgress, 'steps'> | undefined, step: StepId): StepStatus {
  return own(instance?.steps, step)?.status ?? 'todo';
}

export function isStepComplete(instance: InstanceProgress | undefined, step: StepId): boolean {
  return isComplete(stepStatus(instance, step));
}

/** Does `later` (transitively) require `earlier`? */
function dependsOn(later: StepId, earlier: StepId, seen = new Set<StepId>()): boolean {
  for (const r of stepDef(later).requires) {
    if (r.step === earlier) return true;
    if (!seen.has(r.step)) {
      seen.add(r.step);
      if (dependsOn(r.step, earlier, seen)) return true;
    }
  }
  return false;
}

/**
 * A requirement is met when it is done or detected, or when a step that comes
 * after it is: a later step done proves the earlier one was possible (the
 * Sales account exists once step 2, 3 or 5 is seen done, the prerequisites
 * held once step 1 is).
 */
export function requirementMet(instance: InstanceProgress | undefined, step: StepId): boolean {
  if (isStepComplete(instance, step)) return true;
  return STEP_IDS.some((s) => s !== step && isStepComplete(instance, s) && dependsOn(s, step));
}

/**
 * What the row shows: done/detected as such; the other invite way as not
 * needed once one is complete; a step the user or the page started (in
 * progress) as such; else `blocked` (a hint: an earlier step comes first)
 * while a requirement is not met (see requirementMet).
 */
export function viewState(instance: InstanceProgress | undefined, step: StepId): StepView {
  const rec = own(instance?.steps, step);
  const status = rec?.status ?? 'todo';
  const common = {
    status,
    ...(rec?.evidence ? { evidence: rec.evidence } : {}),
    userOverride: !!rec?.userOverride,
  };
  if (isComplete(status)) return { state: status, ...common };
  if ((INVITE_STEPS as readonly StepId[]).includes(step) && invitesComplete(instance)) {
    return { state: 'not-needed', ...common };
  }
  if (status === 'in-progress') return { state: status, ...common };
  const unmet = stepDef(step).requires.filter((r) => !requirementMet(instance, r.step));
  const first = unmet[0];
  if (first)
    return { state: 'blocked', blockedBy: unmet.map((r) => r.step), reasonKey: first.reason, ...common };
  return { state: status, ...common };
}

export interface Counts {
  /**
   * Counted rows (COUNTED_ROWS: the prerequisites and rows 1–7) done or
   * detected; row 5 counts once either invite section is.
   */
  done: number;
  /** Of those, rows complete only through detections (no step in them marked done by the user). */
  detected: number;
  total: number;
}

export function counts(instance: InstanceProgress | undefined): Counts {
  let done = 0;
  let detected = 0;
  for (const row of COUNTED_ROWS) {
    const complete = row.filter((s) => isStepComplete(instance, s));
    if (!complete.length) continue;
    done++;
    if (complete.every((s) => stepStatus(instance, s) === 'detected')) detected++;
  }
  return { done, detected, total: COUNTED_ROWS.length };
}

/** Is row 5 (either invite section) complete? */
export const invitesComplete = (instance: InstanceProgress | undefined): boolean =>
  INVITE_STEPS.some((s) => isStepComplete(instance, s));

/**
 * Steps left for a persona: not done or detected. Once either invite section
 * is complete the other one is an alternative, not something left.
 */
export function remainingSteps(instance: InstanceProgress | undefined, persona: Persona | 'all'): StepId[] {
  const invited = invitesComplete(instance);
  return stepsForPersona(persona).filter(
    (s) => !isStepComplete(instance, s) && !(invited && (INVITE_STEPS as readonly StepId[]).includes(s)),
  );
}
