/** Small, pure helpers shared by the rules: trigger search, cues, dates, counterparts, candidates. */
import {
  formatForPartners,
  isHighLevel,
  levelForRole,
  JP_ROLES,
  type EventKind,
  type JpRole,
  type KoryuEvent,
  type Mode,
} from '../../model/event.js';
import type { Span } from '../../model/span.js';
import type { TimeMention } from '../../model/time.js';
import type { Mention } from '../6-mentions/types.js';
import { RULESET_VERSION, type Candidate, type SentenceContext } from './types.js';
import type { Trigger } from './vocabulary.js';
import { isBackground } from './background.js';

export interface TriggerHit {
  trigger: Trigger;
  local: Span;
}

/**
 * 「同」「本」 as "the said" right before a trigger (「同寄港」「本共同研究は…完了」); not the second kanji of
 * 共同/合同/協同… or of 日本/基本/資本.
 */
const SAID = '同'.charCodeAt(0);
const NOT_SAID_BEFORE = new Set([...'共合協賛混異一帯'].map((c) => c.charCodeAt(0)));
const THIS = '本'.charCodeAt(0);
const NOT_THIS_BEFORE = new Set([...'日基資根'].map((c) => c.charCodeAt(0)));

/** Names that may contain a trigger word without being one (「防衛装備品・技術移転協定」 holds 移転). */
const NAME_TYPES = new Set(['instrument', 'forum', 'exercise']);

/** Every trigger of `kind` in the sentence, left to right, longest alternative at each place. */
export function findTriggers(ctx: SentenceContext, kind: EventKind): TriggerHit[] {
  // Rules and windows ask for the same triggers many times per sentence: find them once.
  const cache = (ctx.triggerCache ??= new Map());
  let hits = cache.get(kind);
  if (!hits) cache.set(kind, (hits = scanTriggers(ctx, kind)));
  return hits;
}

/** What a scan that finds nothing returns (read-only, as every cached result is). */
const NO_HITS: TriggerHit[] = [];
const NO_PATTERNS: SentenceContext['vocab']['patternTriggers'][EventKind] = [];

function scanTriggers(ctx: SentenceContext, kind: EventKind): TriggerHit[] {
  // Most sentences hold no pattern trigger of any kind: one test of them all tells (through the gate,
  // which tries only the patterns whose literals the sentence holds).
  ctx.hasPatternTrigger ??= ctx.vocab.patternGate.test(ctx.text);
  const patterns = ctx.hasPatternTrigger ? ctx.vocab.patternTriggers[kind] : NO_PATTERNS;
  // One walk finds the plain trigger words of all kinds: most sentences hold none.
  const words = (ctx.triggerWords ??= ctx.vocab.triggerWords.scan(ctx.text));
  if (!words.length && !patterns.length) return NO_HITS;
  const text = ctx.text;
  let hits: TriggerHit[] | undefined;
  // Left to right, the longest word of the kind at each place; the next one starts after it. (Run for every
  // kind of every sentence: it allocates nothing but the hits.)
  let from = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.kind !== kind || w.start < from) continue;
    const { start, end, trigger } = w;
    from = end;
    // 「同寄港にあわせ」「同会談において」: a reference back to an engagement already told, not a new one.
    if (!inNameOfOtherKind(ctx.mentions, start, end, kind) && !isBackReference(text, start) && !(kind !== 'talks' && isBackground(w, ctx.remark))) {
      (hits ??= []).push({ trigger, local: { start, end } });
    }
  }
  for (const { trigger, regex } of patterns) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const local = { start: m.index, end: m.index + m[0].length };
      if (kind === 'talks' || !isBackground(local, ctx.remark)) (hits ??= []).push({ trigger, local });
    }
  }
  if (!hits) return NO_HITS;
  // Words come in text order, pattern hits after them: most often already in order (sorting allocates).
  if (!inOrder(hits)) hits.sort(byStart);
  // 「テレビ会議形式で日豪首脳会談を行い」: a way of meeting followed by the meeting itself is a
  // mode cue, not a second meeting. Alone (「全体会合がテレビ会議形式で実施され」) it stays a trigger.
  const all = hits;
  for (let i = 0; i < all.length; i++) if (isManner(text, all, i)) return all.filter((h, j) => !isManner(text, all, j));
  return all;
}

const byStart = (a: TriggerHit, b: TriggerHit): number => a.local.start - b.local.start;
const inOrder = (hits: TriggerHit[]): boolean => {
  for (let i = 1; i < hits.length; i++) if (hits[i - 1].local.start > hits[i].local.start) return false;
  return true;
};

/** Whether a trigger word at start..end lies inside a name (an instrument, a forum, an exercise) of another kind. */
function inNameOfOtherKind(mentions: readonly Mention[], start: number, end: number, kind: EventKind): boolean {
  for (let i = 0; i < mentions.length; i++) {
    const n = mentions[i];
    if (NAME_TYPES.has(n.type) && n.local.start <= start && end <= n.local.end && n.type !== kind) return true;
  }
  return false;
}

/** Whether the i-th hit is a way of meeting (「テレビ会議形式で」) followed closely by the meeting it describes. */
function isManner(text: string, hits: TriggerHit[], i: number): boolean {
  const h = hits[i];
  const next = hits[i + 1];
  return text.startsWith('形式', h.local.end) && !!next && next.local.start - h.local.end <= MANNER_REACH && !/[。]/.test(text.slice(h.local.end, next.local.start));
}

