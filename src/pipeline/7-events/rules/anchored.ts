/**
 * The common shape of most rules: a trigger, the date written before it (or, failing that, the
 * first date after it), the partners named in the sentence (or the section's subject), and a
 * check that the trigger's predicate is not a plan. One event per trigger occurrence and date.
 */
import type { EventKind } from '../../../model/event.js';
import type { TimeMention } from '../../../model/time.js';
import {
  HELD_AFTER,
  windowStart,
  windowTimes,
  findTriggers,
  isPlanned,
  listedAsTopic,
  lastTimeBefore,
  makeCandidate,
  namedCodes,
  spanOf,
  allActOccurrencesOf,
  subjectCodes,
  type CandidateFields,
  type TriggerHit,
  PROGRESSIVE,
  RECURS,
} from '../helpers.js';
import { foreignOnly } from '../foreign.js';
import { portCountryBefore } from '../ports.js';
import { RECURRENCE_AFTER } from '../recurrence.js';
import type { Candidate, Rule, RuleOutcome, SentenceContext } from '../types.js';

/**
 * The dates that belong to an anchor at `pos`: the last written in its window (since the previous
 * anchor of any kind). Without one, only an act reported as done (「…を表敬した」「…に寄港した」)
 * takes the sentence's last date before it — and only if no other anchor stands between.
 */
export function datesForAnchor(ctx: SentenceContext, pos: number, previousEnd: number, end = pos): TimeMention[] {
  return withOccasion(ctx, anchorDates(ctx, pos, previousEnd, end), pos, end);
}

/**
 * 「…と、昨年6月以来2回目となる共同訓練を実施しました」「2019年以来4年ぶりに…に寄港しました」: dates that only name the last
 * time leave the act told of the occasion the page last dated, outside a white paper (codebook 162 for acts).
 */
function withOccasion(ctx: SentenceContext, times: TimeMention[], pos: number, end: number): TimeMention[] {
  if (!times.length || !times.every((t) => t.local.end <= pos && isRecurrence(ctx, t))) return times;
  // 「9月5日、…と、昨年6月以来2回目となる共同訓練を実施しました」: the sentence's own date before them is the act's.
  const own = ctx.times.filter((t) => t.local.end <= times[0].local.start && t.dates.length && !isRecurrence(ctx, t)).pop();
  if (own) return [...times, own];
  const occasion = ctx.documentTime ?? ctx.actTime;
  return occasion && !times.includes(occasion) && toldDone(ctx.text, end) ? [...times, occasion] : times;
}

