/**
 * A way of meeting stated once (codebook 507): the mention that states no mode is the meeting whose mode another mention
 * states. Every passage is written for the test in the style of the ministry's transcripts and releases.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../index.js';

function talksOf(text: string, published: string): string[] {
  const doc = buildDocument(decodeBytes(new TextEncoder().encode(text), 'kaiken.txt'), { published });
  return extractEvents(doc)
    .events.filter((e: KoryuEvent) => e.kind === 'talks')
    .map((e) => [e.date, e.partners.join(','), e.jpRole, e.mode].join(' '))
    .sort();
}

describe('a way of meeting stated once (codebook 507)', () => {
  it("takes a transcript title's call as the mode of the meeting its body tells with no mode", () => {
    const text = [
      '防衛大臣、日比防衛相電話会談後の臨時記者会見',
      '令和6年5月20日(月)、防衛大臣は省内で臨時会見を行った。',
      '大臣:本日午後、フィリピンのテオドロ国防大臣との間で日比防衛相会談を実施いたしました。',
      '両国の協力を一層進めることで一致しました。',
    ].join('\n');
    expect(talksOf(text, '2024-05-20')).toEqual(['2024-05-20 PHL minister phone']);
  });

  it("takes a release heading's video meeting as the mode of its body's meeting", () => {
    const text = [
      '日独防衛相テレビ会談について',
      '令和5年2月8日',
      '防衛大臣は、本日、ドイツのピストリウス国防大臣と会談を行ったところ、概要は以下のとおり。',
    ].join('\n');
    expect(talksOf(text, '2023-02-08')).toEqual(['2023-02-08 DEU minister video']);
  });

  it('keeps a call and a meeting in person stated on one day apart', () => {
    const text = [
      '防衛大臣記者会見',
      '令和6年5月20日',
      '本日朝、フィリピンのテオドロ国防大臣と電話会談を行いました。',
      '午後には、来日中のフィリピンのテオドロ国防大臣と対面で会談を行いました。',
      'また、同日、フィリピンのテオドロ国防大臣と会談を行いました。',
    ].join('\n');
    expect(talksOf(text, '2024-05-20')).toEqual(['2024-05-20 PHL minister in-person', '2024-05-20 PHL minister phone']);
  });
});
