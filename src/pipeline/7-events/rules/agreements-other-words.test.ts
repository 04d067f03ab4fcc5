/**
 * Agreements, other acts and personnel told in other words (codebook 440–459). Passages written for this
 * test in the style of the white paper, a press release or a unit page; each row fails without the rule it names.
 */
import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../../model/event.js';
import { buildDocument, decodeBytes, extractEvents } from '../../index.js';

const page = (text: string, published: string): KoryuEvent[] =>
  extractEvents(buildDocument(decodeBytes(new TextEncoder().encode(text), 'page.txt'), { published })).events;
const brief = (e: KoryuEvent) => [e.kind, e.date, e.partners.join(','), e.milestone ?? ''].join(' ').trim();
const of = (kind: string, ev: KoryuEvent[]) => ev.filter((e) => e.kind === kind).map(brief).sort();

describe('rule 440: a 「参照…」 line of a web white paper is a cross-reference, not the start of the next sentence', () => {
  it('keeps the topic 「カナダとの間では」 after a reference line, for the instruments signed in later paragraphs', () => {
    const ev = page(
      '参照図表IV-2-1(防衛装備・技術協力の例)、資料40(協定の締結状況)\nカナダとの間では、2019年7月、物品役務相互提供協定が発効した。\nまた、2021年2月には、研究者の交流に関する取決めに署名し、相互派遣の枠組みを整えた。\n',
      '2022',
    );
    expect(of('agreement', ev)).toEqual(['agreement 2019-07 CAN in-force', 'agreement 2021-02 CAN signed']);
  });

  it('reads a reference line written 「参照> 資料…」 the same way', () => {
    const ev = page('参照> 資料51(共同訓練の実績)\nインドとの間では、2020年9月、物品役務相互提供協定に署名した。\nまた、2023年3月には、装備協力に関する覚書に署名した。\n', '2023');
    expect(of('agreement', ev)).toEqual(['agreement 2020-09 IND signed', 'agreement 2023-03 IND signed']);
  });

  it('leaves a sentence that merely mentions 参照 alone', () => {
    const ev = page('参照した資料によれば、2021年2月には、研究者の交流に関する取決めに署名した。\n', '2022');
    expect(of('agreement', ev)).toEqual([]);
  });
});
