/**
 * A visitor named after the title (codebook 497): 「米海軍長官カルロス・デル・トロ閣下が来訪されました」 — the title, then the
 * visitor's name with a rank or 閣下, then が — is a call received, as 「…豪陸軍本部長が来省されました」 is. Written for the test.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../index.js';

function talksOf(body: string): string[] {
  const text = `海上幕僚長の活動報告\n\n2021年11月\n\n${body}\n`;
  const doc = buildDocument(decodeBytes(new TextEncoder().encode(text), 'page.txt'), { published: '2021-11', kind: 'other' });
  return extractEvents(doc)
    .events.filter((e: KoryuEvent) => e.kind === 'talks')
    .map((e) => [e.date, e.partners.join(',')].join(' '))
    .sort();
}

describe('a visitor named after the title (codebook 497)', () => {
  it('reads 「…長官カルロス・スミス閣下が来訪されました」 as a call received from that country', () => {
    expect(talksOf('11月8日(月)に、米海軍長官カルロス・スミス閣下が来訪されました。')).toEqual(['2021-11-08 USA']);
  });
  it('reads a name with a rank after the title the same way', () => {
    expect(talksOf('11月8日(月)に、豪海軍本部長マイケル・ジョーンズ中将が来訪されました。')).toEqual(['2021-11-08 AUS']);
  });
  it('reads 「…国防大臣、X閣下は、…防衛大学校を訪問されました」 as a call on the academy', () => {
    expect(talksOf('ラオス人民民主共和国国防大臣、ソムサイ・ケオ閣下は、令和3年11月2日、防衛大学校を訪問されました。')).toEqual(['2021-11-02 LAO']);
  });
  it('reads a delegation as subject with its date before the academy (「…による訪問団は、…日、防衛大学校を訪問」)', () => {
    expect(talksOf('共同作業部会に参加する、タイ外交部及び国防部による訪問団は、令和3年11月5日、防衛大学校を訪問されました。')).toEqual(['2021-11-05 THA']);
  });
  it('tells no call when the title is only the topic of what follows', () => {
    expect(talksOf('11月8日(月)に、米海軍長官の発言について説明しました。')).toEqual([]);
  });
});
