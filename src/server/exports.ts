/**
 * GET /api/export.{csv,jsonl,geojson}: every event matching the filters in the formats of
 * `koryu export` (src/export), streamed a page at a time (the store's cursor), so that a large
 * export never sits whole in memory. Parquet stays with the CLI (a file, not a stream).
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import { exportEvents, toFeature } from '../export/index.js';
import type { Gazetteer } from '../gazetteer/index.js';
import { anchorOf, countryShapes } from '../reports/render/world-map.js';
import type { EventFilter } from '../store/explore.js';
import type { Store } from '../store/types.js';
import { filterQuery, problemSchema } from './schemas.js';

const PAGE = 1000;

const FORMATS = {
  csv: { type: 'text/csv; charset=utf-8', description: 'one row per event (the columns of `koryu export --format csv`)' },
  jsonl: { type: 'application/x-ndjson; charset=utf-8', description: 'one event record per line (as `koryu export --format jsonl`)' },
  geojson: { type: 'application/geo+json; charset=utf-8', description: 'a FeatureCollection: one feature per event, a point per partner (as `koryu export --format geojson`)' },
} as const;
type Format = keyof typeof FORMATS;

export interface ExportDeps {
  store: Store;
  gaz: Gazetteer;
  filterOf: (q: z.infer<typeof filterQuery>) => EventFilter;
}

export function registerExports(app: OpenAPIHono, deps: ExportDeps): void {
  const shapes = countryShapes(deps.gaz);
  const ctx = { gaz: deps.gaz, pointOf: (code: string) => anchorOf(code, shapes) };
  for (const format of Object.keys(FORMATS) as Format[]) {
    const { type, description } = FORMATS[format];
    app.openapi(
      createRoute({
        method: 'get',
        path: `/api/export.${format}`,
        summary: `Every event matching the filters as ${format.toUpperCase()}: ${description}`,
        request: { query: filterQuery },
        responses: {
          200: { description, content: { [type.split(';')[0]]: { schema: z.string() } } },
          400: { description: 'a parameter is invalid', content: { 'application/problem+json': { schema: problemSchema } } },
        },
      }),
      async (c) => {
        const filter = deps.filterOf(c.req.valid('query'));
        // The first page is read before answering: a bad filter is a problem, not a broken stream.
        let page = await deps.store.listEvents({ ...filter, limit: PAGE });
        c.header('content-type', type);
        c.header('content-disposition', `attachment; filename="koryu-events.${format}"`);
        return stream(c, async (out) => {
          let first = true;
          if (format === 'geojson') await out.write('{"type":"FeatureCollection","features":[\n');
          for (;;) {
            if (format === 'geojson') {
              for (const e of page.events) {
                await out.write((first ? '' : ',\n') + JSON.stringify(toFeature(e, ctx.gaz, ctx.pointOf)));
                first = false;
              }
            } else if (page.events.length) {
              const text = exportEvents(page.events, format, ctx) as string;
              // CSV: the header once.
              await out.write(format === 'csv' && !first ? text.slice(text.indexOf('\n') + 1) : text);
              first = false;
            }
            if (!page.nextCursor) break;
            page = await deps.store.listEvents({ ...filter, limit: PAGE, cursor: page.nextCursor });
          }
          if (format === 'geojson') await out.write('\n]}\n');
          else if (format === 'csv' && first) await out.write((exportEvents([], 'csv', ctx) as string));
        });
      },
    );
  }
}
