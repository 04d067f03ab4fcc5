import { describe, expect, it } from 'vitest';
import type { Block, BlockType, KoryuDocument, Section, Sentence } from '../../model/document.js';
import { MappedText } from '../../model/mapped-text.js';
import { resolveDocumentTime } from './resolve.js';

/** One line of the hand-built document: its block type, section and sentences. */
type Line = [BlockType, number, ...string[]];

/**
 * A small document in the white paper's shape: each block is one line of the original text,
 * preceded by a two-character page-noise prefix so that clean and original offsets differ.
 */
function buildDoc(lines: Line[], sectionTitles: string[]): KoryuDocument {
  let original = '';
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  for (const [type, sectionId, ...texts] of lines) {
    original += '▼ ';
    const blockStart = original.length;
    const blockId = blocks.length;
    for (const text of texts) {
      const clean = MappedText.identity(text, original.length);
      const span = { start: original.length, end: original.length + text.length };
      sentences.push({ id: sentences.length, text, clean, span, pieces: [span], blockId, blockType: type, sectionId });
      original += text;
    }
    blocks.push({
      id: blockId,
      type,
      clean: MappedText.identity(original.slice(blockStart), blockStart),
      span: { start: blockStart, end: original.length },
      sectionId,
    });
    original += '\n';
  }
  const sections: Section[] = sectionTitles.map((title, id) => ({
    id,
    level: 2,
    marker: String(id + 1),
    title,
    parentId: null,
    path: [title],
    span: { start: 0, end: 0 },
  }));
  return {
    source: { path: 'test', text: original, encoding: 'utf-8', format: 'text', contentHash: '' },
    context: { kind: 'other', kindFrom: 'default' },
    blocks,
    sections,
    sentences,
    glossary: {},
    annotations: [],
  };
}

const doc = buildDoc(
  [
    ['heading', 0, '1 オセアニア国との防衛協力・交流'],
    ['paragraph', 0, '2020年11月、両国首脳は共同声明を発出した。', '同年5月及び10月には、両国の防衛大臣が電話会談を行った。'],
    ['caption', 0, '共同訓練に参加する護衛艦（2021年2月）'],
    ['paragraph', 0, '同年12月には、海幕長が同国海軍本部長と会談した。'],
    ['sidebar', 0, '私は、2019年4月から同国の陸軍に派遣されています。', '同年9月には、共同演習の調整を担当しました。'],
    ['footnote', 0, '同年に署名された協定を指す。'],
    ['paragraph', 0, '同月、空自は共同訓練に参加した。'],
    ['heading', 1, '2 南アジア国との防衛協力・交流'],
    ['paragraph', 1, '同年7月には、統幕長がテレビ会談を行った。', '2018年10月、両国は協定に署名した。', '翌年3月に協定は発効した。'],
  ],
  ['オセアニア国', '南アジア国'],
);
resolveDocumentTime(doc);

const byText = (prefix: string): Sentence => {
  const s = doc.sentences.find((x) => x.text.startsWith(prefix));
  if (!s) throw new Error(`no sentence starting ${prefix}`);
  return s;
};
const datesOf = (prefix: string): string[][] => (byText(prefix).time ?? []).map((m) => m.dates);

describe('resolveDocumentTime', () => {
  it('fills time for every sentence', () => {
    for (const s of doc.sentences) expect(Array.isArray(s.time), s.text).toBe(true);
    expect(byText('1 オセアニア').time).toEqual([]);
  });

  it('reads 同年 along the running text', () => {
    expect(datesOf('2020年11月')).toEqual([['2020-11']]);
    expect(datesOf('同年5月及び10月')).toEqual([['2020-05', '2020-10']]);
  });

  it('does not let a caption, a sidebar or a footnote change the running year', () => {
    expect(datesOf('共同訓練に参加する')).toEqual([['2021-02']]);
    expect(datesOf('同年12月には')).toEqual([['2020-12']]);
    expect(datesOf('同月、空自')).toEqual([['2020-12']]);
  });

  it('reads a sidebar with its own context begun from the running one', () => {
    expect(datesOf('私は、2019年4月')).toEqual([['2019-04']]);
    expect(datesOf('同年9月には、共同演習')).toEqual([['2019-09']]);
    // A footnote right after the paragraph about 2020 starts from the running context.
    expect(datesOf('同年に署名')).toEqual([['2020']]);
  });

  it('starts a new section without a context', () => {
    expect(byText('同年7月には、統幕長').time).toEqual([]);
    expect(datesOf('2018年10月')).toEqual([['2018-10']]);
    expect(datesOf('翌年3月')).toEqual([['2019-03']]);
  });

  it('does not let a date in a plan move the running year', () => {
    const planned = buildDoc(
      [['paragraph', 0, '2022年6月、両国は協議を行った。', 'なお、次回会合は、翌年にソウルで開催する予定である。', '同年9月には、共同訓練を実施した。']],
      ['韓国'],
    );
    resolveDocumentTime(planned);
    expect(planned.sentences[1].time![0].dates).toEqual(['2023']);
    expect(planned.sentences[2].time![0].dates).toEqual(['2022-09']);
  });

  it('starts a subsection from its parent section’s dates, not from a sibling’s', () => {
    const nested = buildDoc(
      [
        ['paragraph', 0, '令和5年1月10日から12日までの日程で、大臣は同国を訪問した。'],
        ['paragraph', 1, '翌11日、大臣は大統領を表敬した。'],
        ['paragraph', 2, '同日、大臣は部隊を視察した。'],
      ],
      ['訪問', '表敬', '視察'],
    );
    nested.sections[1].parentId = 0;
    nested.sections[2].parentId = 0;
    resolveDocumentTime(nested);
    expect(nested.sentences[1].time![0].dates).toEqual(['2023-01-11']);
    // 同日 in the second subsection reads the parent's context (the span's last day, the 12th), not
    // the sibling's 11th.
    expect(nested.sentences[2].time![0].dates).toEqual(['2023-01-12']);
  });

  it('maps each mention to the original text', () => {
    for (const s of doc.sentences) {
      for (const m of s.time ?? []) {
        expect(doc.source.text.slice(m.span.start, m.span.end)).toBe(m.text);
        expect(m.span).toEqual(s.clean.toOriginal(m.local));
      }
    }
    const m = byText('同年5月及び10月').time![0];
    expect(m).toMatchObject({ text: '同年5月及び10月', kind: 'list', relative: true, rule: 'time.list' });
  });
});
