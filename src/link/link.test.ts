import { describe, expect, it } from 'vitest';
import { makeEvent } from '../store/contract.js';
import { dayInterval, nested, widthInDays } from './dates.js';
import { blockKey, compareRecords, nameCore } from './fields.js';
import { assignIds, clusterBlock, type LinkRecord } from './index.js';

const rec = (key: string, source: string, over: Parameters<typeof makeEvent>[0]): LinkRecord => ({
  key,
  source: { id: source, path: `${source}.txt` },
  event: makeEvent(over),
});

describe('dates as day intervals', () => {
  it('nests a day in its month and year, never two different days', () => {
    expect(dayInterval('2020-02')).toEqual({ lo: '2020-02-01', hi: '2020-02-29' });
    expect(nested(dayInterval('2020-12'), dayInterval('2020-12-22'))).toBe(true);
    expect(nested(dayInterval('2020'), dayInterval('2020-12'))).toBe(true);
    expect(nested(dayInterval('2020-12-03'), dayInterval('2020-12-22'))).toBe(false);
    expect(nested(dayInterval('2021-01', '2021-02'), dayInterval('2021-01-20', '2021-02-05'))).toBe(true);
    expect(nested(dayInterval('2020-12', '2021-01'), dayInterval('2021-01', '2021-02'))).toBe(false);
  });
  it('measures precision in days', () => {
    expect(widthInDays(dayInterval('2020-12-22'))).toBe(1);
    expect(widthInDays(dayInterval('2021-02'))).toBe(28);
    expect(widthInDays(dayInterval('2020'))).toBe(366);
  });
});

describe('fields', () => {
  it('reads names by their core: width, spacing, brackets and year suffix aside', () => {
    expect(nameCore('「マラバール２０２０」')).toBe(nameCore('マラバール 2020'));
    expect(nameCore('コープ・ノース21')).toBe(nameCore('コープノース'));
    expect(nameCore('キーン・ソード21')).not.toBe(nameCore('コープ・ノース21'));
  });
  it('blocks agreements by instrument and milestone, conferences by forum', () => {
    const a = makeEvent({ id: 'a', kind: 'agreement', partners: ['GBR'], instrument: 'ACSA', milestone: 'signed' });
    expect(blockKey(a)).toBe('agreement|GBR|ACSA|signed');
    expect(blockKey({ ...a, milestone: 'in-force' })).not.toBe(blockKey(a));
    const c = makeEvent({ id: 'c', kind: 'conference', name: 'ADMMプラス', partners: ['ASEAN'] });
    expect(blockKey({ ...c, partners: ['AUS', 'USA'] })).toBe(blockKey(c));
  });
  it('tells a disagreement from another engagement', () => {
    const m = makeEvent({ id: 'm', jpRole: 'minister', mode: 'phone' });
    expect(compareRecords(m, { ...m, mode: 'video' })).toEqual({ distinct: false, conflicts: ['mode'] });
    expect(compareRecords(m, { ...m, mode: 'unknown' })).toEqual({ distinct: false, conflicts: [] });
    expect(compareRecords(m, { ...m, jpRole: 'chief-gsdf' }).distinct).toBe(true);
    expect(compareRecords(m, { ...m, jpRole: 'senior-vice-minister' }).distinct).toBe(true);
    const v = makeEvent({ id: 'v', jpRole: 'senior-vice-minister' });
    expect(compareRecords(v, { ...v, jpRole: 'parliamentary-vice-minister' })).toEqual({ distinct: false, conflicts: ['jpRole'] });
  });
});

describe('clusterBlock', () => {
  it('puts the most precise record first and never two records of one source together', () => {
    const clusters = clusterBlock([
      rec('1', 'wp', { id: 'w', date: '2020-12' }),
      rec('2', 'pr', { id: 'p', date: '2020-12-22' }),
      rec('3', 'wp', { id: 'w2', date: '2020-12-22' }),
    ]);
    // The paper's own day-dated record is the release's engagement; its month-dated one cannot join it too.
    expect(clusters.map((c) => c.members.map((m) => m.key))).toEqual([['2', '3'], ['1']]);
  });
});

describe('assignIds', () => {
  const clusters = clusterBlock([rec('1', 'a', { id: 'x', date: '2020-12-22' }), rec('2', 'b', { id: 'y', date: '2020-12' })]);
  it('keeps the older id of two merged events, the other retiring into it', () => {
    const out = assignIds(clusters, [
      { id: 'new', seq: 9, keys: ['1'] },
      { id: 'old', seq: 2, keys: ['2'] },
    ], () => false);
    expect(out).toEqual({ ids: ['old'], retired: [{ id: 'new', into: 'old' }] });
  });
  it('gives a new event its lead record id, or one derived from it when that is taken', () => {
    expect(assignIds(clusters, [], () => false).ids).toEqual(['x']);
    const [id] = assignIds(clusters, [], (id) => id === 'x').ids;
    expect(id).toMatch(/^ev-[0-9a-f]{12}$/);
  });
});
