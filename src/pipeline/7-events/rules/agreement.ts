/**
 * Agreements: one event per milestone (署名, 発効, 国会承認, 大筋合意, 終了通告…) of an instrument
 * (ACSA, 情報保護協定, 防衛装備品・技術移転協定…). Each milestone takes the nearest instrument
 * written before it (or just after it), the date written since the previous milestone, and the
 * partners written with the instrument (日豪ACSA), else in the sentence, else the section's.
 */
import type { Mention } from '../../6-mentions/types.js';
import { counterpartCodes, isPlanned, makeCandidate, namedCodes, occurrencesOf, subjectCodes } from '../helpers.js';
import type { Candidate, Rule, RuleOutcome, SentenceContext } from '../types.js';
import { datesForAnchor } from './anchored.js';

const RULE_ID = 'agreement.milestone';
/** How far after a milestone an instrument may still be its object (「署名された日印ACSA」). */
const INSTRUMENT_AFTER_REACH = 12;

function instrumentFor(ctx: SentenceContext, milestone: Mention, instruments: Mention[]): Mention | undefined {
  const before = instruments.filter((i) => i.local.end <= milestone.local.start);
  if (before.length) return before[before.length - 1];
  return instruments.find((i) => i.local.start >= milestone.local.end && i.local.start - milestone.local.end <= INSTRUMENT_AFTER_REACH);
}

export const agreementRule: Rule = {
  id: RULE_ID,
  description: 'a milestone of an agreement or instrument, with its date and partners',
  apply(ctx): RuleOutcome {
    const milestones = ctx.mentions.filter((m) => m.type === 'milestone' && m.milestone);
    if (!milestones.length) return { candidates: [] };
    const instruments = ctx.mentions.filter((m) => m.type === 'instrument' && m.instrument);
    if (!instruments.length) return { candidates: [], miss: 'milestone without an instrument' };
    const candidates: Candidate[] = [];
    let miss: string | undefined;
    let previousEnd = 0;
    for (const ms of milestones) {
      const segmentStart = previousEnd;
      previousEnd = ms.local.end;
      if (isPlanned(ctx, ms.local.end)) {
        miss ??= `「${ms.text}」 is planned`;
        continue;
      }
      const instrument = instrumentFor(ctx, ms, instruments);
      if (!instrument) {
        miss ??= `「${ms.text}」 without an instrument`;
        continue;
      }
      const times = datesForAnchor(ctx, ms.local.start, segmentStart);
      if (!times.length) {
        miss ??= `「${ms.text}」 without a date`;
        continue;
      }
      const instrStart = Math.max(0, instrument.local.start - 12);
      let partners = instrument.codes.length ? [...instrument.codes] : counterpartCodes(ctx, instrStart, instrument.local.end);
      if (!partners.length) partners = namedCodes(ctx, 0, ctx.text.length);
      if (!partners.length) partners = subjectCodes(ctx);
      if (!partners.length) {
        miss ??= `「${ms.text}」 without a partner`;
        continue;
      }
      for (const occ of times.flatMap(occurrencesOf)) {
        candidates.push(
          makeCandidate(ctx, RULE_ID, {
            kind: 'agreement',
            date: occ.date,
            partners,
            instrument: instrument.instrument!,
            milestone: ms.milestone!,
            name: instrument.name ?? instrument.text,
            confidence: 0.85,
          }),
        );
      }
    }
    return candidates.length
      ? { candidates, reason: `agreement milestone(s) (${candidates.length})` }
      : { candidates, miss: miss ?? 'agreement milestone without what an event needs' };
  },
};
