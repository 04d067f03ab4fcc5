import { describe, expect, it } from 'vitest';
import type { KoryuDocument } from '../model/document.js';
import { MappedText } from '../model/mapped-text.js';
import { formatInspect, inspectModel, summaryLine } from './format-inspect.js';

/**
 * A tiny document built by hand: a section (with a subject) and a sub-section without one,
 * a heading, a paragraph of two sentences (the second interrupted by a caption, and dated
 * relative to the first) and the caption itself.
 */
function handBuiltDoc(): KoryuDocument {
  //            0         1         2         3         4         5
  //            0123456789012345678901234567890123456789012345678901234567
  const text = '（1）オーストラリア\nア　防衛相会談\n2020年10月、防衛相会談を行った。同年11\n写真　会談の様子\n月にも協議した。\n';
  const at = (s: string): number => text.indexOf(s);
  const s2a = { start: at('同年11'), end: at('同年11') + 4 };
  const s2b = { start: at('月にも'), end: at('月にも') + 8 };
  const s2Clean = new MappedText('同年11月にも協議した。', Int32Array.from([...range(s2a.start, s2a.end), ...range(s2b.start, s2b.end)]));
  const para = '2020年10月、防衛相会談を行った。同年11月にも協議した。';
  const paraOrigin = Int32Array.from([...range(at('2020'), at('同年11') + 4), ...range(s2b.start, s2b.end)]);
  const s1 = { start: at('2020'), end: at('同年11') };
  return {
    source: { path: 'hand.txt', text, encoding: 'utf-8', format: 'text', contentHash: 'ab'.repeat(32) },
    context: { kind: 'other', kindFrom: 'default' },
    sections: [
      {
        id: 0, level: 3, marker: '（1）', title: 'オーストラリア', parentId: null, path: ['オーストラリア'],
        span: { start: 0, end: 10 }, subject: { kind: 'country', codes: ['AUS'], label: 'オーストラリア' },
      },
      { id: 1, level: 4, marker: 'ア', title: '防衛相会談', parentId: 0, path: ['オーストラリア', '防衛相会談'], span: { start: 11, end: 18 } },
    ],
    blocks: [
      { id: 0, type: 'heading', clean: MappedText.identity('（1）オーストラリア', 0), span: { start: 0, end: 10 }, sectionId: 0 },
      { id: 1, type: 'heading', clean: MappedText.identity('ア　防衛相会談', 11), span: { start: 11, end: 18 }, sectionId: 1 },
      { id: 2, type: 'paragraph', clean: new MappedText(para, paraOrigin), span: { start: s1.start, end: s2b.end }, sectionId: 1 },
      { id: 3, type: 'caption', clean: MappedText.identity('写真　会談の様子', at('写真')), span: { start: at('写真'), end: at('写真') + 8 }, sectionId: 1 },
    ],
    sentences: [
      {
        id: 0, text: '2020年10月、防衛相会談を行った。', clean: MappedText.identity('2020年10月、防衛相会談を行った。', s1.start),
        span: s1, pieces: [s1], blockId: 2, blockType: 'paragraph', sectionId: 1,
        time: [{ local: { start: 0, end: 8 }, span: { start: s1.start, end: s1.start + 8 }, text: '2020年10月', kind: 'point', dates: ['2020-10'], relative: false, rule: 'ym' }],
      },
      {
        id: 1, text: '同年11月にも協議した。', clean: s2Clean, span: { start: s2a.start, end: s2b.end }, pieces: [s2a, s2b],
        blockId: 2, blockType: 'paragraph', sectionId: 1,
        time: [{ local: { start: 0, end: 5 }, span: { start: s2a.start, end: s2b.start + 1 }, text: '同年11月', kind: 'point', dates: ['2020-11'], relative: true, rule: 'same-year' }],
      },
    ],
    glossary: { ADMM: "ASEAN Defence Ministers' Meeting" },
    annotations: [],
  };
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}

