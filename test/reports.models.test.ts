import { describe, expect, it } from 'vitest';
import {
  agreementMatrix,
  binOf,
  buildAgreements,
  buildCapacityBuilding,
  buildCountry,
  buildExerciseNetwork,
  buildHighLevel,
  buildModeShift,
  buildPartners,
} from '../src/reports/index.js';
import { latestCompleteFiscalYear } from '../src/reports/period.js';
import { FIXTURE_EVENTS as EVENTS } from './reports.fixture.js';

describe('high-level report', () => {
  it('counts bilateral high-level talks per partner in FY2020, sorted by count then code', () => {
    expect(buildHighLevel(EVENTS, { from: '2020-04', to: '2021-03' })).toEqual({
      from: '2020-04',
      to: '2021-03',
      rows: [
        { partner: 'AUS', type: 'country', count: 5, events: ['t-aus-2', 't-aus-3', 't-aus-4', 't-aus-5', 't-aus-6'] },
        { partner: 'IND', type: 'country', count: 3, events: ['t-ind-1', 't-ind-2', 't-ind-3'] },
        { partner: 'GBR', type: 'country', count: 2, events: ['t-gbr-1', 't-gbr-2'] },
        { partner: 'EU', type: 'organization', count: 1, events: ['t-eu-1'] },
        { partner: 'FRA', type: 'country', count: 1, events: ['t-fra-1'] },
        { partner: 'NATO', type: 'organization', count: 1, events: ['t-nato-1'] },
        { partner: 'SGP', type: 'country', count: 1, events: ['t-sgp-1'] },
        { partner: 'TON', type: 'country', count: 1, events: ['t-ton-1'] },
      ],
    });
  });

  it('defaults to the latest complete fiscal year among the data', () => {
    // The data run to 2021-05: FY2021 is not over, FY2020 is.
    expect(latestCompleteFiscalYear(EVENTS)).toEqual({ from: '2020-04', to: '2021-03' });
    const r = buildHighLevel(EVENTS);
    expect([r.from, r.to]).toEqual(['2020-04', '2021-03']);
    // Data ending in March make that fiscal year complete.
    const upToMarch = EVENTS.filter((e) => e.date <= '2021-03');
    expect(latestCompleteFiscalYear(upToMarch)).toEqual({ from: '2020-04', to: '2021-03' });
  });

  it('keeps the period inclusive at both ends', () => {
    const r = buildHighLevel(EVENTS, { from: '2019-12', to: '2020-05' });
    expect(r.rows).toEqual([{ partner: 'AUS', type: 'country', count: 2, events: ['t-aus-1', 't-aus-2'] }]);
  });

  it('bins counts as the white paper does', () => {
    expect([7, 5, 4, 3, 2, 1, 0].map(binOf)).toEqual([5, 5, 3, 3, 2, 1, 0]);
  });

  it('rejects malformed months with the option in the message', () => {
    expect(() => buildHighLevel(EVENTS, { from: '2020-13', to: '2021-03' })).toThrow(/--from.*2020-13/);
    expect(() => buildHighLevel(EVENTS, { from: '2021-04', to: '2021-03' })).toThrow(/after/);
  });
});

describe('capacity-building report', () => {
  it('lists one row per partner and activity in the period', () => {
    const r = buildCapacityBuilding(EVENTS, { from: '2020-01', to: '2021-03' });
    expect(r.rows).toEqual([
      { partner: 'ASEAN', type: 'organization', method: 'invitation', field: 'HA/DR', date: '2021-02', events: ['cb-asean-1'] },
      { partner: 'IDN', type: 'country', method: 'invitation', field: '航空救難', date: '2020-12', events: ['cb-idn-1'] },
      { partner: 'KHM', type: 'country', method: 'online', field: 'PKO', date: '2020-11', events: ['cb-khm-1'] },
      { partner: 'MMR', type: 'country', method: 'dispatch', field: '航空気象', date: '2020-02', events: ['cb-mmr-1'] },
      { partner: 'MMR', type: 'country', method: 'invitation', field: '航空気象', date: '2020-12', events: ['cb-mmr-2'] },
      { partner: 'PNG', type: 'country', method: 'online', field: '音楽隊', date: '2020-10', events: ['cb-png-1'] },
      { partner: 'TLS', type: 'country', method: 'dispatch', field: '施設', date: '2020-02', events: ['cb-tls-1'] },
      { partner: 'VNM', type: 'country', method: 'dispatch', field: '潜水医学', date: '2020-01', events: ['cb-vnm-1'] },
    ]);
  });

  it('defaults to the latest edition’s span: the latest complete fiscal year from the January it began in', () => {
    const r = buildCapacityBuilding(EVENTS);
    expect([r.from, r.to]).toEqual(['2020-01', '2021-03']);
    expect(r.rows).toEqual(buildCapacityBuilding(EVENTS, { from: '2020-01', to: '2021-03' }).rows);
  });

  it('counts an activity dated to a span when the span overlaps the period', () => {
    const span = { ...EVENTS.find((e) => e.id === 'cb-lka-1')!, id: 'cb-span', date: '2020-01', dateEnd: '2021-03' };
    const r = buildCapacityBuilding([span], { from: '2020-04', to: '2021-03' });
    expect(r.rows.map((x) => x.events)).toEqual([['cb-span']]);
  });
});

