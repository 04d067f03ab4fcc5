import { describe, expect, it } from 'vitest';
import type { Candidate } from '../7-events/types.js';
import { mergeEvents } from './index.js';

/** A capacity-building candidate of sentence `at` (its evidence spans [at, at + 10)). */
function cb(at: number, date: string, extra: Partial<Candidate> = {}): Candidate {
  return {
    kind: 'capacity-building',
    date,
    partners: ['VNM'],
    format: 'bilateral',
    method: 'dispatch',
    field: 'hadr',
    highLevel: false,
    confidence: 0.8,
    evidence: [{ start: at, end: at + 10, text: `s${at}` }],
    rule: 'capacity-building.partner-field@1',
    sentenceId: at,
    sectionId: 0,
    ...extra,
  } as Candidate;
}

describe('mergeEvents', () => {
  it('gathers every mention of one engagement once, in document order', () => {
    const many = Array.from({ length: 2000 }, (_, i) => cb(i * 20, '2020-01'));
    const [event, ...rest] = mergeEvents([...many, cb(0, '2020-01')]);
    expect(rest).toHaveLength(0);
    expect(event.evidence.map((e) => e.start)).toEqual(many.map((c) => c.evidence[0].start));
  });

  it('folds a period-dated activity into the first twin dated inside the period, at the precision of its dates', () => {
    // The first twin of August falls before the period's days; the second one is inside it.
    const out = mergeEvents([
      cb(0, '2018-08-02'),
      cb(100, '2018-08-02'),
      cb(200, '2018-08-19'),
      cb(300, '2018-08-19', { dateEnd: '2018-08-20', periodDated: true }),
    ]);
    const inside = out.find((e) => e.date === '2018-08-19');
    expect(inside?.evidence.map((e) => e.start)).toEqual([200, 300]);
    expect(out.some((e) => e.dateEnd === '2018-08-20')).toBe(false);
  });

  it('folds a coarse restatement of a meeting however many times the text repeats it', () => {
    const talks = (at: number, date: string): Candidate => cb(at, date, { kind: 'talks', jpRole: 'minister', method: undefined, field: undefined } as Partial<Candidate>);
    const coarse = Array.from({ length: 200_000 }, (_, i) => talks(100 + i * 20, '2020'));
    const out = mergeEvents([talks(0, '2020-10'), ...coarse]);
    expect(out).toHaveLength(1);
    expect(out[0].date).toBe('2020-10');
    expect(out[0].evidence).toHaveLength(200_001);
  });
});

describe('mergeEvents: a capacity-building mention with no field (codebook 360)', () => {
  it('is the project of its date, partners and method that names one', () => {
    const out = mergeEvents([cb(0, '2015-10-05', { dateEnd: '2015-11-05', field: 'engineering' }), cb(100, '2015-10-05', { dateEnd: '2015-11-05', field: undefined })]);
    expect(out.map((e) => [e.field, e.evidence.map((x) => x.start)])).toEqual([['engineering', [0, 100]]]);
  });

  it('stays apart when two fields are named for them, or the dates differ', () => {
    const two = mergeEvents([cb(0, '2015-10', { field: 'engineering' }), cb(50, '2015-10', { field: 'medicine' }), cb(100, '2015-10', { field: undefined })]);
    expect(two).toHaveLength(3);
    const other = mergeEvents([cb(0, '2015-10', { field: 'engineering' }), cb(100, '2015-11', { field: undefined })]);
    expect(other.map((e) => e.field ?? '-')).toEqual(['engineering', '-']);
  });
});
