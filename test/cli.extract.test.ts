import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerExtract } from '../src/cli/commands/extract.js';
import { runCli } from './cli-harness.js';
import { EVENTS_BY_FILE, stubExtract } from './cli-fixtures.js';

const run = (args: string[], calls: string[] = []) => runCli((p) => registerExtract(p, stubExtract(EVENTS_BY_FILE, calls)), args);

describe('koryu extract', () => {
  it('prints JSON lines by default, every file in order, with the source filled in', async () => {
    const r = await run(['extract', 'a.txt', 'b.txt']);
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((e) => e.id)).toEqual(['ev-aaaa00000001', 'ev-aaaa00000002', 'ev-aaaa00000003', 'ev-bbbb00000001']);
    expect(lines[3].source).toBe('b.txt');
    expect(r.stderr).toBe('');
  });

  it('renders the other formats', async () => {
    expect(JSON.parse((await run(['extract', 'a.txt', '--format', 'json'])).stdout)).toHaveLength(3);
    const csv = (await run(['extract', 'a.txt', '--format', 'csv'])).stdout;
    expect(csv.split('\n')[0]).toMatch(/^id,kind,date,dateEnd,partners,/);
    expect(csv).toContain('AUS;USA');
    const table = (await run(['extract', 'a.txt', '-f', 'table'])).stdout;
    expect(table).toContain('コープ・ノース21');
    expect(table).toMatch(/3 events\n$/);
  });

  it('passes --encoding to the pipeline', async () => {
    const r = await run(['extract', 'a.txt', '--encoding', 'shift_jis', '--explain']);
    expect(r.stdout).toContain('== a.txt (shift_jis, text): 3 events');
  });

  it('with --explain, shows each sentence, the rules that fired and why, or why nothing was extracted', async () => {
    const r = await run(['extract', 'a.txt', '--explain']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('#3 [12–48] paragraph · 第1節 多角的・多層的な安全保障協力 › 2 豪州');
    expect(r.stdout).toContain('  ９月、防衛大臣は豪国防大臣とテレビ会談を行った。');
    expect(r.stdout).toMatch(
      /✓ talks\.meeting@1: a principal, a partner and 会談 in one clause → ev-aaaa00000001 talks 2020-09-10 AUS \(minister, video\)/,
    );
    expect(r.stdout).toContain('· caption: only running text creates events');
    expect(r.stdout).toContain('#5 [58–70] paragraph · (before the first heading)');
    expect(r.stdout).toContain('· no rule fired');
  });

  it('rejects an unknown format before reading any file', async () => {
    const calls: string[] = [];
    const r = await run(['extract', 'a.txt', '--format', 'xml'], calls);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe("koryu: --format: expected one of jsonl, json, csv, table; got 'xml'\n");
    expect(calls).toEqual([]);
  });

  it('fails on an unreadable file without printing records of the others', async () => {
    const r = await run(['extract', 'a.txt', 'bad.txt']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('koryu: bad.txt: cannot be decoded as text\n');
  });

  it('reports a missing file through the real decoder', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'koryu-extract-'));
    const r = await runCli((p) => registerExtract(p), ['extract', path.join(dir, 'nope.txt')]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^koryu: .*nope\.txt/);
    writeFileSync(path.join(dir, 'empty.txt'), '');
    expect((await runCli((p) => registerExtract(p), ['extract', path.join(dir, 'empty.txt')])).exitCode).toBe(1);
  });
});

// The stages are written concurrently; these run once the whole pipeline loads.
const pipelineReady = await import('../src/pipeline/index.js').then(
  () => true,
  () => false,
);
const example = path.resolve(import.meta.dirname, '../examples/sample-whitepaper.ja.txt');

describe.skipIf(!pipelineReady)('koryu extract with the real pipeline', () => {
  it('extracts events from the example whose evidence is the decoded text at its offsets', async () => {
    const { readInput } = await import('../src/cli/io.js');
    const text = (await readInput(example, {})).text;
    const r = await runCli((p) => registerExtract(p), ['extract', example]);
    expect(r.exitCode).toBe(0);
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(e.source).toBe(example);
      for (const ev of e.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    }
  });

  it('explains every sentence of the example', async () => {
    const r = await runCli((p) => registerExtract(p), ['extract', example, '--explain']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^== .*sample-whitepaper\.ja\.txt \(utf-8, text\): \d+ events?/);
    expect(r.stdout).toMatch(/^  ✓ [\w.@-]+: /m);
  });
});
