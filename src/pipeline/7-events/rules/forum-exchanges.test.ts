/**
 * A multilateral forum told as the place of an exchange with its participants (codebook 470): one conference with
 * those partners, not talks with each. Passages written for this test in the style of the chiefs' and the
 * minister's press conferences; beside them stand neighbours that must keep their talks.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../../index.js';

/** A chief of staff's press conference of 令和6年3月14日, its remarks as given. */
function briefing(...sentences: string[]): string[] {
  const text = `海上幕僚長記者会見\n\n令和6年3月14日\n海上幕僚長 定例記者会見\n\n ${sentences.join('')}\n`;
  const doc = buildDocument(decodeBytes(new TextEncoder().encode(text), 'kaiken.txt'), { published: '2024-03-14', kind: 'transcript' });
  return extractEvents(doc)
    .events.filter((e: KoryuEvent) => e.kind === 'talks' || e.kind === 'conference')
    .map((e) => `${e.kind} ${e.date} ${e.partners.join(',')}`)
    .sort();
}

describe('an exchange with a forum’s participants at the forum (codebook 470)', () => {
  it('makes the forum one conference with the countries listed, not talks with each', () => {
    expect(
      briefing('先週開催されたシーパワー・サミットにおいては、海洋の安定という課題を共有する英国・フランス・インド・インドネシアとの懇談を通じ、海軍種間の連携を深めました。'),
    ).toEqual(['conference 2024-03 FRA,GBR,IDN,IND']);
  });

  it('reads 「…フォーラムでは、A、B及びCの海軍トップと意見交換を行い」 the same way', () => {
    expect(briefing('今月のインド洋海軍フォーラムでは、インド、オーストラリア及びフランスの海軍トップと意見交換を行い、協力の方向性を確認しました。')).toEqual([
      'conference 2024-03 AUS,FRA,IND',
    ]);
  });

  it('keeps bilateral talks told with their own 会談 and counterpart at the forum', () => {
    expect(briefing('先週開催されたシーパワー・サミットにおいては、英国の第一海軍卿と会談を行いました。')).toEqual(['talks 2024-03 GBR']);
    expect(briefing('先週開催されたシーパワー・サミットにおいては、英国・フランス・インドの海軍トップとそれぞれ懇談しました。').filter((e) => e.startsWith('talks'))).toEqual([
      'talks 2024-03 FRA',
      'talks 2024-03 GBR',
      'talks 2024-03 IND',
    ]);
  });

  it('keeps an exchange with one or two countries at a forum as talks', () => {
    expect(briefing('先週開催されたシーパワー・サミットにおいては、英国・フランスとの懇談を通じ、連携を深めました。').filter((e) => e.startsWith('talks'))).not.toEqual([]);
  });

  it('leaves a summit of leaders alone', () => {
    const before = briefing('日ASEAN首脳会議においては、総理がタイ・ベトナム・フィリピンの首脳と懇談しました。');
    expect(before.filter((e) => e.startsWith('conference'))).toEqual([]);
  });
});
