import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../model/event.js';
import { formatEvalJson, formatEvalText } from './format.js';
import { nearMisses, scoreEvents } from './score.js';

function ev(id: string, over: Partial<KoryuEvent> = {}): KoryuEvent {
  return {
    id,
    kind: 'talks',
    date: '2020-09-10',
    partners: ['AUS'],
    format: 'bilateral',
    level: 'ministerial',
    jpRole: 'minister',
    mode: 'video',
    highLevel: true,
    evidence: [{ start: 100, end: 140, text: '９月、岸防衛大臣は豪州のレイノルズ国防大臣とテレビ会談を実施した。' }],
    confidence: 0.9,
    ...over,
  };
}

const gold = [
  ev('g1'),
  ev('g2', { date: '2020-05', partners: ['IND'], mode: 'phone', evidence: [{ start: 300, end: 330, text: '5月、印国防相と電話会談。' }] }),
  ev('g3', {
    kind: 'exercise',
    date: '2020-11',
    partners: ['AUS', 'IND', 'USA'],
    format: 'multilateral',
    level: undefined,
    jpRole: 'unit',
    mode: undefined,
    highLevel: false,
    name: 'マラバール2020',
    evidence: [{ start: 500, end: 560, text: '11月、海自は日米印豪共同訓練「マラバール2020」に参加した。' }],
  }),
];

describe('scoreEvents', () => {
  it('scores a perfect prediction 1 everywhere', () => {
    const r = scoreEvents(gold, gold.map((e) => ({ ...e, id: `p-${e.id}` })));
    expect(r.overall).toEqual({ gold: 3, predicted: 3, matched: 3, precision: 1, recall: 1, f1: 1 });
    expect(r.byKind.map((k) => [k.kind, k.f1])).toEqual([
      ['talks', 1],
      ['exercise', 1],
    ]);
    expect(r.attributes.mode).toEqual({ compared: 2, correct: 2, accuracy: 1 });
    expect(r.attributes.jpRole).toEqual({ compared: 3, correct: 3, accuracy: 1 });
    expect(r.attributes.exactDate.accuracy).toBe(1);
    expect(r.misses).toEqual([]);
    expect(r.falseAlarms).toEqual([]);
    expect(r.matches).toEqual([
      { gold: 'g1', predicted: 'p-g1' },
      { gold: 'g2', predicted: 'p-g2' },
      { gold: 'g3', predicted: 'p-g3' },
    ]);
  });

  it('counts one miss against recall and lists it', () => {
    const r = scoreEvents(gold, [gold[0], gold[2]]);
    expect(r.overall).toMatchObject({ matched: 2, precision: 1, recall: 2 / 3 });
    expect(r.overall.f1).toBeCloseTo(0.8);
    expect(r.byKind.find((k) => k.kind === 'talks')).toMatchObject({ gold: 2, predicted: 1, matched: 1, recall: 0.5 });
    expect(r.misses).toEqual([{ id: 'g2', date: '2020-05', kind: 'talks', partners: ['IND'], evidence: '5月、印国防相と電話会談。' }]);
  });

  it('counts one false alarm against precision and lists it', () => {
    const extra = ev('p9', { kind: 'port-call', date: '2020-07', partners: ['LKA'], level: undefined });
    const r = scoreEvents(gold, [...gold, extra]);
    expect(r.overall).toMatchObject({ matched: 3, precision: 0.75, recall: 1 });
    expect(r.byKind.find((k) => k.kind === 'port-call')).toMatchObject({ gold: 0, predicted: 1, matched: 0, precision: 0, recall: 1 });
    expect(r.falseAlarms.map((e) => e.id)).toEqual(['p9']);
    expect([...r.falseAlarms[0].evidence].length).toBeLessThanOrEqual(60);
    // Line breaks of the original are joined: without a space in Japanese, with one between English words.
    expect(r.falseAlarms[0].evidence).toBe('９月、岸防衛大臣は豪州のレイノルズ国防大臣とテレビ会談を実施した。');
    const split = ev('p', { kind: 'other', evidence: [{ start: 0, end: 9, text: '日豪円滑\n化協定（Reciprocal\nAccess Agreement）' }] });
    expect(scoreEvents([], [split]).falseAlarms[0].evidence).toBe('日豪円滑化協定（Reciprocal Access Agreement）');
  });

  it('matches a more precise predicted date, not a less precise one', () => {
    const g = [ev('g', { date: '2020-09' })];
    const finer = scoreEvents(g, [ev('p', { date: '2020-09-10' })]);
    expect(finer.overall.matched).toBe(1);
    expect(finer.attributes.exactDate).toEqual({ compared: 1, correct: 0, accuracy: 0 });
    expect(scoreEvents(g, [ev('p', { date: '2020' })]).overall.matched).toBe(0);
    expect(scoreEvents(g, [ev('p', { date: '2020-10' })]).overall.matched).toBe(0);
    expect(scoreEvents([ev('g', { date: '2020-09-10' })], [ev('p', { date: '2020-09' })]).overall.matched).toBe(0);
  });

  it('requires the level to agree for talks, not for other kinds', () => {
    expect(scoreEvents([gold[0]], [{ ...gold[0], level: 'chiefs' }]).overall.matched).toBe(0);
    expect(scoreEvents([gold[2]], [{ ...gold[2], level: 'working' }]).overall.matched).toBe(1);
  });

  it('requires the same partner set, in any order', () => {
    expect(scoreEvents([gold[2]], [{ ...gold[2], partners: ['USA', 'AUS', 'IND'] }]).overall.matched).toBe(1);
    expect(scoreEvents([gold[2]], [{ ...gold[2], partners: ['AUS', 'USA'] }]).overall.matched).toBe(0);
  });

  it('matches one-to-one, preferring the prediction whose evidence overlaps the gold', () => {
    const a = ev('a', { date: '2020-09', evidence: [{ start: 0, end: 20, text: 'x' }] });
    const b = ev('b', { date: '2020-09', evidence: [{ start: 50, end: 70, text: 'y' }] });
    const pa = ev('pa', { date: '2020-09', evidence: [{ start: 5, end: 15, text: 'x' }] });
    const pb = ev('pb', { date: '2020-09', evidence: [{ start: 55, end: 60, text: 'y' }] });
    const r = scoreEvents([a, b], [pb, pa, ev('pc', { date: '2020-09' })]);
    expect(r.matches).toEqual([
      { gold: 'a', predicted: 'pa' },
      { gold: 'b', predicted: 'pb' },
    ]);
    expect(r.falseAlarms.map((e) => e.id)).toEqual(['pc']);
  });

  it('scores mode and jpRole only where the gold gives them', () => {
    const r = scoreEvents(gold, [{ ...gold[0], mode: 'phone' }, gold[1], { ...gold[2], mode: 'video' }]);
    expect(r.attributes.mode).toEqual({ compared: 2, correct: 1, accuracy: 0.5 });
  });

  it('handles empty inputs', () => {
    expect(scoreEvents([], []).overall).toEqual({ gold: 0, predicted: 0, matched: 0, precision: 1, recall: 1, f1: 1 });
    expect(scoreEvents(gold, []).overall).toMatchObject({ precision: 1, recall: 0, f1: 0 });
  });
});

