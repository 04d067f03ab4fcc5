/**
 * Exercises: a named exercise (「マラバール2020」) or a joint/goodwill training trigger
 * (共同訓練, 親善訓練, 共同演習). A trigger and the name it introduces 「日米豪共同訓練（コープ・ノース21）」
 * are one anchor. Partners: the counterparts written with the anchor (日米豪, 豪海軍と), else the
 * exercise's standing participants from the gazetteer, else the section's subject.
 */
import type { Mention } from '../../6-mentions/types.js';
import { counterpartCodes, findTriggers, isPlanned, makeCandidate, occurrencesOf, subjectCodes } from '../helpers.js';
import type { Candidate, Rule, RuleOutcome } from '../types.js';
import { datesForAnchor } from './anchored.js';

const RULE_ID = 'exercise.anchor';
/** A name within this many characters after a trigger belongs to it (「共同訓練（マラバール2020）」). */
const NAME_REACH = 3;

interface Anchor {
  start: number;
  end: number;
  name?: Mention;
}

/** Where the next anchor of the sentence starts (the end of the text after the last one). */
function nextAnchorStart(anchors: Anchor[], a: Anchor, end: number): number {
  const next = anchors.find((x) => x.start > a.start);
  return next ? next.start : end;
}

export const exerciseRule: Rule = {
  id: RULE_ID,
  description: 'a named exercise or a joint/goodwill training trigger with a date; partners from the anchor, the name, or the section',
  apply(ctx): RuleOutcome {
    const triggers = findTriggers(ctx, 'exercise').filter((h) => !h.trigger.weak);
    const names = ctx.mentions.filter((m) => m.type === 'exercise');
    const anchors: Anchor[] = [];
    for (const n of names) anchors.push({ start: n.local.start, end: n.local.end, name: n });
    for (const t of triggers) {
      const named = anchors.find(
        (a) => a.name && ((a.start >= t.local.end && a.start - t.local.end <= NAME_REACH) || (t.local.start >= a.end && t.local.start - a.end <= NAME_REACH) || (a.start <= t.local.start && a.end >= t.local.end)),
      );
      if (named) {
        named.start = Math.min(named.start, t.local.start);
        named.end = Math.max(named.end, t.local.end);
      } else anchors.push({ start: t.local.start, end: t.local.end });
    }
    if (!anchors.length) return { candidates: [] };
    anchors.sort((a, b) => a.start - b.start);

    const candidates: Candidate[] = [];
    let miss: string | undefined;
    let previousEnd = 0;
    for (const a of anchors) {
      const segmentStart = previousEnd;
      previousEnd = a.end;
      if (isPlanned(ctx, a.end, a.start)) {
        miss ??= 'the exercise is planned or postponed';
        continue;
      }
      const times = datesForAnchor(ctx, a.start, segmentStart, a.end);
      if (!times.length) {
        miss ??= 'exercise without a date';
        continue;
      }
      let partners = counterpartCodes(ctx, segmentStart, a.end);
      let confidence = 0.85;
      // A named multilateral exercise: its standing participants and the forces the sentence goes
      // on to name (「「ピッチ・ブラック22」に参加し、米国、インド及びドイツの空軍とも…」).
      if (a.name) {
        const after = counterpartCodes(ctx, a.end, nextAnchorStart(anchors, a, ctx.text.length));
        partners = [...new Set([...partners, ...(partners.length ? [] : a.name.codes), ...after])].sort();
      }
      if (!partners.length) partners = counterpartCodes(ctx, 0, ctx.text.length);
      if (!partners.length) {
        partners = subjectCodes(ctx);
        confidence = 0.6;
      }
      if (!partners.length) {
        miss ??= 'exercise without a partner';
        continue;
      }
      for (const occ of times.flatMap(occurrencesOf)) {
        candidates.push(
          makeCandidate(ctx, RULE_ID, {
            kind: 'exercise',
            date: occ.date,
            ...(occ.dateEnd ? { dateEnd: occ.dateEnd } : {}),
            partners,
            jpRole: 'unit',
            ...(a.name ? { name: a.name.name ?? a.name.text } : {}),
            confidence,
          }),
        );
      }
    }
    return candidates.length
      ? { candidates, reason: `exercise anchor(s) with dates (${candidates.length} event(s))` }
      : { candidates, miss: miss ?? 'exercise trigger without what an event needs' };
  },
};
