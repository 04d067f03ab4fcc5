import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { check as checkGeoJson } from '@placemarkio/check-geojson';
import { tableFromIPC } from 'apache-arrow';
import { readParquet } from 'parquet-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerExport } from '../src/cli/commands/export.js';
import { exportEvents } from '../src/export/index.js';
import { loadGazetteer } from '../src/gazetteer/index.js';
import type { AtlasEvent } from '../src/model/atlas.js';
import { makeEvent, makeSource } from '../src/store/contract.js';
import { openStore } from '../src/store/index.js';
import { runCli } from './cli-harness.js';

const gaz = loadGazetteer();
const POINTS: Record<string, [number, number]> = { AUS: [133.4, -25.7], USA: [-98.6, 39.8], ASEAN: [106.8, -6.24] };
const ctx = { gaz, pointOf: (c: string) => POINTS[c] };

const atlas = (over: Parameters<typeof makeEvent>[0], paths = ['/c/paper.txt']): AtlasEvent => {
  const e = makeEvent(over);
  return { ...e, sources: paths.map((p, i) => ({ id: `s${i}`, path: p, kind: 'whitepaper' as const })), evidence: e.evidence.map((ev) => ({ ...ev, source: 's0' })) };
};
const EVENTS: AtlasEvent[] = [
  atlas({ id: 'ev-talks', partners: ['AUS'], evidence: [{ start: 0, end: 20, text: '防衛大臣は、豪国防大臣と\n会談を行った。' }] }, ['/c/release.html', '/c/paper.txt']),
  atlas({ id: 'ev-ex', kind: 'exercise', partners: ['AUS', 'USA'], format: 'trilateral', name: 'コープ・ノース21', highLevel: false, mode: undefined }),
  atlas({ id: 'ev-conf', kind: 'conference', partners: ['ASEAN'], format: 'multilateral', name: 'ADMMプラス, "拡大"', highLevel: false }),
];

describe('exports', () => {
  it('csv: one row per event, partners as ISO3, COW and Wikidata, quoted where needed', () => {
    const lines = (exportEvents(EVENTS, 'csv', ctx) as string).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^id,kind,date,date_end,partners,partner_names,partner_cow,partner_wikidata,/);
    expect(lines[1]).toContain(',AUS,Australia,900,Q408,');
    expect(lines[1]).toContain(',2,/c/release.html;/c/paper.txt,whitepaper;whitepaper,');
    expect(lines[1]).toContain(',防衛大臣は、豪国防大臣と会談を行った。,');
    expect(lines[2]).toContain(',AUS;USA,Australia;United States,900;2,Q408;Q30,trilateral,');
    expect(lines[3]).toContain(',ASEAN,Association of Southeast Asian Nations,,Q7768,');
    expect(lines[3]).toContain(',"ADMMプラス, ""拡大""",');
  });

  it('jsonl: the event as stored, with each partner\'s details', () => {
    const recs = (exportEvents(EVENTS, 'jsonl', ctx) as string).trim().split('\n').map((l) => JSON.parse(l));
    expect(recs[1].partnerDetails).toEqual([
      { code: 'AUS', name: 'Australia', cow: 900, wikidata: 'Q408' },
      { code: 'USA', name: 'United States', cow: 2, wikidata: 'Q30' },
    ]);
    expect(recs[0].sources).toHaveLength(2);
    expect(recs[0].evidence[0].source).toBe('s0');
  });

  it('geojson: a valid FeatureCollection, a point per partner', () => {
    const text = exportEvents(EVENTS, 'geojson', ctx) as string;
    const fc = checkGeoJson(text) as unknown as { features: { id: string; geometry: { type: string; coordinates: unknown } }[] };
    expect(fc.features.map((f) => [f.id, f.geometry.type])).toEqual([
      ['ev-talks', 'Point'],
      ['ev-ex', 'MultiPoint'],
      ['ev-conf', 'Point'],
    ]);
    expect(fc.features[1].geometry.coordinates).toEqual([POINTS.AUS, POINTS.USA]);
  });

  it('parquet: read back by an independent reader (arrow-rs, through parquet-wasm)', () => {
    const bytes = exportEvents(EVENTS, 'parquet', ctx) as Uint8Array;
    const table = tableFromIPC(readParquet(bytes).intoIPCStream());
    expect(table.numRows).toBe(3);
    const types = Object.fromEntries(table.schema.fields.map((f) => [f.name, String(f.type)]));
    expect(types).toMatchObject({ id: 'Utf8', high_level: 'Bool', confidence: 'Float64', source_count: 'Int32', evidence_json: 'Utf8' });
    const row = table.get(1)!.toJSON();
    expect(row).toMatchObject({ id: 'ev-ex', partners: 'AUS;USA', partner_cow: '900;2', partner_wikidata: 'Q408;Q30', high_level: false, confidence: 0.9, name: 'コープ・ノース21' });
    expect(table.get(0)!.toJSON().source_count).toBe(2);
    expect(JSON.parse(String(table.get(0)!.toJSON().evidence_json))[0].text).toBe('防衛大臣は、豪国防大臣と\n会談を行った。');
    expect(table.get(0)!.toJSON().date_end).toBeNull();
  });
});

