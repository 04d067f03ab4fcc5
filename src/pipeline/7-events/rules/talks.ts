/**
 * Talks: meetings and conversations between a Japanese principal and foreign counterparts.
 *
 * A sentence is cut into clauses at each Japanese principal that is the topic of a clause
 * (「陸幕長は…と、海幕長は…と、空幕長は…とそれぞれ電話会談を行い」): each clause takes the
 * dates, counterparts and principal written in it, and the first talks trigger at or after its
 * start (so one trailing 「それぞれ電話会談」 serves every clause). One event per date.
 */
import type { JpRole, Mode } from '../../../model/event.js';
import type { Mention } from '../../6-mentions/types.js';
import {
  counterpartCodes,
  findTriggers,
  isPlanned,
  lastTimeBefore,
  makeCandidate,
  modeFromCues,
  occurrencesOf,
  seniorRole,
  subjectCodes,
  timesIn,
  type TriggerHit,
} from '../helpers.js';
import type { Candidate, Rule, RuleOutcome, SentenceContext } from '../types.js';

const RULE_ID = 'talks.principal-clause';
/** How far after a trigger a mode cue still describes it. */
const MODE_REACH = 16;

/** Characters allowed between principals of one group: 「河野防衛大臣及び岸防衛大臣」. */
const GROUP_JOINER = /^[\s、・]*(?:及び|並びに|と|、)[\s、]*$/;
/** A principal heads a clause when followed by a topic/subject particle. */
const TOPIC_AFTER = /^(?:（[^）]*）)?[はがも]/;

interface Clause {
  start: number;
  end: number;
  principals: Mention[];
}

function principalGroups(ctx: SentenceContext): Mention[][] {
  const principals = ctx.mentions.filter((m) => m.type === 'jp-principal' && m.jpRole && m.jpRole !== 'unit');
  const groups: Mention[][] = [];
  for (const p of principals) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && GROUP_JOINER.test(ctx.text.slice(prev.local.end, p.local.start))) last.push(p);
    else groups.push([p]);
  }
  return groups;
}

function clausesOf(ctx: SentenceContext): Clause[] {
  const groups = principalGroups(ctx);
  const topical = groups.filter((g) => TOPIC_AFTER.test(ctx.text.slice(g[g.length - 1].local.end)));
  const heads = topical.length ? topical : groups.slice(0, 1);
  if (!heads.length) return [{ start: 0, end: ctx.text.length, principals: [] }];
  return heads.map((g, i) => ({
    start: i === 0 ? 0 : g[0].local.start,
    end: i + 1 < heads.length ? heads[i + 1][0].local.start : ctx.text.length,
    principals: g,
  }));
}

function modeFor(ctx: SentenceContext, hit: TriggerHit, clauseText: string): Mode {
  if (hit.trigger.mode) return hit.trigger.mode;
  return modeFromCues(ctx, clauseText) ?? ctx.vocab.defaultTalksMode;
}

function roleFor(clause: Clause, hit: TriggerHit, ctx: SentenceContext): JpRole | undefined {
  const own = seniorRole(clause.principals.map((p) => p.jpRole));
  if (hit.trigger.jpRole === 'prime-minister') return 'prime-minister';
  if (own) return own;
  if (hit.trigger.jpRole) return hit.trigger.jpRole;
  // A clause with no principal of its own: a principal elsewhere in the sentence that is not a topic.
  return seniorRole(ctx.mentions.filter((m) => m.type === 'jp-principal' && m.jpRole !== 'unit').map((m) => m.jpRole));
}

export const talksRule: Rule = {
  id: RULE_ID,
  description: 'a talks trigger (会談, 電話会談, テレビ会談, 表敬, 2+2…) with a Japanese principal, a date and a counterpart',
  apply(ctx): RuleOutcome {
    const hits = findTriggers(ctx, 'talks');
    if (!hits.length) return { candidates: [] };
    const candidates: Candidate[] = [];
    const misses: string[] = [];
    for (const clause of clausesOf(ctx)) {
      const hit = hits.find((h) => h.local.start >= clause.start);
      if (!hit) continue;
      if (hit.trigger.weak && !clause.principals.length) {
        misses.push(`weak trigger 「${hit.trigger.text}」 without a Japanese principal`);
        continue;
      }
      if (isPlanned(ctx, hit.local.end)) {
        misses.push(`「${hit.trigger.text}」 is planned or postponed, not held`);
        continue;
      }
      // Counterparts are named in the clause, before or inside the trigger (「日豪防衛相会談」).
      const triggerEnd = hit.local.start < clause.end ? hit.local.end : clause.end;
      let times = timesIn(ctx, clause.start, Math.min(hit.local.start, clause.end));
      if (!times.length) {
        const before = lastTimeBefore(ctx, clause.start);
        if (before) times = [before];
      }
      if (!times.length) {
        misses.push(`「${hit.trigger.text}」 but no date in the clause`);
        continue;
      }
      const role = roleFor(clause, hit, ctx);
      if (!role) {
        misses.push(`「${hit.trigger.text}」 but no Japanese principal`);
        continue;
      }
      let partners = counterpartCodes(ctx, clause.start, triggerEnd);
      let fromSubject = false;
      if (!partners.length) {
        partners = subjectCodes(ctx);
        fromSubject = true;
      }
      if (!partners.length) {
        misses.push(`「${hit.trigger.text}」 but no counterpart in the sentence or the section`);
        continue;
      }
      // Mode cues may follow the trigger (「日米豪防衛相会談をテレビ会議形式で実施」).
      const mode = modeFor(ctx, hit, ctx.text.slice(clause.start, Math.max(clause.end, hit.local.end + MODE_REACH)));
      for (const occ of times.flatMap(occurrencesOf)) {
        candidates.push(
          makeCandidate(ctx, RULE_ID, {
            kind: 'talks',
            date: occ.date,
            ...(occ.dateEnd ? { dateEnd: occ.dateEnd } : {}),
            partners,
            jpRole: role,
            mode,
            twoPlusTwo: !!hit.trigger.twoPlusTwo,
            ...(hit.trigger.twoPlusTwo ? { name: '2+2' } : {}),
            confidence: fromSubject ? 0.75 : 0.9,
          }),
        );
      }
    }
    return candidates.length
      ? { candidates, reason: `talks trigger with principal, date and counterpart (${candidates.length} event(s))` }
      : { candidates, miss: misses[0] ?? 'talks trigger not attached to any clause' };
  },
};