function anchorDates(ctx: SentenceContext, pos: number, previousEnd: number, end: number): TimeMention[] {
  // 「6月23日、…から出国(6月19日)し、…共同訓練を実施し」: a date in brackets after another noun is that noun's
  // (the departure's), not the act's told later, when the window holds a date of its own besides (codebook rule 209).
  const window = windowTimes(ctx, pos, previousEnd);
  // 「11月5日、7月20日に佐世保を出港した護衛艦は、…共同訓練を実施」: a date inside a relative clause on the subject is
  // that clause's (the departure's), when the window holds another (codebook 305).
  const plain = window.filter((t) => !bracketedAfterNoun(ctx.text, t, pos) && !(t.local.end <= pos && RELATIVE_ON_SUBJECT.test(ctx.text.slice(t.local.end, pos))));
  const own = plain.length ? plain : window;
  // 「2020年9月に…が、同年11月には…が、それぞれ豪海軍と共同訓練を実施」: one occurrence per date.
  if (own.length > 1 && /それぞれ/.test(ctx.text.slice(own[own.length - 1].local.end, pos))) return own;
  // 「2020年に引き続き2021年も…共同訓練を実施」: each date continued by the next one right after it is an earlier
  // occurrence of the act, the last date the one told (codebook 531).
  if (own.length > 1 && own.slice(0, -1).every((t, i) => CONTINUED_TO_NEXT.test(ctx.text.slice(t.local.end, own[i + 1].local.start)))) return own;
  // 「本年5月、…に…を2001年、昨年に続きオブザーバーとして派遣した」: the dates followed by 「に続き」 are earlier
  // occurrences of the same act, each an event, beside the one of the date written before them.
  if (own.length && CONTINUED_AFTER.test(ctx.text.slice(own[own.length - 1].local.end))) {
    const current = lastTimeBefore(ctx, own[0].local.start);
    if (current) return [current, ...own];
    if (own.length > 1) return own;
  }
  // 「2017年3月には2機、2018年3月には3機を引き渡し」: each date with its own quantity.
  if (own.length > 1 && own.every((t) => QUANTITY_AFTER.test(ctx.text.slice(t.local.end)))) return own;
  if (own.length) return [own[own.length - 1]];
  // 「…演習/Keen Edgeの主要な部分を本日終了しました」: a date written after the act, in its own clause, right before the
  // predicate that tells it done, is the act's (codebook 464).
  const after = ctx.times.find((t) => t.local.start >= end && t.dates.length);
  if (after && ACT_TO_OWN_DATE.test(ctx.text.slice(end, after.local.start)) && PREDICATE_DONE.test(ctx.text.slice(after.local.end))) return [after];
  // 「…共同訓練(MILAN24)参加のため」: a name in brackets, the predicate after them.
  const afterAct = ctx.text.slice(quoteAround(ctx.text, end)?.close ?? end).replace(BRACKET_CLOSE, '');
  if (!HELD_AFTER.test(afterAct) && !ENDED_DONE.test(afterAct)) return [];
  // 「日印共同訓練と日米豪共同訓練を実施した」: anchors joined by a coordinator, done together, share
  // the date written before the first of them. The anchor's own party (日米豪 of 日米豪共同訓練) is
  // part of it, not of what lies between, and so is the quoted name that holds it
  // (「「…共同研究」と「…共同研究」が開始」).
  const quoted = quoteAround(ctx.text, pos);
  const head = quoted?.open ?? ctx.mentions.find((m) => (m.type === 'country' || m.type === 'organization') && m.local.end === pos)?.local.start ?? pos;
  if (previousEnd > 0 && COORDINATED.test(ctx.text.slice(previousEnd, head))) {
    const before = lastTimeBefore(ctx, previousEnd);
    if (before) return [before];
  }
  const start = windowStart(ctx, pos);
  // 「7月に海自艦艇の訪露および第11回日露捜索・救難共同訓練が行われ」: an act of another kind joined to this one by a
  // coordinator, the two told by one predicate, shares the date written before the first (codebook 368).
  // 「先月の…艦艇の訪日の際に、日本海で…共同訓練が実施された」: an act done on the occasion of the act before it, too.
  if (start > 0 && (JOINED_TO_ACT_BEFORE.test(ctx.text.slice(start, pos)) || ON_OCCASION_OF_ACT_BEFORE.test(ctx.text.slice(start, pos)))) {
    const first = lastTimeBefore(ctx, start);
    if (first) return [first];
  }
  const before = lastTimeBefore(ctx, pos);
  // An act done, with no date anywhere before it in its sentence: outside white papers, the date the
  // text last stated, or the document's own (a unit's news page: 「…親善訓練を実施しました」).
  if (!before) {
    // A habit (「定期的に…交流を行っています」) is no act of that date; only an act told as done is (codebook 229:
    // 「毎年、…共同訓練を実施している」 is a habit, not the page's news).
    if (ctx.statedTime && !ctx.times.length && !habitual(ctx.text, end) && (toldDone(ctx.text, end) || toldDoneChained(ctx.text, end))) return [ctx.statedTime];
    // Outside a white paper, an act told as done with no date in its sentence is of the occasion the document
    // last dated (a unit page's entry 「7月5日~10日:…」 and its 「…舞鶴基地に寄港しました」), as meetings are (codebook 75).
    const occasion = ctx.documentTime ?? ctx.actTime;
    if (occasion && !ctx.times.length && (toldDone(ctx.text, end) || (!habitual(ctx.text, end) && toldUnderway(ctx.text, end)))) return [occasion];
    return [];
  }
  // 「同年9月、シドニーに寄港し、豪海軍との親善訓練を実施した」: acts chained by 「〜し、」 share the
  // date written before the first of them.
  if (before.local.start >= start || CHAINED.test(ctx.text.slice(start, pos)) || DESTINATION.test(ctx.text.slice(start, pos))) return [before];
  // 「7月14日~16日、…基地へ寄航し…において航空機の地上展示を実施しました」: outside a white paper (whose sentences
  // pack background after their date), a sentence that opens with its only date dates every act it tells as done
  // (codebook rule 160).
  if (ctx.doc.context.kind !== 'whitepaper' && ctx.times.length === 1 && before === ctx.times[0] && OPENING_DATE.test(ctx.text.slice(0, before.local.start)) && /^[^、。]{0,8}、/.test(ctx.text.slice(before.local.end)) && toldDone(ctx.text, end)) return [before];
  return [];
}

