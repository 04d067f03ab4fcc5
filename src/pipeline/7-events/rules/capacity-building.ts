/**
 * Capacity building: one event per partner × activity (field) × date. A sentence reports capacity
 * building when it says 能力構築支援, or when it sits in a capacity-building section and names a
 * teaching act (セミナー, 教育, 研修, 招へい…). The sentence is cut at each partner it names; the
 * fields written after a partner belong to it (「東ティモールにおける車両整備…、ベトナムにおける
 * サイバー…セミナー」). Undated activities take the period the section stated before
 * (「2020年1月から2021年3月までの間に実施した派遣は…」), per the codebook.
 */
import type { Method } from '../../../model/event.js';
import type { TimeMention } from '../../../model/time.js';
import { findMentions } from '../../6-mentions/find.js';
import { allOccurrencesOf, findTriggers, isPlanned, makeCandidate, mentionsIn, namedCodes, occurrencesOf, subjectCodes, timesIn, type Occurrence } from '../helpers.js';
import type { Candidate, Rule, RuleOutcome, SentenceContext } from '../types.js';
import { DESTINATION_AFTER, withinWhen } from '../page-facts.js';

const RULE_ID = 'capacity-building.partner-field';
const BACKGROUND_AFTER = /^(?:を経て|の成果|の結果)/;
const NOT_A_FIELD_AFTER = /^(?:において|で|内|科)/;
/** After a 日X compound: X hosts or provides the support with Japan. */
const CO_HOST_AFTER = /^(?:共催|の共催|の連携|連携|共同で|の協力)/;
/** The trigger of the UN's triangular partnership programme (data/events/triggers.json). */
const UN_TPP = '国連TPP';
/** A sentence opening on the activity just told: 「本事業においては」「同支援では」「今回の派遣では」. */
const SAME_ACTIVITY = /^(?:また、|さらに、|なお、)?(?:本|同|当該|今回の|この)(?:事業|支援|派遣|招へい|教育|セミナー|プログラム)(?:において|においては|では|の際|で|は)、?/;
/**
 * After a date: the earlier activity the current one is counted from (「平成27年夏の現地事業から約半年ぶりの…」):
 * the date is that activity's, not the current one's (codebook rule 251).
 */
const SINCE_AGO_AFTER = /^(?:[春夏秋冬]|頃|ごろ)?(?:の([^、。]{0,12}?))?から(?:約|およそ|ほぼ)?[0-9０-９一二三四五六七八九十数半]+(?:年|か月|ヶ月|カ月|箇月|ヵ月|週間|日)?(?:半)?ぶり/;
/** A predicate that tells a course of years, not one activity (「…にかけて…事業を実施してきました」). */
const GONE_ON = /(?:て|で)き(?:まし)?た|(?:て|で)(?:い|お)(?:ます|る)/;
/** Words of another time than the page's (「昨年度の招へい事業同様」「前回の…」): a comparison, not the project told. */
const OTHER_TIME = /昨年|前年|前回|過去|以前|これまで/;
/** A sentence that closes told as done (「…を実施しました。」「…に参加した。」). */
const DONE_END = /(?:まし|[しっいきれ])た[。]?$/;
/** What an invitation taught or supported (codebook 283): without one of these, the guests of a gathering. */
const TEACHING = /能力構築|支援|教育|研修|講義|講習|実習|指導|セミナー|訓練|育成|教官|技術/;
/** A foreign force or its members as the audience. */
const FORCE = /(?:軍|軍の要員|の要員|の隊員|の将校)/;

function methodIn(ctx: SentenceContext, text: string): Method | undefined {
  for (const { method, pattern } of ctx.vocab.methodCues) if (pattern.test(text)) return method;
  return undefined;
}

