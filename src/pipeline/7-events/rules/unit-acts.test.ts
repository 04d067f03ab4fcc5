/**
 * Acts of units that are neither exercises nor port calls (codebook rule 160): exchanges between units,
 * static displays at a foreign air show, study visits to foreign units, inspections done beside a foreign
 * commander, seminars for the attachés in Tokyo — and their neighbours that tell nothing. Passages written
 * for this test; each row fails without the rule (or data) it names.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../../index.js';

/** A plain text with a publication date, through the whole pipeline, its kind found from the text. */
const page = (text: string, published: string): KoryuEvent[] =>
  extractEvents(buildDocument(decodeBytes(new TextEncoder().encode(text), 'page.txt'), { published })).events;
const brief = (e: KoryuEvent) => [e.kind, e.date, e.dateEnd ?? '', e.partners.join(',')].join(' ');
const others = (ev: KoryuEvent[]) => ev.filter((e) => e.kind === 'other').map(brief).sort();

describe('unit exchanges listed one by one, on a unit page', () => {
  it('makes one exchange per force listed, dated by the sentence before (また、…と部隊間交流を実施しました)', () => {
    const ev = page('航空隊の海外訪問について\n\n令和元年9月3日~5日、空自の輸送機部隊が豪空軍アンバリー基地を訪れ、飛行訓練を見学しました。\n\nまた、同基地に所在するオーストラリア空軍、ニュージーランド空軍の輸送機部隊と部隊間交流を行いました。\n', '2019-09-10');
    expect(others(ev)).toEqual(['other 2019-09-03 2019-09-05 AUS', 'other 2019-09-03 2019-09-05 NZL']);
  });

  it('keeps a 日X compound one exchange of all its parties', () => {
    const ev = page('交流の様子\n\n2018年6月12日、第3航空団の隊員は、日米豪の各部隊と部隊間交流を実施しました。\n', '2018-06-15');
    expect(others(ev)).toEqual(['other 2018-06-12  AUS,USA']);
  });

  it('leaves an exchange told as a habit or a plan alone', () => {
    expect(others(page('部隊の紹介\n\n令和3年5月、当隊は新編されました。\n\n当隊は、米空軍の部隊と定期的に部隊間交流を行っています。\n', '2021-05-20'))).toEqual([]);
    expect(others(page('今後の予定\n\n2022年8月1日、当隊は、来月にも英空軍の部隊と部隊間交流を行う予定です。\n', '2022-08-02'))).toEqual([]);
  });
});

describe('a static display, and acts sharing a sentence\'s opening date', () => {
  it('reads a static display at a foreign air show, dated by the date that opens the sentence, apart from the exchange', () => {
    const ev = page('航空ショーへの参加\n\n2019年7月19日~21日、空自のC-2輸送機が英国の空軍基地に着陸し同国空軍主催の航空ショーにおいて機体の地上展示を行いました。\n\nさらに、英空軍の輸送機部隊と部隊間交流を実施しました。\n', '2019-07-25');
    expect(others(ev)).toEqual(['other 2019-07-19 2019-07-21 GBR', 'other 2019-07-19 2019-07-21 GBR']);
  });

  it('gives no display when no foreign party is named (a base festival at home)', () => {
    expect(others(page('基地祭\n\n令和4年10月2日、入間基地において航空祭を開催し、航空機の地上展示を実施しました。\n', '2022-10-05'))).toEqual([]);
  });
});