/** Whether a 「同」「本」 meaning "the said" (not the end of 共同, 日本…) stands right before `start`. */
function isBackReference(text: string, start: number): boolean {
  if (start < 1) return false;
  const c = text.charCodeAt(start - 1);
  const before = start < 2 ? -1 : text.charCodeAt(start - 2);
  if (c === SAID) return !NOT_SAID_BEFORE.has(before);
  return c === THIS && !NOT_THIS_BEFORE.has(before);
}

/**
 * 「リムパックに参加した露海軍艦艇2隻が訪日した」: an exercise named in a clause that describes a
 * foreign unit (it took part) is that unit's background, not an engagement of Japan's.
 */
const FOREIGN_PARTICIPANT_AFTER = /^(?:」)?(?:に|へ)参加(?:した|していた|中の|している)/;
export function namesForeignParticipation(ctx: SentenceContext, m: { local: Span }): boolean {
  const after = FOREIGN_PARTICIPANT_AFTER.exec(ctx.text.slice(m.local.end));
  if (!after) return false;
  const at = m.local.end + after[0].length;
  return ctx.mentions.some((o) => (o.type === 'country' || o.type === 'organization') && !o.compound && o.local.start >= at && o.local.start - at <= 1);
}

/** How far after 「…形式で」 the meeting it describes may be named. */
const MANNER_REACH = 20;

/**
 * After a trigger: the act was done (「共同訓練を実施」「移転が完了」「表敬した」), not named as a topic
 * or an aim (「共同訓練の実施」「移転について」「共同訓練をより実効性の高いものに」); a footnote mark between
 * (「…訓練9を主催した」) changes nothing.
 */
export const HELD_AFTER =
  /^(?:[0-9０-９]{1,2}(?=[をにが]))?(?:(?:及び|並びに|や|と)[^、。]{0,20}?)?(?:(?:を|に|が)?(?:行|実施|し|開催|主催|開始|完了|成立|参加|さ?れ)|が(?:行われ|実施され|開催され|開始|完了|成立))/;

/** A sentence closed by a non-past polite or plain future predicate: 「実施します」「行います」「参ります」. */
const FUTURE_END = /(?:します|行います|いたします|参ります|まいります|する予定です)。?$/;
/**
 * Before a trigger in its own clause: a count of occurrences (「延べ51回のハイレベル懇談」「4回の日米共同訓練」
 * 「計3回の会談」), a tally of many engagements, not one (an ordinal 「第2回の」「2回目の」 is one).
 */
const TALLY_BEFORE = /(?<!第)(?:延べ|計|合計|のべ)?[0-9０-９一二三四五六七八九十百数]+(?:回|度|件)(?:の|に(?:わたる|及ぶ))[^、。]{0,16}$/;
/**
 * Partners listed one by one right before a tally (「日米、日印、日豪など、合計5回の…共同訓練」): each of them
 * is told, the tally only sums them up.
 */
function listedBefore(ctx: SentenceContext, tallyStart: number): boolean {
  return ctx.mentions.filter((m) => m.compound && m.local.end <= tallyStart && tallyStart - m.local.end <= 12).length >= 2;
}
/** Between a plan's relative clause (「…予定の」) and the trigger: the partner it modifies, and 「と」. */
const PARTNER_BETWEEN = /^[^、。]{1,30}?(?:と|との|とともに)[^、。と]{0,12}$/;
/** A sentence that names examples: 「…などが挙げられる」. */
const EXAMPLES_END = /(?:が|も)挙げられる。?$/;
/** A past-tense predicate: 「行いました」「実施した」「行った」. */
const PAST_PREDICATE = /ました|[しっいきれ]た(?:[。、]|$|ほか|ところ|が|の|もの|こと)/;

/** A predicate that goes on (「…を行っています」「実施している」). */
export const PROGRESSIVE = /(?:て|で)(?:い|お)(?:ます|る)/;
/** Words that say an act recurs (「定期的に」「毎年」): with a predicate that goes on, a habit, not one act. */
export const RECURS = /定期的|毎年|例年|恒例|毎月|月[1１一]回|年[1１一]回|継続的/;

/** A sentence that only announces: closed in the future tense (「…を行います。」) with no past tense in it. */
export function announcesOnly(text: string): boolean {
  return FUTURE_END.test(text) && !PAST_PREDICATE.test(text);
}

/**
 * Whether the predicate right after a trigger makes it a plan, an intention or a postponement
 * (「会談を行う予定」「署名に向けて調整」). Only the trigger's own clause is read — up to the next
 * 、 or 。 — so that 「会談を行い、…推進していくことで一致した」 stays an event.
 */
let blankedFrom = '';
let blanked = '';
/**
 * The sentence with the words that hold a plan cue but say something else blanked, offsets kept: a band's 「見送り演奏」
 * (a send-off, not 見送り = called off), 「防衛力整備計画」 (a document's name, not a plan) (codebook 403).
 */
export function planText(ctx: SentenceContext): string {
  if (blankedFrom !== ctx.text) {
    blankedFrom = ctx.text;
    blanked = ctx.text.replace(ctx.vocab.notAnEvent.otherReadings, (m) => '＿'.repeat(m.length));
  }
  return blanked;
}

