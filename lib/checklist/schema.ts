/**
 * Validation of stored and imported progress (zod/mini, through lib/zod-mini), the
 * storage versioning scaffold, and the JSON export/import format. Import
 * either returns a complete valid store or an error code with message
 * parameters; it never returns a partly applied store.
 */
import { forbiddenKeyPath, own } from '../own';
import { PAGE_IDS } from '../pages/types';
import type { ValidatedItemOptions } from '../storage/validated';
import { type Checker, lazySchema, z } from '../zod-mini';
import { EVIDENCE_CODES, type Evidence, MAX_DETAIL_LENGTH, safeEvidence } from './evidence';
import {
  emptyStore,
  instanceKey,
  isUsableIdentity,
  type ProgressStore,
  STORE_VERSION,
  type StepRecord,
} from './progress';
import { GUIDE_VERSION, STEP_IDS, type StepId, SUBSTEPS, type SubstepId } from './steps';

// ---------------------------------------------------------------- schemas

const ALL_SUBSTEPS = [...new Set(Object.values(SUBSTEPS).flat())] as [SubstepId, ...SubstepId[]];
export const MAX_INSTANCES = 100;

/** Builds the store's schema; `progressStoreSchema` does it on first use (the agent imports this module). */
function buildProgressStoreSchema(): z.ZodMiniType<ProgressStore> {
  const timestamp = z.int().check(z.gte(0));
  const evidenceSchema = z.object({
    what: z.enum(EVIDENCE_CODES),
    // Longer than what we write (safeDetail adds an ellipsis) is still refused.
    detail: z.optional(z.string().check(z.maxLength(MAX_DETAIL_LENGTH))),
    page: z.enum([...PAGE_IDS, 'unknown']),
    url: z.optional(
      z.string().check(z.maxLength(2048), z.regex(/^https?:\/\/[^?#\s]+$/, 'origin and path only')),
    ),
    at: timestamp,
  });

  const substepRecordSchema = z.object({
    status: z.enum(['todo', 'done', 'detected']),
    evidence: z.optional(evidenceSchema),
    updatedAt: timestamp,
    userOverride: z.optional(z.boolean()),
  });

  const stepRecordSchema = z.object({
    status: z.enum(['todo', 'in-progress', 'done', 'detected']),
    evidence: z.optional(evidenceSchema),
    updatedAt: timestamp,
    userOverride: z.optional(z.boolean()),
    substeps: z.optional(z.partialRecord(z.enum(ALL_SUBSTEPS), substepRecordSchema)),
  });

  const instanceSchema = z.object({
    key: z.string().check(z.minLength(1), z.maxLength(300)),
    munchkinId: z.optional(
      z.string().check(z.regex(/^\d{3}-[A-Z0-9]{3}-\d{3}$/, 'expected a Munchkin ID like 123-ABC-456')),
    ),
    host: z.optional(z.string().check(z.minLength(1), z.maxLength(253))),
    sandbox: z.boolean(),
    label: z.optional(z.string().check(z.maxLength(100))),
    originalUser: z.optional(z.string().check(z.maxLength(254))),
    steps: z.partialRecord(z.enum(STEP_IDS), stepRecordSchema),
    createdAt: timestamp,
    updatedAt: timestamp,
  });

  /** Refuses data naming `__proto__`, `constructor` or `prototype` anywhere (lib/own.ts), before zod builds objects from it. */
  const noForbiddenKeys = z.custom<unknown>((value) => forbiddenKeyPath(value) === null, {
    message: 'a reserved name (__proto__, constructor or prototype) used as a key',
  });

  /** The stored progress (storage.local) and the `store` of an export file. */
  const storeObjectSchema = z
    .object({
      version: z.literal(STORE_VERSION),
      active: z.optional(z.string()),
      instances: z.record(z.string(), instanceSchema),
    })
    .check(
      z.superRefine((store, ctx) => {
        const entries = Object.entries(store.instances);
        if (entries.length > MAX_INSTANCES) {
          ctx.addIssue({
            code: 'custom',
            path: ['instances'],
            message: `at most ${MAX_INSTANCES} instances`,
          });
        }
        for (const [key, inst] of entries) {
          const identity = { munchkinId: inst.munchkinId, host: inst.host, sandbox: inst.sandbox };
          const expected = isUsableIdentity(identity) ? instanceKey(identity) : undefined;
          if (inst.key !== key || expected !== key) {
            ctx.addIssue({
              code: 'custom',
              path: ['instances', key, 'key'],
              message: 'key does not match the instance',
            });
          }
          for (const [step, rec] of Object.entries(inst.steps) as [StepId, StepRecord][]) {
            const allowed = SUBSTEPS[step] as readonly string[];
            for (const sub of Object.keys(rec.substeps ?? {})) {
              if (!allowed.includes(sub)) {
                ctx.addIssue({
                  code: 'custom',
                  path: ['instances', key, 'steps', step, 'substeps', sub],
                  message: 'not a sub-step of this step',
                });
              }
            }
          }
        }
        // An own instance only: `active: "constructor"` must not find Object.prototype.constructor.
        if (store.active !== undefined && !own(store.instances, store.active)) {
          ctx.addIssue({ code: 'custom', path: ['active'], message: 'no such instance' });
        }
      }),
    );

  return z.pipe(noForbiddenKeys, storeObjectSchema);
}

/** The stored progress, checked (built on first use: lib/zod-mini.ts lazySchema). */
export const progressStoreSchema: Checker<ProgressStore> = lazySchema(buildProgressStoreSchema);

// ---------------------------------------------------------------- storage versioning

export const PROGRESS_STORAGE_KEY = 'local:checklistProgress' as const;

/**
 * Migrations, keyed by the version they produce (WXT `storage.defineItem`
 * semantics): when the store shape changes, bump STORE_VERSION in progress.ts,
 * add `[n]: (old) => new` here and a test with a version n-1 value.
 */
export const PROGRESS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {};

/** Options for `defineValidatedItem(PROGRESS_STORAGE_KEY, progressItemOptions)` (lib/storage/validated). */
export const progressItemOptions: ValidatedItemOptions<ProgressStore> = {
  schema: progressStoreSchema,
  fallback: emptyStore(),
  version: STORE_VERSION,
  migrations: PROGRESS_MIGRATIONS,
};

/** Runs the migrations from `fromVersion` up to STORE_VERSION; null when a step is missing. */
export function migrateStore(raw: unknown, fromVersion: number): unknown | null {
  let value = raw;
  for (let v = fromVersion + 1; v <= STORE_VERSION; v++) {
    const step = PROGRESS_MIGRATIONS[v];
    if (!step) return null;
    value = step(value);
  }
  return value;
}

// ---------------------------------------------------------------- export / import

export const EXPORT_FORMAT = 'msi-actions-setup-helper/checklist-progress';
export const MAX_IMPORT_BYTES = 1_000_000;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  guideVersion: string;
  exportedAt: number;
  store: ProgressStore;
}

function scrubStore(store: ProgressStore): ProgressStore {
  const scrub = <T extends { evidence?: Evidence }>(rec: T): T =>
    rec.evidence ? { ...rec, evidence: safeEvidence(rec.evidence) } : rec;
  const instances: ProgressStore['instances'] = {};
  for (const [key, inst] of Object.entries(store.instances)) {
    const steps: ProgressStore['instances'][string]['steps'] = {};
    for (const [id, rec] of Object.entries(inst.steps) as [StepId, StepRecord][]) {
      const substeps = rec.substeps
        ? Object.fromEntries(Object.entries(rec.substeps).map(([s, r]) => [s, r && scrub(r)]))
        : undefined;
      steps[id] = { ...scrub(rec), ...(substeps ? { substeps } : {}) };
    }
    instances[key] = { ...inst, steps };
  }
  return { ...store, instances };
}

/** The progress as a JSON file (format name, version, guide version, then the store). */
export function exportProgress(store: ProgressStore, now = Date.now()): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: STORE_VERSION,
    guideVersion: GUIDE_VERSION.label,
    exportedAt: now,
    store: scrubStore(store),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export const IMPORT_ERROR_CODES = [
  'too-large',
  'bad-json',
  'forbidden-key',
  'wrong-format',
  'wrong-version',
  'invalid-fields',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportError {
  code: ImportErrorCode;
  /** Message parameters for texts.importErrors[code]. */
  params: Record<string, string | number>;
}

export type ImportResult =
  | { ok: true; store: ProgressStore; guideVersion?: string; exportedAt?: number }
  | { ok: false; error: ImportError };

const fail = (code: ImportErrorCode, params: ImportError['params'] = {}): ImportResult => ({
  ok: false,
  error: { code, params },
});

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads an export file. Never partial: a complete valid store, or an error and nothing else. */
export function importProgress(text: string): ImportResult {
  const size = new TextEncoder().encode(text).length;
  if (size > MAX_IMPORT_BYTES) {
    return fail('too-large', { size: Math.ceil(size / 1000), max: MAX_IMPORT_BYTES / 1000 });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('bad-json');
  }
  // Before anything reads the file as objects: a key named __proto__ would become a prototype (lib/own.ts).
  const forbidden = forbiddenKeyPath(json);
  if (forbidden)
    return fail('forbidden-key', {
      name: forbidden[forbidden.length - 1] as string,
      path: forbidden.join('.'),
    });
  if (!isRecord(json) || json.format !== EXPORT_FORMAT) return fail('wrong-format');
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > STORE_VERSION) {
    return fail('wrong-version', { found: String(version ?? '?'), supported: STORE_VERSION });
  }
  const migrated = migrateStore(json.store, version);
  if (migrated === null) return fail('wrong-version', { found: version, supported: STORE_VERSION });
  const parsed = progressStoreSchema.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = ['store', ...(issue?.path ?? [])].map(String).join('.');
    return fail('invalid-fields', { path, issue: issue?.message ?? 'invalid' });
  }
  const guideVersion = typeof json.guideVersion === 'string' ? json.guideVersion.slice(0, 40) : undefined;
  const exportedAt = typeof json.exportedAt === 'number' ? json.exportedAt : undefined;
  return {
    ok: true,
    store: scrubStore(parsed.data),
    ...(guideVersion ? { guideVersion } : {}),
    ...(exportedAt !== undefined ? { exportedAt } : {}),
  };
}