describe('study visits and inspections with a foreign commander', () => {
  it('reads a course\'s study visit to a foreign headquarters, each country visited apart', () => {
    expect(others(page('研修\n\n幹部学校の学生は、2019年11月6日に、在日米空軍司令部を研修しました。\n', '2019-11-08'))).toEqual(['other 2019-11-06  USA']);
    expect(others(page('学校長より\n\n先月、課程学生に対し、フランス及びインドネシア研修をさせました。\n', '2016-10-12'))).toEqual(['other 2016-09  FRA', 'other 2016-09  IDN']);
  });

  it('gives no study visit without a foreign party in its own clause, nor in capacity building', () => {
    expect(others(page('研修\n\n2019年11月6日、米国の事例について学ぶため、学生は市ヶ谷の各施設を研修しました。\n', '2019-11-08'))).toEqual([]);
    expect(page('支援\n\n2019年11月6日、能力構築支援として、ベトナム海軍の潜水員が横須賀の潜水医学実験隊を研修しました。\n', '2019-11-08').filter((e) => e.kind === 'other')).toEqual([]);
  });

  it('reads an inspection done beside a foreign commander, not beside a Japanese one', () => {
    expect(others(page('視察\n\n8月3日、航空幕僚長がインド空軍参謀長とともにその訓練の様子を視察しました。\n', '2023-08-04'))).toEqual(['other 2023-08-03  IND']);
    expect(others(page('視察\n\n8月3日、航空幕僚長は、統合幕僚長とともに、米空軍の輸送機を視察しました。\n', '2023-08-04'))).toEqual([]);
  });
});

describe('seminars for the attachés in Tokyo (codebook rule 207; the trigger is a forum)', () => {
  it('reads each seminar held for the attachés, their countries unnamed', () => {
    const ev = page('武官団セミナーについて\n\n陸上幕僚監部は、2016年5月12日及び6月9日に「武官団セミナー」を開催しました。\n', '2016-06-20');
    expect(others(ev)).toEqual(['other 2016-05-12  ', 'other 2016-06-09  ']);
    expect(ev.every((e) => e.format === 'multilateral')).toBe(true);
  });

  it('leaves the seminar described as a habit, or planned', () => {
    expect(others(page('武官団セミナーとは\n\n2016年6月20日、武官団セミナーは月1回、定期的に実施している取り組みです。\n', '2016-06-20'))).toEqual([]);
    expect(others(page('予定\n\n2016年6月20日、陸上幕僚監部は今後も武官団セミナーを開催していく予定です。\n', '2016-06-20'))).toEqual([]);
  });
});

describe('earlier occurrences counted by the sentence that refers back (codebook rule 161)', () => {
  it('makes each date before 「に続き…回目」 an earlier occurrence of the engagement just told', () => {
    const ev = page('第3回セミナー\n\n陸上幕僚監部は、2016年7月5日に「武官団セミナー」を実施しました。\n\n本セミナーは、5月、6月に続き3回目となり、20カ国の武官が参加しました。\n', '2016-07-08');
    expect(others(ev)).toEqual(['other 2016-05  ', 'other 2016-06  ', 'other 2016-07-05  ']);
  });

  it('reads 「昨年に次いで2回目となる本訓練」 as last year\'s training with the same partner', () => {
    const ev = page('共同訓練について\n\n8月2日から5日の間、航空自衛隊は、タイ空軍と人道支援に関する日タイ共同訓練を実施しました。\n\n昨年に次いで2回目となる本訓練には、両国の輸送機が参加しました。\n', '2023-08-07');
    expect(ev.filter((e) => e.kind === 'exercise').map(brief).sort()).toEqual(['exercise 2022  THA', 'exercise 2023-08-02 2023-08-05 THA']);
  });

  it('counts nothing without a reference back, a count, or with a later date', () => {
    const told = '共同訓練について\n\n8月2日から5日の間、航空自衛隊は、タイ空軍と日タイ共同訓練を実施しました。\n\n';
    const exercises = (s: string) => page(told + s + '\n', '2023-08-07').filter((e) => e.kind === 'exercise').length;
    expect(exercises('昨年に次いで、両国の輸送機が参加しました。')).toBe(1);
    expect(exercises('空軍種間では昨年に続き2回目の交流となりました。')).toBe(1);
    expect(exercises('本訓練は、来年に続き…と3回目が計画されています。')).toBe(1);
  });
});