export function isPlanned(ctx: SentenceContext, triggerEnd: number, triggerStart = triggerEnd): boolean {
  const { window, pattern, topicAfter } = ctx.vocab.notAnEvent;
  const text = planText(ctx);
  // 「日仏共同訓練について、…予定であることを発表」: the trigger is the topic; read its predicate.
  const toldDone = toldAsDone(text, triggerStart, text.slice(triggerEnd));
  if (!toldDone && topicAfter.test(text.slice(triggerEnd)) && pattern.test(text.slice(triggerEnd))) return true;
  let end = Math.min(text.length, triggerEnd + window);
  const stop = text.slice(triggerEnd, end).search(/[、。]/);
  if (stop >= 0) end = triggerEnd + stop;
  if (!toldDone && pattern.test(text.slice(triggerEnd, end))) return true;
  // 「同年9月に予定されていた…共同訓練「X」は、天候不良のため延期された」: planned before the
  // trigger in its own clause, and cancelled as the predicate of the topic it heads.
  const clauseStart = Math.max(0, text.lastIndexOf('、', triggerStart - 1) + 1);
  const planned = ctx.vocab.plannedBefore.exec(text.slice(clauseStart, triggerStart));
  // 「…へ参加する予定の豪州・カナダ各海軍と各種戦術訓練を実施」: the relative clause plans what the partner
  // will do; the training with it was done.
  if (planned && !(planned[0].endsWith('の') && PARTNER_BETWEEN.test(text.slice(clauseStart + planned.index + planned[0].length, triggerStart)))) return true;
  const tally = TALLY_BEFORE.exec(text.slice(clauseStart, triggerStart));
  if (tally && !listedBefore(ctx, clauseStart + tally.index)) return true;
  // 「…要員を招へいし、…能力構築支援を実施します。」: chained acts whose sentence ends in the
  // future tense, with no past tense on the way, are announced, not done.
  const rest = text.slice(triggerEnd);
  // 「昨年、…協定が締結されるなど、…推進してまいります。」: an act its own clause dates before the document is past,
  // whatever tense the sentence closes in (codebook 444).
  if (announcesOnly(rest) && !toldDone && !datedBeforeDocument(ctx, triggerStart)) return true;
  // 「…訓練、…演習などが挙げられる。」: examples of a kind of activity, not engagements told.
  if (EXAMPLES_END.test(rest)) return true;
  const topic = /^(?:「[^」]*」|（[^）]*）)*/.exec(text.slice(triggerEnd))![0].length;
  return ctx.vocab.cancelledPredicate.test(text.slice(triggerEnd + topic));
}

/** The trigger's date, written before it, lies wholly before the document's own date. */
function datedBeforeDocument(ctx: SentenceContext, triggerStart: number): boolean {
  const published = ctx.doc.context.published;
  // The last date written before the trigger (not one carried from the sentence before), with no other clause's predicate
  // between (「昨年、…が締結」).
  const t = ctx.times.filter((x) => x.text && x.local.end <= triggerStart && x.dates.length).pop();
  if (!published || !t || /[しいきり]、|て、/.test(ctx.text.slice(t.local.end, triggerStart))) return false;
  const last = t.end ?? t.dates[t.dates.length - 1];
  const n = Math.min(last.length, published.length);
  return last.slice(0, n) < published.slice(0, n);
}

/** No act told done between the trigger and what follows (「…を実施し、」「行った」「しました」). */
const NO_ACT_BETWEEN = '(?:(?!し、|して|い、|き、|[しっ]た(?:[、。]|ほか|ところ|が|後|あと|のち)|ました|され|実現)[^。]){0,60}?';
/**
 * After an act's noun, listed with others before one predicate: what was agreed or discussed
 * (「…オブザーバーの派遣、…の相互訪問などについて一致した」) or what is to be furthered
 * (「共同訓練・演習、…協力等を推進する旨」) — topics, not acts told (codebook rule 201).
 */
const LISTED_TOPIC = new RegExp(
  `^${NO_ACT_BETWEEN}(?:など|等)(?:(?:について|に関し(?:て)?)[^。]{0,20}?(?:一致|合意|確認|意見交換|議論|協議|話し合|述べ|言及)|(?:の[^。、]{0,12})?を(?:一層|更に|さらに|引き続き)?(?:推進|強化|深化|拡大|促進|進め|活発化|追求|検討))`,
);

/** Whether the trigger ending at `end` is a topic listed before a predicate of accord or intent (codebook rule 201). */
export function listedAsTopic(text: string, end: number): boolean {
  return LISTED_TOPIC.test(text.slice(end));
}

/** After a trigger: it is the topic of what the speaker is about to tell (「…についてお知らせします」「…について紹介します」). */
const ABOUT_TO_TELL = /^[^。]{0,40}?について、?(?:ご|お)?(?:紹介|知らせ|報告|説明)/;
/** Before a trigger, in its phrase: a past predicate describing it (「…までに行われた、…能力構築支援」「実施した…支援」). */
const DONE_BEFORE = /(?:[しっれ]た|ました)、?[^。、]{0,30}$/;

/**
 * 「9月10日から10月1日までに行われた、…能力構築支援について紹介します」: the future tense is the speaker's telling, the act
 * itself is told as done (codebook rule 210).
 */
function toldAsDone(text: string, triggerStart: number, rest: string): boolean {
  return ABOUT_TO_TELL.test(rest) && DONE_BEFORE.test(text.slice(Math.max(0, triggerStart - 60), triggerStart));
}