describe('formatInspect: json', () => {
  const doc = handBuiltDoc();
  const json = JSON.parse(formatInspect(doc, 'json'));

  it('has the documented top-level shape', () => {
    expect(Object.keys(json)).toEqual(['source', 'context', 'sections', 'blocks', 'sentences', 'glossary', 'annotations', 'summary']);
    expect(json.context).toEqual({
      kind: 'other', kindFrom: 'default', kindCue: null, published: null, publishedFrom: null, publishedCue: null, unanchored: [],
    });
    expect(json.source).toEqual({
      path: 'hand.txt', encoding: 'utf-8', format: 'text', title: null, contentHash: 'ab'.repeat(32), characters: doc.source.text.length,
    });
  });

  it('gives sentences their section path, inherited subject, pieces and dates in original offsets', () => {
    const s = json.sentences[1];
    expect(s.sectionPath).toEqual(['オーストラリア', '防衛相会談']);
    expect(s.subject).toEqual({ kind: 'country', codes: ['AUS'], label: 'オーストラリア' });
    expect(s.pieces).toHaveLength(2);
    for (const p of s.pieces) expect(doc.source.text.slice(p.start, p.end)).not.toContain('写真');
    expect(s.dates).toEqual([{ text: '同年11月', span: doc.sentences[1].time![0].span, kind: 'point', dates: ['2020-11'], relative: true, rule: 'same-year' }]);
    expect(json.sentences[0].dates[0].dates).toEqual(['2020-10']);
  });

  it('lists sections and blocks with spans and clean text', () => {
    expect(json.sections[0]).toMatchObject({ id: 0, level: 3, marker: '（1）', subject: { codes: ['AUS'] }, span: { start: 0, end: 10 } });
    expect(json.sections[1].subject).toBeNull();
    expect(json.blocks.map((b: { type: string }) => b.type)).toEqual(['heading', 'heading', 'paragraph', 'caption']);
    expect(json.blocks[3].text).toBe('写真　会談の様子');
  });

  it('summarizes counts per block type, sections, sentences and dated sentences', () => {
    expect(json.summary).toEqual({ blocks: { heading: 2, caption: 1, paragraph: 1 }, sections: 2, sentences: 2, datedSentences: 2 });
  });

  it('serializes MappedText-free plain data (no origin arrays leak)', () => {
    expect(JSON.stringify(inspectModel(doc))).not.toContain('origin');
  });
});

describe('formatInspect: text', () => {
  const out = formatInspect(handBuiltDoc(), 'text');
  const lines = out.split('\n');

  it('starts with the source line', () => {
    expect(lines[0]).toBe(`source: hand.txt (utf-8, text, ${handBuiltDoc().source.text.length} characters, sha256 abababababab…)`);
  });

  it('indents the section tree by level and shows subjects', () => {
    expect(out).toContain('\n  （1） オーストラリア [0,10) {country AUS: オーストラリア}');
    expect(out).toContain('\n    ア 防衛相会談 [11,18)\n');
  });

  it('shows blocks with type tags, sentences with spans and pieces, and resolved dates', () => {
    expect(out).toContain('\n§ （1） › ア 防衛相会談\n');
    expect(out).toMatch(/ {2}\[caption\] #3 \[\d+,\d+\) 写真　会談の様子/);
    expect(out).toMatch(/ {4}s1 \[\d+,\d+\) pieces \[\d+,\d+\) \[\d+,\d+\) 同年11月にも協議した。/);
    expect(out).toMatch(/ {6}date 同年11月 → 2020-11 \[\d+,\d+\) \(point, relative; same-year\)/);
    expect(out).toContain('ADMM = ASEAN Defence Ministers\' Meeting');
  });

  it('ends with the summary line', () => {
    expect(lines.at(-2)).toBe('summary: 4 blocks (heading 2, caption 1, paragraph 1), 2 sections, 2 sentences, 2 dated');
  });
});

describe('summaryLine', () => {
  it('reads like the documented example', () => {
    expect(summaryLine({ blocks: { paragraph: 180, caption: 40 }, sections: 95, sentences: 720, datedSentences: 310 })).toBe(
      'summary: 220 blocks (paragraph 180, caption 40), 95 sections, 720 sentences, 310 dated',
    );
  });
});