describe('formatEval', () => {
  const r = scoreEvents(gold, [gold[0], ev('p9', { kind: 'port-call', partners: ['LKA'] })]);

  it('renders a compact text table with the misses and false alarms', () => {
    const text = formatEvalText(r);
    expect(text).toMatch(/^kind\s+gold\s+pred\s+match\s+precision\s+recall\s+F1$/m);
    expect(text).toMatch(/^talks\s+2\s+1\s+1\s+1\.000\s+0\.500\s+0\.667$/m);
    expect(text).toMatch(/^all \(micro\)\s+3\s+2\s+1\s+0\.500\s+0\.333\s+0\.400$/m);
    expect(text).toContain('misses (gold not matched): 2');
    expect(text).toContain('2020-05    talks             IND          5月、印国防相と電話会談。');
    expect(text).toContain('false alarms (predicted not matched): 1');
  });

  it('renders JSON that parses back to the result', () => {
    expect(JSON.parse(formatEvalJson(r))).toEqual(r);
  });
});

describe('nearMisses', () => {
  it('pairs a false alarm with the miss told in the same place and names the fields that differ', () => {
    // g1 read with the wrong partner and month, g2 not read at all, and one event made up elsewhere.
    const predicted = [
      ev('p1', { partners: ['NZL'], date: '2020-10-10' }),
      ev('p2', { kind: 'exercise', evidence: [{ start: 900, end: 920, text: '別の段落。' }] }),
      ev('p3', { ...gold[2], id: 'p3' }),
    ];
    const result = scoreEvents(gold, predicted);
    expect(nearMisses(gold, predicted, result)).toEqual({
      paired: 1,
      byField: { kind: 0, date: 1, partners: 1, level: 0 },
      falseAlarmsAlone: 1,
      missesAlone: 1,
    });
  });

  it('counts nothing when every event matches', () => {
    const result = scoreEvents(gold, gold);
    expect(nearMisses(gold, gold, result)).toEqual({ paired: 0, byField: { kind: 0, date: 0, partners: 0, level: 0 }, falseAlarmsAlone: 0, missesAlone: 0 });
  });
});