/** A dated occurrence: one date, or a span. */
export interface Occurrence {
  date: string;
  dateEnd?: string;
  time: TimeMention;
}

/** Calendar occurrences a time mention stands for: one per list item, one for a span or period. */
export function occurrencesOf(tm: TimeMention): Occurrence[] {
  switch (tm.kind) {
    case 'point':
      return tm.dates.length ? [{ date: tm.dates[0], time: tm }] : [];
    case 'list':
      return tm.dates.map((date) => ({ date, time: tm }));
    case 'span':
    case 'period': {
      if (!tm.dates.length) return [];
      const end = tm.end ?? tm.dates[tm.dates.length - 1];
      return [end && end !== tm.dates[0] ? { date: tm.dates[0], dateEnd: end, time: tm } : { date: tm.dates[0], time: tm }];
    }
    default:
      // A fiscal year alone is too coarse to date one engagement.
      return [];
  }
}

/** `times.flatMap(of)` without flatMap's cost (the rules ask this for every anchor). */
function occurrencesOfAll(times: TimeMention[], of: (tm: TimeMention) => Occurrence[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const t of times) for (const o of of(t)) out.push(o);
  return out;
}
/** The occurrences of several time mentions, in order. */
export const allOccurrencesOf = (times: TimeMention[]): Occurrence[] => occurrencesOfAll(times, occurrencesOf);
/** The occurrences of several time mentions as an act's dates, in order (actOccurrencesOf). */
export const allActOccurrencesOf = (times: TimeMention[]): Occurrence[] => occurrencesOfAll(times, actOccurrencesOf);

/** Several partners over a list of dates that cannot be paired with them: one occurrence spanning the dates. */
export function spanOf(times: TimeMention[]): Occurrence[] {
  const occ = allOccurrencesOf(times);
  if (occ.length < 2) return occ;
  const dates = occ.map((o) => o.dateEnd ?? o.date).sort();
  return [{ date: occ.map((o) => o.date).sort()[0], dateEnd: dates[dates.length - 1], time: occ[0].time }];
}

/** Days of one month listed one after another (「6月3日及び4日」): one engagement's days. */
export function consecutiveDays(dates: string[]): boolean {
  if (dates.length < 2 || dates.some((d) => d.length !== 10 || d.slice(0, 7) !== dates[0].slice(0, 7))) return false;
  return dates.every((d, i) => i === 0 || Number(d.slice(8)) - Number(dates[i - 1].slice(8)) === 1);
}

/**
 * The occurrences of an act: one per list item, except days listed one after another (「1月12日及び13日」),
 * which are the days of one act (a flight over two days, a ship's stay): one occurrence spanning them.
 */
export function actOccurrencesOf(tm: TimeMention): Occurrence[] {
  if (tm.kind === 'list' && consecutiveDays(tm.dates)) return [{ date: tm.dates[0], dateEnd: tm.dates[tm.dates.length - 1], time: tm }];
  return occurrencesOf(tm);
}

/** Time mentions whose start lies in [from, to). */
/** The rule of a sentence's date taken from the trip it refers back to (「本出張においては」): it dates every clause (codebook 163). */
export const TRIP_TIME_RULE = 'time.trip';

export function timesIn(ctx: SentenceContext, from: number, to: number): TimeMention[] {
  // A loop, not a filter with a closure: the rules ask this many times per sentence.
  const out: TimeMention[] = [];
  const times = ctx.times;
  for (let i = 0; i < times.length; i++) {
    const t = times[i];
    if (t.local.start >= from && t.local.start < to && t.dates.length > 0) out.push(t);
  }
  return out;
}

/** The last dated time mention that starts before `pos`. */
export function lastTimeBefore(ctx: SentenceContext, pos: number): TimeMention | undefined {
  let found: TimeMention | undefined;
  for (const t of ctx.times) if (t.local.start < pos && t.dates.length) found = t;
  return found;
}

export function mentionsIn(ctx: SentenceContext, from: number, to: number, types?: Mention['type'][]): Mention[] {
  // A loop, not a filter with a closure: the rules ask this many times per sentence.
  const out: Mention[] = [];
  const mentions = ctx.mentions;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.local.start >= from && m.local.end <= to && (!types || types.includes(m.type))) out.push(m);
  }
  return out;
}

/** After a 日X compound: 「関係」, the relationship it names (「日米関係」), not a body of people (「関係者」). */
const RELATIONSHIP_AFTER = /^関係(?!者|省|機関|国)/;
/**
 * Partner codes named as counterparts within [from, to): compounds (日豪, 日米豪印), foreign
 * titles carrying a country (印国防大臣, 韓国国防部長官), and country/organization names followed
 * by a link such as 「と」「との間」「海軍」. A country followed by 「情勢」「について」「周辺」… is a
 * topic or a place, not a counterpart.
 */