/**
 * Between the anchor before and this one: the one before is where this act went (「…共同訓練（…）に幹部をオブザーバー
 * として派遣した」), one act in one clause, dated alike.
 */
const DESTINATION = /^(?:[（(][^）)]{0,40}[）)])?[」）)]*[0-9０-９]{0,2}(?:に|へ)(?!関|係|かか|おけ|よ|つい|向|基づ|対|伴|際)[^、。]{0,30}$/;

/** Between an act named as the topic and the date of its last occurrence: 「…の訪日は、」. */
const TOPIC_TO_DATE = /^(?:は|も)、?$/;

/** The date of the act's last occurrence told right after the act as topic (「…の訪日は、平成30年11月以来であり、…14回目」), if any. */
function recurrenceAfter(ctx: SentenceContext, end: number): TimeMention[] {
  const t = ctx.times.find((x) => x.local.start >= end);
  return t && isRecurrence(ctx, t) && TOPIC_TO_DATE.test(ctx.text.slice(end, t.local.start)) ? [t] : [];
}

const isRecurrence = (ctx: SentenceContext, t: TimeMention): boolean => t.kind === 'point' && RECURRENCE_AFTER.test(ctx.text.slice(t.local.end));

/** A date in brackets right after a noun that is not the act at `pos` (「出国(6月19日)」). */
/** After a date: the rest of a relative clause on the sentence's subject (「に佐世保を出港した護衛艦「さみだれ」は、」). */
const RELATIVE_ON_SUBJECT = /^に[^、。]{0,24}?(?:した|された|していた)(?:[^、。]{1,24}?)(?:は、|が、?)/;

function bracketedAfterNoun(text: string, t: TimeMention, pos: number): boolean {
  const open = text[t.local.start - 1];
  const close = text[t.local.end];
  if (!(open === '(' || open === '（') || !(close === ')' || close === '）')) return false;
  // A bracketed date right before the act (「…の(6月19日)共同訓練」) is the act's own.
  if (t.local.end + 1 >= pos && pos - (t.local.end + 1) <= 1) return false;
  return /[\p{Script=Han}\p{Script=Katakana}ー]/u.test(text[t.local.start - 2] ?? '');
}

/** After a date: the act told continues its earlier occurrence then (「昨年に続き」「2001年、昨年に引き続き」). */
const CONTINUED_AFTER = /^(?:に(?:引き)?続き|に(?:引き)?続いて)/;
/** Between a date and the next one it is continued by: 「2020年に引き続き2021年も」「昨年に続いて本年も」. */
const CONTINUED_TO_NEXT = /^に(?:引き)?続(?:き|いて)、?$/;

/** An act told as a habit: a predicate that goes on (「…を行っています」) in a sentence that says it recurs (「定期的に」「毎年」). */
function habitual(text: string, end: number): boolean {
  return GOES_ON.test(text.slice(end)) && RECURS.test(text.slice(0, end));
}
const GOES_ON = new RegExp(`^[^、。]{0,6}?${PROGRESSIVE.source}`);

/** Before a sentence's opening date: at most a list marker or a connective (「●」「(1)」「また、」). */
const OPENING_DATE = /^(?:[●○■・◆]|[（(][0-9０-９]{1,2}[）)]|また、|さらに、)?$/;

/** A past predicate in the clause of an act (「…に寄港しました」「…訓練を実施した」), not a plan nor a habit (「実施しています」). */
const DONE_IN_CLAUSE = /^[^、。]{0,30}?(?:まし|[しっいきれ])た(?:[。、]|$|ほか|ところ)/;

/** Between an act and a date after it in its clause: the act's object or subject (「…の主要な部分を」「…訓練は」). */
const ACT_TO_OWN_DATE = /^[^、。]{0,30}?(?:を|は|が)$/;
/** Right after that date: the predicate, told as done (「終了しました」「に実施した」「をもって終了しました」). */
const PREDICATE_DONE = /^(?:に|には|をもって)?(?:[^、。]{0,6}?)(?:まし|[しっいきれ])た(?:[。、]|$)/;

