/**
 * Stages 2–4 on the sample (read from ../shared/corpus, never copied here): the offset
 * contract on every sentence, and what the noise must not do to the running text.
 */
import { describe, expect, it } from 'vitest';
import type { DecodedSource } from '../src/model/document.js';
import { normalizeInline } from '../src/pipeline/2-normalize/index.js';
import { segmentDocument } from '../src/pipeline/3-segment/index.js';
import { splitSentences } from '../src/pipeline/4-sentences/index.js';
import { readSample, sampleAvailable } from './corpus.js';

describe.skipIf(!sampleAvailable())('stages 2–4 on the sample', () => {
  const text = sampleAvailable() ? readSample() : '';
  const source: DecodedSource = { path: 'sample', text, encoding: 'utf-8', format: 'text', contentHash: '' };
  const doc = segmentDocument(source);
  const sentences = splitSentences(doc.blocks);
  const paragraphTexts = sentences.filter((s) => s.blockType === 'paragraph').map((s) => s.text);

  it('keeps the offset contract on every sentence', () => {
    expect(sentences.length).toBeGreaterThan(500);
    for (const s of sentences) {
      expect(s.pieces.map((p) => normalizeInline(text.slice(p.start, p.end))).join(''), `sentence ${s.id}`).toBe(s.text);
      for (const o of s.clean.origin) expect(s.pieces.some((p) => o >= p.start && o < p.end)).toBe(true);
      expect(s.span.start).toBe(s.pieces[0].start);
      expect(s.span.end).toBe(s.pieces[s.pieces.length - 1].end);
    }
  });

  it('numbers blocks and sentences in document order', () => {
    sentences.forEach((s, i) => expect(s.id).toBe(i));
    for (let i = 1; i < sentences.length; i++) expect(sentences[i].span.start).toBeGreaterThan(sentences[i - 1].span.start);
    doc.blocks.forEach((b, i) => expect(b.id).toBe(i));
    expect(sentences.every((s) => doc.blocks[s.blockId].type === s.blockType)).toBe(true);
  });

  it('restores names cut by furigana and abbreviations cut by their expansion', () => {
    expect(paragraphTexts.filter((t) => t.includes('鄭景斗韓国国防部長官')).length).toBe(2);
    expect(paragraphTexts.some((t) => t.includes('魏鳳和国務委員兼国防部長'))).toBe(true);
    expect(paragraphTexts.some((t) => t.includes('拡大ASEAN国防相会議（ADMMプラス）'))).toBe(true);
    expect(paragraphTexts.some((t) => t.includes('（ADMM Plus') || t.includes('Ministers’'))).toBe(false);
    expect(doc.glossary.ADMM).toBe('ASEAN Defence Ministers’ Meeting');
    expect(doc.glossary.FOIP).toBe('Free and Open Indo-Pacific');
    expect(doc.annotations.some((a) => a.kind === 'reading' && a.base === '鄭景斗')).toBe(true);
    expect(paragraphTexts.some((t) => t.includes('ル ギ ー') || t.includes('こ と を'))).toBe(false);
  });

  it('keeps captions, footnotes, sidebars and page furniture out of the running text', () => {
    const outside: Array<[string, string]> = [
      ['caption', '共同記者会見を行う岸防衛大臣'],
      ['caption', 'テレビ会談を行う山崎統幕長'],
      ['caption', '帽子を振る'],
      ['footnote', '陸上無人車両のことを指す'],
      ['footnote', '正式名称：日本国の自衛隊とオーストラリア国防軍'],
      ['furniture', '令和3年版防衛白書'],
      ['furniture', '第3章'],
      ['furniture', '第Ⅲ部'],
      ['media', 'URL：'],
      ['sidebar', '連絡将校として、陸上総隊司令部において勤務'],
      ['sidebar', '防衛協力・交流を行ってまいりました'],
      ['figure', '5回以上'],
    ];
    for (const [type, needle] of outside) {
      expect(paragraphTexts.filter((t) => t.includes(needle)), needle).toEqual([]);
      const home = doc.blocks.filter((b) => b.clean.text.includes(needle)).map((b) => b.type);
      expect(home, needle).toContain(type);
    }
    // The vertical running head, read across, must not reach the text either.
    expect(paragraphTexts.filter((t) => /安\s*全\s*保\s*障\s*協\s*力\s*第/.test(t))).toEqual([]);
  });

  it('joins the halves of a sentence split by a caption glued to a body line', () => {
    const s = sentences.find((x) => x.text.includes('引き続き韓国側の適切な対応を強く求めていく'))!;
    expect(s.blockType).toBe('paragraph');
    expect(s.pieces).toHaveLength(2);
  });

  it('splits the Australian phone talks sentence exactly', () => {
    const wanted = '同年5月及び10月には、河野防衛大臣及び岸防衛大臣は、レイノルズ国防大臣との間で電話会談を行った。';
    expect(paragraphTexts.filter((t) => t === wanted)).toHaveLength(1);
  });

  it('builds the section tree, country sections included', () => {
    const titles = new Set(doc.sections.map((s) => s.title));
    const countries = [
      'オーストラリア', 'インド', 'インドネシア', 'ベトナム', 'シンガポール', 'フィリピン', 'タイ', 'カンボジア',
      'ミャンマー', 'ラオス', 'マレーシア', 'ブルネイ', '韓国', '英国', 'フランス', 'ドイツ', 'カナダ',
      'ニュージーランド', 'NATO', 'その他の欧州諸国', '中国', 'ロシア', '太平洋島嶼国', '中東諸国', 'スリランカ',
      'パキスタン', 'モンゴル', 'アフリカ諸国', '中南米諸国',
    ];
    for (const c of countries) expect(titles.has(c), c).toBe(true);
    for (const t of [
      '多国間における安全保障協力の推進',
      '多国間安全保障枠組み・対話における取組',
      '拡大ASEAN国防相会議（ADMMプラス）のもとでの取組',
      '実践的な多国間安全保障協力の推進',
      '能力構築支援への積極的かつ戦略的な取組',
      '「自由で開かれたインド太平洋」（FOIP）というビジョンのもとでの取組',
    ]) {
      expect(titles.has(t), t).toBe(true);
    }
    const byTitle = (t: string) => doc.sections.find((s) => s.title === t)!;
    expect(byTitle('インドネシア').level).toBe(4);
    expect(doc.sections[byTitle('インドネシア').parentId!].title).toBe('東南アジア（ASEAN）諸国');
    expect(byTitle('韓国').level).toBe(3);
    expect(byTitle('各国との防衛協力・交流の推進').level).toBe(2);
    expect(doc.sections[0].marker).toBe('第1節');
    // Footnotes and figure legends are not headings.
    expect(doc.sections.some((s) => s.title.startsWith('回以上') || s.title.includes('正式名称'))).toBe(false);
    const reynolds = sentences.find((s) => s.text.startsWith('同年5月及び10月には、河野防衛大臣'))!;
    expect(doc.sections[reynolds.sectionId].path).toContain('オーストラリア');
  });
});