export function counterpartCodes(ctx: SentenceContext, from: number, to: number): string[] {
  const codes = new Set<string>();
  // A destination (訪露) is where a principal went, not whom they met.
  // (Loops, not filter and forEach with closures: this runs for every clause of every trigger.)
  const parties: Mention[] = [];
  for (const m of ctx.mentions) {
    if (m.local.start >= from && m.local.end <= to && (m.type === 'country' || m.type === 'organization' || m.type === 'foreign-title') && !m.destination) parties.push(m);
  }
  for (let i = 0; i < parties.length; i++) {
    const m = parties[i];
    // 「日米関係や日中関係を中心に意見交換」: a 日X compound naming a relationship is what was talked about, not who
    // talked (codebook 520).
    if (m.compound && RELATIONSHIP_AFTER.test(ctx.text.slice(m.local.end, m.local.end + 3))) continue;
    if (m.type === 'foreign-title' || m.compound) {
      for (const c of m.codes) codes.add(c);
      continue;
    }
    const after = ctx.text.slice(m.local.end, m.local.end + 8);
    if (ctx.vocab.topicAfter.test(after) && !followedByTitle(ctx, m)) continue;
    // 「シンガポールを訪問中の…大臣は、韓国国防部長官と会談」: where the principal is staying places the meeting (codebook 198).
    if (after.startsWith('を訪問中の')) continue;
    // 「ベケ・ソロモン諸島・警察・国家安全大臣と」: the country inside a minister's title written with 「・」 (codebook 194).
    // 「インド、ニュージーランド、ASEAN各国との会談」: a group's 「各国」 are its members, not named: the group is no
    // counterpart, but the countries listed before it share the link (codebook 197).
    const members = m.type === 'organization' && GROUP_MEMBERS_AFTER.test(after);
    if (!members && !ctx.vocab.partnerLinkAfter.test(after) && !followedByTitle(ctx, m) && !PORTFOLIO_AFTER.test(ctx.text.slice(m.local.end, m.local.end + 24)) && !jointSubject(ctx, m) && !serviceAssetLinked(ctx, m)) continue;
    // The members of a list share its link: 「フィジー、PNG及びトンガの国防大臣等と」.
    for (let j = i; j >= 0; j--) {
      const cur = parties[j];
      if (j < i && !LIST_SEPARATOR.test(ctx.text.slice(cur.local.end, parties[j + 1].local.start))) break;
      if (cur.type !== 'foreign-title' && !(members && j === i)) for (const c of cur.codes) codes.add(c);
    }
  }
  for (const code of sameCountry(ctx, from, to)) codes.add(code);
  codes.delete('JPN');
  return [...codes].sort();
}

/** 「同国海軍と」「同空軍との」「同国の国防大臣と」: a party referred back to, as a counterpart (codebook 306). */
const SAME_PARTY = /同(?:国|海軍|陸軍|空軍|軍)(?:[^、。と]{0,12}?)(?:と(?:の|ともに|共に)?)(?![^、。]{0,3}(?:の間|比べ))/g;

/**
 * The party a 「同国」「同海軍」 in [from, to) refers back to: the last foreign country or organization named before it in
 * the sentence (not inside a compound), else the running topic or the section's country.
 */
function sameCountry(ctx: SentenceContext, from: number, to: number): string[] {
  const out: string[] = [];
  const slice = ctx.text.slice(from, to);
  if (!slice.includes('同')) return out;
  for (const m of slice.matchAll(SAME_PARTY)) {
    const at = from + m.index;
    const before = ctx.mentions.filter(
      (p) => (p.type === 'country' || p.type === 'organization' || p.type === 'foreign-title') && !p.compound && p.local.end <= at && p.codes.some((c) => c !== 'JPN'),
    );
    const last = before[before.length - 1];
    out.push(...(last ? last.codes.filter((c) => c !== 'JPN') : subjectCodes(ctx)));
  }
  return out;
}

/** A foreign service, alone or with its asset in one word (「インド海軍」「米海軍空母」「インド海軍フリゲート」「英海兵隊」). */
const SERVICE = /(?:軍|海兵隊)/;
/**
 * After a foreign service: its ship, aircraft or unit, written with or without 「の」 and with or without its own name in
 * quotes, and then the partner's 「と」 (「インド海軍のフリゲートと」「米海軍空母「ロナルド・レーガン」と」「豪空軍の
 * F-35A等との」): the service trained or met with Japan's side through that asset (codebook 500). Not 「…と思われる」
 * 「…として」 (a guess or a role).
 */
const SERVICE_ASSET_LINK = /^(?:の)?[^、。「」はがをにでと]{0,12}(?:「[^」]{1,30}」)?(?:等|など|ほか)?と(?:の|ともに|共に)?(?!思|見ら|みら|推定|して|する|した|いう|なる|なっ)/;
function serviceAssetLinked(ctx: SentenceContext, m: Mention): boolean {
  return SERVICE.test(m.text) && SERVICE_ASSET_LINK.test(ctx.text.slice(m.local.end, m.local.end + 48));
}

/**
 * After a party that is a subject with Japan's: 「陸上自衛隊とニュージーランド陸軍は、」「陸上自衛隊と豪陸軍の間において、」, with or
 * without the comma (「海上自衛隊とインド海軍が共同訓練を」), and either side's own name in quotes (「護衛艦「いなづま」とインド海軍
 * フリゲート「タルワー」は、」) (codebook 501).
 */
