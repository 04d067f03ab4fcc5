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
const REFERS_BACK = /(?:本|同|この|今回の?)(?:セミナー|訓練|演習|交流|寄港|寄航|訪問|行事|研修|事業|会議|会合|協議)/;

export const EARLIER_RULE_ID = 'earlier.occurrence';

export function earlierOccurrences(ctx: SentenceContext, told: Candidate, made: readonly Candidate[]): Candidate[] {
  if (!REFERS_BACK.test(ctx.text)) return [];
  const out: Candidate[] = [];
  for (const t of ctx.times) {
    if (!CONTINUED_COUNT.test(ctx.text.slice(t.local.end))) continue;
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