/**
 * Right after an act: told ended as done (「コープ・ノース23を完遂しました」「…訓練を終了した」): it was held (codebook 530). Not
 * 「…を終え、11月3日に帰港」 (the date is another clause's) nor an end still to come (「終了する予定」).
 */
const ENDED_DONE = /^[0-9０-９]{0,2}(?:を|が)(?:無事(?:に)?)?(?:完遂|終了)(?:しました|した|いたしました)(?:[。、]|$)/;

/** Right after a name in brackets (「…演習(キーン・ソード25)」): the closing bracket. */
const BRACKET_CLOSE = /^[）)]/;

/**
 * A unit's page telling an exercise under way as it writes (codebook 460): 「…演習(キーン・ソード25)に参加しています」, or
 * arrived for it 「…訓練(MILAN24)参加のため、…港に入港しました」. Leaving for it (出港) is not yet taking part.
 */
const UNDERWAY = /^[）)」]?(?:に(?:引き続き)?参加しています。?$|(?:に|へ)?(?:の)?参加のため、[^。]{0,40}?(?:入港|寄港|到着)(?:しました|した)(?:[。、]|$))/;

export function toldUnderway(text: string, end: number): boolean {
  return UNDERWAY.test(text.slice(end));
}

export function toldDone(text: string, end: number): boolean {
  return DONE_IN_CLAUSE.test(text.slice(end));
}

/** Right after an act: its clause chained to the next by a 連用形 (「…訓練を実施し、」). */
const CHAINED_ON = /^[^、。]{0,6}?(?:し|い|て)、/;
/** The sentence closes told as done (「…に寄港しました。」). */
const SENTENCE_DONE = /(?:まし|[しっいきれ])た。?$/;

/** An act whose clause is chained by 「〜し、」 to a sentence that closes in the past (「…訓練を実施し、…に寄港しました。」). */
function toldDoneChained(text: string, end: number): boolean {
  return CHAINED_ON.test(text.slice(end)) && SENTENCE_DONE.test(text);
}

/** Right after an act that closes its clause: 「入港、」「入港した」「入港し、」. */
const CLAUSE_END = /^(?:[、。]|し(?:[、た]|まし)|した|しました)/;

/** After a date: a quantity of its own (「2017年3月には2機、」), so that each date is an occurrence. */
const QUANTITY_AFTER = /^(?:に|には|に、)?[0-9０-９]+(?:機|隻|両|台|基|門|セット)/;

/** The quoted name (「…」) holding `pos`, if any: where it opens and where it closes (after 」). */
export function quoteAround(text: string, pos: number): { open: number; close: number } | undefined {
  const open = text.lastIndexOf('「', pos - 1);
  if (open < 0) return undefined;
  const close = text.indexOf('」', open);
  return close >= pos - 1 && close >= 0 && !text.slice(open, pos).includes('」') ? { open, close: close + 1 } : undefined;
}

/** Between two anchors named together: only a coordinator (「と」「及び」「、」). */
const COORDINATED = /^[」）)]*(?:と|及び|並びに|や|、|・)$/;
/** Between an act of another kind and this one: a coordinator opening the stretch, no clause between (「…の訪露および第11回…」). */
const JOINED_TO_ACT_BEFORE = /^[」）)]*(?:及び|および|並びに|ならびに)[^、。]{0,20}$/;
/** Between an act of another kind and this one: the first as its occasion (「…の訪日の際に、…で」「…寄港の機会に、」). */
const ON_OCCASION_OF_ACT_BEFORE = /^[」）)]*(?:の際(?:に|には)?|に際し(?:て)?|の機会に)、?[^、。]{0,30}$/;

/** Between an act done and the next one: the first act's predicate closed by a 連用形 「〜し、」. */
// 「…と会談を行ったほか、NATOの意思決定機関である、北大西洋理事会に出席し」: 「ほか」 chains too, and an
// apposition may hold one more comma.
const CHAINED = /^[^、。]{0,10}?(?:し|い|き|とともに|ほか)、[^、。]{0,30}(?:、[^、。]{0,20})?$/;