const JOINT_SUBJECT_AFTER = /^(?:「[^」]{1,30}」)?(?:は(?!じめ)|が|の間(?:で|において|では))/;
/** Between a Japanese principal and the と of a joint subject: nothing, or the principal's own name in quotes. */
const PRINCIPAL_NAME = /^(?:「[^」]{1,30}」)?$/;
/** A foreign party written with a Japanese principal as one subject (codebook 304): that principal's counterpart. */
function jointSubject(ctx: SentenceContext, m: Mention): boolean {
  return (
    ctx.text[m.local.start - 1] === 'と' &&
    JOINT_SUBJECT_AFTER.test(ctx.text.slice(m.local.end, m.local.end + 40)) &&
    ctx.mentions.some((p) => p.type === 'jp-principal' && p.local.end <= m.local.start - 1 && PRINCIPAL_NAME.test(ctx.text.slice(p.local.end, m.local.start - 1)))
  );
}

/** After a group: its member countries, unnamed, as counterparts (「ASEAN各国との」「NATO加盟国と」). */
const GROUP_MEMBERS_AFTER = /^(?:の)?(?:各国|諸国|加盟国|構成国)(?:と|との|の国防)/;

/** After a country: the rest of a minister's title joined by 「・」, then 「と」 (「・警察・国家安全大臣と」). */
const PORTFOLIO_AFTER = /^(?:・[一-龥ァ-ヶー]{1,10}){1,3}(?:大臣|長官)(?:と|との)/;

/**
 * What may stand between the members of a list of partners (及び and 並びに also in kana, as the older editions write them;
 * 「XをはじめY、Z」 opens a list with its first member, codebook 425).
 */
const LIST_SEPARATOR = /^[\s、・（）]*(?:及び|および|並びに|ならびに|や|と|、|を(?:はじめ|始め)(?:とし(?:て)?|とする)?)?[\s、・（）]*(?:そして)?[\s、]*$/;

/**
 * Between a partner and its title: 「の」, 「の各」, a personal name after 「の」 or right after the partner
 * (「ウクライナのザホロドニューク国防大臣」「ヨルダン・ハシェミット王国ハサーウネ首相兼国防大臣」, as ownedBy reads it),
 * or the end of a list and its region (「…、ベトナムなどの東南アジア諸国の国防大臣」).
 */
const PARTNER_TO_TITLE = /^(?:(?:の(?:各)?)?(?:[ァ-ヶー・=＝]{2,24})?|(?:など|等)の[^、。]{1,12}?の(?:各)?)?$/;

/** Whether a foreign title follows the partner directly or through 「の…」. */
function followedByTitle(ctx: SentenceContext, m: Mention): boolean {
  return ctx.mentions.some((o) => {
    if (o.type !== 'foreign-title' || o.local.start < m.local.end || o.local.start - m.local.end > 24) return false;
    const between = ctx.text.slice(m.local.end, o.local.start);
    // A name right after a name in katakana may be the rest of one word (「ソマリア・アタランタ作戦司令官」): only after a
    // name that ends otherwise (「…王国」) is it a person's.
    if (/^[ァ-ヶー・]/.test(between) && /[ァ-ヶー]$/.test(m.text)) return false;
    return PARTNER_TO_TITLE.test(between);
  });
}

/** Country/organization codes mentioned anywhere in [from, to), except topics and places. */
/**
 * After a country: a city of it that is where something was held (「バーレーンの首都マナーマで開催された」「カタールのドーハで
 * 行われた」「タイ・バンコクにおいて」「米国ハワイ州ホノルルで」): the country is the venue, not a partner (codebook 303).
 */
// …or in brackets (「エストニア(タリン)で開催された」, codebook 382).
const CITY_VENUE_AFTER = /^(?:(?:の首都|の)?・?[\p{Script=Katakana}ー・州市島]{2,16}|[（(][\p{Script=Katakana}ー・州市島]{2,16}[）)])(?:で(?:開催|行われ|実施|開かれ)|において|にて)/u;

export function namedCodes(ctx: SentenceContext, from: number, to: number): string[] {
  const codes = new Set<string>();
  for (const m of mentionsIn(ctx, from, to, ['country', 'organization', 'foreign-title'])) {
    const after = ctx.text.slice(m.local.end, m.local.end + 8);
    if (m.type === 'country' && !m.compound && CITY_VENUE_AFTER.test(ctx.text.slice(m.local.end, m.local.end + 24))) continue;
    if (m.type !== 'foreign-title' && !m.compound && ctx.vocab.topicAfter.test(after) && !ctx.vocab.partnerLinkAfter.test(after)) continue;
    m.codes.forEach((c) => codes.add(c));
  }
  codes.delete('JPN');
  return [...codes].sort();
}

/**
 * The partners the context is about: the topic the running text set (「UAEとの間では…」 in the
 * Middle East section), else the section's subject when it is a country or an organization.
 */
export function subjectCodes(ctx: SentenceContext): string[] {
  if (ctx.topic?.length) return ctx.topic;
  const s = ctx.subject;
  if (!s || (s.kind !== 'country' && s.kind !== 'organization')) return [];
  return [...s.codes].filter((c) => c !== 'JPN').sort();
}

const ROLE_RANK = new Map<JpRole, number>(JP_ROLES.map((r, i) => [r, i]));

/** The most senior role among several principals (JP_ROLES is ordered from the top). */
export function seniorRole(roles: (JpRole | undefined)[]): JpRole | undefined {
  let best: JpRole | undefined;
  for (const r of roles) if (r && (!best || ROLE_RANK.get(r)! < ROLE_RANK.get(best)!)) best = r;
  return best;
}

