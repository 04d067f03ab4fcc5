import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerEval } from '../src/cli/commands/eval.js';
import { runCli } from './cli-harness.js';
import { sampleAvailable, samplePath } from './corpus.js';
import { EVENTS_BY_FILE, ev, stubExtract } from './cli-fixtures.js';

const dir = mkdtempSync(path.join(tmpdir(), 'koryu-eval-'));
const goldFile = path.join(dir, 'gold.jsonl');
// Gold: the first two events of a.txt (one at month precision) plus one the stub never predicts.
writeFileSync(
  goldFile,
  [
    { ...EVENTS_BY_FILE['a.txt'][0], id: 'g1', date: '2020-09' },
    { ...EVENTS_BY_FILE['a.txt'][1], id: 'g2' },
    ev('g3', { date: '2020-11', partners: ['GBR'], evidence: [{ start: 900, end: 930, text: '11月、英国防大臣と会談した。' }] }),
  ]
    .map((e) => JSON.stringify(e))
    .join('\n') + '\n',
);

const run = (args: string[]) => runCli((p) => registerEval(p, stubExtract()), args);

describe('koryu eval', () => {
  it('prints the score table, attribute accuracy, misses and false alarms', async () => {
    const r = await run(['eval', '--gold', goldFile, 'a.txt']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^talks\s+3\s+2\s+2\s+1\.000\s+0\.667\s+0\.800$/m);
    expect(r.stdout).toMatch(/^exercise\s+0\s+1\s+0\s+0\.000\s+1\.000\s+0\.000$/m);
    expect(r.stdout).toMatch(/^all \(micro\)\s+3\s+3\s+2\s+0\.667\s+0\.667\s+0\.667$/m);
    expect(r.stdout).toContain('exact date 1/2 (0.500)');
    expect(r.stdout).toMatch(/misses \(gold not matched\): 1\n  2020-11 +talks +GBR +11月、英国防大臣と会談した。/);
    expect(r.stdout).toMatch(/false alarms \(predicted not matched\): 1\n  2021-01 +exercise +AUS;USA/);
  });

  it('prints JSON with --format json', async () => {
    const r = await run(['eval', '--gold', goldFile, 'a.txt', '--format', 'json']);
    const result = JSON.parse(r.stdout);
    expect(result.overall).toMatchObject({ gold: 3, predicted: 3, matched: 2 });
    expect(result.matches).toEqual([
      { gold: 'g1', predicted: 'ev-aaaa00000001' },
      { gold: 'g2', predicted: 'ev-aaaa00000002' },
    ]);
  });

  it('scores a .jsonl file of predicted records without extracting', async () => {
    const pred = path.join(dir, 'pred.jsonl');
    writeFileSync(pred, JSON.stringify(ev('p1', { date: '2020-11-02', partners: ['GBR'] })) + '\n');
    const r = await run(['eval', '--gold', goldFile, pred, '--format', 'json']);
    expect(JSON.parse(r.stdout).matches).toEqual([{ gold: 'g3', predicted: 'p1' }]);
  });

  it('names the line and field of a bad gold record', async () => {
    const bad = path.join(dir, 'bad.jsonl');
    writeFileSync(bad, JSON.stringify(ev('g1')) + '\n' + JSON.stringify({ ...ev('g2'), mode: 'telepathy' }) + '\n');
    const r = await run(['eval', '--gold', bad, 'a.txt']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^koryu: .*bad\.jsonl:2: field "mode": /);
  });

  it('requires --gold and reports a missing gold file', async () => {
    expect((await run(['eval', 'a.txt'])).exitCode).toBe(2);
    const r = await run(['eval', '--gold', path.join(dir, 'none.jsonl'), 'a.txt']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/gold file not found/);
  });

  it('rejects an unknown format', async () => {
    const r = await run(['eval', '--gold', goldFile, 'a.txt', '--format', 'html']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe("koryu: --format: expected one of text, json; got 'html'\n");
  });
});

describe('koryu eval with a gold split in parts', () => {
  it('reads every --gold file as one annotation and refuses an id found in two', async () => {
    const part2 = path.join(dir, 'part-2.jsonl');
    writeFileSync(part2, JSON.stringify({ ...EVENTS_BY_FILE['a.txt'][2], id: 'g4' }) + '\n');
    const r = await run(['eval', '--gold', goldFile, '--gold', part2, 'a.txt', '--format', 'json']);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout).overall).toMatchObject({ gold: 4, predicted: 3, matched: 3 });
    const dup = await run(['eval', '--gold', goldFile, '--gold', goldFile, 'a.txt']);
    expect(dup.exitCode).toBe(1);
    expect(dup.stderr).toMatch(/duplicate id "g1" \(also in /);
  });
});

const pipelineReady = await import('../src/pipeline/index.js').then(
  () => true,
  () => false,
);
const goldParts = ['gold/part-1.jsonl', 'gold/part-2.jsonl'].map((g) => path.resolve(import.meta.dirname, '..', g));

describe.skipIf(!pipelineReady || !goldParts.every(existsSync) || !sampleAvailable())('koryu eval on the sample', () => {
  it('scores the extractor against the whole gold annotation', async () => {
    const args = ['eval', ...goldParts.flatMap((g) => ['--gold', g]), samplePath(), '--format', 'json'];
    const r = await runCli((p) => registerEval(p), args);
    expect(r.exitCode).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.overall.gold).toBe(goldParts.reduce((n, g) => n + readFileSync(g, 'utf8').trim().split('\n').length, 0));
    expect(result.overall.predicted).toBeGreaterThan(0);
  });
});
