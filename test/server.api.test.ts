/**
 * The HTTP API through hono's `app.request()`: no port is opened. Answers, filters, paging,
 * the OpenAPI document, and hostile input (which must give a 4xx problem or escaped output,
 * never a 500 or a leak).
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../src/gazetteer/index.js';
import { buildReport } from '../src/reports/index.js';
import { createApp } from '../src/server/app.js';
import type { Store } from '../src/store/types.js';
import { AUS_SENTENCE, FIXTURE_IDS, SCRIPT_SENTENCE, fixtureStore } from './server.fixture.js';

let store: Store;
let app: ReturnType<typeof createApp>;
const errors: unknown[] = [];

beforeAll(async () => {
  store = await fixtureStore();
  app = createApp({ store, gazetteer: loadGazetteer(), onError: (e) => errors.push(e) });
});
afterAll(async () => {
  await store.close();
});

const get = (url: string) => app.request(url);
async function json<T = any>(url: string, status = 200): Promise<T> {
  const r = await get(url);
  const body = await r.text();
  expect(r.status, `${url}: ${body.slice(0, 300)}`).toBe(status);
  return JSON.parse(body) as T;
}
const ids = (page: { events: { id: string }[] }) => page.events.map((e) => e.id);

/** A 400 problem naming `parameter`. */
async function bad(url: string, parameter: string): Promise<void> {
  const r = await get(url);
  expect(r.status, url).toBe(400);
  expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const p = await r.json();
  expect(p).toMatchObject({ type: '/problems/bad-request', title: 'Bad request', status: 400 });
  expect(p.errors.map((e: { parameter: string }) => e.parameter)).toContain(parameter);
}

describe('GET /api/events', () => {
  it('lists every event by date with the total', async () => {
    const page = await json('/api/events');
    expect(page.total).toBe(FIXTURE_IDS.length);
    expect(page.limit).toBe(50);
    const dates = page.events.map((e: { date: string }) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(page.nextCursor).toBeUndefined();
  });

  it('sends the stored records as they are: the same bytes as the parsed page serialized', async () => {
    for (const url of ['/api/events?limit=3', '/api/events?partner=AUS&sort=-date', '/api/events?limit=1']) {
      const r = await get(url);
      expect(r.headers.get('content-type')).toBe('application/json');
      const body = await r.text();
      const page = await store.listEvents({ limit: Number(/limit=(\d+)/.exec(url)?.[1] ?? 50), ...(url.includes('AUS') ? { partners: ['AUS'], sort: '-date' as const } : {}) });
      const limit = Number(/limit=(\d+)/.exec(url)?.[1] ?? 50);
      expect(body).toBe(JSON.stringify({ total: page.total, limit, events: page.events, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) }));
    }
  });

  it('filters: partner (repeatable, any case), kind, period, level, mode, highLevel, source, q', async () => {
    expect(ids(await json('/api/events?partner=aus'))).toEqual(['ev-aus-usa-ex', 'ev-aus-talks', 'ev-malabar']);
    expect(ids(await json('/api/events?partner=SGP&partner=NATO'))).toEqual(['ev-sgp-cb', 'ev-nato-vtc']);
    expect(ids(await json('/api/events?kind=talks&kind=agreement&from=2020-10&to=2020-12'))).toEqual(['ev-aus-talks', 'ev-ind-phone']);
    // The chief of staff's talks are high-level too (the codebook's definition, applied by the store).
    expect(ids(await json('/api/events?highLevel=true'))).toEqual(['ev-aus-talks', 'ev-ind-phone', 'ev-nato-vtc']);
    expect(ids(await json('/api/events?highLevel=false&partner=AUS'))).toEqual(['ev-aus-usa-ex', 'ev-malabar']);
    expect(ids(await json('/api/events?level=chiefs'))).toEqual(['ev-nato-vtc']);
    expect(ids(await json('/api/events?mode=phone&mode=video'))).toEqual(['ev-ind-phone', 'ev-nato-vtc']);
    expect(ids(await json('/api/events?source=/corpus/press-2021.html'))).toEqual(['ev-sgp-cb', 'ev-nato-vtc']);
    expect(ids(await json(`/api/events?q=${encodeURIComponent('円滑化協定')}`))).toEqual(['ev-aus-talks']);
    expect(ids(await json(`/api/events?q=${encodeURIComponent('マラバール')}`))).toEqual(['ev-malabar']);
    expect(ids(await json(`/api/events?q=${encodeURIComponent('オンライン 講義')}`))).toEqual(['ev-sgp-cb']);
  });

  it('sorts newest first and pages with cursors until every event is seen once', async () => {
    const seen: string[] = [];
    let url = '/api/events?limit=2&sort=-date';
    for (let i = 0; i < 10; i++) {
      const page = await json(url);
      expect(page.events.length).toBeLessThanOrEqual(2);
      seen.push(...ids(page));
      if (!page.nextCursor) break;
      url = `/api/events?limit=2&sort=-date&cursor=${page.nextCursor}`;
    }
    expect(seen).toEqual(ids(await json('/api/events?sort=-date')));
    expect(new Set(seen).size).toBe(FIXTURE_IDS.length);
  });
});