/** Mode from cue words in a piece of text, if any. */
export function modeFromCues(ctx: SentenceContext, text: string): Mode | undefined {
  for (const { mode, pattern } of ctx.vocab.modeCues) if (pattern.test(text)) return mode;
  return undefined;
}

/** The title run written before a name's head word: kanji, katakana, Latin, and the links of a title. */
const NAME_BEFORE =
  /(?:[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9０-９・々]|の(?=[\p{Script=Han}\p{Script=Katakana}])|に(?:関する|係る|かかる|おける|基づく)|による|のための|にかかる)+$/u;

/**
 * The name written for a word at `span` (an instrument, a project): the quoted name holding it
 * (「…日豪共同研究」), else the title run before it (「両国の防衛交流の発展に関する覚書」).
 */
export function writtenName(ctx: SentenceContext, span: Span): { name: string; quoted: boolean } {
  const open = ctx.text.lastIndexOf('「', span.start);
  if (open >= 0 && !ctx.text.slice(open, span.start).includes('」')) {
    const close = ctx.text.indexOf('」', open);
    if (close >= span.end) return { name: ctx.text.slice(open + 1, close), quoted: true };
  }
  const run = NAME_BEFORE.exec(ctx.text.slice(Math.max(0, span.start - 60), span.start));
  return { name: ((run?.[0] ?? '') + ctx.text.slice(span.start, span.end)).replace(/^(?:の|による|のための)/, ''), quoted: false };
}

/** The original-text evidence of the sentence. */
export function sentenceEvidence(ctx: SentenceContext): KoryuEvent['evidence'][number] {
  const { start, end } = ctx.sentence.span;
  return { start, end, text: ctx.doc.source.text.slice(start, end) };
}

export interface CandidateFields
  extends Omit<Candidate, 'sentenceId' | 'sectionId' | 'evidence' | 'format' | 'highLevel' | 'rule' | 'source' | 'level'> {
  isForum?: boolean;
  twoPlusTwo?: boolean;
}

/** The partners of a candidate: distinct, Japan aside, sorted (one or none, the most common, without the Set). */
function partnersOf(codes: string[]): string[] {
  if (codes.length === 0) return [];
  if (codes.length === 1) return codes[0] === 'JPN' ? [] : [codes[0]];
  return [...new Set(codes)].filter((c) => c !== 'JPN').sort();
}

/** `talks.anchor-clause@1`: made once per rule, not once per candidate. */
const VERSIONED = new Map<string, string>();
function versioned(ruleId: string): string {
  let v = VERSIONED.get(ruleId);
  if (v === undefined) VERSIONED.set(ruleId, (v = `${ruleId}@${RULESET_VERSION}`));
  return v;
}

/** Complete a candidate: format, level and highLevel follow the codebook from the other fields. */
export function makeCandidate(ctx: SentenceContext, ruleId: string, f: CandidateFields): Candidate {
  const { isForum, twoPlusTwo } = f;
  const fields = f;
  const partners = partnersOf(fields.partners);
  const format = formatForPartners(partners, isForum);
  // A 2+2 is ministerial unless its principals say otherwise (a vice-ministerial 「2+2」).
  const level =
    fields.kind === 'talks' || fields.kind === 'conference' ? levelForRole(fields.jpRole, twoPlusTwo && !fields.jpRole) : undefined;
  // Fields left undefined are not written at all (the JSON of an event has no null members); built
  // key by key rather than spread-then-deleted, which keeps candidates fast objects for the merge.
  const c = {} as Record<string, unknown>;
  // Read off the caller's fields in their order (no rest copy of them first: one object fewer per candidate).
  for (const key in fields) {
    if (key === 'isForum' || key === 'twoPlusTwo') continue;
    const value = (fields as unknown as Record<string, unknown>)[key];
    if (value !== undefined) c[key] = value;
  }
  c.partners = partners;
  c.format = format;
  if (level) c.level = level;
  c.highLevel = false;
  c.evidence = [sentenceEvidence(ctx)];
  c.rule = versioned(ruleId);
  c.sentenceId = ctx.sentence.id;
  c.sectionId = ctx.sentence.sectionId;
  c.source = ctx.doc.source.path;
  const candidate = c as unknown as Candidate;
  candidate.highLevel = isHighLevel(candidate);
  return candidate;
}

/** Kinds whose strong triggers bound the date window of another anchor. */
const WINDOW_KINDS: EventKind[] = ['talks', 'exercise', 'port-call', 'equipment', 'capacity-building', 'personnel', 'other'];

/** After an anchor word: 「…である、」, an apposition describing what follows, not an act of its own. */
const APPOSITION_AFTER = /^である、/;

/**
 * Where the date window of an anchor starting at `pos` begins: the end of the last anchor of any
 * kind before it (a trigger, a milestone, a named exercise or forum). A date written before that
 * belongs to the other anchor (「2020年9月に…寄港したほか、同年11月には…共同訓練」).
 */
/** After a forum: named as the framework an act was held in (「ARFの枠組で」「ADMMプラスの枠組みの下」). */
const FRAMEWORK_AFTER = /^の枠組み?(?:で|において|の(?:下|もと))/;

