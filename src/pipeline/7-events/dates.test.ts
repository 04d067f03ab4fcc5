/**
 * Dates of events whose sentence gives none of their own, or gives only another occasion's (codebook 162–).
 * Every passage is written for the test in the style of the ministry's releases, transcripts and unit pages;
 * beside each passage that must fire stand neighbours that must not (a plan, a white paper, a date of its own).
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../index.js';

/** A minister's press conference of `day` (its heading), its announcements as given. */
function conference(day: string, ...sentences: string[]): string {
  return `防衛大臣記者会見\n\n日時\n${day}\n場所\n防衛省\n\n1 発表事項\n\n ${sentences.join('')}\n`;
}
function eventsOf(text: string, kinds: string[], published?: string, kind?: string): string[] {
  const doc = buildDocument(decodeBytes(new TextEncoder().encode(text), 'page.txt'), { ...(published ? { published } : {}), ...(kind ? { kind } : {}) });
  return extractEvents(doc)
    .events.filter((e: KoryuEvent) => kinds.includes(e.kind))
    .map((e) => [e.kind, e.date + (e.dateEnd ? `..${e.dateEnd}` : ''), e.partners.join(','), e.jpRole].join(' '))
    .sort();
}
const talksOf = (text: string, published?: string, kind?: string) => eventsOf(text, ['talks'], published, kind);

describe('a meeting dated only by its last time is also of the occasion (codebook 162)', () => {
  it('gives the meeting told and its last time (「…以来2回目となる…会談を行いました」)', () => {
    const text = conference('令和6年5月3日(金)10:00~10:20', 'フィンランドの国防大臣との間で、昨年6月以来2回目となる防衛相会談を行いました。');
    expect(talksOf(text)).toEqual(['talks 2023-06 FIN minister', 'talks 2024-05-03 FIN minister']);
  });
  it('reads 「…に続き2度目となる」 and 「…以来、約1年ぶりの」 the same way, in a release too', () => {
    const spoken = conference('令和6年5月3日(金)10:00~10:20', '続いて、ベトナム国防大臣と、今年2月に続き2度目となるテレビ会談を実施いたしました。');
    expect(talksOf(spoken)).toEqual(['talks 2024-02 VNM minister', 'talks 2024-05-03 VNM minister']);
    const release = '日西防衛相会談について\n\n令和5年9月8日\n防衛省\n\n木原防衛大臣は、スペイン国防大臣と、2022年6月以来、約1年ぶりとなる会談を実施しました。\n';
    expect(talksOf(release, undefined, 'press-release')).toEqual(['talks 2022-06 ESP minister', 'talks 2023-09-08 ESP minister']);
  });
  it('keeps the own date of a meeting that has one, and gives no occasion to a plan or a predicate nominal', () => {
    const dated = conference('令和6年5月3日(金)10:00~10:20', '5月1日、フィンランドの国防大臣との間で、昨年6月以来2回目となる防衛相会談を行いました。');
    expect(talksOf(dated)).toEqual(['talks 2023-06 FIN minister', 'talks 2024-05-01 FIN minister']);
    const nominal = conference('令和6年5月3日(金)10:00~10:20', 'スウェーデンとは一昨年10月以来、約1年半ぶりの防衛相会談でございまして、協力の方向性を確認したいと考えております。');
    expect(talksOf(nominal)).toEqual(['talks 2022-10 SWE minister']);
  });
  it('adds nothing in a white paper, which states no occasion', () => {
    const paper = '令和5年版防衛白書\n\nフィンランドとの関係\n\n防衛大臣は、フィンランド国防大臣との間で、2021年4月以来2回目となる防衛相会談を行った。\n';
    expect(talksOf(paper, '2023', 'whitepaper')).toEqual(['talks 2021-04 FIN minister']);
  });
});
