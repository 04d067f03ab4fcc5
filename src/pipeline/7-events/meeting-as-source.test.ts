/**
 * A meeting named with its date as where something was agreed (codebook 491): 「4月の「2+2」での合意を実現していくこと」
 * tells the 2+2 held in April, the plan being the agreement's; a meeting named by its statement and coordinated with
 * another (「本年4月の「2+2」共同発表及び日米首脳会談における合意」) shares its date. Passages written for the test.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../index.js';

function talksOf(text: string, published: string, kind = 'press-release'): string[] {
  const doc = buildDocument(decodeBytes(new TextEncoder().encode(text), 'release.txt'), { published, kind });
  return extractEvents(doc)
    .events.filter((e: KoryuEvent) => e.kind === 'talks')
    .map((e) => [e.date, e.partners.join(','), e.jpRole, e.name ?? ''].join(' '))
    .sort();
}
const HEAD = '日米防衛相電話会談について\n\n2012年6月20日\n\n';

describe('a meeting named with its date as where something was agreed (codebook 491)', () => {
  it('reads 「4月の「2+2」での合意を実現していくこと」 as the 2+2 of April, held', () => {
    const text = HEAD + '山田大臣とスミス米国防長官は、4月の「2+2」での合意を着実に実現していくことで一致しました。\n';
    expect(talksOf(text, '2012-06-20')).toContain('2012-04 USA minister 2+2');
  });
  it('gives the date of a 2+2 named by its statement to the summit coordinated with it', () => {
    const text = HEAD + '両閣僚は、本年4月の「2+2」共同発表及び日米首脳会談における合意を再確認し、作業を加速することで一致した。\n';
    expect(talksOf(text, '2012-06-20')).toEqual(expect.arrayContaining(['2012-04 USA minister 2+2', '2012-04 USA prime-minister ']));
  });
  it('tells no meeting whose agreement is still sought (「次回の「2+2」での合意を目指す」)', () => {
    const text = HEAD + '山田大臣とスミス米国防長官は、次回の「2+2」での合意を目指していくことで一致しました。\n';
    expect(talksOf(text, '2012-06-20').filter((r) => r.includes('2+2'))).toEqual([]);
  });
});

describe('a meeting noun joined to another act’s noun (codebook 493)', () => {
  it('reads 「…国防大臣と防衛省において覚書署名式及び会談を行った」 as a meeting with that minister', () => {
    const text = '防衛協力覚書署名式及び会談について\n\n2019年3月25日\n\n2019年3月25日、田中防衛大臣は、訪日中のスミス・オマーン国防担当大臣と防衛省において日オマーン防衛協力覚書署名式及び会談を行った。\n';
    expect(talksOf(text, '2019-03-25')).toEqual(['2019-03-25 OMN minister ']);
  });
});

describe('a release whose head tells its title done (codebook 495)', () => {
  const title = '山田防衛大臣とスミス米国防長官の電話会談について\n\n2015年1月23日\n防衛省\n\n標記について、下記のとおり実施されましたのでお知らせします。\n\n';
  it('reads the meeting of the title as held on the release’s day when the text writes no other day', () => {
    const text = title + '冒頭、山田大臣から就任の挨拶を述べ、スミス長官から祝意が示されました。両者は、昨年12月の合意を着実に実施していくことで一致しました。\n';
    expect(talksOf(text, '2015-01-23')).toEqual(['2015-01-23 USA minister ']);
  });
  it('leaves the title alone when the text dates the meeting on another day', () => {
    const text = title + '1月21日、山田防衛大臣とスミス米国防長官との電話会談が行われました。\n';
    expect(talksOf(text, '2015-01-23')).toEqual(['2015-01-21 USA minister ']);
  });
});
