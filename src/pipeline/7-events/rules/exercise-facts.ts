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

/** How many lines at the head of a page may hold its title, under the site's furniture (「活動情報」「NEWS」). */
const TITLE_LINES = 3;

/** The page's title naming a training: one of its first lines, whole (a sentence run into it is no title line). */
function pageTitle(text: string): string | undefined {
  const head = text.split('\n').map((x) => x.trim()).filter(Boolean).slice(0, TITLE_LINES);
  const title = head.find((x) => TRAINING_TITLE.test(x));
  return title && !NOT_HELD_TITLE.test(title) && !title.includes('。') ? title : undefined;
}

export function exerciseOfFacts(ctx: SentenceContext): Candidate[] {
  const facts = ctx.pageFacts;
  if (!facts?.when || facts.project || !facts.participants.length) return [];
  const title = pageTitle(ctx.doc.source.text);
  if (!title) return [];
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
