import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../model/event.js';
import { displayWidth, formatEvents, truncateToWidth } from './format-events.js';

const base: KoryuEvent = {
  id: 'ev-0123456789ab',
  kind: 'talks',
  date: '2020-09-10',
  partners: ['AUS'],
  format: 'bilateral',
  level: 'ministerial',
  jpRole: 'minister',
  mode: 'video',
  highLevel: true,
  evidence: [{ start: 3, end: 30, text: '防衛大臣は、豪国防大臣と「会談」を行い、\n"協力"で一致した。' }],
  confidence: 0.9,
};
const exercise: KoryuEvent = {
  ...base,
  id: 'ev-ffff',
  kind: 'exercise',
  date: '2021-01',
  dateEnd: '2021-02',
  partners: ['AUS', 'USA'],
  format: 'trilateral',
  jpRole: 'unit',
  mode: undefined,
  highLevel: false,
  name: '日米豪共同訓練「コープ・ノース21」（グアム及び北マリアナ諸島周辺空域）',
};
const agreement: KoryuEvent = { ...base, id: 'ev-a', kind: 'agreement', instrument: 'ACSA', milestone: 'in-force', highLevel: false };

describe('formatEvents', () => {
  it('jsonl: one record per line; json: an array', () => {
    const jsonl = formatEvents([base, exercise], 'jsonl');
    expect(jsonl.split('\n')).toHaveLength(3);
    expect(JSON.parse(jsonl.split('\n')[1])).toEqual(JSON.parse(JSON.stringify(exercise)));
    expect(formatEvents([], 'jsonl')).toBe('');
    expect(JSON.parse(formatEvents([base], 'json'))).toEqual([base]);
  });

  it('csv: a header, partners joined by ";", the first evidence with its offsets, RFC 4180 quoting', () => {
    const lines = formatEvents([base, exercise], 'csv').split('\n');
    expect(lines[0]).toBe(
      'id,kind,date,dateEnd,partners,format,level,jpRole,mode,name,instrument,milestone,method,field,highLevel,confidence,rule,source,sources,evidenceCount,evidenceStart,evidenceEnd,evidence',
    );
    expect(lines[1]).toBe(
      'ev-0123456789ab,talks,2020-09-10,,AUS,bilateral,ministerial,minister,video,,,,,,true,0.9,,,,1,3,30,"防衛大臣は、豪国防大臣と「会談」を行い、',
    );
    expect(lines[2]).toBe('""協力""で一致した。"');
    expect(lines[3]).toContain(',AUS;USA,trilateral,');
  });

  it('table: aligned columns, short ids, spans, what the event is about, and a count', () => {
    const out = formatEvents([base, exercise, agreement], 'table');
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id\s+date\s+kind\s+partners\s+jpRole\s+mode\s+HL\s+name \/ instrument \/ field$/);
    expect(lines[2]).toMatch(/^ev-01234567… +2020-09-10 +talks +AUS +minister +video +yes$/);
    expect(lines[3]).toContain('2021-01..2021-02');
    expect(lines[3]).toContain('AUS,USA');
    expect(lines[4]).toContain('ACSA in-force');
    expect(lines[5]).toBe('3 events');
    const forum = formatEvents([{ ...base, partners: ['AUS', 'BRN', 'CHN', 'IDN', 'IND', 'KHM'] }], 'table');
    expect(forum).toContain(' AUS,BRN,CHN +3 ');
    // Every column starts at the same display position on every row.
    const kindAt = (l: string) => displayWidth(l.slice(0, l.indexOf(l.includes('kind') ? 'kind' : l.match(/talks|exercise|agreement/)![0])));
    expect(new Set([lines[0], lines[2], lines[3], lines[4]].map(kindAt)).size).toBe(1);
    // The long Japanese name is cut to 40 columns with an ellipsis.
    const name = lines[3].slice(lines[3].indexOf('日米豪'));
    expect(displayWidth(name)).toBeLessThanOrEqual(40);
    expect(name.endsWith('…')).toBe(true);
  });
});

describe('display width', () => {
  it('counts full-width characters as two columns', () => {
    expect(displayWidth('AUS')).toBe(3);
    expect(displayWidth('会談')).toBe(4);
    expect(displayWidth('ＡＢ１')).toBe(6);
    expect(displayWidth('ｱｲ')).toBe(2); // half-width katakana
    expect(displayWidth('コープ・ノース21')).toBe(16);
  });

  it('truncates to a width without splitting a wide character', () => {
    expect(truncateToWidth('日米共同訓練', 12)).toBe('日米共同訓練');
    expect(truncateToWidth('日米共同訓練', 7)).toBe('日米共…');
    expect(displayWidth(truncateToWidth('日米共同訓練', 8))).toBeLessThanOrEqual(8);
  });
});
