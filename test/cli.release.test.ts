import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerEvents } from '../src/cli/commands/events.js';
import { registerRelease } from '../src/cli/commands/release.js';
import { registerReport } from '../src/cli/commands/report.js';
import { registerSources } from '../src/cli/commands/sources.js';
import { makeEvent, makeSource } from '../src/store/contract.js';
import { openStore } from '../src/store/index.js';
import { runCli } from './cli-harness.js';

const dir = mkdtempSync(path.join(tmpdir(), 'koryu-release-'));
const db = path.join(dir, 'k.db');
const call = (id: string, date: string) => makeEvent({ id, date, partners: ['IND'], mode: 'phone' });
const release = (args: string[]) => runCli(registerRelease, ['release', ...args, '--db', db]);

beforeAll(async () => {
  const store = await openStore(db);
  await store.ingest({ ...makeSource('/c/paper.txt'), kind: 'whitepaper' }, [call('ev-paper', '2020-12'), makeEvent({ id: 'ev-aus', date: '2020-10' })]);
  await store.close();
  expect((await release(['create', 'v1'])).exitCode).toBe(0);
  const again = await openStore(db);
  await again.ingest({ ...makeSource('/c/pr.html'), kind: 'press-release' }, [call('ev-pr', '2020-12-22'), makeEvent({ id: 'ev-nzl', partners: ['NZL'], date: '2020-12-14' })]);
  await again.close();
  expect((await release(['create', 'v2'])).exitCode).toBe(0);
});

describe('koryu release', () => {
  it('create says what was frozen, with its hash; a name is never reused', async () => {
    const r = await release(['create', 'v3']);
    expect(r.stdout).toMatch(/^release v3: 3 events from 2 sources, sha256 [0-9a-f]{64}\n$/);
    const dup = await release(['create', 'v1']);
    expect(dup.exitCode).toBe(2);
    expect(dup.stderr).toMatch(/release v1 exists already/);
  });

  it('list shows every release with its counts and hash', async () => {
    const r = await release(['list']);
    expect(r.stdout.split('\n')[0]).toMatch(/^name\s+created\s+events\s+sources\s+sha256$/);
    expect(r.stdout).toMatch(/\nv1 .* 2 +1 +[0-9a-f]{12}\n/);
    const json = JSON.parse((await release(['list', '--format', 'json'])).stdout);
    expect(json.map((x: { name: string; eventCount: number }) => [x.name, x.eventCount]).slice(0, 2)).toEqual([
      ['v1', 2],
      ['v2', 3],
    ]);
  });

  it('diff lists events added, removed and changed field by field', async () => {
    const r = await release(['diff', 'v1', 'v2']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^v1 \([0-9a-f]{12}, 2 events\) → v2 \([0-9a-f]{12}, 3 events\): 1 added, 0 removed, 1 changed, 1 unchanged\n/);
    expect(r.stdout).toContain('\nadded:\n  + ev-nzl  2020-12-14  talks  NZL');
    expect(r.stdout).toContain('\nchanged:\n  ~ ev-paper  2020-12-22  talks  IND');
    expect(r.stdout).toContain('      date: 2020-12 → 2020-12-22\n');
    expect(r.stdout).toContain('      sources: + /c/pr.html\n');
    const json = JSON.parse((await release(['diff', 'v2', 'v1', '--format', 'json'])).stdout);
    expect(json.removed.map((e: { id: string }) => e.id)).toEqual(['ev-nzl']);
    expect(json.changed[0].fields[0]).toEqual({ field: 'date', from: '2020-12-22', to: '2020-12' });
    expect((await release(['diff', 'v1', 'nope'])).stderr).toMatch(/no release 'nope' \(known: v1, v2/);
  });

  it('--release answers events, sources and reports from the frozen data', async () => {
    const ev = await runCli((p) => registerEvents(p, { isPartnerCode: async () => true, stdoutIsTTY: () => false }), [
      'events', '--db', db, '--release', 'v1', '--partner', 'IND',
    ]);
    expect(ev.stdout.trim().split('\n').map((l) => [JSON.parse(l).id, JSON.parse(l).date])).toEqual([['ev-paper', '2020-12']]);
    const src = await runCli((p) => registerSources(p, () => false), ['sources', '--db', db, '--release', 'v1']);
    expect(JSON.parse(src.stdout).map((s: { path: string }) => s.path)).toEqual(['/c/paper.txt']);
    const rep = await runCli(registerReport, ['report', 'partners', '--db', db, '--release', 'v1', '--format', 'json']);
    expect(rep.exitCode).toBe(0);
    expect(rep.stdout).toContain('"IND"');
    expect(rep.stdout).not.toContain('"NZL"');
    const bad = await runCli(registerReport, ['report', 'partners', '--db', db, '--release', 'v9', '--format', 'json']);
    expect(bad.stderr).toMatch(/no release 'v9'/);
  });
});
