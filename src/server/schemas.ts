/**
 * The API's parameters and responses as zod schemas: the server validates requests with them
 * and /openapi.json is generated from them (@hono/zod-openapi). The event record itself is the
 * project's schema (src/model/event-schema.ts); enums come from the codebook's lists.
 */
import { z } from '@hono/zod-openapi';
import { EVENT_KINDS, INSTRUMENTS, LEVELS, MILESTONES, MODES } from '../model/event.js';
import { SOURCE_KINDS } from '../model/atlas.js';
import { RELEASE_NAME_RE } from '../release/index.js';
import { atlasEventSchema } from '../model/event-schema.js';
import { COUNT_DIMENSIONS, EVENT_SORTS } from '../store/explore.js';

export const MAX_LIMIT = 1000;
/** Values of a repeatable parameter. */
const MAX_REPEAT = 50;

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A parameter that may be repeated (?kind=a&kind=b) or given once: always an array inside. */
function repeatable<T extends z.ZodType>(item: T, description: string) {
  return z
    .preprocess((v) => (v === undefined || Array.isArray(v) ? v : [v]), z.array(item).max(MAX_REPEAT))
    .optional()
    .openapi({ description });
}

const month = (what: string) =>
  z
    .string()
    .regex(MONTH_RE, { message: `expected a month YYYY-MM, e.g. 2020-04` })
    .optional()
    .openapi({ description: `${what} month of the period, inclusive (YYYY-MM)`, example: '2020-04' });

export const PARTNER_RE = /^([A-Z]{3}|NATO|EU|ASEAN|UN)$/;
const partnerCode = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(PARTNER_RE, { message: 'expected an ISO 3166-1 alpha-3 code (AUS) or NATO, EU, ASEAN, UN' }));

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();

/** A release name (`koryu release create NAME`): answer from that frozen version of the data. */
export const releaseParam = z
  .string()
  .regex(RELEASE_NAME_RE, { message: 'expected a release name (letters, digits, . _ -)' })
  .optional()
  .openapi({ description: 'answer from this release (`koryu release create NAME`) instead of the current data', example: 'v1' });

/** The filters shared by the list, the counts, the map and the exports. */
export const filterShape = {
  release: releaseParam,
  partner: repeatable(partnerCode, 'partner code(s): ISO 3166-1 alpha-3 or NATO, EU, ASEAN, UN; repeat for any of several'),
  kind: repeatable(z.enum(EVENT_KINDS), `event kind(s): ${EVENT_KINDS.join(', ')}`),
  from: month('first'),
  to: month('last'),
  level: repeatable(z.enum(LEVELS), `level(s) of the Japanese principal: ${LEVELS.join(', ')}`),
  mode: repeatable(z.enum(MODES), `mode(s) of talks: ${MODES.join(', ')}`),
  highLevel: bool.openapi({ description: 'only high-level exchanges (true) or only the others (false)' }),
  source: repeatable(z.string().min(1).max(1000), "source(s): a source's path or id"),
  q: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'full text over evidence sentences, names and fields: every space-separated term must occur', example: '電話会談' }),
};

/** A period with `from` after `to` names `to`. */
function periodInOrder(v: { from?: string; to?: string }, ctx: z.RefinementCtx): void {
  if (v.from && v.to && v.from > v.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: `the period ends (${v.to}) before it starts (${v.from})` });
  }
}

export const filterQuery = z.strictObject(filterShape).superRefine(periodInOrder).openapi('EventFilter');

export const listQuery = z
  .strictObject({
    ...filterShape,
    sort: z.enum(EVENT_SORTS).optional().openapi({ description: "'date' (oldest first) or '-date' (newest first)" }),
    cursor: z
      .string()
      .max(200)
      .regex(/^[A-Za-z0-9_-]+$/, { message: 'not a cursor this server gave out' })
      .optional()
      .openapi({ description: 'nextCursor of the previous page' }),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_LIMIT, { message: `at most ${MAX_LIMIT} events per page` })
      .default(50)
      .openapi({ description: `events per page, 1–${MAX_LIMIT}`, example: 50 }),
  })
  .superRefine(periodInOrder);

export const countQuery = z
  .strictObject({
    ...filterShape,
    by: repeatable(z.enum(COUNT_DIMENSIONS), `dimension(s) to count along: ${COUNT_DIMENSIONS.join(', ')}`),
  })
  .superRefine(periodInOrder);

export const langQuery = z.enum(['ja', 'en']).optional().openapi({ description: 'label language (default ja)' });

export const mapQuery = z.strictObject({ ...filterShape, lang: langQuery }).superRefine(periodInOrder);

export const releaseQuery = z.strictObject({ release: releaseParam });

export const reportQuery = z
  .strictObject({
    release: releaseParam,
    from: month('first'),
    to: month('last'),
    lang: langQuery,
    years: z.coerce.number().int().min(1).max(100).optional().openapi({ description: 'for country-ISO3: years back from the latest event' }),
  })
  .superRefine(periodInOrder);

export const eventIdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(300)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'talks-2020-12-22-IND-minister' }),
});

export const partnerParam = z.object({
  code: partnerCode.openapi({ param: { name: 'code', in: 'path' }, example: 'AUS' }),
});

