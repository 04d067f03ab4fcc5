/**
 * The pattern gate (pattern-gate.ts) must answer exactly as one alternation of the trigger patterns does: it only
 * skips patterns whose literals a text lacks. Checked on the literals it reads, and against the alternation on the
 * sample's sentences and pieces of them.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument, decodeFileSync } from '../index.js';
import { necessaryLiterals, PatternGate } from './pattern-gate.js';
import { loadVocabulary } from './vocabulary.js';

describe('pattern gate', () => {
  it('reads the literals every match must contain', () => {
    expect(necessaryLiterals('(?<=と)(?:個別に)?会(?:っ|い)')).toEqual(['会っ', '会い']);
    expect(necessaryLiterals('(?:要員|隊員)(?:[0-9０-９]+名)?が[^。、]{0,16}?と交代(?=し)')).toEqual(['と交代']);
    expect(necessaryLiterals('(?:お会い(?=し)|お目(?=にかか)|お話)')).toEqual(['お会い', 'お目', 'お話']);
    expect(necessaryLiterals('訪[露韓]|訪問')).toEqual(['訪露', '訪韓', '訪問']);
    expect(necessaryLiterals('(?<name>会談)')).toEqual(['会談']);
  });
  it('gives no literals where a match may hold none, or where it cannot read the pattern', () => {
    expect(necessaryLiterals('(?:共同)?訓練?')).toEqual(['訓']);
    expect(necessaryLiterals('[一-龥]+|派遣')).toBeNull();
    expect(necessaryLiterals('(?:x|)')).toBeNull();
    expect(necessaryLiterals('(会)\\1')).toBeNull();
  });
  it('answers as the alternation of all trigger patterns does, on the sample and on pieces of it', () => {
    const vocab = loadVocabulary();
    const sources = Object.values(vocab.patternTriggers).flatMap((list) => list.map((p) => p.trigger.pattern!));
    const gate = new PatternGate(sources);
    const any = new RegExp(sources.map((s) => `(?:${s})`).join('|'));
    const file = path.resolve(import.meta.dirname, '../../../../shared/corpus/dow2021-iii-3-1.ja.txt');
    const doc = buildDocument(decodeFileSync(existsSync(file) ? file : path.resolve(import.meta.dirname, '../../../examples/sample-whitepaper.ja.txt')));
    let positive = 0;
    for (const s of doc.sentences) {
      for (let k = 0; k <= 4; k++) {
        const piece = k === 0 ? s.text : s.text.slice((k * 7) % s.text.length, (k * 7) % s.text.length + 12 * k);
        const want = any.test(piece);
        if (want) positive++;
        expect(gate.test(piece), piece).toBe(want);
      }
    }
    expect(positive).toBeGreaterThan(0);
  });
});
