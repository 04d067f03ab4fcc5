import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runReport, type ReportDeps } from '../src/cli/commands/report.js';
import { FIXTURE_EVENTS, standInGazetteer } from './reports.fixture.js';

const dir = mkdtempSync(path.join(tmpdir(), 'koryu-report-cli-'));
const db = path.join(dir, 'fixture.db');
writeFileSync(db, ''); // the deps below read events from memory; the file only has to exist
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const deps: ReportDeps = {
  loadGazetteer: async () => standInGazetteer,
  readEvents: async () => FIXTURE_EVENTS,
  stdoutIsTTY: () => false,
};

describe('koryu report', () => {
  it('writes a report to --out, the format following the extension', async () => {
    const out = path.join(dir, 'hl.json');
    await runReport('high-level', undefined, { db, from: '2020-04', to: '2021-03', out }, deps);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.from).toBe('2020-04');
    expect(json.rows[0]).toEqual({ partner: 'AUS', type: 'country', count: 5, events: ['t-aus-2', 't-aus-3', 't-aus-4', 't-aus-5', 't-aus-6'] });
  });

  it('accepts `country ISO3` and `country-ISO3`', async () => {
    const a = path.join(dir, 'a.md');
    const b = path.join(dir, 'b.md');
    await runReport('country', 'ind', { db, out: a, years: '2' }, deps);
    await runReport('country-IND', undefined, { db, out: b, years: '2' }, deps);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    expect(readFileSync(a, 'utf8')).toContain('# インド：防衛協力・交流の主要な実績（2019.6～2021.5）');
  });

  it('writes every report and an index with `all --out DIR`', async () => {
    const out = path.join(dir, 'all');
    await runReport('all', undefined, { db, out, lang: 'en' }, deps);
    const files = readdirSync(out);
    expect(files).toContain('index.html');
    expect(files).toContain('high-level.svg');
    expect(files).toContain('partners.html');
    expect(files).toContain('country-AUS.json');
  });

  it.each([
    [['highlevel', undefined, {}], /unknown report 'highlevel' \(valid: high-level/],
    [['country', 'XYZ', {}], /unknown ISO 3166-1 alpha-3 country code 'XYZ'/],
    [['country', undefined, {}], /give an ISO 3166-1 alpha-3 code/],
    [['high-level', undefined, { from: '2020-4' }], /--from: invalid month "2020-4"/],
    [['high-level', undefined, { from: '2021-04', to: '2021-03' }], /--from 2021-04 is after --to 2021-03/],
    [['high-level', undefined, { format: 'pdf' }], /--format: expected one of md, csv, json, svg, html, table; got 'pdf'/],
    [['high-level', undefined, { lang: 'fr' }], /--lang: expected one of ja, en/],
    [['country', 'AUS', { years: '0' }], /--years: expected a positive whole number/],
    [['all', undefined, {}], /--out DIR/],
  ] as const)('rejects %j with one clear line', async ([name, code, opts], message) => {
    await expect(runReport(name, code, { db, ...opts }, deps)).rejects.toThrow(message);
  });

  it('refuses a missing database instead of creating one', async () => {
    const missing = path.join(dir, 'nope.db');
    await expect(runReport('high-level', undefined, { db: missing }, deps)).rejects.toThrow(/no database at .*nope\.db: run `koryu ingest/);
  });
});
