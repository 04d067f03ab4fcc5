import { describe, expect, it } from 'vitest';
import type { KoryuEvent } from '../../model/event.js';
import { calibrateConfidence, confidenceFeatures, fitConfidenceModel, loadConfidenceModel, score } from './index.js';

const ev = (over: Partial<KoryuEvent> = {}): KoryuEvent => ({
  id: 'ev-1', kind: 'talks', date: '2020-12-22', partners: ['IND'], format: 'bilateral', jpRole: 'minister', level: 'ministerial',
  mode: 'phone', highLevel: true, evidence: [{ start: 0, end: 1, text: 'x' }], confidence: 0.8, rule: 'talks.anchor-clause@1', ...over,
});

describe('confidenceFeatures', () => {
  it('reads the rule without its version, the date precision, corroboration and the kind of document', () => {
    const f = confidenceFeatures(ev({ evidence: [{ start: 0, end: 1, text: 'a' }, { start: 5, end: 6, text: 'b' }] }), { kind: 'press-release' });
    expect(f).toMatchObject({ bias: 1, 'rule:talks.anchor-clause': 1, 'date:day': 1, corroborated: 1, 'source:press-release': 1 });
    expect(f.raw).toBeCloseTo(0);
    expect(confidenceFeatures(ev({ date: '2020', jpRole: undefined }), { kind: 'other' })).toMatchObject({ 'date:year': 1, noPrincipal: 1 });
  });
});

describe('fitConfidenceModel', () => {
  it('learns that events with a feature are right more often than those without', () => {
    const rows = [
      ...Array.from({ length: 40 }, (_, i) => ({ features: { bias: 1, good: 1 }, right: i % 10 !== 0 })),
      ...Array.from({ length: 40 }, (_, i) => ({ features: { bias: 1 }, right: i % 2 === 0 })),
    ];
    const weights = fitConfidenceModel(rows);
    const model = { weights };
    expect(score({ bias: 1, good: 1 }, model)).toBeGreaterThan(0.8);
    expect(score({ bias: 1 }, model)).toBeGreaterThan(0.4);
    expect(score({ bias: 1 }, model)).toBeLessThan(0.6);
  });
});

describe('calibrateConfidence', () => {
  it('gives every event a confidence in [0, 1] from the committed model, ignoring features it does not know', () => {
    const model = loadConfidenceModel();
    const out = calibrateConfidence([ev(), ev({ rule: 'made-up.rule@9', date: '2019' })], { kind: 'whitepaper', kindFrom: 'text' }, model);
    for (const e of out) {
      expect(e.confidence).toBeGreaterThanOrEqual(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
  });
});