/** Partners named as recipients: a country/organization not used as a place of a topic. */
function recipientMentions(ctx: SentenceContext) {
  const named = ctx.mentions.filter((m) => {
    if (m.type !== 'country' && m.type !== 'organization') return false;
    if (m.compound) return false; // 日米の連携による… names a co-provider, not a recipient
    // 「国連PKO」: the organization qualifies the field, it is not the recipient.
    if (ctx.mentions.some((f) => f.type === 'field' && f.local.start >= m.local.end && f.local.start - m.local.end <= 1)) return false;
    const after = ctx.text.slice(m.local.end, m.local.end + 8);
    return !/^(?:情勢|問題|周辺|主催|の連携)/.test(after);
  });
  // 「レバノン派遣前のカンボジア王国軍要員に対し」: beside another party, a country followed by 派遣 is where the supported
  // unit is sent, not a recipient (codebook rule 250); alone (「ベトナム派遣の教官団が」) it is where Japan's team went.
  const destinations = named.filter((m) => DESTINATION_AFTER.test(ctx.text.slice(m.local.end)));
  return destinations.length && destinations.length < named.length ? named.filter((m) => !destinations.includes(m)) : named;
}
// (Shared with the facts reader by meaning: page-facts.ts reads the 支援対象 line alike.)

/** An activity noun: a field followed by one of these is an activity of its own (「…セミナーや航空救難セミナー」). */
const ACTIVITY_AFTER = /^[^、。]{0,8}?(?:セミナー|教育|研修|講義|実習|指導|訓練)/;

/**
 * The fields of the distinct activities in a stretch of text: the first field always, and each
 * later one that introduces an activity of its own after 「や」「、」「及び」. A field that only
 * qualifies another (「国連PKOに資する施設分野の支援」) adds no activity.
 */
function activitiesIn(ctx: SentenceContext, from: number, to: number): string[] {
  // 「海自の施設において」 (premises), 「施設科隊員」 (a branch): the word, not a field of support.
  const fields = mentionsIn(ctx, from, to, ['field']).filter((f) => f.field && !NOT_A_FIELD_AFTER.test(ctx.text.slice(f.local.end)));
  return fields
    .filter((f, i) => i === 0 || (/[や、及]/.test(ctx.text.slice(fields[i - 1].local.end, f.local.start)) && ACTIVITY_AFTER.test(ctx.text.slice(f.local.end))))
    .map((f) => f.field!);
}

/**
 * The dates of one partner among several, when the sentence gives them their own: those written
 * since the previous partner up to this one (「…までの間ラオスに対し」), else those right after it
 * (「ラオスに対し、12月12日から…」). Undefined when it has none of its own: it shares the sentence's.
 */
function pairedOccurrences(dated: TimeMention[], since: number, at: number, until: number): Occurrence[] | undefined {
  if (dated.length < 2) return undefined;
  const before = dated.filter((t) => t.local.start >= since && t.local.end <= at);
  const own = before.length ? before : dated.filter((t) => t.local.start >= at && t.local.end <= until);
  return own.length && own.length < dated.length ? allOccurrencesOf(own) : undefined;
}

/** One activity: its date, partners, method (and the mode it implies), field; dated by a stated period or not. */
function activity(ctx: SentenceContext, occ: Occurrence, partners: string[], method: Method, field: string | undefined, confidence: number, periodDated: boolean): Candidate {
  return makeCandidate(ctx, RULE_ID, {
    kind: 'capacity-building',
    date: occ.date,
    ...(occ.dateEnd ? { dateEnd: occ.dateEnd } : {}),
    partners,
    method,
    mode: method === 'online' ? 'video' : 'in-person',
    ...(field ? { field } : {}),
    jpRole: 'unit',
    confidence,
    ...(periodDated ? { periodDated: true } : {}),
  });
}

/** After a capacity-building trigger: it is the topic of an exchange or a talk (「…に関する意見交換」「…について協議」). */
const DISCUSSED_AFTER = /^[^、。]{0,12}?(?:に関する|についての?|をめぐる)[^、。]{0,6}?(?:意見交換|議論|協議|会談|懇談)/;

