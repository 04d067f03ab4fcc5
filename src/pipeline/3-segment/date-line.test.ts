/**
 * A dated line alone at a release's or a transcript's head is no part of the sentence under it (codebook 508). The passages
 * are written for the test in the style of the ministry's plain-text pages (lines broken only between paragraphs).
 */
import { describe, expect, it } from 'vitest';
import { buildDocument, decodeBytes, extractEvents } from '../index.js';

function read(text: string, published: string) {
  const doc = buildDocument(decodeBytes(new TextEncoder().encode(text), 'page.txt'), { published });
  return { sentences: doc.sentences.map((s) => s.text), events: extractEvents(doc).events.map((e) => `${e.kind} ${e.date} ${e.partners.join(',')}`).sort() };
}

describe('a dated line alone (codebook 508)', () => {
  it("keeps a transcript head's full date out of the first sentence, which then pairs each date with its counterpart", () => {
    const { sentences, events } = read(
      ['防衛大臣記者会見', '令和6年10月11日', '前回の在任中には、2016年3月にカーター米国防長官と、同年7月にはペイン豪国防大臣と会談を行いました。'].join('\n'),
      '2024-10-11',
    );
    expect(sentences).toContain('令和6年10月11日');
    expect(events).toEqual(['talks 2016-03 USA', 'talks 2016-07 AUS']);
  });

  it('reads a western full date with its weekday as a line of its own too', () => {
    const { sentences } = read(['日比防衛相会談について', '2024年5月20日(月)', '防衛大臣は、本日、フィリピン国防大臣と会談を行った。'].join('\n'), '2024-05-20');
    expect(sentences[1]).toBe('2024年5月20日(月)');
  });

  it('leaves a date that opens a sentence in it', () => {
    const { sentences } = read(['日比防衛相会談について', '2024年5月20日、防衛大臣はフィリピン国防大臣と会談を行った。'].join('\n'), '2024-05-20');
    expect(sentences).toContain('2024年5月20日、防衛大臣はフィリピン国防大臣と会談を行った。');
  });
});