export interface AnchoredRuleSpec {
  id: string;
  kind: EventKind;
  description: string;
  /** Extra fields for a candidate (mode, method, field…), or a miss reason to skip this hit. */
  fields?: (ctx: SentenceContext, hit: TriggerHit) => Partial<CandidateFields> | string;
  /** Whether the sentence's section subject may stand in for partners the sentence does not name. */
  subjectFallback?: boolean;
  /** Whether an event with no partner at all is still an event (a port call in Japan, a forum…), for every hit or for some. */
  allowNoPartner?: boolean | ((hit: TriggerHit) => boolean);
  /**
   * Whether 「2019年3月から、…を派遣し」 dates the act: the start of a posting is the act itself,
   * unlike the start of an ongoing program (「2015年以降…参加している」).
   */
  startDates?: boolean | ((ctx: SentenceContext) => boolean);
  /**
   * One event per partner, each read in the trigger's own stretch of the sentence first: each ship
   * calls for its own flag (「仏海軍のフリゲートが入港、韓国海軍の駆逐艦…が…入港」), each host country
   * receives its own call (codebook rule 8).
   */
  perPartner?: boolean | ((ctx: SentenceContext, hit: TriggerHit) => boolean);
  /** A foreign port written right before the trigger names its country when the sentence names none (codebook 366). */
  portBefore?: boolean;
  /** Where the partners of this hit are read, before it, with no fallback: its own clause (from the last 、) or its sentence. */
  partnersBefore?: (hit: TriggerHit) => 'clause' | 'sentence' | undefined;
}

const isStrong = (h: TriggerHit): boolean => !h.trigger.weak;