export const capacityBuildingRule: Rule = {
  id: RULE_ID,
  description: 'capacity building (能力構築支援, or a seminar/education/invitation in a capacity-building section) per partner and field',
  apply(ctx): RuleOutcome {
    const hits = findTriggers(ctx, 'capacity-building');
    const inCbSection = ctx.subject?.kind === 'capacity-building';
    // 「…の卒業生を招へいし、交流会を開催」「…有識者を招へいし、ワークショップを開催」: an invitation is capacity building
    // only when the sentence tells what was taught or supported (a field, 教育, 研修, 支援…), else it is the guests of
    // a gathering (codebook 283). A capacity-building section or a project page's facts say so for it.
    const teaches = inCbSection || !!ctx.pageFacts?.project || TEACHING.test(ctx.text) || ctx.mentions.some((m) => m.type === 'field');
    const strong = hits.filter((h) => !h.trigger.weak && (teaches || h.trigger.method !== 'invitation'));
    // Outside a capacity-building section, a seminar or course on a capacity-building field for a
    // foreign force (「ベトナム人民軍の要員を対象として、航空救難に関するオンライン・セミナー」) is one too.
    const forForce = hits.length > 0 && ctx.mentions.some((m) => m.type === 'field') && recipientMentions(ctx).some((m) => FORCE.test(m.text + ctx.text.slice(m.local.end, m.local.end + 4)));
    if (!strong.length && !(inCbSection && hits.length) && !forForce) return { candidates: [] };
    // After a meeting's trigger, capacity building is a subject the principals discussed.
    const talks = findTriggers(ctx, 'talks').filter((h) => !h.trigger.weak && !ctx.vocab.attendedAfter.test(ctx.text.slice(h.local.end)));
    if (talks.length && hits.every((h) => h.local.start > talks[0].local.start)) return { candidates: [], miss: 'capacity building discussed at a meeting' };
    // 「能力構築支援に関する意見交換を実施」: capacity building as what views were exchanged on (codebook 320).
    if (hits.every((h) => DISCUSSED_AFTER.test(ctx.text.slice(h.local.end)))) return { candidates: [], miss: 'capacity building is what was discussed (…に関する意見交換)' };
    if (hits.length && hits.every((h) => isPlanned(ctx, h.local.end, h.local.start))) return { candidates: [], miss: 'capacity building is planned' };
    // 「能力構築支援を経て、同軍楽隊は…演奏」: past support as the background of another act.
    if (strong.length && strong.every((h) => BACKGROUND_AFTER.test(ctx.text.slice(h.local.end)))) {
      return { candidates: [], miss: 'capacity building told as the background of another act' };
    }

    const facts = ctx.pageFacts;
    // 「期間 …」「支援対象 …」: the project page's facts. The project is told by its sentences, dated by these facts when
    // they give no date of their own; only when none tells it do the facts alone make it (codebook rule 250).
    if (facts?.project && facts.sentences.has(ctx.sentence.id)) return { candidates: [], miss: "the page's labelled facts (期間, 支援対象…): the project is told by the page's sentences" };
    const written = timesIn(ctx, 0, ctx.text.length);
    // 「平成27年夏の現地事業から約半年ぶりの能力構築支援事業として、…招へいしました」: the date is the earlier activity's.
    const since = written.filter((t) => SINCE_AGO_AFTER.test(ctx.text.slice(t.local.end)));
    const dated = written.filter((t) => !since.includes(t));
    // 「平成24年度~平成26年度にかけて長期派遣事業及び招へい事業を実施してきました」: a program over years, no activity
    // (codebook rules 13, 19).
    if (dated.length && dated.every((t) => spanMonths(t) > 12) && hits.some((h) => GONE_ON.test(ctx.text.slice(h.local.end, h.local.end + 24)))) {
      return { candidates: [], miss: 'a capacity-building program over several years (…にかけて…してきた), not one activity' };
    }
    // 「本事業においては、…技術指導を行い」: what the activity just told consisted of, not another one.
    if (!dated.length && SAME_ACTIVITY.test(ctx.text)) return { candidates: [], miss: 'tells the capacity-building activity just told (本事業では…)' };
    // A title line (「モンゴル国に対する能力構築支援」, no predicate) outside a capacity-building section tells no
    // activity of its own: the period stated before dates only sentences (codebook rule 104).
    const titleLine = !inCbSection && !/[。]$|(?:た|る|す|です|ます)$/.test(ctx.text.trim());
    // With no date of its own, an activity told as done on a page whose facts state its period is of that period —
    // told as the project (能力構築支援, 招へい), not as one of its courses (「…の教育コースを担当し、…技術指導を実施」).
    // A sentence that names another time (「昨年度の招へい事業同様、…選抜されました」) compares, it does not tell the project.
    const factsDated = !dated.length && !ctx.deadTimes?.length && !OTHER_TIME.test(ctx.text) && !(ctx.period && !titleLine) && !!facts?.when && strong.length > 0 && DONE_END.test(ctx.text);
    const occurrences = dated.length ? allOccurrencesOf(dated) : ctx.period && !titleLine ? occurrencesOf(ctx.period) : factsDated ? occurrencesOf(facts!.when!) : [];
    if (!occurrences.length) return { candidates: [], miss: 'capacity building without a date or a stated period' };

    // 「…カンボジア、タイ及びモンゴルのPKO参加要員に対し、国連TPPの枠組みの下、…訓練を実施」: one course of the
    // UN's triangular partnership, given to the countries it names together, the UN its organiser (codebook rule 104).
    if (hits.some((h) => h.trigger.text === UN_TPP)) {
      const codes = [...new Set([...namedCodes(ctx, 0, ctx.text.length), 'UN'])].sort();
      const method = methodIn(ctx, ctx.text) ?? 'dispatch';
      const field = activitiesIn(ctx, 0, ctx.text.length)[0];
      return {
        candidates: occurrences.map((occ) => activity(ctx, occ, codes, method, field, 0.75, !dated.length)),
        reason: 'one course of the UN triangular partnership programme',
      };
    }
    const recipients = recipientMentions(ctx);
    const segments = recipients.length
      ? recipients.map((m, i) => ({
          codes: m.codes,
          start: m.local.start,
          end: recipients[i + 1]?.local.start ?? ctx.text.length,
          occurrences: pairedOccurrences(dated, recipients[i - 1]?.local.end ?? 0, m.local.end, recipients[i + 1]?.local.start ?? ctx.text.length),
        }))
      : [{ codes: subjectCodes(ctx), start: 0, end: ctx.text.length, occurrences: undefined }];
    const sentenceMethod = methodIn(ctx, ctx.text) ?? hits.find((h) => h.trigger.method)?.trigger.method;

    // One partner may be named several times (「インドネシアに対する…、インドネシア国軍関係者を招へい」):
    // its activities are read over all of its segments together.
    const byPartner = new Map<string, { codes: string[]; activities: string[]; method: Method; occurrences: Occurrence[] }>();
    for (const seg of segments) {
      if (!seg.codes.length) continue;
      const key = seg.codes.join(',');
      const entry = byPartner.get(key) ?? { codes: seg.codes, activities: [], method: 'dispatch' as Method, occurrences: [] };
      // Several partners, each with its own dates (「12日から16日までの間ラオスに対し、16日から20日までの間、
      // インドネシアに対し」): each partner keeps its own, never the others'.
      entry.occurrences.push(...(seg.occurrences ?? occurrences));
      entry.activities.push(...activitiesIn(ctx, seg.start, seg.end));
      entry.method = methodIn(ctx, ctx.text.slice(seg.start, seg.end)) ?? (byPartner.has(key) ? entry.method : (sentenceMethod ?? 'dispatch'));
      byPartner.set(key, entry);
    }

    // 「日豪共催により、フィジー軍に対して…」: the co-host is a partner of the engagement too.
    const coHosts = ctx.mentions.filter((m) => m.compound && CO_HOST_AFTER.test(ctx.text.slice(m.local.end))).flatMap((m) => m.codes);
    // 「他支援国 豪州、米国」: the page's co-supporters are partners of the project it tells (codebook rules 36, 250).
    if (facts?.coSupporters.length && occurrences.every((o) => withinWhen(facts, o.date))) coHosts.push(...facts.coSupporters);

    const candidates: Candidate[] = [];
    const seen = new Set<string>();
    for (const { codes: recipients, activities, method, occurrences: own } of byPartner.values()) {
      const codes = [...new Set([...recipients, ...coHosts])].sort();
      for (const occ of own) {
        for (const field of activities.length ? [...new Set(activities)] : [undefined]) {
          const key = `${codes.join(',')}|${field}|${occ.date}|${method}`;
          if (seen.has(key)) continue;
          seen.add(key);
          candidates.push(activity(ctx, occ, codes, method, field, recipients.length ? 0.8 : 0.65, !dated.length));
        }
      }
    }
    // The earlier activity counted from (「…の現地事業から約半年ぶり」): one of its own, on-site (現地) a dispatch.
    for (const t of since) {
      const between = SINCE_AGO_AFTER.exec(ctx.text.slice(t.local.end))?.[1] ?? '';
      const method = /現地|派遣/.test(between) ? 'dispatch' : (methodIn(ctx, between) ?? sentenceMethod ?? 'dispatch');
      for (const { codes } of byPartner.values()) for (const occ of occurrencesOf(t)) candidates.push(activity(ctx, occ, codes, method, undefined, 0.6, false));
    }
    return candidates.length
      ? { candidates, reason: `capacity building for ${segments.length} partner segment(s)${factsDated ? ", dated by the page's 期間" : ''}` }
      : { candidates, miss: 'capacity building without a partner' };
  },
};