export function windowStart(ctx: SentenceContext, pos: number): number {
  // The latest end, before `pos`, of an anchor that starts before it.
  let start = 0;
  for (const kind of WINDOW_KINDS) {
    for (const h of findTriggers(ctx, kind)) {
      // 「テレビ会議「…会議」に参加」: a talks word naming the conference, not an anchor of its own.
      if (h.local.end > pos || h.local.start >= pos || h.local.end <= start) continue;
      if (h.trigger.weak || (kind === 'talks' && ctx.vocab.attendedAfter.test(ctx.text.slice(h.local.end)))) continue;
      // 「9月2日、…主催する多国間防衛相会合である、…会合が開催され」: an apposition describing the noun after it (codebook 447).
      if (APPOSITION_AFTER.test(ctx.text.slice(h.local.end))) continue;
      start = h.local.end;
    }
  }
  for (const m of ctx.mentions) {
    if (m.type !== 'milestone' && m.type !== 'exercise' && m.type !== 'forum') continue;
    if (m.local.end > pos || m.local.start >= pos || m.local.end <= start) continue;
    if (m.type === 'exercise' && namesForeignParticipation(ctx, m)) continue;
    // 「…年3月には、ARFの枠組で2回目となる…演習を」: a forum named as the framework of the act is no anchor of its own (codebook 532).
    if (m.type === 'forum' && FRAMEWORK_AFTER.test(ctx.text.slice(m.local.end, m.local.end + 8))) continue;
    start = m.local.end;
  }
  // A date that dates nothing (「2015年以降」) still separates what comes after it from earlier dates.
  for (const t of ctx.deadTimes ?? []) if (t.local.end <= pos && t.local.start < pos && t.local.end > start) start = t.local.end;
  return start;
}

/** The date of an anchor: the last time expression written in its window, if any. */
export function windowTime(ctx: SentenceContext, anchorStart: number, floor = 0): TimeMention | undefined {
  const inWindow = windowTimes(ctx, anchorStart, floor);
  return inWindow[inWindow.length - 1];
}

/** Every time expression written in the window of an anchor starting at `anchorStart`. */
export function windowTimes(ctx: SentenceContext, anchorStart: number, floor = 0): TimeMention[] {
  return timesIn(ctx, Math.max(floor, windowStart(ctx, anchorStart)), anchorStart);
}

/**
 * A multilateral forum named as the place of the meeting (「…サミットにおいては」「…会議では」「…フォーラムの場で」): a run of
 * name characters ending in a forum noun, not a summit or bilateral meeting noun, not a 日X compound's.
 */
const FORUM_AS_VENUE =
  /([一-龥ァ-ヶー・A-Za-z0-9]{2,30}?(?:サミット|会議|会合|フォーラム|シンポジウム))(?:において(?:は)?|では|の場(?:で|において)(?:は)?)、?/g;
const NOT_A_FORUM_VENUE = /首脳|会談|防衛相会|閣僚|次官級|当局間|^日[^本]|電話会議|テレビ会議|^[同本両各当]/;
/** What joins the countries of one list (「米国・オーストラリア・韓国」「米国、豪州及び韓国」). */
const COUNTRY_JOINER = /^(?:・|、|及び|および|並びに|ならびに)$/;
/** After the list, right before the trigger: 「…との懇談」「…の陸軍種と意見交換」. */
const LIST_TO_TRIGGER = /^(?:の[^、。と]{0,12})?との?$/;
/** Exchanges held among a forum's participants, not meetings of their own (会談 is one). */
const EXCHANGE = /懇談|意見交換|対話|交流/;

/**
 * 「先週のXサミットにおいては、米国・オーストラリア・韓国・フィリピンとの懇談を通じ…」: an exchange (懇談, 意見交換) with three or
 * more countries in one list, set at a multilateral forum told as its place, is that forum — a conference with those
 * partners — not talks with each (codebook 470). Returns the forum's span, or undefined. A meeting with its own 会談 and
 * counterpart (「…会議において、豪国防相と会談」), a list told one by one (「それぞれ」「等」) and a summit stay talks.
 */
export function forumExchange(ctx: SentenceContext, trigger: Span, triggerText: string): Span | undefined {
  if (!EXCHANGE.test(triggerText) || /会談/.test(triggerText)) return undefined;
  const text = ctx.text;
  let forum: Span | undefined;
  FORUM_AS_VENUE.lastIndex = 0;
  for (let m = FORUM_AS_VENUE.exec(text); m && m.index < trigger.start; m = FORUM_AS_VENUE.exec(text)) {
    if (m.index + m[0].length > trigger.start || NOT_A_FORUM_VENUE.test(m[1])) continue;
    forum = { start: m.index, end: m.index + m[1].length };
  }
  if (!forum) return undefined;
  const between = text.slice(forum.end, trigger.start);
  if (/[。]|それぞれ|各々|個別|二国間|2国間|[、・]?(?:等|など)との/.test(between)) return undefined;
  const countries = ctx.mentions
    .filter((m) => m.type === 'country' && !m.compound && m.local.start >= forum!.end && m.local.end <= trigger.start)
    .sort((a, b) => a.local.start - b.local.start);
  // The last run of countries joined into one list, ending right before the trigger.
  let run = 0;
  for (let i = countries.length - 1; i >= 0; i--) {
    const next = countries[i + 1];
    if (!next) {
      if (!LIST_TO_TRIGGER.test(text.slice(countries[i].local.end, trigger.start))) return undefined;
    } else if (!COUNTRY_JOINER.test(text.slice(countries[i].local.end, next.local.start))) break;
    run++;
  }
  return run >= 3 ? forum : undefined;
}