describe('GET /api/events/{id}', () => {
  it('gives every field, the rule, the confidence, and each evidence in its paragraph with its source', async () => {
    const d = await json('/api/events/ev-aus-talks');
    expect(d.event).toMatchObject({ id: 'ev-aus-talks', kind: 'talks', rule: 'talks.fixture@1', confidence: 0.9, highLevel: true });
    expect(d.event.sources).toEqual([{ id: expect.any(String), path: '/corpus/paper-2021.txt' }]);
    const ev = d.evidence[0];
    expect(ev.text).toBe(AUS_SENTENCE);
    expect(ev.source).toBe(d.event.sources[0].id);
    expect(ev.section).toEqual(['オーストラリア']);
    expect(ev.context.text).toContain('両国の防衛協力は近年大きく進展している。');
    expect(ev.context.text.slice(ev.start - ev.context.start, ev.end - ev.context.start)).toBe(AUS_SENTENCE);
    expect(d.names.AUS).toEqual({ ja: 'オーストラリア', en: 'Australia' });
  });

  it('answers 404 as a problem for an unknown id', async () => {
    const r = await get('/api/events/no-such-event');
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await r.json()).toMatchObject({ status: 404, title: 'Not found', instance: '/api/events/no-such-event' });
  });
});

describe('partners, counts, map, sources, reports, meta', () => {
  it('counts events per partner with colour bins (the map), high-level in the white paper bins', async () => {
    const all = await json('/api/partners');
    expect(all.rows.find((r: { partner: string }) => r.partner === 'AUS')).toMatchObject({ ja: 'オーストラリア', en: 'Australia', n: 3, type: 'country' });
    expect(all.rows.find((r: { partner: string }) => r.partner === 'NATO')).toMatchObject({ n: 1, type: 'organization' });
    const hl = await json('/api/partners?highLevel=true&from=2020-04&to=2021-03');
    expect(hl.rows.map((r: { partner: string; n: number }) => [r.partner, r.n])).toEqual([
      ['AUS', 1],
      ['IND', 1],
      ['NATO', 1],
    ]);
    expect(hl.bins.map((b: { min: number }) => b.min)).toEqual([1, 2, 3, 5]);
  });

  it('matches the high-level report for the same period', async () => {
    const report = buildReport('high-level', await store.queryEvents(), loadGazetteer(), { from: '2020-04', to: '2021-03' }) as {
      rows: { partner: string; count: number }[];
    };
    const api = await json('/api/partners?highLevel=true&from=2020-04&to=2021-03');
    expect(Object.fromEntries(api.rows.map((r: { partner: string; n: number }) => [r.partner, r.n]))).toEqual(
      Object.fromEntries(report.rows.map((r) => [r.partner, r.count])),
    );
    expect(await json('/api/reports/high-level?from=2020-04&to=2021-03')).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it("summarizes a partner: kinds by year, agreements, exercise partners", async () => {
    const s = await json('/api/partners/IND');
    expect(s).toMatchObject({ partner: 'IND', ja: 'インド', en: 'India', total: 3, first: '2020-09', last: '2020-12' });
    expect(s.agreements).toEqual([{ eventId: 'ev-ind-acsa', date: '2020-09', instrument: 'ACSA', milestone: 'signed', name: '日印ACSA', partners: ['IND'] }]);
    expect(s.exercisePartners).toEqual([
      { partner: 'AUS', n: 1 },
      { partner: 'USA', n: 1 },
    ]);
    expect(s.group?.id).toBe('collaborate');
    await bad('/api/partners/XYZ', 'code');
  });

  it('counts per month and kind (the timeline)', async () => {
    const c = await json('/api/counts?by=month&by=kind&partner=AUS');
    expect(c.rows).toEqual([
      { key: { month: '2020-09', kind: 'exercise' }, n: 1 },
      { key: { month: '2020-10', kind: 'talks' }, n: 1 },
      { key: { month: '2020-11', kind: 'exercise' }, n: 1 },
    ]);
    await bad('/api/counts?by=colour', 'by');
  });

  it('draws the map with the report renderer: partners coloured, Japan marked, small states as circles', async () => {
    const r = await get('/api/map.svg?lang=en');
    expect(r.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const svg = await r.text();
    expect(svg).toMatch(/<path class="country partner hit" data-iso3="AUS"[^>]* fill="#/);
    expect(svg).toMatch(/class="partner-dot hit" data-iso3="SGP"/);
    expect(svg).toContain('data-iso3="JPN"');
    expect(svg).toContain('>Japan</text>');
  });

  it('lists sources and describes the store', async () => {
    const sources = await json('/api/sources');
    expect(sources.map((s: { path: string; eventCount: number }) => [s.path, s.eventCount])).toEqual([
      ['/corpus/paper-2021.txt', 5],
      ['/corpus/press-2021.html', 2],
    ]);
    const meta = await json('/api/meta');
    expect(meta).toMatchObject({ events: 7, first: '2020-09', last: '2021-03', sources: 2 });
    expect(meta.partners.map((p: { partner: string }) => p.partner).sort()).toEqual(['AUS', 'IND', 'NATO', 'SGP', 'USA']);
  });
});

describe('releases', () => {
  it('answers lists, counts, events and sources from a release; an unknown one is a 400 naming release', async () => {
    const own = await fixtureStore();
    const a = createApp({ store: own, gazetteer: loadGazetteer(), onError: (e) => errors.push(e) });
    try {
      await own.createRelease('v1');
      await own.ingest({ path: '/corpus/later.txt', contentHash: 'later', encoding: 'utf-8', format: 'text' }, [
        { id: 'ev-later', kind: 'talks', date: '2021-06', partners: ['FRA'], format: 'bilateral', highLevel: false, evidence: [{ start: 0, end: 4, text: '仏と会談した。' }], confidence: 0.9 },
      ]);
      const body = async (url: string) => {
        const r = await a.request(url);
        expect(r.status, url).toBe(200);
        return r.json();
      };
      expect((await body('/api/releases')).map((r: { name: string }) => r.name)).toEqual(['v1']);
      expect((await body('/api/events')).total).toBe(FIXTURE_IDS.length + 1);
      expect((await body('/api/events?release=v1')).total).toBe(FIXTURE_IDS.length);
      expect((await body('/api/partners?release=v1')).rows.map((r: { partner: string }) => r.partner)).not.toContain('FRA');
      expect((await body('/api/sources?release=v1')).map((s: { path: string }) => s.path)).toEqual(['/corpus/paper-2021.txt', '/corpus/press-2021.html']);
      const d = await body('/api/events/ev-aus-talks?release=v1');
      expect(d.evidence[0].context.text).toContain(AUS_SENTENCE);
      expect((await a.request('/api/events/ev-later?release=v1')).status).toBe(404);
      expect((await body('/api/meta')).releases).toEqual(['v1']);
      const r = await a.request('/api/events?release=v2');
      expect(r.status).toBe(400);
      expect((await r.json()).errors[0]).toMatchObject({ parameter: 'release' });
      await bad('/api/events?release=../x', 'release');
    } finally {
      await own.close();
    }
  });
});

describe('exports', () => {
  it('CSV: a header and one row per event, filters applied', async () => {
    const r = await get('/api/export.csv?partner=IND');
    expect(r.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await r.text()).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id,kind,date,/);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['ev-ind-acsa', 'ev-malabar', 'ev-ind-phone']);
  });

  it('JSON lines: one record per line', async () => {
    const lines = (await (await get('/api/export.jsonl')).text()).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).id).sort()).toEqual([...FIXTURE_IDS].sort());
  });

  it('GeoJSON: a FeatureCollection with a point per partner (an organization at its seat)', async () => {
    const fc = JSON.parse(await (await get('/api/export.geojson?kind=exercise')).text());
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f: { id: string }) => f.id)).toEqual(['ev-aus-usa-ex', 'ev-malabar']);
    expect(fc.features[1].geometry.type).toBe('MultiPoint');
    expect(fc.features[1].geometry.coordinates).toHaveLength(3);
    const nato = JSON.parse(await (await get('/api/export.geojson?partner=NATO')).text());
    expect(nato.features[0].geometry.type).toBe('Point');
    const none = JSON.parse(await (await get('/api/export.geojson?partner=CHN')).text());
    expect(none).toEqual({ type: 'FeatureCollection', features: [] });
  });
});

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3 and describes every endpoint and its parameters', async () => {
    const doc = await json('/openapi.json');
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toMatch(/^3\./);
    for (const p of ['/api/events', '/api/events/{id}', '/api/partners', '/api/partners/{code}', '/api/counts', '/api/sources', '/api/reports/{name}', '/api/export.csv', '/api/export.jsonl', '/api/export.geojson', '/api/map.svg']) {
      expect(doc.paths[p], p).toBeDefined();
    }
    const params = doc.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(['partner', 'kind', 'from', 'to', 'level', 'mode', 'highLevel', 'source', 'q', 'sort', 'cursor', 'limit']));
    const kind = doc.paths['/api/events'].get.parameters.find((p: { name: string }) => p.name === 'kind');
    expect(kind.schema.items.enum).toContain('port-call');
  });
});