describe('agreements report', () => {
  it('holds every milestone with its month', () => {
    const r = buildAgreements(EVENTS);
    expect(r.rows.map((x) => [x.partners.join('+'), x.instrument, x.milestone, x.date, x.name])).toEqual([
      ['DEU', 'ISA', 'signed', '2021-03', null],
      ['IDN', 'ETA', 'signed', '2021-03', null],
      ['IDN', 'ETA', 'in-force', '2021-03', null],
      ['IND', 'ACSA', 'signed', '2020-09', null],
      ['KOR', 'ISA', 'termination-notice', '2019-08', 'GSOMIA'],
      ['KOR', 'ISA', 'suspended', '2019-11', 'GSOMIA'],
      ['PHL', 'ETA', 'in-force', '2016-04', null],
    ]);
    expect(r.rows[0]).toEqual({ partners: ['DEU'], instrument: 'ISA', milestone: 'signed', date: '2021-03', name: null, events: ['ag-deu-1'] });
  });

  it('puts the latest milestone in each matrix cell, the later stage winning a tie', () => {
    const m = agreementMatrix(buildAgreements(EVENTS));
    expect(m.instruments).toEqual(['ACSA', 'ISA', 'ETA', 'RAA', 'MOU']);
    expect(m.partners).toEqual(['DEU', 'IDN', 'IND', 'KOR', 'PHL']);
    expect(m.cells.get('IDN|ETA')!.latest.milestone).toBe('in-force');
    expect(m.cells.get('KOR|ISA')!.latest.milestone).toBe('suspended');
    expect(m.cells.get('KOR|ISA')!.history.map((h) => h.milestone)).toEqual(['termination-notice', 'suspended']);
  });
});

describe('mode-shift report', () => {
  it('counts talks per calendar quarter by mode, with the high-level subset', () => {
    const r = buildModeShift(EVENTS, { from: '2020-01', to: '2020-09' });
    expect(r.quarters.map((q) => [q.quarter, q.counts])).toEqual([
      ['2020-Q1', { 'in-person': 1, phone: 0, video: 0, unknown: 0 }],
      ['2020-Q2', { 'in-person': 0, phone: 2, video: 1, unknown: 0 }],
      ['2020-Q3', { 'in-person': 1, phone: 1, video: 2, unknown: 0 }],
    ]);
    expect(r.quarters[1].highLevel.counts).toEqual({ 'in-person': 0, phone: 2, video: 0, unknown: 0 });
    expect(r.quarters[1].events.video).toEqual(['t-kor-1']);
  });

  it('defaults to whole quarters over at most the last three years of talks', () => {
    const r = buildModeShift(EVENTS);
    expect([r.from, r.to]).toEqual(['2019-10', '2021-06']);
    expect(r.quarters).toHaveLength(7);
    const older = [...EVENTS, { ...EVENTS[0], id: 't-old', date: '2012-05' }];
    expect(buildModeShift(older).from).toBe('2018-07');
    expect(r.quarters.at(-1)!.counts.video).toBe(1);
  });
});

describe('country chronology', () => {
  it('lists the partner’s events in order over the last N years, with the counterpart from the evidence', () => {
    const r = buildCountry(EVENTS, 'IND', { years: 1 });
    expect([r.from, r.to]).toEqual(['2020-06', '2021-05']);
    expect(r.rows.map((x) => [x.date, x.kind, x.principal, x.mode, x.counterpart.title?.en ?? null])).toEqual([
      ['2020-06', 'talks', 'minister', 'phone', 'Minister of Defence'],
      ['2020-09', 'agreement', null, null, null],
      ['2020-09', 'talks', 'minister', 'phone', null],
      ['2020-11', 'exercise', null, null, null],
      ['2021-01', 'talks', 'chief-gsdf', 'video', 'Chief of Army Staff'],
    ]);
    expect(r.rows[3].counterpart.partners).toEqual(['IND', 'AUS', 'USA']);
    expect(r.rows[0].excerpt).toBe('2020年6月、防衛大臣は印国防大臣と電話会談を行った。');
  });
});

describe('exercise network', () => {
  it('joins every two participants of each exercise, weighted by exercises', () => {
    const r = buildExerciseNetwork(EVENTS);
    expect(r.nodes.map((n) => [n.id, n.count])).toEqual([
      ['AUS', 3],
      ['GBR', 1],
      ['IND', 1],
      ['JPN', 5],
      ['USA', 3],
    ]);
    expect(r.edges.map((e) => [e.source, e.target, e.weight, e.names])).toEqual([
      ['AUS', 'IND', 1, ['マラバール2020']],
      ['AUS', 'JPN', 3, ['コープ・ノース21', 'マラバール2020']],
      ['AUS', 'USA', 2, ['コープ・ノース21', 'マラバール2020']],
      ['GBR', 'JPN', 1, []],
      ['IND', 'JPN', 1, ['マラバール2020']],
      ['IND', 'USA', 1, ['マラバール2020']],
      ['JPN', 'USA', 3, ['キーン・ソード21', 'コープ・ノース21', 'マラバール2020']],
    ]);
  });
});

describe('partners overview', () => {
  it('counts events by kind for every partner, with its group', () => {
    const r = buildPartners(EVENTS, (c) => (c === 'KOR' ? null : 'g'), { from: '2020-04', to: '2021-03' });
    const ind = r.rows.find((x) => x.partner === 'IND')!;
    expect(ind.counts).toMatchObject({ talks: 3, exercise: 1, agreement: 1, 'capacity-building': 0 });
    expect(ind.total).toBe(5);
    expect(ind.group).toBe('g');
    expect(r.rows.find((x) => x.partner === 'KOR')).toMatchObject({ group: null, total: 1 });
    expect(r.rows.find((x) => x.partner === 'PHL')).toBeUndefined(); // its only event is from 2016
  });
});
