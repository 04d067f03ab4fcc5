import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerEvent } from '../src/cli/commands/event.js';
import { registerEvents, type EventsDeps } from '../src/cli/commands/events.js';
import { makeEvent, makeSource } from '../src/store/contract.js';
import { openStore } from '../src/store/index.js';
import { runCli } from './cli-harness.js';

const dir = mkdtempSync(path.join(tmpdir(), 'koryu-event-'));
const db = path.join(dir, 'k.db');

// Two documents, in the project's words, reporting one call.
const PAPER = '第1節　各国との防衛協力\n\n2　インド\n\n同年11月、両国は共同訓練を行った。同年12月には、防衛大臣がインド国防大臣と電話会談を行った。両大臣は協力の推進で一致した。\n';
const RELEASE = '日印防衛相電話会談について\n令和2年12月22日、防衛大臣はインド国防大臣と電話会談を行いました。\n';
const span = (text: string, sentence: string) => {
  const start = text.indexOf(sentence);
  return { start, end: start + sentence.length, text: sentence };
};

beforeAll(async () => {
  const store = await openStore(db);
  const call = (id: string, date: string, evidence: ReturnType<typeof span>) =>
    makeEvent({ id, date, partners: ['IND'], mode: 'phone', evidence: [evidence] });
  await store.ingest({ ...makeSource('/c/paper.txt'), kind: 'whitepaper', published: '2021', text: PAPER }, [
    call('ev-paper000001', '2020-12', span(PAPER, '同年12月には、防衛大臣がインド国防大臣と電話会談を行った。')),
    makeEvent({ id: 'ev-other000002', kind: 'exercise', date: '2020-11', partners: ['IND'], evidence: [span(PAPER, '同年11月、両国は共同訓練を行った。')] }),
  ]);
  await store.ingest({ ...makeSource('/c/release.txt'), kind: 'press-release', published: '2020-12-22', text: RELEASE }, [
    call('ev-release0001', '2020-12-22', span(RELEASE, '令和2年12月22日、防衛大臣はインド国防大臣と電話会談を行いました。')),
  ]);
  await store.close();
});

const deps: EventsDeps = { isPartnerCode: async () => true, stdoutIsTTY: () => false };

describe('koryu events over several sources', () => {
  it('gives each event its sources in JSON, evidence naming its source, and a sources count in the table', async () => {
    const json = await runCli((p) => registerEvents(p, deps), ['events', '--db', db, '--format', 'json']);
    const [, e] = JSON.parse(json.stdout);
    expect(e).toMatchObject({ id: 'ev-paper000001', date: '2020-12-22' });
    expect(e.sources.map((s: { path: string; kind: string; published: string }) => [s.path, s.kind, s.published])).toEqual([
      ['/c/release.txt', 'press-release', '2020-12-22'],
      ['/c/paper.txt', 'whitepaper', '2021'],
    ]);
    expect(e.evidence.map((ev: { source: string }) => ev.source)).toEqual(e.sources.map((s: { id: string }) => s.id));
    const table = await runCli((p) => registerEvents(p, deps), ['events', '--db', db, '--format', 'table']);
    expect(table.stdout.split('\n')[0]).toMatch(/\bHL\s+src\s+name/);
    expect(table.stdout.split('\n')[3]).toMatch(/2020-12-22 .* yes\s+2$/);
  });
});

describe('koryu event ID', () => {
  const run = (args: string[]) => runCli((p) => registerEvent(p, () => false), ['event', '--db', db, ...args]);

  it('prints the event, its sources and every evidence in the text around it', async () => {
    const r = await run(['ev-paper000001']);
    expect(r.exitCode).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/^ev-paper000001  talks · 2020-12-22 · IND · bilateral · ministerial · minister · phone · high-level\n/);
    expect(out).toContain('2 sources, 2 evidences');
    expect(out).toContain('[1] press-release 2020-12-22  /c/release.txt');
    expect(out).toContain('【令和2年12月22日、防衛大臣はインド国防大臣と電話会談を行いました。】');
    expect(out).toContain('[2] whitepaper 2021  /c/paper.txt');
    // The sentence before and after the evidence, and the section it stands in.
    expect(out).toContain('同年11月、両国は共同訓練を行った。【同年12月には、防衛大臣がインド国防大臣と電話会談を行った。】両大臣は協力の推進で一致した。');
    expect(out).toContain('§ インド');
  });

  it('finds an event by a unique prefix, as the table prints it, or by the id of a source record it absorbed', async () => {
    expect((await run(['ev-paper000…'])).stdout).toMatch(/^ev-paper000001 /);
    const json = await run(['ev-pap', '--format', 'json']);
    expect(JSON.parse(json.stdout).sources).toHaveLength(2);
    const byRecord = await run(['ev-release0001']);
    expect(byRecord.stdout).toMatch(/^ev-paper000001 /);
    expect((await run(['ev-'])).stderr).toMatch(/2 events start so/);
  });

  it('says when there is no such event', async () => {
    const r = await run(['ev-nothing']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/no event ev-nothing in the database/);
  });
});