describe('hostile input', () => {
  it('quotes, SQL and FTS syntax in q are text: an answer, never an error', async () => {
    // A quote is searched as a character: the one sentence holding one is found.
    expect(ids(await json(`/api/events?q=${encodeURIComponent('"')}`))).toEqual(['ev-ind-phone']);
    for (const q of ["'", "' OR 1=1 --", '"); DROP TABLE events; --', 'NEAR(a b)', 'a* OR b', '%', '_', '\\', '円滑化協定"']) {
      const page = await json(`/api/events?q=${encodeURIComponent(q)}`);
      expect(page.total, q).toBe(0);
    }
    expect((await json('/api/events')).total).toBe(FIXTURE_IDS.length);
  });

  it('absurd limits, bad dates, unknown kinds, unknown parameters: a 400 naming the parameter', async () => {
    await bad('/api/events?limit=1000000000', 'limit');
    await bad('/api/events?limit=0', 'limit');
    await bad('/api/events?limit=ten', 'limit');
    await bad('/api/events?from=2020-13', 'from');
    await bad('/api/events?to=20201', 'to');
    await bad('/api/events?from=2021-01&to=2020-01', 'to');
    await bad('/api/events?kind=parade', 'kind');
    await bad('/api/events?mode=telepathy', 'mode');
    await bad('/api/events?highLevel=maybe', 'highLevel');
    await bad('/api/events?partner=XX', 'partner');
    await bad('/api/events?partner=ZZZ', 'partner');
    await bad('/api/events?sort=name', 'sort');
    await bad('/api/events?cursor=not-a-cursor', 'cursor');
    await bad('/api/events?cursor=%22%3E%3Cscript%3E', 'cursor');
    await bad('/api/events?partnr=AUS', 'partnr');
    await bad(`/api/events?q=${'あ'.repeat(201)}`, 'q');
    await bad(`/api/events?${Array.from({ length: 60 }, () => 'kind=talks').join('&')}`, 'kind');
    await bad('/api/reports/high-level?from=2020-4', 'from');
    await bad('/api/map.svg?lang=fr', 'lang');
  });

  it('a very long query string is refused with 414', async () => {
    const r = await get(`/api/events?q=${'a'.repeat(10_000)}`);
    expect(r.status).toBe(414);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('a <script> in a source travels as JSON text and never as markup in the map', async () => {
    const d = await json('/api/events/ev-ind-phone');
    expect(d.evidence[0].text).toBe(SCRIPT_SENTENCE);
    const r = await get('/api/events/ev-ind-phone');
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('content-security-policy')).toContain("script-src 'self'");
    // Every kind of answer carries the safe headers: a list, a problem, an SVG, the OpenAPI document.
    for (const url of ['/api/events?limit=2', '/api/events?limit=x', '/api/map.svg', '/openapi.json', '/nowhere']) {
      const h = (await get(url)).headers;
      expect(h.get('x-content-type-options'), url).toBe('nosniff');
      expect(h.get('referrer-policy'), url).toBe('no-referrer');
      expect(h.get('content-security-policy'), url).toContain("frame-ancestors 'none'");
    }
  });

  it('unknown paths and ids are 404 problems; ids with odd characters are just unknown', async () => {
    for (const url of ['/api/nothing', '/api/events/%3Cscript%3E', "/api/events/'%20OR%201=1", '/assets/..%2F..%2Fpackage.json', '/assets/app.js']) {
      const r = await get(url);
      expect(r.status, url).toBe(404);
      expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  });

  it('a failing store gives a bare 500: no database message, no stack', async () => {
    const broken = createApp({
      store: new Proxy(store, {
        get: (t, k) =>
          k === 'listEvents' || k === 'listEventsJson'
            ? async () => {
                throw Object.assign(new Error('SQLITE_CORRUPT: database disk image is malformed at /secret/path.db'), { code: 'SQLITE_CORRUPT' });
              }
            : Reflect.get(t, k),
      }),
      gazetteer: loadGazetteer(),
      onError: (e) => errors.push(e),
    });
    const r = await broken.request('/api/events');
    expect(r.status).toBe(500);
    const text = await r.text();
    expect(text).not.toMatch(/SQLITE|secret|malformed|at /);
    expect(JSON.parse(text)).toMatchObject({ status: 500, title: 'Internal server error' });
    expect(errors.length).toBeGreaterThan(0);
  });
});
