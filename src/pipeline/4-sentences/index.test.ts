import { describe, expect, it } from 'vitest';
import type { Block, BlockType } from '../../model/document.js';
import { MappedText } from '../../model/mapped-text.js';
import { normalizeMapped } from '../2-normalize/index.js';
import { concatMapped } from '../3-segment/drafts.js';
import { sentenceBounds, splitSentences } from './index.js';

const texts = (s: string) => sentenceBounds(s).map(([a, b]) => s.slice(a, b));

describe('sentenceBounds', () => {
  it.each<[string, string, string[]]>([
    ['splits on 。', '会談を行った。両大臣は一致した。', ['会談を行った。', '両大臣は一致した。']],
    ['keeps a 。 inside 「」', '「協力を進める。」ことで一致した。次に移る。', ['「協力を進める。」ことで一致した。', '次に移る。']],
    ['keeps a 。 inside （）', '覚書（2018年改訂。）に署名した。', ['覚書（2018年改訂。）に署名した。']],
    ['keeps a 。 inside 『』', '『防衛白書。』を発表した。', ['『防衛白書。』を発表した。']],
    ['ignores an unclosed bracket', '「協力を進める。両大臣は一致した。', ['「協力を進める。', '両大臣は一致した。']],
    ['keeps a trailing sentence without 。', '一致した。動画：日豪共同訓練', ['一致した。', '動画：日豪共同訓練']],
    ['drops empty sentences and spaces around them', '一致した。 。', ['一致した。', '。']],
  ])('%s', (_rule, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});

function block(id: number, type: BlockType, original: string, parts: Array<[number, number]>): Block {
  const clean = concatMapped(parts.map(([a, b]) => normalizeMapped(original.slice(a, b), a).clean));
  const spans = parts.map(([start, end]) => ({ start, end }));
  const b: Block = { id, type, clean, span: { start: parts[0][0], end: parts[parts.length - 1][1] }, sectionId: 3 };
  if (spans.length > 1) b.parts = spans;
  return b;
}

describe('splitSentences', () => {
  const original = '防衛大臣は会談を\n行った。同年10月に\n\nキャプション（2020年10月）\n 協議した。';
  const captionStart = original.indexOf('キャプション');
  const resume = original.indexOf(' 協議');
  const paragraph = block(0, 'paragraph', original, [
    [0, original.indexOf('\n\n')],
    [resume, original.length],
  ]);
  const caption = block(1, 'caption', original, [[captionStart, original.indexOf('\n', captionStart)]]);

  it('gives a sentence one piece per part it touches, not one per line', () => {
    const sentences = splitSentences([paragraph, caption]);
    const first = sentences.find((s) => s.text.startsWith('防衛大臣'))!;
    expect(first.pieces).toEqual([first.span]);
    const second = sentences.find((s) => s.text === '同年10月に協議した。')!;
    expect(second.pieces).toHaveLength(2);
    expect(second.pieces.map((p) => original.slice(p.start, p.end))).toEqual(['同年10月に', '協議した。']);
    expect(second.span).toEqual({ start: second.pieces[0].start, end: second.pieces[1].end });
    expect(second.blockId).toBe(0);
    expect(second.sectionId).toBe(3);
  });

  it('numbers sentences in document order, caption sentences carrying their block type', () => {
    const sentences = splitSentences([paragraph, caption]);
    expect(sentences.map((s) => [s.id, s.blockType, s.text])).toEqual([
      [0, 'paragraph', '防衛大臣は会談を行った。'],
      [1, 'paragraph', '同年10月に協議した。'],
      [2, 'caption', 'キャプション（2020年10月）'],
    ]);
  });

  it('never splits furniture, headings, references or media', () => {
    const mk = (type: BlockType) => ({ ...block(0, type, '安全保障協力。', [[0, 7]]) });
    for (const type of ['furniture', 'heading', 'reference', 'media'] as BlockType[]) expect(splitSentences([mk(type)])).toEqual([]);
    expect(splitSentences([mk('footnote')])).toHaveLength(1);
  });

  it('keeps the map: every sentence is a slice of its block clean text', () => {
    const b: Block = { id: 0, type: 'paragraph', clean: MappedText.identity('一。二。', 10), span: { start: 10, end: 14 }, sectionId: -1 };
    const [s1, s2] = splitSentences([b]);
    expect([s1.span, s2.span]).toEqual([
      { start: 10, end: 12 },
      { start: 12, end: 14 },
    ]);
    expect(Array.from(s2.clean.origin)).toEqual([12, 13]);
  });
});
