/**
 * Capacity building: one event per partner × activity (field) × date. A sentence reports capacity
 * building when it says 能力構築支援, or when it sits in a capacity-building section and names a
 * teaching act (セミナー, 教育, 研修, 招へい…). The sentence is cut at each partner it names; the
 * fields written after a partner belong to it (「東ティモールにおける車両整備…、ベトナムにおける
 * サイバー…セミナー」). Undated activities take the period the section stated before
 * (「2020年1月から2021年3月までの間に実施した派遣は…」), per the codebook.
 */
import type { Method } from '../../../model/event.js';
import { findTriggers, isPlanned, makeCandidate, mentionsIn, occurrencesOf, subjectCodes, timesIn } from '../helpers.js';
import type { Candidate, Rule, RuleOutcome, SentenceContext } from '../types.js';

const RULE_ID = 'capacity-building.partner-field';

function methodIn(ctx: SentenceContext, text: string): Method | undefined {
  for (const { method, pattern } of ctx.vocab.methodCues) if (pattern.test(text)) return method;
  return undefined;
}

/** Partners named as recipients: a country/organization not used as a place of a topic. */
function recipientMentions(ctx: SentenceContext) {
  return ctx.mentions.filter((m) => {
    if (m.type !== 'country' && m.type !== 'organization') return false;
    if (m.compound) return false; // 日米の連携による… names a co-provider, not a recipient
    // 「国連PKO」: the organization qualifies the field, it is not the recipient.
    if (ctx.mentions.some((f) => f.type === 'field' && f.local.start >= m.local.end && f.local.start - m.local.end <= 1)) return false;
    const after = ctx.text.slice(m.local.end, m.local.end + 8);
    return !/^(?:情勢|問題|周辺|主催|の連携)/.test(after);
  });
}

export const capacityBuildingRule: Rule = {
  id: RULE_ID,
  description: 'capacity building (能力構築支援, or a seminar/education/invitation in a capacity-building section) per partner and field',
  apply(ctx): RuleOutcome {
    const hits = findTriggers(ctx, 'capacity-building');
    const strong = hits.filter((h) => !h.trigger.weak);
    const inCbSection = ctx.subject?.kind === 'capacity-building';
    if (!strong.length && !(inCbSection && hits.length)) return { candidates: [] };
    // After a meeting's trigger, capacity building is a subject the principals discussed.
    const talks = findTriggers(ctx, 'talks').filter((h) => !h.trigger.weak && !ctx.vocab.attendedAfter.test(ctx.text.slice(h.local.end)));
    if (talks.length && hits.every((h) => h.local.start > talks[0].local.start)) return { candidates: [], miss: 'capacity building discussed at a meeting' };
    if (hits.length && hits.every((h) => isPlanned(ctx, h.local.end))) return { candidates: [], miss: 'capacity building is planned' };

    const dated = timesIn(ctx, 0, ctx.text.length);
    const occurrences = dated.length ? dated.flatMap(occurrencesOf) : ctx.period ? occurrencesOf(ctx.period) : [];
    if (!occurrences.length) return { candidates: [], miss: 'capacity building without a date or a stated period' };

    const recipients = recipientMentions(ctx);
    const segments = recipients.length
      ? recipients.map((m, i) => ({ codes: m.codes, start: m.local.start, end: recipients[i + 1]?.local.start ?? ctx.text.length }))
      : [{ codes: subjectCodes(ctx), start: 0, end: ctx.text.length }];
    const sentenceMethod = methodIn(ctx, ctx.text) ?? hits.find((h) => h.trigger.method)?.trigger.method;

    const candidates: Candidate[] = [];
    const seen = new Set<string>();
    // Segments naming the same partner twice (「ミャンマー…同国軍医官」) are folded by the key below.
    for (const seg of segments) {
      if (!seg.codes.length) continue;
      const segText = ctx.text.slice(seg.start, seg.end);
      const fields = [...new Set(mentionsIn(ctx, seg.start, seg.end, ['field']).map((f) => f.field).filter((f): f is string => !!f))];
      const method = methodIn(ctx, segText) ?? sentenceMethod ?? 'dispatch';
      for (const occ of occurrences) {
        for (const field of fields.length ? fields : [undefined]) {
          const key = `${seg.codes.join(',')}|${field}|${occ.date}|${method}`;
          if (seen.has(key)) continue;
          seen.add(key);
          candidates.push(
            makeCandidate(ctx, RULE_ID, {
              kind: 'capacity-building',
              date: occ.date,
              ...(occ.dateEnd ? { dateEnd: occ.dateEnd } : {}),
              partners: seg.codes,
              method,
              mode: method === 'online' ? 'video' : 'in-person',
              ...(field ? { field } : {}),
              jpRole: 'unit',
              confidence: recipients.length ? 0.8 : 0.65,
              ...(dated.length ? {} : { periodDated: true }),
            }),
          );
        }
      }
    }
    return candidates.length
      ? { candidates, reason: `capacity building for ${segments.length} partner segment(s)` }
      : { candidates, miss: 'capacity building without a partner' };
  },
};
