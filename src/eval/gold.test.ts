import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KoryuError } from '../model/errors.js';
import { loadGold, parseGold } from './gold.js';

const line = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: 'g1',
    kind: 'talks',
    date: '2020-09',
    partners: ['AUS'],
    format: 'bilateral',
    level: 'ministerial',
    jpRole: 'minister',
    mode: 'video',
    highLevel: true,
    evidence: [{ start: 1, end: 5, text: '会談した' }],
    confidence: 1,
    ...over,
  });

describe('parseGold', () => {
  it('reads records and skips blank lines', () => {
    const events = parseGold(`${line()}\n\n${line({ id: 'g2', date: '2021' })}\n`);
    expect(events.map((e) => [e.id, e.date])).toEqual([
      ['g1', '2020-09'],
      ['g2', '2021'],
    ]);
  });

  it.each([
    [line({ date: '2020-9' }), /gold\.jsonl:2: field "date": expected a date/],
    [line({ kind: 'meeting' }), /gold\.jsonl:2: field "kind"/],
    [line({ evidence: [{ start: 5, end: 1, text: '' }] }), /gold\.jsonl:2: field "evidence\.0\.end"/],
    [line({ highLevel: undefined }), /gold\.jsonl:2: field "highLevel"/],
    ['{"id": "g1", ', /gold\.jsonl:2: not valid JSON/],
    [line(), /gold\.jsonl:2: duplicate id "g1" \(first on line 1\)/],
  ])('rejects a bad line with its number and field (%#)', (bad, message) => {
    const fn = () => parseGold(`${line()}\n${bad}\n`, 'gold.jsonl');
    expect(fn).toThrow(KoryuError);
    expect(fn).toThrow(message);
  });
});

describe('loadGold', () => {
  it('reads a file, and reports a missing one as not found', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'koryu-gold-'));
    const file = path.join(dir, 'g.jsonl');
    writeFileSync(file, line() + '\n');
    expect(loadGold(file)).toHaveLength(1);
    try {
      loadGold(path.join(dir, 'none.jsonl'));
      expect.unreachable();
    } catch (e) {
      expect((e as KoryuError).code).toBe('E_NOT_FOUND');
    }
  });
});

describe('parseGold strictness', () => {
  it('refuses an unknown field, naming it', () => {
    expect(() => parseGold(line({ jprole: 'minister' }), 'g.jsonl')).toThrow('g.jsonl:1: field "jprole": unknown field');
  });
});