describe('koryu export', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'koryu-export-'));
  const db = path.join(dir, 'k.db');
  beforeAll(async () => {
    const store = await openStore(db);
    await store.ingest(makeSource('/c/a.txt'), [makeEvent({ id: 'e1', partners: ['AUS'] }), makeEvent({ id: 'e2', partners: ['IND'], date: '2021-02' })]);
    await store.createRelease('v1');
    await store.ingest(makeSource('/c/b.txt'), [makeEvent({ id: 'e3', partners: ['SGP'], date: '2021-03' })]);
    await store.close();
  });
  const run = (args: string[]) => runCli((p) => registerExport(p), ['export', '--db', db, ...args]);

  it('takes the format from the file name, applies filters and --release, and writes every format', async () => {
    const out = (f: string) => path.join(dir, f);
    expect((await run(['--out', out('all.csv')])).stderr).toBe(`koryu: wrote 3 events to ${out('all.csv')} (csv)\n`);
    expect(readFileSync(out('all.csv'), 'utf8').trim().split('\n')).toHaveLength(4);
    await run(['--out', out('v1.jsonl'), '--release', 'v1']);
    expect(readFileSync(out('v1.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['e1', 'e2']);
    await run(['--out', out('ind.geojson'), '--partner', 'IND']);
    const geo = checkGeoJson(readFileSync(out('ind.geojson'), 'utf8')) as unknown as { features: { id: string; geometry: { coordinates: number[] } }[] };
    expect(geo.features.map((f) => f.id)).toEqual(['e2']);
    const [lon, lat] = geo.features[0].geometry.coordinates;
    expect(lon).toBeGreaterThan(68);
    expect(lon).toBeLessThan(90);
    expect(lat).toBeGreaterThan(8);
    expect(lat).toBeLessThan(30);
    await run(['--out', out('sgp.parquet'), '--from', '2021-03']);
    const t = tableFromIPC(readParquet(readFileSync(out('sgp.parquet'))).intoIPCStream());
    expect(t.numRows).toBe(1);
    expect(t.get(0)!.toJSON()).toMatchObject({ partners: 'SGP', partner_wikidata: 'Q334' });
  });

  it('says what is missing', async () => {
    expect((await run([])).stderr).toMatch(/give the file to write with --out/);
    expect((await run(['--out', path.join(dir, 'x.txt')])).stderr).toMatch(/say which format with --format/);
    expect((await run(['--out', '-', '--format', 'parquet'])).stderr).toMatch(/Parquet is binary/);
    expect((await run(['--out', path.join(dir, 'x.csv'), '--release', 'nope'])).stderr).toMatch(/no release 'nope'/);
  });
});
