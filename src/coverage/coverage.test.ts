import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../gazetteer/index.js';
import { buildDocument, decodeBytes, extractEvents } from '../pipeline/index.js';
import { makeEvent } from '../store/contract.js';
import { coveragePeriod, covers, documentCoverage, eventsCoverage } from './index.js';

describe('coveragePeriod', () => {
  it('is the shortest run of months holding two thirds of the dates: old history does not stretch it', () => {
    const dates = ['1958', '2007-03', '2019-11', '2020-04', '2020-05-12', '2020-09', '2020-12', '2021-01', '2021-03'];
    expect(coveragePeriod(dates)).toEqual({ from: '2020-04', to: '2021-03' });
  });
  it('takes years when nothing finer exists, and widens to the dates it is given besides', () => {
    expect(coveragePeriod(['2019', '2020'])).toEqual({ from: '2019-01', to: '2020-12' });
    expect(coveragePeriod(['2020-12-22'], ['2021-01-05'])).toEqual({ from: '2020-12', to: '2021-01' });
    expect(coveragePeriod([])).toBeUndefined();
  });
});

describe('source coverage', () => {
  it("covers a region section's countries, the country sections and the partners of bilateral events", () => {
    const text =
      '第1節　各国との防衛協力\n\n1　インド\n\n2020年12月、防衛大臣はインド国防大臣と電話会談を行った。\n\n' +
      '2　東南アジア諸国\n\n2020年11月、防衛大臣はベトナム国防大臣とテレビ会談を行った。\n';
    const doc = buildDocument(decodeBytes(new TextEncoder().encode(text), 'wp.txt'), { kind: 'whitepaper', published: '2021' });
    const { events } = extractEvents(doc);
    const c = documentCoverage(doc, events, loadGazetteer());
    expect(c.partners).toEqual(expect.arrayContaining(['IND', 'VNM', 'PHL', 'KHM', 'SGP']));
    expect(c.partners).not.toContain('USA');
    expect(c).toMatchObject({ from: '2020-11', to: '2020-12' });
  });
  it("leaves a forum's members out, and takes a release's own date", () => {
    const forum = makeEvent({ id: 'f', kind: 'conference', partners: ['AUS', 'CHN', 'USA'], format: 'multilateral', date: '2020-12-10' });
    const call = makeEvent({ id: 'c', partners: ['IND'], date: '2020-12-22' });
    expect(eventsCoverage([forum, call], [], 'press-release', '2021-01-04')).toEqual({ partners: ['IND'], from: '2020-12', to: '2021-01' });
    expect(eventsCoverage([call], [], 'whitepaper', '2021-07')).toEqual({ partners: ['IND'], from: '2020-12', to: '2020-12' });
  });
  it('covers a partner in the years its period touches', () => {
    const c = { partners: ['IND'], from: '2019-11', to: '2021-03' };
    expect([2018, 2019, 2020, 2021, 2022].map((y) => covers(c, 'IND', y))).toEqual([false, true, true, true, false]);
    expect(covers(c, 'AUS', 2020)).toBe(false);
    expect(covers(undefined, 'IND', 2020)).toBe(false);
  });
});
