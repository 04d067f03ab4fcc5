/**
 * Earlier occurrences of the engagement just told, counted by the sentence that refers back to it (codebook rule 161):
 * 「本セミナーは、2月、3月に続き3回目」「昨年に次いで2回目となる本訓練」. Each date followed by 「に続き」「に次いで」 and a
 * count of the times is an earlier occurrence of the same engagement — same kind and parties — on that date.
 */
import { makeCandidate, occurrencesOf } from './helpers.js';
import type { Candidate, SentenceContext } from './types.js';

/** After a date: the engagement continues it, and the count of the times follows (「に続き3回目」「に次いで2回目となる」). */
const CONTINUED_COUNT = /^(?:に(?:引き)?続(?:き|いて)|に次いで)、?[^。、]{0,12}?[0-9０-９一二三四五六七八九十]+(?:回|度)目/;

/** The engagement just told, referred back to (「本セミナー」「同訓練」「今回の寄港」). */
const REFERS_BACK = /(?:本|同|この|今回の?)(?:セミナー|訓練|演習|交流|寄港|寄航|訪問|行事|研修|事業|会議|会合|協議|懇談|会談)/;

/**
 * 「本懇談は、昨年11月、…寄港した機会を捉えて実施したVTCに引き続くものであります」: the engagement just told follows one held
 * before, of the same kind, named after a past relative clause with a date of its own (codebook 537).
 */
const FOLLOWS_HELD = /^[^。]*?(?:実施|開催)(?:した|された)[^、。]{0,16}?に(?:引き)?続く(?:もの)/;

export const EARLIER_RULE_ID = 'earlier.occurrence';

export function earlierOccurrences(ctx: SentenceContext, told: Candidate, made: readonly Candidate[]): Candidate[] {
  if (!REFERS_BACK.test(ctx.text)) return [];
  const out: Candidate[] = [];
  // The last date before the relative clause that tells the earlier one held (codebook 537).
  const follows = ctx.times.filter((t) => t.dates.length && FOLLOWS_HELD.test(ctx.text.slice(t.local.end))).pop();
  for (const t of ctx.times) {
    if (!CONTINUED_COUNT.test(ctx.text.slice(t.local.end)) && t !== follows) continue;
    for (const occ of occurrencesOf(t)) {
      // Only an earlier date: the count runs up to the engagement told.
      if (!(occ.date.slice(0, told.date.length) < told.date.slice(0, occ.date.length))) continue;
      if (made.some((c) => c.kind === told.kind && c.date === occ.date)) continue;
      out.push(
        makeCandidate(ctx, EARLIER_RULE_ID, {
          kind: told.kind,
          date: occ.date,
          partners: told.partners,
          ...(told.jpRole ? { jpRole: told.jpRole } : {}),
          ...(told.mode ? { mode: told.mode } : {}),
          ...(told.name ? { name: told.name } : {}),
          ...(told.distinct ? { distinct: told.distinct } : {}),
          ...(told.method ? { method: told.method } : {}),
          ...(told.field ? { field: told.field } : {}),
          isForum: told.format === 'multilateral' && !told.partners.length,
          confidence: 0.6,
        }),
      );
    }
  }
  return out;
}