export function anchoredRule(spec: AnchoredRuleSpec): Rule {
  return {
    id: spec.id,
    description: spec.description,
    apply(input): RuleOutcome {
      // Most sentences hold no trigger of the kind: nothing else is read (the triggers do not depend on the times below).
      if (!findTriggers(input, spec.kind).some(isStrong)) return { candidates: [] };
      // A start written with 「から」 dates the posting (「2019年12月からは、…派遣し」); 「以降」「以来」
      // tell a program that goes on (「2016年以降、…派遣している」).
      const startDates = typeof spec.startDates === 'function' ? spec.startDates(input) : spec.startDates;
      const starts = startDates ? (input.deadTimes ?? []).filter((t) => /^(?:から|より)/.test(input.text.slice(t.local.end))) : [];
      const ctx: SentenceContext = starts.length
        ? { ...input, times: [...input.times, ...starts].sort((a, b) => a.local.start - b.local.start), deadTimes: (input.deadTimes ?? []).filter((t) => !starts.includes(t)) }
        : input;
      const hits = findTriggers(ctx, spec.kind).filter(isStrong);
      const candidates: Candidate[] = [];
      let miss: string | undefined;
      let previousEnd = 0;
      let previous: { trigger: string; times: TimeMention[] } | undefined;
      const seen = new Set<string>();
      for (const hit of hits) {
        const anchorPrev = previousEnd;
        previousEnd = hit.local.end;
        if (isPlanned(ctx, hit.local.end, hit.local.start)) {
          miss ??= `「${hit.trigger.text}」 is planned or postponed`;
          continue;
        }
        if (listedAsTopic(ctx.text, hit.local.end)) {
          miss ??= `「${hit.trigger.text}」 is a topic agreed or to be furthered (codebook rule 201)`;
          continue;
        }
        // 「中国海軍艦艇は、…ロシアの…に寄港した」: foreign parties among themselves (codebook rule 200).
        if (foreignOnly(ctx.text, ctx.mentions, hit.local.start, hit.local.end, ctx.foreignSubject)) {
          miss ??= `「${hit.trigger.text}」 of foreign parties only, Japan named nowhere in the sentence`;
          continue;
        }
        let times = datesForAnchor(ctx, hit.local.start, anchorPrev, hit.local.end);
        // 「Aが…に入港、Bが…に入港、…」: the same act told again in a parallel clause, with no date of
        // its own, happened when the clause it repeats did.
        if (!times.length && previous && previous.trigger === hit.trigger.text && CLAUSE_END.test(ctx.text.slice(hit.local.end))) {
          times = previous.times;
        }
        // 「大韓民国海軍艦艇の訪日は、平成28年9月以来21回目となりました」: the act as the topic, then the last time it took
        // place (codebook rules 81, 206).
        if (!times.length) times = recurrenceAfter(ctx, hit.local.end);
        times = withOccasion(ctx, times, hit.local.start, hit.local.end);
        if (times.length) previous = { trigger: hit.trigger.text, times };
        if (!times.length) {
          miss ??= `「${hit.trigger.text}」 but no date`;
          continue;
        }
        const extra = spec.fields ? spec.fields(ctx, hit) : {};
        if (typeof extra === 'string') {
          miss ??= extra;
          continue;
        }
        const perPartner = typeof spec.perPartner === 'function' ? spec.perPartner(ctx, hit) : !!spec.perPartner;
        const before = spec.partnersBefore?.(hit);
        const inClause = !!before;
        // Up to the trigger, and through a name it starts inside (「豪空軍司令官とともに」: the title is the trigger's head).
        const reach = Math.max(hit.local.start, ...ctx.mentions.filter((m) => m.local.start < hit.local.start && m.local.end > hit.local.start).map((m) => m.local.end));
        let partners = before
          ? namedCodes(ctx, before === 'sentence' ? 0 : Math.max(ctx.text.lastIndexOf('、', hit.local.start - 1), ctx.text.lastIndexOf('。', hit.local.start - 1)) + 1, reach)
          : perPartner
            ? namedCodes(ctx, windowStart(ctx, hit.local.start), hit.local.end)
            : [];
        if (!partners.length && !inClause) {
          // The sentence, less the clauses another date of their own opens (「11月6日に国際観艦式に参加し、8日には豪海軍と
          // 共同訓練を実施」: AUS is the training's; codebook 307).
          const others = ctx.times.filter((t) => t.dates.length && !times.includes(t));
          const own = times.filter((t) => t.local.end <= hit.local.start);
          const from = own.length && others.some((t) => t.local.end <= own[0].local.start) ? own[0].local.start : 0;
          const to = others.find((t) => t.local.start >= hit.local.end)?.local.start ?? ctx.text.length;
          partners = namedCodes(ctx, from, to);
        }
        // 「…スービック港に入港しました」: the host country of a foreign port named right before the call (codebook 366).
        if (!partners.length && spec.portBefore) {
          const port = portCountryBefore(ctx.text, hit.local.start);
          if (port) partners = [port];
        }
        let fromSubject = false;
        if (!partners.length && !inClause && spec.subjectFallback !== false) {
          partners = subjectCodes(ctx);
          fromSubject = partners.length > 0;
        }
        const noPartner = typeof spec.allowNoPartner === 'function' ? spec.allowNoPartner(hit) : !!spec.allowNoPartner;
        if (!partners.length && !noPartner) {
          miss ??= `「${hit.trigger.text}」 but no partner`;
          continue;
        }
        const groups = perPartner && partners.length > 1 ? partners.map((p) => [p]) : [partners];
        // 「1月12日及び13日、…パラオ国際空港、フィリピン…空港への運航」: days listed apart from the places, not
        // paired with them: each place's call spans the days (codebook 99).
        const unpaired = groups.length > 1 && times.length === 1 && times[0].kind === 'list';
        for (const occ of unpaired ? spanOf(times) : allActOccurrencesOf(times)) {
          for (const group of groups) {
            // 「寄港・寄航」: one event, not two; two projects named apart stay two.
            const key = `${occ.date}|${occ.dateEnd ?? ''}|${group.join(',')}|${extra.distinct ?? ''}`;
            if (seen.has(key)) continue;
            seen.add(key);
            candidates.push(
              makeCandidate(ctx, spec.id, {
                kind: spec.kind,
                date: occ.date,
                ...(occ.dateEnd ? { dateEnd: occ.dateEnd } : {}),
                partners: group,
                // A multilateral occasion whose participants the text does not name (an international fleet review).
                ...(!group.length ? { isForum: true } : {}),
                confidence: fromSubject ? 0.65 : 0.8,
                ...extra,
              }),
            );
          }
        }
      }
      return candidates.length
        ? { candidates, reason: `${spec.kind} trigger with a date (${candidates.length} event(s))` }
        : { candidates, miss: miss ?? `${spec.kind} trigger without what an event needs` };
    },
  };
}
