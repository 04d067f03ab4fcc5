import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerCoverage } from '../src/cli/commands/coverage.js';
import type { CoverageSource } from '../src/coverage/index.js';
import { buildCountry, buildCoverage, renderReport } from '../src/reports/index.js';
import { loadGazetteer } from '../src/gazetteer/index.js';
import { makeEvent, makeSource } from '../src/store/contract.js';
import { openStore } from '../src/store/index.js';
import { runCli } from './cli-harness.js';

const EVENTS = [
  makeEvent({ id: 'ind-2020', partners: ['IND'], date: '2020-12' }),
  makeEvent({ id: 'ind-2017', partners: ['IND'], date: '2017-05' }),
  makeEvent({ id: 'aus-2020', partners: ['AUS'], date: '2020-06' }),
];
const SOURCES: CoverageSource[] = [
  { id: 'wp', path: '/c/wp2021.txt', kind: 'whitepaper', coverage: { partners: ['AUS', 'IND', 'VNM'], from: '2019-11', to: '2021-03' } },
  { id: 'pr', path: '/c/pr.html', kind: 'press-release', coverage: { partners: ['IND'], from: '2018-02', to: '2018-02' } },
];

describe('coverage report', () => {
  const m = buildCoverage(EVENTS, { sources: SOURCES, from: '2017-01', to: '2021-12' });
  const row = (p: string) => m.rows.find((r) => r.partner === p)!;

  it('tells events, "no event" (a source covers it) and "not covered" apart, cell by cell', () => {
    expect(m.years).toEqual([2017, 2018, 2019, 2020, 2021]);
    expect(row('IND').cells.map((c) => c.state)).toEqual(['events', 'no-event', 'no-event', 'events', 'no-event']);
    expect(row('IND').cells[1].sources).toEqual(['pr']);
    expect(row('IND').cells[3]).toMatchObject({ events: ['ind-2020'], sources: ['wp'] });
    expect(row('VNM').cells.map((c) => c.state)).toEqual(['not-covered', 'not-covered', 'no-event', 'no-event', 'no-event']);
    expect(m.rows.map((r) => r.partner)).toEqual(['IND', 'AUS', 'VNM']);
  });

  it('spans the years the sources cover unless told otherwise, and keeps to one partner on request', () => {
    expect(buildCoverage(EVENTS, { sources: SOURCES }).years).toEqual([2018, 2019, 2020, 2021]);
    expect(buildCoverage(EVENTS, { sources: SOURCES, partner: 'VNM' }).rows.map((r) => r.partner)).toEqual(['VNM']);
    expect(buildCoverage(EVENTS, {}).years).toEqual([2017, 2018, 2019, 2020]);
  });

  it('renders the marks in a table and the states in the figure', () => {
    const gaz = loadGazetteer();
    const table = renderReport('coverage', EVENTS, gaz, { sources: SOURCES, from: '2017-01', to: '2021-12', format: 'table', lang: 'en' });
    expect(table).toMatch(/\nVNM +Vietnam +- +- +0 +0 +0 +0\n/);
    expect(table).toMatch(/\nIND +India +1 +0 +0 +1 +0 +2\n/);
    const svg = renderReport('coverage', EVENTS, gaz, { sources: SOURCES, from: '2017-01', to: '2021-12', format: 'svg' });
    expect(svg.match(/data-state="not-covered"/g)).toHaveLength(2 + 1 + 1);
    expect(svg).toContain('data-state="events"');
  });
});

describe('the chronology marks the years no source covers', () => {
  it('a row per empty year says "no event" or "not covered"', () => {
    const m = buildCountry(EVENTS, 'IND', { sources: SOURCES, from: '2016-01', to: '2021-12' });
    expect(m.years?.map((y) => [y.year, y.events, y.sources.length])).toEqual([
      [2016, 0, 0],
      [2017, 1, 0],
      [2018, 0, 1],
      [2019, 0, 1],
      [2020, 1, 1],
      [2021, 0, 1],
    ]);
    const table = renderReport('country-IND', EVENTS, loadGazetteer(), { sources: SOURCES, from: '2016-01', to: '2021-12', format: 'table', lang: 'en' });
    const lines = table.split('\n');
    expect(lines.find((l) => l.startsWith('2016 '))).toMatch(/no source covers this year/);
    expect(lines.find((l) => l.startsWith('2018 '))).toMatch(/no event this year \(covered by: pr\.html\)/);
    const svg = renderReport('country-IND', EVENTS, loadGazetteer(), { sources: SOURCES, from: '2016-01', to: '2021-12', format: 'svg' });
    expect(svg.match(/class="not-covered" data-year="(\d+)"/g)).toEqual(['class="not-covered" data-year="2016"', 'class="not-covered" data-year="2017"']);
  });

  it('marks nothing when coverage is unknown', () => {
    expect(buildCountry(EVENTS, 'IND', { from: '2016-01', to: '2021-12' }).years).toBeUndefined();
  });
});

describe('koryu coverage', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'koryu-coverage-'));
  const db = path.join(dir, 'k.db');
  beforeAll(async () => {
    const store = await openStore(db);
    await store.ingest({ ...makeSource('/c/wp.txt'), coverage: { partners: ['IND', 'VNM'], from: '2020-01', to: '2020-12' } }, [EVENTS[0]]);
    // Ingested without coverage (an older database): what its events cover stands in.
    await store.ingest(makeSource('/c/old.txt'), [makeEvent({ id: 'aus-2019', partners: ['AUS'], date: '2019-04' })]);
    await store.close();
  });
  const run = (args: string[]) => runCli((p) => registerCoverage(p), ['coverage', '--db', db, '--format', 'json', ...args]);

  it('gives the grid, with years as --from/--to and one partner as --partner', async () => {
    const m = JSON.parse((await run(['--from', '2019', '--to', '2020'])).stdout);
    expect(m.years).toEqual([2019, 2020]);
    const states = Object.fromEntries(m.rows.map((r: { partner: string; cells: { state: string }[] }) => [r.partner, r.cells.map((c) => c.state)]));
    expect(states).toEqual({ IND: ['not-covered', 'events'], AUS: ['events', 'not-covered'], VNM: ['not-covered', 'no-event'] });
    const one = JSON.parse((await run(['--partner', 'vnm'])).stdout);
    expect(one.rows.map((r: { partner: string }) => r.partner)).toEqual(['VNM']);
  });

  it('refuses a malformed year', async () => {
    expect((await run(['--from', '20'])).stderr).toMatch(/--from: expected a year YYYY/);
  });
});
