/**
 * Conferences: Japan's participation in, or hosting of, a multilateral forum — a forum mention
 * followed in the same clause by 出席/参加/開催/主催…, with a date. Partners: the forum's standing
 * membership from the gazetteer when it is fixed, else none.
 */
import { findTriggers, isPlanned, makeCandidate, modeFromCues, seniorRole } from '../helpers.js';
import type { Candidate, Rule, RuleOutcome } from '../types.js';
import { datesForAnchor } from './anchored.js';

const RULE_ID = 'conference.forum-participation';
/** A participation verb this far after the forum still governs it (「ADMMプラスにオンライン形式で出席」). */
const VERB_REACH = 30;

export const conferenceRule: Rule = {
  id: RULE_ID,
  description: 'a named forum with a participation/hosting verb and a date',
  apply(ctx): RuleOutcome {
    const forums = ctx.mentions.filter((m) => m.type === 'forum');
    if (!forums.length) return { candidates: [] };
    const verbs = findTriggers(ctx, 'conference');
    const candidates: Candidate[] = [];
    let miss: string | undefined;
    let previousEnd = 0;
    const seen = new Set<string>();
    for (const f of forums) {
      const segmentStart = previousEnd;
      previousEnd = f.local.end;
      const verb = verbs.find((v) => v.local.start >= f.local.end && v.local.start - f.local.end <= VERB_REACH && !/。/.test(ctx.text.slice(f.local.end, v.local.start)));
      if (!verb) {
        miss ??= `forum 「${f.text}」 without a participation verb`;
        continue;
      }
      if (isPlanned(ctx, verb.local.end)) {
        miss ??= `forum 「${f.text}」 is planned`;
        continue;
      }
      const times = datesForAnchor(ctx, f.local.start, segmentStart);
      if (!times.length) {
        miss ??= `forum 「${f.text}」 without a date`;
        continue;
      }
      const role = seniorRole(ctx.mentions.filter((m) => m.type === 'jp-principal').map((m) => m.jpRole));
      const mode = modeFromCues(ctx, ctx.text.slice(segmentStart, verb.local.end));
      const name = f.name ?? f.text;
      for (const t of times) {
        for (const date of t.dates.slice(0, t.kind === 'list' ? undefined : 1)) {
          if (seen.has(`${name}|${date}`)) continue;
          seen.add(`${name}|${date}`);
          candidates.push(
            makeCandidate(ctx, RULE_ID, {
              kind: 'conference',
              date,
              ...(t.kind === 'span' || t.kind === 'period' ? (t.end && t.end !== date ? { dateEnd: t.end } : {}) : {}),
              partners: [...f.codes],
              isForum: true,
              ...(role ? { jpRole: role } : {}),
              mode: mode === 'video' ? 'video' : mode === 'phone' ? 'phone' : 'in-person',
              name,
              confidence: 0.8,
            }),
          );
        }
      }
    }
    return candidates.length
      ? { candidates, reason: `forum participation (${candidates.length})` }
      : { candidates, miss: miss ?? 'forum without participation' };
  },
};
