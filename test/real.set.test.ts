/**
 * The real-text development set's committed facts (test/real/): well-formed, big and varied enough
 * to say how Koryu does on text it was not written for. The pages' text is not committed; where the
 * local cache holds it, every gold cue must be found in its page.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calibrate, goldEvent, loadRealSet, parseRealGold, parseSources, realCacheDir } from '../src/eval/real-set.js';
import { SOURCE_KINDS } from '../src/model/document.js';
import { repoRoot } from './corpus.js';

const set = loadRealSet(path.join(repoRoot, 'test', 'real'));

describe('test/real: the development set', () => {
  it('holds at least 50 pages and 200 gold events, over every kind of source', () => {
    expect(set.sources.length).toBeGreaterThanOrEqual(50);
    expect(set.gold.length).toBeGreaterThanOrEqual(200);
    expect(new Set(set.sources.map((s) => s.kind))).toEqual(new Set(SOURCE_KINDS));
  });

  it('has a gold event or an explicit zero for every page, and short cues', () => {
    for (const g of set.gold) expect(g.cue.length).toBeLessThanOrEqual(40);
    const withGold = new Set(set.gold.map((g) => g.source));
    expect(withGold.size).toBeGreaterThan(set.sources.length * 0.8);
  });

  const cache = realCacheDir();
  const cached = set.sources.filter((s) => existsSync(path.join(cache, `${s.id}.txt`)));
  it.skipIf(!cached.length)(`finds every cue in its cached page (${cached.length} pages cached)`, () => {
    for (const s of cached) {
      const text = readFileSync(path.join(cache, `${s.id}.txt`), 'utf8');
      set.gold.filter((g) => g.source === s.id).forEach((g, i) => {
        expect(goldEvent(g, i, text).evidence, `${s.id}: cue ${g.cue}`).toHaveLength(1);
      });
    }
  });
});

describe('real-set files: malformed lines are refused by line', () => {
  const row = 'pr-x\tpress-release\t2020-12-22\thttps://www.mod.go.jp/x.html\t日印 電話会談';
  it('sources.tsv', () => {
    expect(parseSources(row)).toHaveLength(1);
    expect(() => parseSources(row.replace('press-release', 'blog'))).toThrow(/sources.tsv:1: kind 'blog'/);
    expect(() => parseSources(row.replace('2020-12-22', '22/12/2020'))).toThrow(/published/);
    expect(() => parseSources(`${row}\n${row}`)).toThrow(/sources.tsv:2: duplicate id/);
    expect(() => parseSources(row.split('\t').slice(0, 4).join('\t'))).toThrow(/5 tab-separated columns/);
  });
  it('gold.jsonl', () => {
    const sources = parseSources(row);
    const line = { source: 'pr-x', kind: 'talks', date: '2020-12-22', partners: ['IND'], format: 'bilateral', highLevel: true, cue: 'シン国防大臣との電話会談' };
    expect(parseRealGold(JSON.stringify(line), sources)).toHaveLength(1);
    expect(() => parseRealGold(JSON.stringify({ ...line, source: 'pr-y' }), sources)).toThrow(/source 'pr-y' is not in sources.tsv/);
    expect(() => parseRealGold(JSON.stringify({ ...line, kind: 'meeting' }), sources)).toThrow(/gold.jsonl:1: field "kind"/);
    expect(() => parseRealGold(JSON.stringify({ ...line, evidenceText: 'x' }), sources)).toThrow(/gold.jsonl:1/);
  });
});

describe('calibrate', () => {
  it('counts events and right ones per confidence band', () => {
    const rows = calibrate([
      { confidence: 0.95, correct: true },
      { confidence: 0.95, correct: false },
      { confidence: 0.85, correct: true },
      { confidence: 0.3, correct: false },
    ]);
    expect(rows.map((r) => [r.band, r.predicted, r.correct])).toEqual([
      ['0.0–0.5', 1, 0], ['0.5–0.7', 0, 0], ['0.7–0.8', 0, 0], ['0.8–0.9', 1, 1], ['0.9–1.0', 2, 1],
    ]);
  });
});