export const reportParam = z.object({
  name: z
    .string()
    .max(40)
    .openapi({ param: { name: 'name', in: 'path' }, example: 'high-level', description: 'high-level, capacity-building, agreements, mode-shift, exercise-network, partners, or country-ISO3' }),
});

// ------------------------------------------------------------------------------ responses

/**
 * Name a schema made elsewhere for the OpenAPI document. `.openapi` is installed on zod's
 * prototype when @hono/zod-openapi loads; schemas built before that (the project's event schema,
 * loaded by the store first) lack the method on the instance, so it is called from the prototype.
 */
function named<T extends z.ZodType>(schema: T, refId: string): T {
  const openapi = (z.ZodType.prototype as unknown as { openapi: (this: T, id: string) => T }).openapi;
  return openapi.call(schema, refId);
}

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ parameter: z.string(), message: z.string() }))
      .optional()
      .openapi({ description: 'for a 400: each bad parameter and what is wrong with it' }),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details' });

export const eventSchema = named(atlasEventSchema, 'Event');

export const eventPageSchema = z
  .object({
    total: z.number().int(),
    limit: z.number().int(),
    events: z.array(eventSchema),
    nextCursor: z.string().optional(),
  })
  .openapi('EventPage');

export const eventDetailSchema = z
  .object({
    event: eventSchema,
    evidence: z.array(
      z.object({
        start: z.number().int(),
        end: z.number().int(),
        text: z.string(),
        source: z.string().openapi({ description: 'the id of the source (see event.sources)' }),
        context: z
          .object({ start: z.number().int(), end: z.number().int(), text: z.string() })
          .optional()
          .openapi({ description: "the paragraph holding the evidence: original offsets and text of the source's stored text" }),
        section: z.array(z.string()).optional().openapi({ description: 'section titles from the top' }),
      }),
    ),
    names: z.record(z.string(), z.object({ ja: z.string(), en: z.string() })).openapi({ description: 'partner names by code' }),
  })
  .openapi('EventDetail');

export const countRowSchema = z
  .object({ key: z.record(z.string(), z.string().nullable()), n: z.number().int() })
  .openapi('CountRow');

export const countsSchema = z.object({ by: z.array(z.string()), rows: z.array(countRowSchema) }).openapi('Counts');

export const partnerRowSchema = z
  .object({
    partner: z.string(),
    type: z.enum(['country', 'organization']),
    ja: z.string(),
    en: z.string(),
    n: z.number().int(),
    bin: z.number().int(),
  })
  .openapi('PartnerCount');

export const partnersSchema = z
  .object({
    rows: z.array(partnerRowSchema),
    bins: z.array(z.object({ bin: z.number().int(), min: z.number().int(), max: z.number().int().nullable(), fill: z.string() })),
  })
  .openapi('PartnerCounts');

export const partnerSummarySchema = z
  .object({
    partner: z.string(),
    type: z.enum(['country', 'organization']),
    ja: z.string(),
    en: z.string(),
    group: z.object({ id: z.string(), ja: z.string().optional(), en: z.string().optional() }).nullable(),
    total: z.number().int(),
    first: z.string().optional(),
    last: z.string().optional(),
    byKindYear: z.array(countRowSchema),
    talksByQuarterMode: z.array(countRowSchema),
    agreements: z.array(
      z.object({
        eventId: z.string(),
        date: z.string(),
        instrument: z.enum(INSTRUMENTS).optional(),
        milestone: z.enum(MILESTONES).optional(),
        name: z.string().optional(),
        partners: z.array(z.string()),
      }),
    ),
    exercisePartners: z.array(z.object({ partner: z.string(), n: z.number().int() })),
    names: z.record(z.string(), z.object({ ja: z.string(), en: z.string() })),
  })
  .openapi('PartnerSummary');

export const sourcesSchema = z
  .array(
    z.object({
      id: z.string(),
      path: z.string(),
      title: z.string().optional(),
      contentHash: z.string(),
      encoding: z.string(),
      format: z.string(),
      kind: z.enum(SOURCE_KINDS).optional(),
      kindFoundBy: z.string().optional(),
      published: z.string().optional(),
      publishedFoundBy: z.string().optional(),
      coverage: z.object({ partners: z.array(z.string()), from: z.string().optional(), to: z.string().optional() }).optional(),
      ingestedAt: z.string(),
      eventCount: z.number().int(),
    }),
  )
  .openapi('Sources');

export const releasesSchema = z
  .array(z.object({ name: z.string(), hash: z.string(), createdAt: z.string(), eventCount: z.number().int(), sourceCount: z.number().int() }))
  .openapi('Releases');

export const metaSchema = z
  .object({
    releases: z.array(z.string()),
    events: z.number().int(),
    first: z.string().nullable(),
    last: z.string().nullable(),
    kinds: z.array(z.string()),
    levels: z.array(z.string()),
    modes: z.array(z.string()),
    partners: z.array(z.object({ partner: z.string(), type: z.enum(['country', 'organization']), ja: z.string(), en: z.string(), n: z.number().int() })),
    sources: z.number().int(),
  })
  .openapi('Meta');