/** How many months a span covers (0 for a point). */
function spanMonths(t: TimeMention): number {
  if (t.kind === 'point' || t.kind === 'list' || t.dates.length < 2) return 0;
  const from = t.dates[0];
  const to = t.end ?? t.dates[t.dates.length - 1];
  const month = (d: string, last: boolean) => Number(d.slice(0, 4)) * 12 + (d.length >= 7 ? Number(d.slice(5, 7)) - 1 : last ? 11 : 0);
  return month(to, true) - month(from, false) + 1;
}

/**
 * A project page whose sentences tell no activity (「PKO(施設)派遣」 then its 「期間」「支援対象」 lines and a story of
 * its phases): the facts themselves are the project — its period, the party supported (else the page's title), the
 * co-supporters, and the method its title names (「…招へい」), else a dispatch (codebook rule 250).
 */
export function projectOfFacts(ctx: SentenceContext): Candidate | undefined {
  const facts = ctx.pageFacts;
  if (!facts?.project || !facts.when) return undefined;
  const title = ctx.doc.sentences[0]?.text ?? '';
  let recipients = facts.recipients;
  // Else the country the page's title names (「カンボジア王国における能力構築支援事業」): a fact line that names a place
  // (「支援対象 南スーダン派遣1個中隊」) is no title.
  if (!recipients.length) {
    const named = new Set<string>();
    for (const m of findMentions(title)) if ((m.type === 'country' || m.type === 'organization') && !m.compound) m.codes.forEach((c) => named.add(c));
    recipients = [...named].filter((c) => c !== 'JPN');
  }
  if (!recipients.length) return undefined;
  const method = methodIn(ctx, title) ?? 'dispatch';
  const occ = occurrencesOf(facts.when)[0];
  return occ ? activity(ctx, occ, [...new Set([...recipients, ...facts.coSupporters])].sort(), method, undefined, 0.7, false) : undefined;
}
