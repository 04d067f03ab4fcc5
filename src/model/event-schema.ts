/**
 * Runtime validation of KoryuEvent (src/model/event.ts): gold files and any JSON read back
 * from disk or the store go through it, so a malformed record fails where it enters.
 */
import { z } from 'zod';
import {
  EVENT_KINDS,
  FORMATS,
  INSTRUMENTS,
  JP_ROLES,
  LEVELS,
  METHODS,
  MILESTONES,
  MODES,
  type KoryuEvent,
} from './event.js';
import { SOURCE_KINDS } from './atlas.js';

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' with a real month and day number. */
export const PARTIAL_DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const partialDate = z
  .string()
  .regex(PARTIAL_DATE_RE, { message: "expected a date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'" });

export const evidenceSchema = z
  .strictObject({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
    source: z.string().optional(),
  })
  .refine((e) => e.end >= e.start, { message: 'evidence end is before its start', path: ['end'] });

/** Strict: an unknown key (a typo such as 'jprole' in a gold line) is an error, not silently dropped. */
export const koryuEventSchema = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(EVENT_KINDS),
  date: partialDate,
  dateEnd: partialDate.optional(),
  partners: z.array(z.string().min(1)),
  format: z.enum(FORMATS),
  level: z.enum(LEVELS).optional(),
  jpRole: z.enum(JP_ROLES).optional(),
  mode: z.enum(MODES).optional(),
  name: z.string().optional(),
  instrument: z.enum(INSTRUMENTS).optional(),
  milestone: z.enum(MILESTONES).optional(),
  method: z.enum(METHODS).optional(),
  field: z.string().optional(),
  highLevel: z.boolean(),
  evidence: z.array(evidenceSchema),
  confidence: z.number().min(0).max(1),
  rule: z.string().optional(),
  source: z.string().optional(),
});

// Compile-time checks that the schema and the interface describe the same record: a field added
// to KoryuEvent must be added here too, or records read back would be refused.
type Parsed = z.infer<typeof koryuEventSchema>;
const _toInterface = (p: Parsed): KoryuEvent => p;
const _fromInterface = (e: KoryuEvent): Parsed => e;
const _sameKeys: [Exclude<keyof KoryuEvent, keyof Parsed>, Exclude<keyof Parsed, keyof KoryuEvent>] extends [never, never]
  ? true
  : never = true;
void _toInterface;
void _fromInterface;
void _sameKeys;

/** A stored event across sources (src/model/atlas.ts): what the store gives back, checked on the way out. */
export const atlasEventSchema = koryuEventSchema.extend({
  evidence: z.array(evidenceSchema.and(z.object({ source: z.string() }))),
  sources: z.array(
    z.strictObject({
      id: z.string(),
      path: z.string(),
      kind: z.enum(SOURCE_KINDS).optional(),
      published: partialDate.optional(),
    }),
  ),
  conflicts: z
    .array(
      z.strictObject({
        field: z.enum(['mode', 'jpRole']),
        values: z.array(z.strictObject({ value: z.string(), sources: z.array(z.string()) })),
      }),
    )
    .optional(),
  possibleDuplicates: z.array(z.string()).optional(),
});

export type EventIssue = { field: string; message: string };

/** Validate one record; on failure, the issues as field paths ('evidence.0.end') and messages. */
export function parseKoryuEvent(value: unknown): { ok: true; event: KoryuEvent } | { ok: false; issues: EventIssue[] } {
  const r = koryuEventSchema.safeParse(value);
  if (r.success) return { ok: true, event: r.data };
  return {
    ok: false,
    issues: r.error.issues.map((i) => {
      const at = i.path.map(String);
      // An unknown key is reported on the record; name the key itself, where the reader will look.
      if (i.code === 'unrecognized_keys') return { field: [...at, i.keys.join(', ')].join('.'), message: 'unknown field' };
      return { field: at.join('.') || '(record)', message: i.message };
    }),
  };
}
