/**
 * The explorer's HTTP application: a read-only JSON API over the Store, its OpenAPI document,
 * and the dashboard. Built with hono (@hono/zod-openapi): each route declares its parameters
 * as zod schemas (src/server/schemas.ts), which both validate requests and generate
 * /openapi.json. Nothing here opens a port: src/server/serve.ts does, and tests call
 * `app.request()` directly.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Gazetteer } from '../gazetteer/index.js';
import { isKoryuError } from '../model/errors.js';
import { EVENT_KINDS, LEVELS, MODES } from '../model/event.js';
import type { EventFilter } from '../store/explore.js';
import type { Store } from '../store/types.js';
import type { DashboardAssets } from './assets.js';
import { registerDashboard } from './dashboard.js';
import { EventDetails } from './event-detail.js';
import { registerExports } from './exports.js';
import { mapBins, mapSvg, partnerNames } from './map.js';
import { badRequest, parameterErrors, problem, sendProblem, type ParameterError } from './problem.js';
import {
  countQuery,
  countsSchema,
  eventDetailSchema,
  eventIdParam,
  eventPageSchema,
  filterQuery,
  listQuery,
  mapQuery,
  metaSchema,
  partnerParam,
  partnerSummarySchema,
  partnersSchema,
  problemSchema,
  releaseQuery,
  releasesSchema,
  reportParam,
  reportQuery,
  sourcesSchema,
} from './schemas.js';
import { partnerName, partnerTypeOf, partnerGroup } from '../reports/gazetteer.js';
import { buildReport } from '../reports/index.js';

export interface AppOptions {
  store: Store;
  gazetteer: Gazetteer;
  /** The dashboard's built files; without them `/` explains how to build them. */
  assets?: DashboardAssets;
  /** Where unexpected errors are reported (the server's log); the client only sees a 500. */
  onError?: (error: unknown) => void;
}

const COMMA = Buffer.from(',');

/** Headers set on every answer. */
const SAFE_HEADERS: [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  [
    'Content-Security-Policy',
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  ],
];

/** Longest URL served: a longer one is refused with 414 before any parsing. */
export const MAX_URL_LENGTH = 4096;

const problemResponses = {
  400: { description: 'a parameter is invalid; `errors` names each', content: { 'application/problem+json': { schema: problemSchema } } },
  500: { description: 'the server failed (nothing more is said)', content: { 'application/problem+json': { schema: problemSchema } } },
} as const;
const notFound = { 404: { description: 'unknown', content: { 'application/problem+json': { schema: problemSchema } } } } as const;

/** Query (parsed by the schemas) → the store's filter. */
type FilterParams = {
  release?: string;
  partner?: string[];
  kind?: EventFilter['kinds'];
  from?: string;
  to?: string;
  level?: EventFilter['levels'];
  mode?: EventFilter['modes'];
  highLevel?: boolean;
  source?: string[];
  q?: string;
};

function toFilter(p: FilterParams): EventFilter {
  const f: EventFilter = {};
  if (p.release) f.release = p.release;
  if (p.partner?.length) f.partners = p.partner;
  if (p.kind?.length) f.kinds = p.kind;
  if (p.from) f.from = p.from;
  if (p.to) f.to = p.to;
  if (p.level?.length) f.levels = p.level;
  if (p.mode?.length) f.modes = p.mode;
  if (p.highLevel !== undefined) f.highLevel = p.highLevel;
  if (p.source?.length) f.sources = p.source;
  if (p.q !== undefined && p.q.trim()) f.q = p.q;
  return f;
}

/** A 400 raised from a handler (a code of the right shape that the gazetteer does not know…). */
class ParameterProblem extends Error {
  constructor(readonly errors: ParameterError[]) {
    super(errors.map((e) => `${e.parameter}: ${e.message}`).join('; '));
  }
}

