/**
 * A training page told by its fact lines (codebook 361): a unit's page titled by a training (「…機雷戦訓練…及び掃海特別訓練」)
 * whose sentences tell no exercise, and whose fact lines give one period (期間) and the foreign forces taking part
 * (「訓練統制官 …」「米海軍:…指揮官」, 「訓練参加国 …」): the facts are the exercise — its period, those forces, the name its
 * title gives when the gazetteer knows it.
 */
import { findMentions } from '../../6-mentions/find.js';
import { actOccurrencesOf, makeCandidate } from '../helpers.js';
import type { Candidate, SentenceContext } from '../types.js';

const RULE_ID = 'exercise.fact-lines';
/** A title that names a training (訓練, 演習), not a plan or a call for it. */
const TRAINING_TITLE = /(?:訓練|演習)/;
const NOT_HELD_TITLE = /(?:予定|募集|中止|延期)/;

export function exerciseOfFacts(ctx: SentenceContext): Candidate[] {
  const facts = ctx.pageFacts;
  if (!facts?.when || facts.project || !facts.participants.length) return [];
  const title = ctx.doc.sentences[0]?.text ?? '';
  if (!TRAINING_TITLE.test(title) || NOT_HELD_TITLE.test(title) || title.includes('。')) return [];
  const named = findMentions(title).find((m) => m.type === 'exercise');
  return actOccurrencesOf(facts.when)
    .slice(0, 1)
    .map((occ) =>
      makeCandidate(ctx, RULE_ID, {
        kind: 'exercise',
        date: occ.date,
        ...(occ.dateEnd ? { dateEnd: occ.dateEnd } : {}),
        partners: facts.participants,
        jpRole: 'unit',
        ...(named ? { name: named.name ?? named.text } : {}),
        confidence: 0.6,
      }),
    );
}
