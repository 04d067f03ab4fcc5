import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../test/corpus.js';
import type { DecodedSource } from '../../model/document.js';
import { normalizeInline } from '../2-normalize/index.js';
import { splitSentences } from '../4-sentences/index.js';
import { segmentDocument } from './index.js';
import { estimateColumnWidth, readLines } from './lines.js';

const fixtureDir = path.join(repoRoot, 'test', 'fixtures', 'pdf-noise');
const read = (name: string) => readFileSync(path.join(fixtureDir, name), 'utf8');

interface Expected {
  rule: string;
  /** Column-wrapped passages are set after column.txt, so that the column width can be estimated. */
  column: boolean;
  blocks: Array<[string, string]>;
  paragraphSentences: string[];
  sections?: Array<[number, string, string]>;
  glossary?: Record<string, string>;
}

const expected = JSON.parse(read('expected.json')) as Record<string, Expected>;
const column = read('column.txt');

const source = (text: string): DecodedSource => ({ path: 'fixture', text, encoding: 'utf-8', format: 'text', contentHash: '' });

function run(name: string, e: Expected) {
  const text = e.column ? `${column}\n${read(`${name}.txt`)}` : read(`${name}.txt`);
  const from = e.column ? column.length : 0;
  const doc = segmentDocument(source(text));
  const sentences = splitSentences(doc.blocks);
  return { text, from, doc, sentences };
}

describe('segmentDocument on the PDF-noise fixtures', () => {
  it.each(Object.entries(expected))('%s', (name, e) => {
    const { text, from, doc, sentences } = run(name, e);
    expect(doc.blocks.filter((b) => b.span.start >= from).map((b) => [b.type, b.clean.text]), e.rule).toEqual(e.blocks);
    expect(sentences.filter((s) => s.span.start >= from && s.blockType === 'paragraph').map((s) => s.text)).toEqual(
      e.paragraphSentences,
    );
    if (e.sections) expect(doc.sections.map((s) => [s.level, s.marker, s.title])).toEqual(e.sections);
    if (e.glossary) expect(doc.glossary).toEqual(e.glossary);
    // The offset contract, on every sentence of the passage.
    for (const s of sentences) {
      expect(s.pieces.map((p) => normalizeInline(text.slice(p.start, p.end))).join('')).toBe(s.text);
      for (const o of s.clean.origin) expect(s.pieces.some((p) => o >= p.start && o < p.end)).toBe(true);
    }
  });

  it('maps every clean character back to the same character (or a space) in the original', () => {
    for (const [name, e] of Object.entries(expected)) {
      const { text, doc } = run(name, e);
      for (const b of doc.blocks) {
        for (let i = 0; i < b.clean.text.length; i++) {
          const ch = b.clean.text[i];
          const at = text[b.clean.origin[i]];
          if (ch === ' ') expect(/\s/.test(at), name).toBe(true);
          else expect(at, name).toBe(ch);
        }
      }
    }
  });

  it('gives every block the section it lies in', () => {
    const { doc } = run('headings', expected.headings);
    const byTitle = (t: string) => doc.sections.find((s) => s.title === t)!.id;
    const paragraph = doc.blocks.find((b) => b.clean.text.startsWith('防衛省は、2009年'))!;
    expect(paragraph.sectionId).toBe(byTitle('日ASEAN防衛当局次官級会合'));
    const heading = doc.blocks.find((b) => b.type === 'heading' && b.clean.text.startsWith('イ'))!;
    expect(heading.sectionId).toBe(byTitle('東京ディフェンス・フォーラム'));
    expect(doc.sections.find((s) => s.title === '日ASEAN防衛当局次官級会合')!.path).toEqual([
      '多国間協力の推進に向けて',
      '多国間における安全保障協力',
      '多国間安全保障枠組みにおける取組',
      '防衛当局間の実務者協議の枠組みと最近の主な実績',
      '日ASEAN防衛当局次官級会合',
    ]);
    expect(doc.sections.every((s) => s.subject === undefined)).toBe(true);
  });

  it('numbers blocks in document order and keeps an interrupted paragraph as one block with parts', () => {
    const { text, doc } = run('caption-between', expected['caption-between']);
    expect(doc.blocks.map((b) => b.id)).toEqual(doc.blocks.map((_, i) => i));
    for (let i = 1; i < doc.blocks.length; i++) expect(doc.blocks[i].span.start).toBeGreaterThan(doc.blocks[i - 1].span.start);
    const paragraph = doc.blocks.find((b) => b.parts)!;
    expect(paragraph.parts).toHaveLength(2);
    const caption = doc.blocks.find((b) => b.type === 'caption')!;
    expect(caption.span.start).toBeGreaterThanOrEqual(paragraph.parts![0].end);
    expect(caption.span.end).toBeLessThanOrEqual(paragraph.parts![1].start);
    expect(text.slice(paragraph.parts![1].start, paragraph.parts![1].end)).toBe('で一致した。');
  });
});