export function createApp(opts: AppOptions): OpenAPIHono {
  const { store, gazetteer: gaz } = opts;
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) return sendProblem(c, badRequest(parameterErrors(result.error)));
    },
  });

  const checkPartners = (codes: readonly string[] | undefined, parameter = 'partner'): void => {
    const unknown = (codes ?? []).filter((c) => !gaz.isPartnerCode(c));
    if (unknown.length) {
      throw new ParameterProblem(
        unknown.map((c) => ({ parameter, message: `unknown partner code '${c}' (an ISO 3166-1 alpha-3 code such as AUS, or NATO, EU, ASEAN, UN)` })),
      );
    }
  };
  const filterOf = (p: FilterParams): EventFilter => {
    checkPartners(p.partner);
    return toFilter(p);
  };
  const names = (codes: Iterable<string>) => partnerNames(gaz, codes);
  const details = new EventDetails(store);

  // Refuse absurd URLs before routing; set safe headers on every answer.
  app.use('*', async (c, next) => {
    if (c.req.url.length > MAX_URL_LENGTH) return sendProblem(c, problem(414, `the URL is longer than ${MAX_URL_LENGTH} characters`));
    await next();
    // On the answer's own headers: c.header() after the handler rebuilds the response around a
    // stream of its body, which costs more than answering a list of events.
    const headers = c.res.headers;
    for (const [name, value] of SAFE_HEADERS) headers.set(name, value);
  });

  app.onError((err, c) => {
    if (err instanceof ParameterProblem) return sendProblem(c, badRequest(err.errors));
    if (isKoryuError(err) && (err.code === 'E_BAD_VALUE' || err.code === 'E_USAGE')) {
      // Library messages start with the option they are about ('--release: no release …').
      const m = /^-{0,2}([\w-]+): /.exec(err.message);
      return sendProblem(c, badRequest([{ parameter: m ? m[1] : '(query)', message: m ? err.message.slice(m[0].length) : err.message }]));
    }
    opts.onError?.(err);
    return sendProblem(c, problem(500, 'the server could not answer this request'));
  });

  // ---------------------------------------------------------------------------- events
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/events',
      summary: 'Events matching the filters, by date, a page at a time',
      request: { query: listQuery },
      responses: { 200: { description: 'a page of events', content: { 'application/json': { schema: eventPageSchema } } }, ...problemResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const query = {
        ...filterOf(q),
        limit: q.limit,
        ...(q.sort ? { sort: q.sort } : {}),
        ...(q.cursor ? { cursor: q.cursor } : {}),
      };
      if (store.listEventsJson) {
        // The records as stored (each what JSON.stringify gave): the same body as c.json of the
        // parsed page, without parsing and serializing a page of records on every request.
        const page = await store.listEventsJson(query);
        const parts: Uint8Array[] = [Buffer.from(`{"total":${page.total},"limit":${q.limit},"events":[`)];
        page.events.forEach((e, i) => (i ? parts.push(COMMA, e) : parts.push(e)));
        parts.push(Buffer.from(page.nextCursor ? `],"nextCursor":${JSON.stringify(page.nextCursor)}}` : ']}'));
        return c.body(Buffer.concat(parts), 200, { 'content-type': 'application/json' }) as never;
      }
      const page = await store.listEvents(query);
      return c.json({ total: page.total, limit: q.limit, events: page.events, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/events/{id}',
      summary: 'One event (by its id, an older id, or a source record\'s id): every field, its rule and confidence, its sources, each evidence in its paragraph',
      request: { params: eventIdParam, query: releaseQuery },
      responses: {
        200: { description: 'the event', content: { 'application/json': { schema: eventDetailSchema } } },
        ...notFound,
        ...problemResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { release } = c.req.valid('query');
      const detail = await details.get(id, release);
      if (!detail) return sendProblem(c, problem(404, 'no event with this id')) as never;
      return c.json({ ...detail, names: names(detail.event.partners) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/counts',
      summary: 'Numbers of events matching the filters, along some dimensions (the timeline: by=month&by=kind)',
      request: { query: countQuery },
      responses: { 200: { description: 'counts', content: { 'application/json': { schema: countsSchema } } }, ...problemResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const by = q.by?.length ? [...new Set(q.by)] : (['kind'] as const);
      const { by: _by, ...filters } = q;
      void _by;
      return c.json({ by: [...by], rows: await store.countEvents(filterOf(filters), by) }, 200);
    },
  );

  // -------------------------------------------------------------------------- partners
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/partners',
      summary: 'Every partner with its number of events under the filters (the map), and the colour bins',
      request: { query: filterQuery },
      responses: { 200: { description: 'partners by count', content: { 'application/json': { schema: partnersSchema } } }, ...problemResponses },
    }),
    async (c) => {
      const f = filterOf(c.req.valid('query'));
      const rows = (await store.countEvents(f, ['partner'])).filter((r) => r.key.partner && r.key.partner !== 'JPN');
      const bins = mapBins(
        rows.reduce((m, r) => Math.max(m, r.n), 0),
        f.highLevel === true,
      );
      const n = names(rows.map((r) => r.key.partner!));
      return c.json(
        {
          rows: rows
            .map((r) => {
              const code = r.key.partner!;
              return { partner: code, type: partnerTypeOf(code), ...n[code], n: r.n, bin: bins.binOf(r.n) };
            })
            .sort((a, b) => b.n - a.n || (a.partner < b.partner ? -1 : 1)),
          bins: bins.list,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/partners/{code}',
      summary: "A partner's summary: counts by kind and year, talks by quarter and mode, agreements, exercise partners",
      request: { params: partnerParam, query: filterQuery },
      responses: {
        200: { description: 'the summary', content: { 'application/json': { schema: partnerSummarySchema } } },
        ...problemResponses,
      },
    }),
    async (c) => {
      const { code } = c.req.valid('param');
      checkPartners([code], 'code');
      const s = await store.partnerSummary(code, filterOf(c.req.valid('query')));
      const g = partnerGroup(gaz, code, 'ja');
      const gEn = partnerGroup(gaz, code, 'en');
      return c.json(
        {
          ...s,
          type: partnerTypeOf(code),
          ...names([code])[code],
          group: g ? { id: g.id, ...(g.label ? { ja: g.label } : {}), ...(gEn?.label ? { en: gEn.label } : {}) } : null,
          names: names([code, ...s.exercisePartners.map((p) => p.partner), ...s.agreements.flatMap((a) => a.partners)]),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/map.svg',
      summary: 'The world map coloured by the number of events under the filters (the report renderer, as SVG)',
      request: { query: mapQuery },
      responses: { 200: { description: 'SVG', content: { 'image/svg+xml': { schema: z.string() } } }, ...problemResponses },
    }),
    async (c) => {
      const { lang, ...q } = c.req.valid('query');
      const f = filterOf(q);
      const rows = await store.countEvents(f, ['partner']);
      const svg = mapSvg(gaz, rows, { lang: lang ?? 'ja', highLevel: f.highLevel === true });
      return c.body(svg, 200, { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'no-cache' });
    },
  );

  // ----------------------------------------------------------------- sources, reports, meta
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/sources',
      summary: 'Every ingested source (or those of a release)',
      request: { query: releaseQuery },
      responses: { 200: { description: 'sources', content: { 'application/json': { schema: sourcesSchema } } }, ...problemResponses },
    }),
    async (c) => {
      const { release } = c.req.valid('query');
      return c.json(await store.listSources(release ? { release } : {}), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/releases',
      summary: 'Releases: named, frozen versions of the data (`koryu release create NAME`), oldest first',
      responses: { 200: { description: 'releases', content: { 'application/json': { schema: releasesSchema } } }, ...problemResponses },
    }),
    async (c) => c.json(await store.listReleases(), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/reports/{name}',
      summary: 'A report model as JSON (what `koryu report NAME --format json` prints), with the same options',
      request: { params: reportParam, query: reportQuery },
      responses: {
        200: { description: 'the report model', content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } } },
        ...notFound,
        ...problemResponses,
      },
    }),
    async (c) => {
      const { name } = c.req.valid('param');
      const q = c.req.valid('query');
      if (!/^(high-level|capacity-building|agreements|mode-shift|exercise-network|partners|country-[A-Za-z]{3})$/.test(name)) {
        return sendProblem(c, problem(404, 'no such report (high-level, capacity-building, agreements, mode-shift, exercise-network, partners, country-ISO3)')) as never;
      }
      if (name.startsWith('country-')) checkPartners([name.slice(8).toUpperCase()], 'name');
      const events = await store.queryEvents(q.release ? { release: q.release } : {});
      const model = buildReport(name, events, gaz, {
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { to: q.to } : {}),
        ...(q.years ? { years: q.years } : {}),
      }) as Record<string, unknown>;
      return c.json(model, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/meta',
      summary: 'What the store holds: event count, first and last dates, partners with events, vocabularies',
      responses: { 200: { description: 'meta', content: { 'application/json': { schema: metaSchema } } }, ...problemResponses },
    }),
    async (c) => {
      const [rows, sources, releases, oldest, newest] = await Promise.all([
        store.countEvents({}, ['partner']),
        store.listSources(),
        store.listReleases(),
        store.listEvents({ limit: 1 }),
        store.listEvents({ limit: 1, sort: '-date' }),
      ]);
      const total = oldest.total;
      const first = oldest.events[0]?.date ?? null;
      const last = newest.events[0]?.date ?? null;
      const n = names(rows.map((r) => r.key.partner!).filter(Boolean));
      return c.json(
        {
          releases: releases.map((r) => r.name),
          events: total,
          first,
          last,
          kinds: [...EVENT_KINDS],
          levels: [...LEVELS],
          modes: [...MODES],
          partners: rows
            .filter((r) => r.key.partner && r.key.partner !== 'JPN')
            .map((r) => ({ partner: r.key.partner!, type: partnerTypeOf(r.key.partner!), ...n[r.key.partner!], n: r.n })),
          sources: sources.length,
        },
        200,
      );
    },
  );

  registerExports(app, { store, gaz, filterOf });

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Koryu explorer API',
      version: '0.1.0',
      description:
        "Read-only access to Koryu's events of Japan's defense cooperation and exchanges, each traceable to the sentence it came from. " +
        'Errors are RFC 9457 problem details (application/problem+json).',
    },
  });

  registerDashboard(app, opts.assets);

  app.notFound((c) => sendProblem(c, problem(404, 'nothing here: see /openapi.json for the API')));
  return app;
}

export type { Context };
export { partnerName };
