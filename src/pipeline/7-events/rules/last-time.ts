/**
 * The last time, told of the meeting or the visit as a topic (codebook 432): 「日X防衛相会談を行うのは、2013年の9月以来で
 * ありますので、約2年振り」「日本の防衛大臣が、Xを訪問して防衛相会談を行うのは、…以来、約3年ぶり」「今回の訪問は、…年…月の
 * 訪問以来、2度目」. The date is that of the previous occurrence (rule 81): a meeting of the same principal and partners
 * on that date. The occasion's own meeting is told elsewhere (or is the document's); this rule makes only the last time.
 */
import { makeCandidate, subjectCodes } from '../helpers.js';
import type { Rule, SentenceContext } from '../types.js';

const RULE_ID = 'talks.last-time-topic';

/** Before the date: the meeting or the visit as the topic (「…会談を行うのは、」「今回の訪問は、」). */
const TOPIC_BEFORE = /(?:会談|訪問)(?:を(?:行う|実施する|する))?の?は、?$/;
/** After the date: since then (「以来」, or 「の訪問以来」「の会談以来」), and a count of the times or the while. */
const SINCE_COUNTED = /^(?:の(?:訪問|会談|防衛相会談))?以来(?:であり(?:ます)?(?:ので|が|、)?|で)?[、,]?[^。]{0,12}?(?:ぶり|振り|[回度]目)/;

export const lastTimeTopicRule: Rule = {
  id: RULE_ID,
  description: 'a meeting or a visit as the topic of its last time (「…会談を行うのは、…以来…ぶり」「今回の訪問は、…の訪問以来、2度目」): a meeting on that date',
  apply(ctx: SentenceContext) {
    for (const t of ctx.times) {
      if (t.kind !== 'point' || t.dates.length !== 1 || t.relative) continue;
      const before = ctx.text.slice(0, t.local.start);
      if (!TOPIC_BEFORE.test(before) || !SINCE_COUNTED.test(ctx.text.slice(t.local.end))) continue;
      // The topic's parties: a 日X compound or a country named in it (「タイを訪問して」), else the running subject (a trip's country).
      const inTopic = ctx.mentions.filter((m) => m.local.end <= t.local.start && (m.type === 'country' || m.type === 'foreign-title' || m.type === 'organization') && m.codes.length);
      const named = [...new Set(inTopic.flatMap((m) => m.codes))].filter((c) => c !== 'JPN').sort();
      const partners = named.length ? named : subjectCodes(ctx);
      if (!partners.length) return { candidates: [], miss: 'the last time of a meeting with no counterpart' };
      const principal = ctx.mentions.find((m) => m.type === 'jp-principal' && m.jpRole && m.jpRole !== 'unit' && m.local.end <= t.local.start)?.jpRole ?? ctx.documentPrincipal;
      if (!principal) return { candidates: [], miss: 'the last time of a meeting with no Japanese principal' };
      const candidate = makeCandidate(ctx, RULE_ID, { kind: 'talks', date: t.dates[0], partners, jpRole: principal, mode: 'in-person', confidence: 0.6 });
      return { candidates: [candidate], reason: `the last time of the meeting told as the topic (${t.dates[0]})` };
    }
    return { candidates: [] };
  },
};
