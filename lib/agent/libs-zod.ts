/**
 * The zod/mini functions our code calls, as the one object agent-libs.js shares
 * with the agents for `z` (lib/agent/libs.ts). Listed member by member: the
 * bundler then keeps only these; sharing the whole namespace kept all of zod
 * (agent-libs.js was 380 kB). test/unit/agent/libs.test.ts fails when code
 * calls a `z.` function missing here.
 */
import { z } from '../zod-mini';

export const zodForAgents = {
  boolean: z.boolean,
  custom: z.custom,
  enum: z.enum,
  extend: z.extend,
  gte: z.gte,
  int: z.int,
  literal: z.literal,
  looseObject: z.looseObject,
  lte: z.lte,
  maxLength: z.maxLength,
  minLength: z.minLength,
  nullable: z.nullable,
  number: z.number,
  object: z.object,
  optional: z.optional,
  partialRecord: z.partialRecord,
  pipe: z.pipe,
  record: z.record,
  regex: z.regex,
  string: z.string,
  superRefine: z.superRefine,
} as const;