describe('estimateColumnWidth', () => {
  it('finds the column of a wrapped text and none in clean text', () => {
    expect(estimateColumnWidth(readLines(column))).toBe(22);
    expect(estimateColumnWidth(readLines(read('clean-text.txt')))).toBe(Infinity);
  });
});

describe('segmentDocument: web pages write headings with a narrow space', () => {
  it('reads 「ア title」 as a level-5 heading, not the first words of the paragraph below it', () => {
    const text = '(2)多国間訓練の主催\n\nア 多国間訓練の主催など\n わが国は2002年4月、初めて多国間訓練を主催した。\n';
    const doc = segmentDocument(source(text));
    expect(doc.sections.map((s) => [s.level, s.marker, s.title])).toEqual([[4, '(2)', '多国間訓練の主催'], [5, 'ア', '多国間訓練の主催など']]);
    expect(doc.blocks.map((b) => b.type)).toEqual(['heading', 'heading', 'paragraph']);
  });

  it('does not take a letter-spaced line 「ア ジ ア」 for a heading', () => {
    const doc = segmentDocument(source('ア ジ ア の 安 全 保 障\n\n本文である。\n'));
    expect(doc.sections).toEqual([]);
  });
});

describe('segmentDocument: photo captions on a web page', () => {
  it('reads lines that end with where a person stands (左端)(右)(中央) as captions, not the start of the next paragraph', () => {
    const text =
      '1. 5日、副大臣は記念式典に参列しました。\n    山田A国大臣(左端)\n    鈴木B国長官(右)\n  2. 同日、副大臣はC国国防大臣と会談しました。\n';
    const doc = segmentDocument(source(text));
    expect(doc.blocks.map((b) => [b.type, b.clean.text])).toEqual([
      ['paragraph', '1. 5日、副大臣は記念式典に参列しました。'],
      ['caption', '山田A国大臣(左端)'],
      ['caption', '鈴木B国長官(右)'],
      ['paragraph', '2.同日、副大臣はC国国防大臣と会談しました。'],
    ]);
  });

  it('keeps a sentence that ends with a bracket and 。 as running text', () => {
    const doc = segmentDocument(source('会談では双方の立場を確認した(右派の主張)。\n'));
    expect(doc.blocks.map((b) => b.type)).toEqual(['paragraph']);
  });
});

describe('estimateColumnWidth: a web page with a photo log (codebook 360)', () => {
  it('finds no column when a sentence ends on a line four times the width of the short lines', () => {
    const captions = Array.from({ length: 24 }, (_, i) => `隊員が作業する様子その${'一二三四五六七八九十'[i % 10]}`);
    const lead = '第1輸送航空隊は、令和5年11月29日から同年12月12日までの間、グアムにおいて多国間共同訓練を実施しました。';
    expect(estimateColumnWidth(readLines([...captions, lead].join('\n')))).toBe(Infinity);
    // Without the sentence, the short lines alone are read as a column, as before.
    expect(Number.isFinite(estimateColumnWidth(readLines(captions.join('\n'))))).toBe(true);
    // A line three columns wide, as a printed page's footnote, leaves the column.
    const footnote = '1 この協定は、両国の部隊間における物品の相互の提供の手続を定めた。';
    expect(Number.isFinite(estimateColumnWidth(readLines([...captions, footnote].join('\n'))))).toBe(true);
  });
});
