import { describe, expect, it } from 'vitest';
import type { KoryuDocument, Sentence } from '../../model/document.js';
import { readSample, sampleAvailable, samplePath } from '../../../test/corpus.js';
import { parseTimeExpressions, type TimeContext } from './parse.js';

// The whole pipeline (decode → segment → sentences → time) is wired by the lead; until every
// stage it imports exists, the document-level checks skip with this note.
let buildSample: (() => KoryuDocument) | undefined;
let missing = '';
try {
  const pipeline = await import('../index.js');
  buildSample = () => pipeline.buildDocument(pipeline.decodeFileSync(samplePath()));
} catch (e) {
  missing = (e as Error).message;
}

const hasSample = sampleAvailable();

describe.skipIf(!hasSample)('time on the sample', () => {
  it('parses every raw line-joined sentence without error, in order', () => {
    const sentences = readSample().replace(/\n/g, '').split('。');
    let ctx: TimeContext = {};
    let count = 0;
    for (const s of sentences) {
      const r = parseTimeExpressions(s, ctx);
      ctx = r.ctx;
      for (const m of r.mentions) {
        expect(s.slice(m.local.start, m.local.end)).toBe(m.text);
        for (const d of m.dates) expect(d).toMatch(/^(19|20)\d\d(-\d\d(-\d\d)?)?$/);
        expect(m.text).not.toMatch(/年間|年版|か月/);
      }
      count += r.mentions.length;
    }
    expect(count).toBeGreaterThan(300);
  });

  describe.skipIf(!buildSample)(`through buildDocument${missing ? ` (skipped: pipeline not wired yet — ${missing.slice(0, 80)})` : ''}`, () => {
    const doc = buildSample ? buildSample() : undefined;
    const find = (...parts: string[]): Sentence => {
      const s = doc!.sentences.find((x) => parts.every((p) => x.text.includes(p)));
      if (!s) throw new Error(`no sentence with ${parts.join(' … ')}`);
      return s;
    };
    const dates = (s: Sentence): string[] => (s.time ?? []).flatMap((m) => m.dates);

    it('dates every sentence', () => {
      for (const s of doc!.sentences) expect(Array.isArray(s.time)).toBe(true);
    });

    it('reads 同年 in the Australia section as 2020', () => {
      expect(dates(find('同年5月及び10月', 'レイノルズ'))).toEqual(['2020-05', '2020-10']);
    });

    it('reads 同年 in the India section as 2020 despite the photo captions before it', () => {
      expect(dates(find('同年12月には', 'シン国防大臣', '電話会談'))).toEqual(['2020-12']);
    });

    it('maps every mention into the original text', () => {
      for (const s of doc!.sentences) {
        for (const m of s.time ?? []) {
          expect(m.span.start).toBeGreaterThanOrEqual(s.span.start);
          expect(m.span.end).toBeLessThanOrEqual(s.span.end);
          expect(m.span.end).toBeGreaterThan(m.span.start);
        }
      }
    });
  });
});
