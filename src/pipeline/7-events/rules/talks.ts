/**
 * Talks: meetings and conversations between a Japanese principal and foreign counterparts.
 *
 * Each talks trigger (会談, 電話会談, テレビ会談, 表敬, 「2+2」…) is an anchor. Its window runs back
 * to the previous anchor of any kind (another trigger, a milestone), so that
 * 「…覚書の署名が行われたほか、2014年7月の日NZ首脳会談では…」 dates the summit 2014-07, not by the
 * signature's date. Inside a window, each Japanese principal that is the topic of a clause
 * (「陸幕長は…と、海幕長は…と、空幕長は…とそれぞれ電話会談を行い」) opens a clause with its own dates
 * and counterparts; a clause opens at the date written just before its principal
 * (「…電話会談を、2021年3月には岸防衛大臣がテレビ会談を」). What a clause lacks — a date, a
 * principal, counterparts — it takes from the clause or anchor before it, then from the section.
 */
import { RELEASE_TITLE } from '../../context/index.js';
import { isHighLevel, levelForRole, type JpRole, type Mode } from '../../../model/event.js';
import type { Mention } from '../../6-mentions/types.js';
import {
  TRIP_TIME_RULE,
  HELD_AFTER,
  allOccurrencesOf,
  counterpartCodes,
  findTriggers,
  forumExchange,
  isPlanned,
  makeCandidate,
  mentionsIn,
  modeFromCues,
  occurrencesOf,
  planText,
  seniorRole,
  spanOf,
  subjectCodes,
  timesIn,
  windowStart as anchorWindowStart,
  type TriggerHit,
} from '../helpers.js';
import type { Candidate, Rule, RuleOutcome, SentenceContext } from '../types.js';
import type { TimeMention } from '../../../model/time.js';
import type { Trigger } from '../vocabulary.js';
import { findVisits, shortCode, type VisitHit } from './visits.js';
import { findMentions } from '../../6-mentions/find.js';
import { FIRST_PERSON } from '../speaker.js';
import { namesJapan } from '../foreign.js';
import { RECURRENCE_AFTER } from '../recurrence.js';

const RULE_ID = 'talks.anchor-clause';
/** Talks dated to a longer span (「2015年から2018年の間において4回の「2+2」」) are a series, not one meeting. */
const MAX_TALKS_SPAN_MONTHS = 6;

/** Whole months from one partial date to another ('2015' counts as January). */
function monthsBetween(a: string, b: string): number {
  const m = (d: string) => Number(d.slice(0, 4)) * 12 + (d.length >= 7 ? Number(d.slice(5, 7)) - 1 : 0);
  return m(b) - m(a);
}
/** How far after a trigger a mode cue still describes it (「…会談をテレビ会議形式で実施」). */
const MODE_REACH = 16;
/** Characters allowed between principals of one group: 「河野防衛大臣及び岸防衛大臣」. */
const GROUP_JOINER = /^(?:[（(][^）)]*[）)])?[\s、・]*(?:及び|および|並びに|ならびに|と|、)[\s、]*$/;
/** A principal heads a clause when followed by a topic/subject particle. */
const TOPIC_AFTER = /^(?:[（(][^）)]*[）)])*(?:は、?|が|も|から)/;
/** Between a date and the principal it introduces: 「2021年3月には岸防衛大臣が」. */
const DATE_TO_PRINCIPAL = /^(?:に(?:は|も)?|、|には、)?[\s、]*$/;
/** Counterparts listed one by one are several meetings (「…国防大臣や、…の国防大臣などと会談」). */
const DISTRIBUTIVE = /や|など|等|それぞれ|各国|各々|二国間|2国間|個別|バイ|両国(?:で|に|と)/;

/** Before a bare title: a word that makes it several people (「両国防大臣」「各国の国防大臣」「3か国の…」). */
const SEVERAL_BEFORE = /(?:両|各国?の?|[0-9０-９二三四五]か国の?|それぞれの)$/;

/** Whether a clause names its counterpart by one foreign title alone, of no country (「国防大臣と会談」), one person. */
function oneBareTitle(ctx: SentenceContext, from: number, to: number): boolean {
  const titles = ctx.mentions.filter((m) => m.type === 'foreign-title' && m.local.start >= from && m.local.end <= to);
  return (
    titles.length === 1 &&
    !titles[0].codes.length &&
    !SEVERAL_BEFORE.test(ctx.text.slice(Math.max(0, titles[0].local.start - 5), titles[0].local.start)) &&
    !ctx.mentions.some((m) => (m.type === 'country' || m.type === 'organization') && m.local.start >= from && m.local.end <= to)
  );
}

/** A party written as a ministry or headquarters of its government, as the place of a meeting (「米国防省において」). */
const MINISTRY_VENUE = /(?:国防省|国防部|国務省|国防総省|外務省|司令部)$/;
const VENUE_AFTER = /^(?:において|で|にて)/;

/**
 * 「鈴木事務次官は、米国防省において、カール国防次官と会談」: a counterpart named by a title with no country, met at the
 * ministry or headquarters of one country, is of that country (codebook 232). Only when the clause names exactly one
 * such venue and a counterpart's title without a country.
 */
function ministryVenue(ctx: SentenceContext, from: number, to: number): string[] {
  const inClause = ctx.mentions.filter((m) => m.local.start >= from && m.local.end <= to);
  if (!inClause.some((m) => m.type === 'foreign-title' && !m.codes.length)) return [];
  const ministries = inClause.filter((m) => m.type === 'country' && !m.compound && MINISTRY_VENUE.test(m.text));
  return ministries.length === 1 && VENUE_AFTER.test(ctx.text.slice(ministries[0].local.end)) ? ministries[0].codes.filter((c) => c !== 'JPN') : [];
}

/** Counterparts met together: 「3か国」「三者」「合同」「共同」「多国間」. */
const JOINT = /[0-9０-９二三四五六七八九十]\s*(?:か国|カ国|ヶ国|ヵ国|者)|三者|合同|共同|多国間|[三四]国間|同席|一堂/;

interface Clause {
  start: number;
  end: number;
  principals: Mention[];
}

function principalGroups(ctx: SentenceContext, from: number, to: number): Mention[][] {
  const groups: Mention[][] = [];
  for (const p of mentionsIn(ctx, from, to, ['jp-principal'])) {
    if (!p.jpRole || p.jpRole === 'unit') continue;
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    // The next principal's surname stands between (「小池防衛大臣(当時)および木村防衛副大臣」).
    const between = ctx.text.slice(prev?.local.end ?? 0, p.local.start - (p.personName?.length ?? 0));
    if (prev && GROUP_JOINER.test(between)) last.push(p);
    else groups.push([p]);
  }
  return groups;
}

/** Where a clause headed by `group` starts: at a date written right before the principal. */
function clauseStart(ctx: SentenceContext, group: Mention[], floor: number): number {
  const start = group[0].local.start;
  const before = ctx.times.filter((t) => t.local.end <= start && t.local.start >= floor);
  const t = before[before.length - 1];
  if (t && DATE_TO_PRINCIPAL.test(ctx.text.slice(t.local.end, start))) return t.local.start;
  return start;
}

function clausesOf(ctx: SentenceContext, from: number, to: number): Clause[] {
  const groups = principalGroups(ctx, from, to);
  const heads = groups.filter((g) => TOPIC_AFTER.test(ctx.text.slice(g[g.length - 1].local.end)));
  if (heads.length <= 1) return dateClauses(ctx, from, to, heads[0] ?? groups[0] ?? []);
  return heads.map((g, i) => ({
    start: i === 0 ? from : clauseStart(ctx, g, from),
    end: i + 1 < heads.length ? clauseStart(ctx, heads[i + 1], from) : to,
    principals: g,
  }));
}

/** Before a date that opens a clause of its own: the sentence's start or 「、また」「、さらに」. */
const OPENS_BEFORE = /(?:^|、)(?:また|さらに|次いで|続いて)?、?$/;
/** A lead-in that only names the sentence's topic: 「…会談について、」「…に関しては、」 (no 、 inside). */
const TOPIC_LEAD = /^[^、。]*(?:について|に関して|に関しては|については)、\s*$/;
/** After such a date: 「同9月には、」「5月に、」. */
const OPENS_AFTER = /^(?:に(?:は|も)?|は)?、/;

/**
 * 「昨年9月、…はモンゴルを訪問し、ソノムピル国防大臣と、また同9月には、カナダのオコナー国防大臣と、会談を
 * 行った」: dates that each open a clause with its own counterpart, sharing one principal and one trigger,
 * are one meeting each (rule 2 for clauses headed by a date).
 */
function dateClauses(ctx: SentenceContext, from: number, to: number, principals: Mention[]): Clause[] {
  // 「9月26日に木原防衛大臣、先週22日には宮澤副大臣をそれぞれ表敬し」: a date right before a principal
  // opens that principal's clause too, when the meetings are told apart.
  const apart = APART.test(ctx.text.slice(from, Math.min(ctx.text.length, to + 8)));
  const openers = timesIn(ctx, from, to).filter(
    (t) =>
      OPENS_BEFORE.test(ctx.text.slice(from, t.local.start)) &&
      (OPENS_AFTER.test(ctx.text.slice(t.local.end)) || (apart && principalRightAfter(ctx, t.local.end, to))),
  );
  // A clause before the first opener (the window may begin after the sentence's first date) counts too.
  // 「日UAE防衛相テレビ会談について、3月10日、…とテレビ会談を実施」: a lead-in that only names the topic
  // (…について、) is the meeting the dated clause tells, not a clause of its own (codebook 181).
  const later = openers.filter((t) => /[^\s、]/.test(ctx.text.slice(from, t.local.start)) && !TOPIC_LEAD.test(ctx.text.slice(from, t.local.start)));
  if (!later.length) return [{ start: from, end: to, principals }];
  const starts = [from, ...later.map((t) => t.local.start)];
  const clauses = starts.map((start, i) => {
    const end = starts[i + 1] ?? to;
    // 「昨年8月8日には、…小池防衛大臣とゲイツ国防長官の間で、同年11月8日には、…石破前防衛大臣と…の間で」:
    // a clause that names its own principal is that principal's meeting.
    const own = principalGroups(ctx, start, end)[0];
    return { start, end, principals: own ?? principals };
  });
  // Each clause must name its own counterpart or its own principal; otherwise the dates are of one story.
  // A lead-in before the first opener that names neither (「同国の議員団は、」) belongs to the first clause.
  const distinct = (c: Clause): boolean => counterpartCodes(ctx, c.start, c.end).length > 0 || principalGroups(ctx, c.start, c.end).length > 0;
  if (clauses.length > 2 && !distinct(clauses[0])) clauses.splice(0, 2, { ...clauses[1], start: from });
  // 「木原防衛大臣は、9月5日、豪国防大臣と会談を行いました」: a lead-in that names only the principal — no counterpart,
  // no date — is the subject of the dated clause after it, not a meeting of its own dated by the page (codebook 168).
  else if (clauses.length > 1 && !counterpartCodes(ctx, clauses[0].start, clauses[0].end).length && !timesIn(ctx, clauses[0].start, clauses[0].end).length) {
    clauses.splice(0, 2, { ...clauses[1], start: from, principals: clauses[0].principals });
  }
  return clauses.every(distinct) ? clauses : [{ start: from, end: to, principals }];
}

/** A Japanese principal written right after a date (「9月26日に木原防衛大臣、」). */
function principalRightAfter(ctx: SentenceContext, at: number, to: number): boolean {
  return mentionsIn(ctx, at, to, ['jp-principal']).some(
    (p) => p.jpRole !== 'unit' && DATE_TO_PRINCIPAL.test(ctx.text.slice(at, p.local.start - (p.personName?.length ?? 0))),
  );
}

/** Partner sets: one joint meeting, or one per counterpart when they are listed one by one. */
function counterpartSets(ctx: SentenceContext, from: number, to: number, oneEach = false): string[][] {
  const codes = beyondVenues(ctx, from, to, counterpartCodes(ctx, from, to));
  if (!codes.length) return bracketedList(ctx, from, to) ?? [];
  const inRange = mentionsIn(ctx, from, to, ['country', 'organization', 'foreign-title']);
  const listed = compoundList(ctx, inRange, to);
  if (listed) return listed;
  // 「シンガポールを訪問中の…大臣は、…国防部長との間で日中防衛相会談を行った」: a 日X compound that names the
  // meeting names its parties; a place visited or a venue named in the clause is not one.
  const named = inRange[inRange.length - 1];
  if (named?.compound && named.codes.length && MEETING_NAMED_BY.test(ctx.text.slice(named.local.end, to))) return [[...named.codes].sort()];
  const bracketed = bracketedList(ctx, from, to);
  if (bracketed) return bracketed;
  // 「日米豪そして日米韓、更には米国、韓国…の各国防相と2国間の会談」: each 日X compound is one meeting, and
  // the countries listed after them are met one by one.
  const compounds = inRange.filter((m) => m.compound);
  const lastCompound = compounds[compounds.length - 1];
  if (lastCompound && DISTRIBUTIVE.test(ctx.text.slice(lastCompound.local.end, to))) {
    const singles = counterpartCodes(ctx, lastCompound.local.end, to);
    if (singles.length > 1) return [...compounds.map((m) => [...m.codes]), ...singles.map((c) => [c])];
  }
  const compound = inRange.some((m) => m.compound);
  // 「韓国の国防大臣」: a title after its country (…の) is that country's, not the section's (codebook 189).
  const titlesWithout = inRange.some((m, i) => m.type === 'foreign-title' && !m.codes.length && !ownedBy(ctx, inRange[i - 1], m));
  // A counterpart with no country of its own is the section's (「ヌーナン海軍本部長」 in the Australia section).
  const all = titlesWithout ? [...new Set([...codes, ...subjectCodes(ctx)])].sort() : codes;
  const distributive = oneEach || DISTRIBUTIVE.test(ctx.text.slice(from, to));
  // 「…議員及び…議員による表敬を受け」: callers received together are one delegation, whatever their names.
  const received = /(?:による|からの)[^、。]{0,6}$/.test(ctx.text.slice(Math.max(from, to - 12), to));
  const split = (codes: string[]) => (received ? codes.map((c) => [c]) : oneByName(ctx, inRange, codes));
  if (!compound && all.length > 1 && (distributive || (listedApart(ctx, all) && !listedWithJapan(ctx, inRange)))) return split(all);
  // 「…国軍司令官、国防大臣及び外務大臣とそれぞれ会談」: titles of one country met apart are one meeting each (codebook 509).
  if (!compound && all.length === 1 && distributive && !received) return oneByName(ctx, inRange, all, MET_APART.test(ctx.text.slice(from, Math.min(ctx.text.length, to + 12))));
  return [all];
}

/**
 * After a country or organization: where the meeting was held or the principal went — the country visited (「シンガポールを
 * 訪問し」), an organization's seat (「NATO本部において」「ASEAN事務局で」) (codebook 541).
 */
const PLACE_OF_MEETING = /^(?:を(?:公式)?訪問(?!中の)|(?:本部|事務局|司令部)(?:において|にて|で(?!は|の)|を(?:公式)?訪問))/;
/**
 * The counterparts less the places of a meeting with others: a party the clause names only as where the meeting was held
 * or where the principal went is no counterpart when another is named (「…に出席するためシンガポールを訪問し、豪国防大臣と
 * 会談」「NATO本部においてベルギー国防大臣と会談」 are with Australia, with Belgium). Named alone, it stays (codebook 541).
 */
function beyondVenues(ctx: SentenceContext, from: number, to: number, codes: string[]): string[] {
  if (codes.length < 2) return codes;
  const venue = new Set<string>();
  const other = new Set<string>();
  for (const m of mentionsIn(ctx, from, to, ['country', 'organization', 'foreign-title'])) {
    if (m.destination) continue;
    const atVenue = m.type !== 'foreign-title' && !m.compound && PLACE_OF_MEETING.test(ctx.text.slice(m.local.end, m.local.end + 12));
    for (const c of m.codes) (atVenue ? venue : other).add(c);
  }
  const kept = codes.filter((c) => !venue.has(c) || other.has(c));
  return kept.length ? kept : codes;
}

/** A country or organization written right before a title, through 「の」 and a name (「韓国の国防大臣」「豪州のX国防大臣」). */
function ownedBy(ctx: SentenceContext, owner: Mention | undefined, title: Mention): boolean {
  return (
    !!owner &&
    (owner.type === 'country' || owner.type === 'organization') &&
    /^(?:の(?:各)?)?(?:[ァ-ヶー・=＝]{2,24})?$/.test(ctx.text.slice(owner.local.end, title.local.start - (title.personName?.length ?? 0)))
  );
}

/**
 * Met one by one, each named counterpart is one meeting, several of one country too (「マッコンビル米陸軍参謀総長、
 * …豪陸軍本部長、ラカメラ米太平洋陸軍司令官…と電話等により懇談」 is three meetings with the USA and one with
 * Australia): the same partners repeated, told apart at merging by their rank among them.
 */
function oneByName(ctx: SentenceContext, inRange: Mention[], codes: string[], apart = false): string[][] {
  const named = new Map<string, number>();
  /** Titles counted when the text says the counterparts were met apart (「それぞれ」), named or not (codebook 509). */
  const titled = new Set<string>();
  inRange.forEach((m, i) => {
    if (m.type !== 'foreign-title') return;
    let own = m.codes;
    let person = !!m.personName;
    if (apart && !person) {
      const title = ctx.text.slice(m.local.start, m.local.end);
      const country = own.length === 1 ? own[0] : !own.length && codes.length === 1 ? codes[0] : undefined;
      if (country && !titled.has(title)) {
        titled.add(title);
        named.set(country, (named.get(country) ?? 0) + 1);
      }
      return;
    }
    // 「バーガー米海兵隊総司令官」: a title with no country of its own right after its force.
    const prev = inRange[i - 1];
    if (!own.length && prev && prev.type !== 'foreign-title' && prev.local.end === m.local.start) {
      own = prev.codes;
      person = /[ァ-ヶー]$/.test(ctx.text.slice(0, prev.local.start));
    }
    if (own.length === 1 && person) named.set(own[0], (named.get(own[0]) ?? 0) + 1);
  });
  return codes.flatMap((c) => Array.from({ length: Math.max(1, named.get(c) ?? 0) }, () => [c]));
}

/** The words that say counterparts were met one by one, not together. */
const MET_APART = /それぞれ|個別に|各々|別々に/;

/** 「各国国防相等(シンガポール・米・豪・英・NZ)と会談」: counterparts listed in brackets before 「と」. */
const BRACKETED = /[（(]([^（）()]{2,80})[）)](?=と)/y;
/** Where the next 「（」 or 「(」 at or after `at` is, before `to`; -1 when none. */
function nextOpening(text: string, at: number, to: number): number {
  for (let i = at; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff08 || c === 0x28) return i;
  }
  return -1;
}

/**
 * 「オーストラリア、そしてマレーシア、中国との防衛相会談」「A国のX国防大臣、B国のY国防大臣と会談」:
 * counterparts named one after another are met one by one, unless the sentence says they met together
 * (「3か国」「合同」) or names them all in one 日X compound (「…司令官及び…本部長とテレビ会談を行い、日米豪海軍種間の…」).
 */
function listedApart(ctx: SentenceContext, codes: string[]): boolean {
  if (JOINT.test(ctx.text)) return false;
  return !ctx.mentions.some((m) => m.compound && codes.every((c) => m.codes.includes(c)));
}

/**
 * 「海上幕僚監部、米海軍作戦本部及び英海軍本部の部長級協議」: the Japanese side listed with the counterparts, as
 * the parties of one meeting noun, makes one joint meeting (codebook 187).
 */
function listedWithJapan(ctx: SentenceContext, inRange: Mention[]): boolean {
  const first = inRange[0];
  return !!first && ctx.mentions.some(
    (p) => p.type === 'jp-principal' && p.local.end <= first.local.start && /^[\s、・]*(?:及び|および|並びに|と)?[\s、・]*$/.test(ctx.text.slice(p.local.end, first.local.start)),
  );
}

/** The countries of a bracketed list of counterparts, one meeting each (「各国」 lists them one by one). */
function bracketedList(ctx: SentenceContext, from: number, to: number): string[][] | undefined {
  // The matches a global scan from `from` finds that start before `to`: each starts at an opening bracket,
  // so only those places are tried (a scan to the sentence's end for every window costs more than the rule).
  for (let at = nextOpening(ctx.text, from, to); at >= 0; ) {
    BRACKETED.lastIndex = at;
    const m = BRACKETED.exec(ctx.text);
    if (!m) {
      at = nextOpening(ctx.text, at + 1, to);
      continue;
    }
    at = nextOpening(ctx.text, at + m[0].length, to);
    const items = m[1].split(/[・、,，]/).map((x) => x.trim()).filter(Boolean);
    if (items.length < 2) continue;
    const codes = items.map((item) => (item.length === 1 ? shortCode(item) : findMentions(item).find((x) => x.type === 'country' || x.type === 'organization')?.codes[0]));
    if (codes.every((c): c is string => !!c && c !== 'JPN')) return [...new Set(codes)].map((c) => [c]);
  }
  return undefined;
}

/** After a 日X compound, up to the trigger's end: the meeting's own name (「防衛相会談」「・防衛相会談」「首脳電話会談」). */
const MEETING_NAMED_BY = /^・?[^、。とのでにをはが「」（）()]{0,10}$/;

/** Between the 日X compounds of a list that share one meeting noun. */
const COMPOUND_SEPARATOR = /^[\s、・]*(?:及び|および|並びに|と|、)?[\s、・]*$/;

/**
 * 「日中、日米豪比、日豪、日ウクライナ、日韓防衛相会談」: 日X compounds listed before one meeting noun are one
 * meeting each (a compound alone is one joint meeting of all its parties).
 */
function compoundList(ctx: SentenceContext, inRange: Mention[], to: number): string[][] | undefined {
  const last = inRange[inRange.length - 1];
  if (!last?.compound || !/^[^、。]{0,8}$/.test(ctx.text.slice(last.local.end, to))) return undefined;
  const sets = [last.codes];
  for (let i = inRange.length - 2; i >= 0; i--) {
    const m = inRange[i];
    if (!m.compound || !COMPOUND_SEPARATOR.test(ctx.text.slice(m.local.end, inRange[i + 1].local.start))) break;
    sets.unshift(m.codes);
  }
  return sets.length > 1 ? sets : undefined;
}

/**
 * The one counterpart a meeting names by person (「カール国防次官」 → カール), or, taken from its heading, the heading
 * (「(2)シーレンEU軍事委員長」): what tells it apart from the trip's other meetings with the same country.
 */
function counterpartName(ctx: SentenceContext, from: number, to: number, fromSubject: boolean): string | undefined {
  // 「アイデ国防大臣を表敬し」: a person named with a title of no country (its country the item's) counts too.
  const people = new Set(mentionsIn(ctx, from, to, ['foreign-title']).map((m) => m.personName).filter((n): n is string => !!n));
  if (people.size) return people.size === 1 ? `name:${[...people][0]}` : undefined;
  const label = fromSubject ? ctx.subject?.label : undefined;
  return label && ctx.doc.subject?.label !== label && /[ァ-ヶー]{2}/.test(label) ? `name:${label}` : undefined;
}

/**
 * Who a meeting's own clause says was met: the one person named with a foreign title (「モディ首相」 → モディ), else
 * the first foreign title (「各国国防相等(…)」 → 国防相). None when the clause names no foreign title.
 */
function callee(ctx: SentenceContext, hit: TriggerHit, from: number, to: number): string | undefined {
  const titles = mentionsIn(ctx, from, to, ['foreign-title']);
  // 「年次日印防衛相会談を行い」: a meeting noun of a level names the counterparts of that level.
  if (!titles.length) return hit.trigger.jpRole && hit.trigger.jpRole !== 'official' ? `name:(${hit.trigger.text})` : undefined;
  const people = new Set(titles.map((m) => m.personName).filter((n): n is string => !!n));
  return people.size === 1 ? `name:${[...people][0]}` : `name:(${ctx.text.slice(titles[0].local.start, titles[0].local.end)})`;
}

/**
 * Calls of one sentence told apart (codebook 490). Outside a white paper, a report dated to the day tells each call of
 * the day as its own meeting: 「…首相を表敬するとともに、…国防大臣と会談」「…防衛相会談を行い、また同日、…首相への表敬
 * を実施」 are two meetings with one country on one day, when each meeting word has its own counterpart, named by a
 * foreign title, and the two are different people. The calls keep who they met as what tells them apart.
 */
function tellCallsApart(candidates: Candidate[], calls: Map<Candidate, { anchor: number; who: string }>): void {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (!calls.has(c) || c.date.length < 10) continue;
    const key = [c.date, c.dateEnd ?? '', c.partners.join(), c.jpRole ?? '', c.mode ?? '', c.name ?? ''].join('|');
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(c);
  }
  for (const group of groups.values()) {
    const anchors = new Set(group.map((c) => calls.get(c)!.anchor));
    const people = new Set(group.map((c) => calls.get(c)!.who));
    // One of them named by person: a meeting named twice (「外務・防衛閣僚協議(「2+2」)」) names no one.
    if (anchors.size < 2 || people.size < 2 || ![...people].some((p) => !p.startsWith('name:('))) continue;
    for (const c of group) if (!c.distinct) c.distinct = calls.get(c)!.who;
  }
}

/** Right before an exchange of views: what it was on (「…に関する意見交換」「…について意見交換」). */
const EXCHANGE_TOPIC_BEFORE = /(?:に関する|についての?|をめぐる)$/;

/** The research institute's or the academy's head and researchers (「防衛研究所長」「所長」「主任研究官」「学校長」). */
const INSTITUTION_POST = /(?:研究所長|所長|研究官|研究員|所員|学校長|校長)$/;
/** What an institution's people went abroad to do with the hosts: exchange views, brief, explain, a research exchange. */
const INSTITUTION_BUSINESS = /意見交換|意見を交換|ブリーフィング|説明|研究交流|対話|協議|懇談/;
/**
 * 「…主任研究官の3名は、…レポートの対外説明のため、米国を訪問しました」: a trip abroad by the institute's or the academy's
 * head or researchers, telling business with the hosts in its sentence, is a meeting with that country (codebook 523).
 */
function institutionBusinessTrip(ctx: SentenceContext, principals: Mention[], visit: VisitHit | undefined): boolean {
  return (
    visit?.direction === 'out' &&
    visit.partners.length > 0 &&
    principals.length > 0 &&
    principals.every((p) => INSTITUTION_POST.test(ctx.text.slice(p.local.start, p.local.end))) &&
    INSTITUTION_BUSINESS.test(ctx.text)
  );
}

/** The prime minister and the high-level principals: whose visits are meetings. */
const isTopRole = (role: JpRole) => role === 'prime-minister' || isHighLevel({ kind: 'talks', format: 'bilateral', jpRole: role });

/** A meeting's mode: the one stated, else the default, marked as assumed so that a stated one can replace it at merge. */
const modeFields = (stated: Mode | undefined, fallback: Mode): { mode: Mode; modeAssumed?: true } =>
  stated ? { mode: stated } : { mode: fallback, modeAssumed: true };

/** The way of meeting the words near the trigger state, if they state one. */
function statedMode(ctx: SentenceContext, hit: TriggerHit, from: number, to: number): Mode | undefined {
  if (hit.trigger.mode) return hit.trigger.mode;
  let end = Math.max(to, hit.local.end + MODE_REACH);
  // 「日米防衛相会談後臨時会見(オンライン)」: a way of meeting written after the press conference is its own (codebook 190).
  const briefing = ctx.text.slice(hit.local.end, end).search(/会見/);
  if (briefing >= 0) end = hit.local.end + briefing;
  return modeFromCues(ctx, ctx.text.slice(from, end));
}

/** Ends of anchors of other kinds (milestones, exercises, port calls) that bound a talks window. */
function otherAnchorEnds(ctx: SentenceContext): number[] {
  const ends = ctx.mentions.filter((m) => m.type === 'milestone').map((m) => m.local.end);
  for (const kind of ['exercise', 'port-call', 'equipment'] as const) {
    for (const h of findTriggers(ctx, kind)) if (!h.trigger.weak) ends.push(h.local.end);
  }
  return ends;
}


/** 「日米シニア・リーダーズ・セミナー」「日米豪比ランド・フォーシズ・ダイアログ」: a 日X compound opens the meeting's name. */
function namedWithCompound(ctx: SentenceContext, hit: TriggerHit): boolean {
  return ctx.mentions.some((m) => m.compound && m.local.end <= hit.local.start && /^[^、。「」]{0,12}$/.test(ctx.text.slice(m.local.end, hit.local.start)));
}

/** A summit is Japan's when the prime minister is named or the trigger follows a 日X compound (日豪首脳会談). */
function isJapanSummit(ctx: SentenceContext, hit: TriggerHit): boolean {
  if (ctx.mentions.some((m) => m.type === 'jp-principal' && m.jpRole === 'prime-minister')) return true;
  // 「日豪首脳会談」, or 「…首脳会談で、日印両首脳が」: the compound names Japan's leader among the two.
  return ctx.mentions.some(
    (m) => m.compound && ((m.local.end >= hit.local.start - 2 && m.local.end <= hit.local.start) || /^両?首脳/.test(ctx.text.slice(m.local.end))),
  );
}

/**
 * 「…政策対話が開催され、防衛審議官とベトナム国防次官との間で…」: the Japanese principal named
 * right after a meeting reported in the passive, paired with a counterpart by 「と」.
 */
function principalPairedAfter(ctx: SentenceContext, hit: TriggerHit): JpRole | undefined {
  const after = ctx.text.slice(hit.local.end, hit.local.end + PAIRED_REACH);
  if (!/^(?:が|は)?(?:開催|実施|行われ)/.test(after)) return undefined;
  const end = hit.local.end + PAIRED_REACH;
  const paired = mentionsIn(ctx, hit.local.end, end, ['jp-principal']).filter(
    (m) => m.jpRole !== 'unit' && ctx.text.startsWith('と', m.local.end),
  );
  return seniorRole(paired.map((m) => m.jpRole));
}

/** How far after a passive meeting its Japanese principal may be named. */
const PAIRED_REACH = 24;

/** The most senior Japanese principal written before `pos` anywhere in the sentence. */
function principalBefore(ctx: SentenceContext, pos: number): JpRole | undefined {
  return seniorRole(mentionsIn(ctx, 0, pos, ['jp-principal']).filter((m) => m.jpRole !== 'unit').map((m) => m.jpRole));
}

/** After the occasion a date names: the meeting followed it, so both occasions are meetings. */
const FOLLOWED_BY = /^[^、。]{0,40}?に(?:引き)?続(?:き|いて)/;

/**
 * The dates of a clause: the one nearest the meeting (「本年2月の…会議を終え、同年5月の…会議において
 * …と会談」 is May; a list 「同年5月及び10月」 is one time mention), and any the meeting is said to
 * follow (「本年2月の…会議に引き続き、同年5月の…会議において」 and 「4月13日、…と、今年3月に続き2度目と
 * なるテレビ会談」: both).
 */
/** A date that names an earlier occurrence of the meeting at `to` (「昨年3月以来2度目」「今年3月に続き」), not its own. */
function earlierOccurrence(ctx: SentenceContext, t: TimeMention, to: number): boolean {
  return FOLLOWED_BY.test(ctx.text.slice(t.local.end, to)) || RECURRENCE_AFTER.test(ctx.text.slice(t.local.end));
}

function clauseTimes(ctx: SentenceContext, from: number, to: number): TimeMention[] {
  // 「(2022年シャングリラ会合)」: a year glued to a forum's name is its edition, not a date of this clause.
  const all = timesIn(ctx, from, to).filter((t) => !ctx.mentions.some((m) => m.type === 'forum' && m.local.start === t.local.end));
  // 「2021年4月以来、2回目となる…」: the last time, an occurrence of its own beside the one told.
  const followed = all.map((t) => earlierOccurrence(ctx, t, to));
  const nearest = followed.lastIndexOf(false);
  // 「2023年10月と2024年5月に対面で、2023年9月…に電話で、…会談を実施」: dates grouped by the way they met.
  const grouped = all.filter((t) => groupMode(ctx, t));
  if (grouped.length > 1) return all.filter((t, i) => followed[i] || grouped.includes(t));
  return all.filter((_, i) => followed[i] || i === nearest);
}

/** Before the next dated counterpart of one meeting verb: 「…国防副大臣と、3日には…」「…参謀長と、7月4日には…」. */
const PAIR_BOUNDARY = /と、\s*(?:また、?|さらに、?)?$/;

/**
 * 「5月2日にはノルウェー国防副大臣と、3日にはスウェーデン国防副大臣と会談した」: counterparts each written after a date of
 * their own, before one meeting verb, met each on that date (codebook 304). Undefined unless every date opens a
 * segment that names counterparts and each segment but the last closes with 「…と、」.
 */
function datedCounterparts(ctx: SentenceContext, from: number, to: number, oneEach: boolean): { time: TimeMention; sets: string[][] }[] | undefined {
  const times = timesIn(ctx, from, to).filter((t) => !earlierOccurrence(ctx, t, to));
  if (times.length < 2 || counterpartCodes(ctx, from, times[0].local.start).length) return undefined;
  const pairs: { time: TimeMention; sets: string[][] }[] = [];
  for (const [i, time] of times.entries()) {
    const end = times[i + 1]?.local.start ?? to;
    if (i + 1 < times.length && !PAIR_BOUNDARY.test(ctx.text.slice(time.local.end, end))) return undefined;
    const sets = counterpartSets(ctx, time.local.end, end, oneEach);
    if (!sets.length) return undefined;
    pairs.push({ time, sets });
  }
  return pairs;
}

/** After a group of dates: the way those meetings were held (「…5月に対面で、」「…3月に電話で、」). */
const MODE_GROUP_AFTER = /^に(?:は)?([^、。]{1,8}?)(?:で|により|にて)、/;

function groupMode(ctx: SentenceContext, t: TimeMention): Mode | undefined {
  const m = MODE_GROUP_AFTER.exec(ctx.text.slice(t.local.end));
  return m ? modeFromCues(ctx, m[1]) : undefined;
}


/** Between a date and the meeting it dates: a past relative clause telling it held (「…にかけて実施した…による」). */
const HELD_RELATIVE = /^[^。]*?(?:(?:実施|開催)(?:した|された|いたした)|行(?:った|われた))[^、。]{0,30}$/;

/**
 * 「1点目は、先週2月25日から26日にかけて実施した…日米陸軍種間による…セミナーについてです」: a meeting named as the topic
 * of what follows, after a past relative clause with a date of its own that tells it held, is a meeting held on that
 * date (codebook 534). Not 「…に実施する…について」 (to come).
 */
function heldInRelativeClause(ctx: SentenceContext, start: number): boolean {
  const from = anchorWindowStart(ctx, start);
  const dated = ctx.times.filter((t) => t.dates.length && t.local.start >= from && t.local.end <= start).pop();
  return !!dated && HELD_RELATIVE.test(ctx.text.slice(dated.local.end, start));
}

/**
 * Beyond the shared HELD_AFTER: a meeting closing a bracket (「…閣僚協議(「2+2」)が相次いで行われた」)
 * or told with 「する」 (「…と会談するとともに、…を表敬し」).
 */
const MEETING_HELD = /^[）)」』]*(?:・[A-Za-z0-9]{2,8})?(?:に(?:参加|出席)|(?:など|等)?(?:を|が)(?:[^、。]{0,10}?で|相次いで|それぞれ|改めて)?(?:行|実施|開催)|する(?:とともに|ほか|一方)|し(?:、|たほか))/;
const isHeld = (after: string): boolean => HELD_AFTER.test(after) || MEETING_HELD.test(after);

/** After a meeting named as what an act built on: 「…を踏まえ」「…での合意」「…において確認された」 (it was held). */
const PAST_REFERENCE_AFTER = /^[」』）)]*(?:を踏まえ|を受け|での|で(?:は|も)?(?:合意|確認|一致|示され|定められ)|におけ?る?(?:合意|確認|一致|示され))/;

/** Between a date and the meeting it dates: 「の」 and the meeting's name run (「4月の「」「本年4月の日米」). */
const DATE_OF_MEETING = /^の[^、。]{0,8}$/;

/**
 * 「4月の「2+2」での合意を実現していくこと」: a meeting dated with 「の」 and named as where something was agreed was held;
 * a plan after it is the agreement's (codebook 491).
 */
function heldAsSource(ctx: SentenceContext, hit: TriggerHit): boolean {
  if (!PAST_REFERENCE_AFTER.test(ctx.text.slice(hit.local.end))) return false;
  const date = timesIn(ctx, Math.max(0, hit.local.start - 20), hit.local.start).at(-1);
  return !!date && DATE_OF_MEETING.test(ctx.text.slice(date.local.end, hit.local.start));
}

/** A numbered item's line with no clause in it (「1. 日韓防衛次官級協議」「(4)…司令官との会談」「6. …大臣への表敬」). */
const ITEM_TITLE = /^[\s　]*(?:[0-9０-９]{1,2}[.．)）]|[（(][0-9０-９]{1,2}[）)])[\s　]*[^、。「」（）()]{2,40}$/;

/**
 * A press release's numbered item that is a meeting's name and nothing after it (codebook 375): the release lists what its
 * occasion held (「…に参加したところ、概要は以下のとおり。」 over 「1. 日韓防衛次官級協議」), and a plan is told in words
 * (予定) that the page's head would carry.
 */
function itemNamesMeeting(ctx: SentenceContext, hit: TriggerHit): boolean {
  if (ctx.doc.context.kind !== 'press-release' || hit.trigger.weak && !/協議$/.test(hit.trigger.text)) return false;
  if (!ITEM_TITLE.test(ctx.text) || ctx.text.slice(hit.local.end).trim() !== '') return false;
  return !ctx.doc.sentences.some((s) => s.id < ctx.sentence.id && HEAD_PLANNED.test(s.text));
}

/** A release's formula that tells its title done: 「標記について、下記のとおり実施されましたのでお知らせします。」. */
const TITLE_TOLD_DONE = /^\s*標記(?:の件)?について、?(?:下記|以下)の(?:とおり|通り)(?:実施|開催)され/;

/**
 * The date of the meeting a release's title names, when a later line of its head tells it done with 「標記について、…実施され
 * ました」 and the text writes no day but the release's own (codebook 495): the title's meeting was held that day.
 */
function titleToldDone(ctx: SentenceContext): TimeMention | undefined {
  const first = ctx.doc.sentences[0];
  const published = ctx.doc.context.published;
  if (!first || !published || published.length < 10) return undefined;
  if (ctx.sentence.id !== first.id) {
    // 「2021年5月10日 防衛省」 above 「日豪防衛相電話会談について」: a release's dateline may stand over its title (codebook 512).
    // A sentence's id is its place in the document (stage 4): no search of the sentences for it.
    const at = ctx.sentence.id;
    // A dateline alone on its line is a sentence of its own (codebook 508), and so is the office under it (「防衛省」).
    if (
      at < 1 ||
      at > 3 ||
      ctx.doc.sentences[at] !== ctx.sentence ||
      !RELEASE_TITLE.test(ctx.text) ||
      !ctx.doc.sentences.slice(0, at).every((s) => DATELINE.test(s.text) || ISSUER_LINE.test(s.text))
    )
      return undefined;
    return fieldToldDone(ctx, published, at);
  }
  const field = fieldToldDone(ctx, published);
  if (field) return field;
  if (!ctx.documentTime) return undefined;
  if (!ctx.doc.sentences.slice(1, 6).some((s) => TITLE_TOLD_DONE.test(s.clean.text))) return undefined;
  const otherDay = ctx.doc.sentences.some((s) => (s.time ?? []).some((t) => t.dates.some((d) => d.length === 10 && d !== published)));
  return otherDay ? undefined : ctx.documentTime;
}

/** A release's 日時 field that gives both ends of the time (「1 日時 令和3年5月10日（月）16時40分～17時25分」): told after the fact. */
const TIME_FIELD_DONE = /日時[\s　：:]*[^。]{0,30}?[0-9０-９]{1,2}(?:時|[:：])[0-9０-９]{1,2}分?[\s　]*[~～〜][\s　]*[0-9０-９]{1,2}(?:時|[:：])[0-9０-９]{1,2}/;
/** A release's dateline: its day and the office that issues it (「2021年5月10日防衛省」), no sentence. */
const DATELINE = /^[\s　]*(?:(?:令和|平成)(?:元|[0-9０-９]{1,2})年|[0-9０-９]{4}年)[0-9０-９]{1,2}月[0-9０-９]{1,2}日[^。、]{0,20}$/;
/** The office that issues a release, alone on the line under its dateline. */
const ISSUER_LINE = /^[\s　]*(?:防衛省|防衛庁|統合幕僚監部|[陸海空]上幕僚監部|防衛装備庁)[\s　]*$/;
/** The release's head says it has not happened yet. */
const HEAD_PLANNED = /予定|見込み|見通し|調整中/;

/**
 * The meeting a release's title names, told in its head only by a 日時 field with both ends of the time and no later day than the
 * release's (codebook 512): held on that field's day, though no sentence of the body tells it (「両大臣は、…意見を交わしました」).
 */
function fieldToldDone(ctx: SentenceContext, published: string, title = 0): TimeMention | undefined {
  const head = ctx.doc.sentences.slice(title + 1, title + 8);
  if (head.some((s) => HEAD_PLANNED.test(s.text)) || HEAD_PLANNED.test(ctx.text)) return undefined;
  for (let i = 0; i < head.length; i++) {
    // The label may stand on a line of its own above its value (「1 日時」 then 「令和3年5月10日（月）…」).
    const label = i > 0 && /日時[\s　：:]*$/.test(head[i - 1].text) ? '日時' : '';
    const m = TIME_FIELD_DONE.exec(label + head[i].text);
    if (!m) continue;
    const from = m.index - label.length;
    const to = from + m[0].length;
    const time = (head[i].time ?? []).find((t) => t.local.start >= from && t.local.start < to && t.dates.every((d) => d.length === 10 && d <= published));
    if (time) return time;
  }
  return undefined;
}

/** After a meeting's trigger: its predicate closed, a new clause opened (「…を実施するとともに、」「…し、」「…したほか、」). */
const MEETING_CLOSED = /(?:とともに|ほか|[しい])、/;

/** Between another act's noun and a meeting noun joined to it: 「署名式及び会談」「視察・懇談」. */
const JOINED_NOUN = /^式?[」』）)]*(?:及び|および|並びに|ならびに|・)$/;

/** Principals named together who met apart: 「それぞれ」「相次いで」. */
const APART = /それぞれ|相次いで|各々/;

/** Between the last of the principals called on and the call: 「…防衛大臣及び統合幕僚長を表敬」「…への表敬」. */
const CALLED_ON = /^(?:[（(][^）)]*[）)])*(?:を|への)$/;

function eachPrincipal(ctx: SentenceContext, clause: Clause, anchorStart: number, next: number, trigger: string): JpRole[] | undefined {
  const roles = [...new Set(clause.principals.map((p) => p.jpRole).filter((r): r is JpRole => !!r))];
  if (roles.length < 2) return undefined;
  if (APART.test(ctx.text.slice(clause.start, Math.max(anchorStart, next)))) return roles;
  // 「同大将は防衛大臣及び統合幕僚長を表敬しました」: a visitor's courtesy calls on Japanese principals listed together are
  // paid one by one, as calls on foreign principals are (codebook 58, 404); a meeting held with them together is one.
  const last = clause.principals[clause.principals.length - 1];
  if (trigger.startsWith('表敬') && last.local.end <= anchorStart && CALLED_ON.test(ctx.text.slice(last.local.end, anchorStart))) return roles;
  return undefined;
}

/** A subject that is an organ, not a principal: 「日中防衛当局は」「両国は」「日EU双方は」. */
const ORGAN_SUBJECT = /(?:当局|両国|双方|両政府|両省)(?:は|が)/g;

function lastOrganSubject(ctx: SentenceContext, from: number, to: number): number | undefined {
  let last: number | undefined;
  ORGAN_SUBJECT.lastIndex = from;
  for (let m = ORGAN_SUBJECT.exec(ctx.text); m && m.index < to; m = ORGAN_SUBJECT.exec(ctx.text)) last = m.index;
  if (last === undefined) return undefined;
  // The organ's own parties (「日EU双方は」「日中防衛当局は」) belong to its clause.
  const at = last;
  const own = ctx.mentions.find((m) => m.compound && m.local.end <= at && /^[^、。はが]{0,4}$/.test(ctx.text.slice(m.local.end, at)));
  return own && own.local.start >= from ? own.local.start : last;
}

/** After a meeting noun: the statement named after it (「「2+2」共同発表」「「2+2」の共同声明」). */
const STATEMENT_AFTER = /^[」』]?の?(?:共同発表|共同声明|共同文書)/;

/** Before a meeting noun that refers back: 「本会談」「今回の会談」「この会談」「当該会談」. */
const REFERS_BACK_BEFORE = /(?:本|今回の|この|当該|その|今般の|本日の|先ほどの|先程の)$/;
/** A sentence opening with the meeting as its setting: 「会談では、」「懇談においては、」. */
const SETTING_AFTER = /^(?:で(?:は|も)|において(?:は|も)?|の(?:中|席上)で|の場で)/;

function isBackReference(ctx: SentenceContext, hit: TriggerHit, toldBefore = false): boolean {
  if (REFERS_BACK_BEFORE.test(ctx.text.slice(Math.max(0, hit.local.start - 4), hit.local.start))) return true;
  const opening = /^(?:[（(]?[0-9０-９]+[）)．.]?\s*)?(?:また、|さらに、|なお、)?$/.test(ctx.text.slice(0, hit.local.start));
  // 「…と会談し、会談では、…意見を交わした」: a bare meeting noun opening a later clause as its setting is the meeting
  // the sentence has just told (codebook 302).
  const clauseOpening = toldBefore && /、$/.test(ctx.text.slice(0, hit.local.start));
  return (opening || clauseOpening) && SETTING_AFTER.test(ctx.text.slice(hit.local.end));
}

/** A past verb (「…を行いました」「お迎えできた」「懇談をしたということ」「一致したところ」) or a release's noun-stop (「…と会談を実施。」). */
const TOLD_PAST = /(?:し|でき|出来|行っ|行い|会っ|持っ|迎え|なっ|いただい|頂い|にかかり|にかかっ)(?:まし)?た|(?:を|が)(?:実施|開催)$/;
/** A sentence closing in the past (「…旨を伝えた」「…謝意を述べました」), not a negation (「…なかった」). */
const CLOSES_PAST = /(?<!なかっ)(?:まし)?た[。」]?$/;
/** A predicate that continues into the next clause: 「を開催し」「を行い」「を実施し」. */
const CONTINUATIVE = /^(?:を|が|も)?[^、]{0,4}?(?:開催し|実施し|行い|行っ|し|でき|にかかり|する(?:とともに|ほか))$/;
/** After a meeting noun: it is a predicate nominal (「10回目の会談だ」「初めての…会談となります」), not an act. */
const COPULA_AFTER = /^(?:だ|です|である|でござい|となり|となる|になり)/;
/**
 * After a meeting noun: the purpose of a visitor's visit (「…会合への出席のために来日中の」「(「2+2」)等出席のために訪日中の」);
 * a Japanese principal's trip to attend it (「…戦略的対話出席のために訪独」) still tells the meeting.
 */
const PURPOSE_AFTER = /^[」』）)]*(?:[（(][^）)]*[）)])?(?:等|など)?(?:への|に)?(?:出席|参加)(?:の)?ため(?:に)?(?:来日|訪日|来訪)/;

/** Right before a meeting noun: a count of them (「2回」「何度か」「数回の」), not an ordinal (「2回目の」「第1回」). */
const COUNT_BEFORE = /(?:(?<![第0-9０-９一二三四五六七八九十])[0-9０-９一二三四五六七八九十]+|何|数)(?:回|度)(?:か|も|の|ほど|程)?$/;

/** After a meeting noun: a kind of occasion (「…を含む様々な機会を捉えて」「…などの機会に」). */
const OCCASIONS_AFTER = /^[」』）)]*(?:を含む|をはじめ(?:とする)?|を始めとする|など|等)の?[^、。]{0,8}?機会/;

/** 「昨年5月以来、9か月ぶりの防衛相会談でございまして」: a date before the meeting noun that is its last time. */
function lastTimeCounted(ctx: SentenceContext, hit: TriggerHit): boolean {
  return timesIn(ctx, 0, hit.local.start).some(
    (t) => FOLLOWED_BY.test(ctx.text.slice(t.local.end, hit.local.start)) || RECURRENCE_AFTER.test(ctx.text.slice(t.local.end)),
  );
}

/**
 * After a meeting noun: it is the place of a past verb in its attributive form before a noun (「…で合意をしました内容」
 * 「…において確認された方針」「…で議論した点」): the meeting is named as where that was settled, whenever it was held.
 */
const WHERE_DESCRIBED_AFTER = /^[」』）)]*(?:で|において|の場で|の際に?)(?:は|も)?[^、。]{0,12}?(?:し|され|でき|行っ|行われ)(?:まし)?た(?:内容|方針|事項|点|成果|取組|取り組み|措置|枠組み|方向性?|もの|こと|とおり|通り|合意|中身)/;
/** A foreign party or counterpart: a country, an organization or a title of theirs (no 日X compound, not Japan). */
const foreignSide = (m: Mention): boolean =>
  (m.type === 'country' || m.type === 'organization' || m.type === 'foreign-title') && !m.compound && m.codes.length > 0 && !m.codes.includes('JPN');
/** Between two parties of one meeting's name (「米中国防相会談」「米韓首脳会談」): only a title or 首脳 and の. */
const PARTIES_NAME_MEETING = /^(?:の)?(?:[^、。とはが]{0,8})?$/;
/** After a party: it is the subject (「オースティン長官は、」「米国と中国の国防相が」), not a topic with と (「…とは」). */
const MEETING_SUBJECT_AFTER = /^(?:の[^、。]{0,10}?)?(?:は|が)(?!じめ)/;
/** The speaker named in any role (「私と」「私の」 too): the meeting may be theirs. */
const SPEAKER = /私(?:は|が|から|も|と|に|の|自身|ども|たち)/;
/** Between the subject and another party: no clause boundary of another verb, then that party. */
const WITH_AFTER = /^(?:と|との|とも)/;

/**
 * A meeting of other countries among themselves (codebook 427): no Japanese party in the sentence (no principal, no 私, no
 * 日X, no ministry or SDF word), and the meeting is named by two foreign parties (「米中国防相会談」「米韓首脳会談」), or its
 * subject is a foreign party (「オースティン長官は、」「米国と中国の国防相が」) meeting another (「…マールズ大臣と会談」).
 */
function foreignAmongThemselves(ctx: SentenceContext, at: number): boolean {
  const { text, mentions } = ctx;
  if (SPEAKER.test(text) || namesJapan(text, mentions)) return false;
  const before = mentions.filter((m) => m.local.end <= at && foreignSide(m));
  if (!before.length) return false;
  const last = before[before.length - 1];
  if (last.codes.length > 1 && PARTIES_NAME_MEETING.test(text.slice(last.local.end, at))) return true;
  const subjectIdx = before.findIndex((m) => MEETING_SUBJECT_AFTER.test(text.slice(m.local.end)));
  if (subjectIdx < 0) return false;
  const subject = new Set(before.slice(0, subjectIdx + 1).flatMap((m) => m.codes));
  // 「米国と中国の国防相が会談」: two parties joined by と before one subject.
  if (subject.size > 1 && before.slice(0, subjectIdx + 1).every((m, i, all) => i === 0 || /^(?:と|及び|および|、|・)$/.test(text.slice(all[i - 1].local.end, m.local.start)) || m.type === 'foreign-title')) return true;
  return before.slice(subjectIdx + 1).some((m) => m.codes.some((c) => !subject.has(c)) && WITH_AFTER.test(text.slice(m.local.end)));
}

/** Before a meeting: an earlier time the text does not date (「先般」「過日」「以前」「前回」「この前」「かつて」). */
const EARLIER_UNDATED = /先般|先だって|先達て|過日|以前|前回|この前|かつて/g;
/**
 * Right before a meeting, in its phrase: that earlier time (「先だっての会談に続いて」「先般の電話会談で」), with no date
 * between and none glued before it (「昨年10月の前回会談」 keeps its date) (codebook 406).
 */
/** Japan's own ministers as the two sides of a consultation: 「外務大臣から防衛大臣に対し、」「外務大臣と防衛大臣との間で」. */
const JP_MINISTER = '(?:外務大臣|防衛大臣|防衛庁長官|内閣総理大臣|国家安全保障局長)';
const JAPANESE_SIDES_BEFORE = new RegExp(`(?:^|[、。は])${JP_MINISTER}(?:から|と)${JP_MINISTER}(?:に対し(?:て)?|との間で?)[^。]*$`);
/** After an earlier meeting: what follows it up (「…会談に続いて」「…会談を受けて」「…会談以来」). */
const FOLLOWED_UP_AFTER = /^[」』]?(?:に続|を受け|以来|のフォローアップ)/;
const EARLIER_MEETING_BEFORE = /(?:^|[、。「」])[^、。0-9０-９年月日]{0,12}?(?:先般|先だって|先達て|過日|前回|この前)の?[^、。0-9０-９年月日]{0,12}$/;
/** Between that time and the meeting: another meeting it dates, or a measure from it (「先般の…会談のフォローアップとして」「前回の会談以来」). */
const NOT_THIS_MEETING = /会談|懇談|会合|協議|以来|続|ぶり|として/;

/** Whether the meeting at the end of `before` is dated by an earlier time the text does not give (codebook 428). */
function earlierUndated(before: string): boolean {
  const last = [...before.matchAll(EARLIER_UNDATED)].pop();
  return !!last && !NOT_THIS_MEETING.test(before.slice(last.index + last[0].length));
}

/** Whether listed days are not one run of days (「15日及び22日」, not 「10日及び11日」): each its own visit (codebook 429). */
function apartDays(occs: { date: string; dateEnd?: string }[]): boolean {
  if (occs.length < 2 || occs.some((o) => o.date.length !== 10 || o.dateEnd)) return false;
  const days = occs.map((o) => Date.parse(`${o.date}T00:00:00Z`) / 86_400_000).sort((a, b) => a - b);
  return days.some((d, i) => i > 0 && d - days[i - 1] > 1);
}

/** A sentence whose last predicate is a plan or a non-past verb (「…協議する予定であります」「…を開催いたします」). */
const PLAN_END = /(?:予定|見込み|見通し|つもり|たい|考え|(?:いた|致)します|実施します|開催します)(?:と(?:思い|考え)(?:ます|ております)|で(?:あり|ござい)ます|です|だ|であります|ております|ています)?$/;
/** After a meeting noun: a copula that makes it a predicate nominal (「…会談だということ」「…会談です」), not 「となり」. */
const PREDICATE_NOMINAL = /^(?:だ|です|である|でござい|でありま)/;
/** After a meeting noun: it is the topic of a past copula (「…会談は、8年ぶりでありました」「…会談は初めてでした」). */
const TOPIC_PAST = /^は、?[^、。]{0,20}?(?:でありました|でございました|でした|だった|となりました)$/;
/**
 * After a meeting noun opening its sentence: the topic a report is about (「…との会談につきましては、」「…との会談については、」,
 * codebook 387).
 */
const REPORTED_TOPIC_AFTER = /^に(?:つきまして|ついて)は、/;
/** Before a meeting noun reported on: the sentence's opening (a connective), its counterpart, nothing told before. */
const REPORTED_TOPIC_BEFORE = /^(?:まず|次に|続きまして|続いて|また|それから)?、?[^、。]{0,40}$/;
/** A sentence of a meeting's story told as done: the remarks of one side, or what both agreed (「私から、…旨を述べました」「…という話がありました」). */
const STORY_DONE =
  /(?:(?:から(?:は)?、|両者は|双方は|両大臣は)[^。]*(?:述べ|申し上げ|伝え|表明し|説明し|話があり|話をし|発言があり|一致し|確認し)|旨を?(?:述べ|申し上げ|伝え|表明し|説明し)|という話があり)(?:まし)?た。?$/;
/** A sentence naming a meeting of its own: the story of the one reported on has ended. */
const ANOTHER_MEETING = /会談|表敬|懇談|協議|会合|会議/;
/** A plan or a wish in a meeting's story: not told as done. */
const STORY_PLANNED = /予定|調整|見込み/;

/**
 * 「イタリアのX国防大臣との会談につきましては、…。私から、…旨を述べました。X国防大臣からは、…という話がありました。」: a meeting named
 * as the topic at the head of a sentence (nothing told before it but its counterpart), followed within three sentences by
 * its story told as done — a remark of one side or what both agreed — is the meeting reported, held (codebook 387).
 */
function storyFollows(ctx: SentenceContext, end: number): boolean {
  const head = ctx.text.slice(0, end);
  if (!REPORTED_TOPIC_BEFORE.test(head.replace(/[「」『』（）()]/g, ''))) return false;
  const at = ctx.sentence.id;
  if (ctx.doc.sentences[at] !== ctx.sentence) return false;
  if (STORY_PLANNED.test(ctx.text)) return false;
  for (const next of ctx.doc.sentences.slice(at + 1, at + 4)) {
    if (next.blockType !== 'paragraph' || next.sectionId !== ctx.sentence.sectionId || STORY_PLANNED.test(next.text)) return false;
    if (STORY_DONE.test(next.text)) return true;
    if (ANOTHER_MEETING.test(next.text)) return false;
  }
  return false;
}
/** After a meeting noun: it is the scene of what the sentence tells (「…会談では、…一致しました」). */
const SCENE_AFTER = /^(?:で(?:は|も)|において(?:は|も)?)/;

/**
 * Whether a meeting is told as done, for dating it by the document's occasion: its own predicate is
 * past (up to the next 、), or it is the scene of a sentence told in the past; not a meeting only
 * named (「これまでやって」「…行われる予定」「既に行っております」「10回目の会談だ」).
 */
function toldAsDone(ctx: SentenceContext, end: number): boolean {
  const after = ctx.text.slice(end);
  if (COPULA_AFTER.test(after)) return false;
  // 「日米の「2+2」で合意をしました内容について」: the meeting is the place of what a relative clause describes, not told
  // (codebook 424).
  if (WHERE_DESCRIBED_AFTER.test(after)) return false;
  const stop = ctx.text.indexOf('。', end);
  const sentence = after.slice(0, stop < 0 ? undefined : stop - end);
  // 「今回の会談においては、…確認した…について、…協議する予定であります」: the sentence ends in a plan.
  if (PLAN_END.test(sentence)) return false;
  if (SCENE_AFTER.test(after)) return TOLD_PAST.test(sentence);
  // 「X国防大臣との会談につきましては、…。私から、…旨を述べました。」: the meeting the speaker reports on, told by the sentences after
  // it (codebook 387).
  if (REPORTED_TOPIC_AFTER.test(after)) return storyFollows(ctx, end);
  // 「カナダとの防衛相会談は、8年ぶりでありました」: the meeting as the topic of a past copula.
  if (TOPIC_PAST.test(sentence)) return !/予定|見込み|見通し/.test(sentence);
  const comma = sentence.search(/、/);
  const own = comma < 0 ? sentence : sentence.slice(0, comma);
  // 「…防衛相会談を開催し、…を確認した」: a continuative predicate takes the sentence's tense.
  // 「…を表敬し、…旨を伝えた。」: a continuative predicate whose sentence closes in the past, whatever its verb (codebook 388).
  return TOLD_PAST.test(own) || (CONTINUATIVE.test(own) && (TOLD_PAST.test(sentence) || CLOSES_PAST.test(sentence)));
}

/** After a body's name: it met (「を…初開催し」「が開催され」). */
const HELD_BODY = /^[^、。]{0,24}?(?:開催|実施|行われ|行っ|行い|開か)/;

/**
 * The end of a trigger's own predicate: the next 、 or 。, or the next anchor; past the 、 of a topic
 * (「…安保対話（第13回）は、2015年3月に東京において開かれ」) up to its verb.
 */
function predicateEnd(ctx: SentenceContext, from: number, next: number): number {
  const rest = ctx.text.slice(from, next);
  const topic = /^(?:[（(][^）)]*[）)])?は、[^。]{0,30}?(?:開かれ|開催|行われ|実施)/.exec(rest);
  if (topic) return from + topic[0].length;
  const stop = rest.search(/[、。]/);
  return stop >= 0 ? from + stop : next;
}

/** A talks anchor: a trigger, or a visit found by findVisits (whose trigger is VISIT_TRIGGER). */
interface Anchor extends TriggerHit {
  visit?: VisitHit;
}

/** The trigger a visit anchor stands for: in person, and a meeting only for the top principals (rule 21). */
const VISIT_TRIGGER: Trigger = { kind: 'talks', text: '訪問', mode: 'in-person', highLevelOnly: true };

/**
 * Between two meeting nouns that share one predicate: 「安保協議および防衛当局間協議が行われた」 (the second's name follows);
 * the first may be named by its statement (「本年4月の「2+2」共同発表及び日米首脳会談における合意」, codebook 491).
 */
const COORDINATED = /^[」』）)]*(?:共同発表|共同声明)?(?:および|及び|並びに|ならびに|、)[「『]?([^、。「」のとへ]{1,12})$/;

/** The name of a meeting noun coordinated with the one before it (「…および防衛当局間協議」), if it is. */
function coordinatedName(ctx: SentenceContext, before: TriggerHit, hit: TriggerHit): string | undefined {
  const m = COORDINATED.exec(ctx.text.slice(before.local.end, hit.local.start));
  // A bare noun (「…との会談および表敬」) is another part of the same meeting; a named one is another meeting.
  return m?.[1] ? m[1] + hit.trigger.text : undefined;
}

/** A document issued (「…共同声明が発表され」「…宣言を発出」). */
const DOCUMENT_ISSUED = /発表|発出|採択/;

/** After a visit written as a noun: it is still to come (「…の訪日を招請」「…の早期訪露を実現」). */
const NOUN_PLANNED = /^[^。]{0,12}?(?:予定|計画|調整|検討|延期|中止|見送|目指|招請|要請|を実現|期待|意向|たい|べく)/;

/** A visit that is also its own purpose (「…への参加及び公式訪問のため」「二者会談等を実施するため」). */
const OWN_PURPOSE = /公式訪問|公式招待|二者会談|二国間会談|表敬/;

/** Words of a forum's attendance: a visit to attend it is not a meeting with the host (rule 28). */
const ATTENDS = /出席|参加/;

/** 「各国…の首脳と」: the countries visited, met unnamed. */
const EACH_VISITED = /各国|両国|各首脳|それぞれの国/;
/**
 * Between a visit and the meeting told next: a counterpart that may be of the country visited — a title with no country
 * of its own (「…を訪問し、ソノムピル国防大臣と」) or the countries visited met as 「各国」 (codebook 540).
 */
function hostMayBeMet(ctx: SentenceContext, from: number, to: number): boolean {
  if (EACH_VISITED.test(ctx.text.slice(from, to))) return true;
  const inRange = mentionsIn(ctx, from, to, ['country', 'organization', 'foreign-title']);
  return inRange.some((m, i) => m.type === 'foreign-title' && !m.codes.length && !ownedBy(ctx, inRange[i - 1], m));
}

/** Triggers and visits in text order; a trigger inside a visit's words (「訪問」) is the visit. */
function anchorsOf(ctx: SentenceContext): Anchor[] {
  const visits = findVisits(ctx);
  const found: Anchor[] = findTriggers(ctx, 'talks');
  if (!visits.length) return found;
  // 「…の表敬を受けた」: the call received (codebook 281) is the trigger's own meeting, told once.
  const hits = found.filter((h) => !visits.some((v) => v.received && v.local.start <= h.local.start && h.local.end <= v.local.end));
  const all: Anchor[] = [...hits, ...visits.map((v) => ({ trigger: VISIT_TRIGGER, local: v.local, visit: v }))];
  return all.sort((a, b) => a.local.start - b.local.start);
}

/** A Japanese principal paired with the visitor after an inbound visit (「…が訪日し、X大臣(当時)と」). */
const HOST_LINK = /^(?:[（(][^）)]*[）)])?(?:と|との|に対し|への|を表敬|に表敬|から)/;

function hostAfter(ctx: SentenceContext, from: number, to: number): JpRole | undefined {
  const host = mentionsIn(ctx, from, to, ['jp-principal']).find((m) => m.jpRole !== 'unit' && HOST_LINK.test(ctx.text.slice(m.local.end)));
  return host?.jpRole;
}

/**
 * The Japanese counterpart of a foreign visitor by protocol, when the text names no host: a head of
 * state or government meets the prime minister, a minister the minister, a vice-minister the
 * vice-minister, a chief of staff the chief of the same service.
 */
function protocolRole(visitor: Mention | undefined): JpRole | undefined {
  switch (visitor?.foreignLevel) {
    case 'leaders':
      return 'prime-minister';
    case 'ministerial':
      return 'minister';
    case 'vice-ministerial':
      return 'administrative-vice-minister';
    case 'chiefs':
      return /空軍/.test(visitor.text) ? 'chief-asdf' : /海軍/.test(visitor.text) ? 'chief-msdf' : /陸軍/.test(visitor.text) ? 'chief-gsdf' : 'chief-joint-staff';
    default:
      return undefined;
  }
}

/** Between a named counterpart and a weak meeting noun: 「X司令官と意見交換をし」「X司令官とも懇談」. */
const WITH_COUNTERPART = /^(?:と|とも)$/;

/**
 * 「次に、X司令官と意見交換をし、…」: in a first-person document (a press conference, a chief's message), a
 * weak meeting (意見交換, 懇談) told as done with a named foreign counterpart right before と, and no other
 * principal in its clause, is the speaker's own meeting, as a humble form is (codebook 420).
 */
function speakerReports(ctx: SentenceContext, hit: TriggerHit): boolean {
  if (!hit.trigger.weak || !ctx.documentPrincipal) return false;
  const partner = mentionsIn(ctx, 0, hit.local.start, ['foreign-title']).at(-1);
  if (!partner || !WITH_COUNTERPART.test(ctx.text.slice(partner.local.end, hit.local.start))) return false;
  return toldAsDone(ctx, hit.local.end) && !PLAN_END.test(ctx.text.slice(hit.local.end));
}

export const talksRule: Rule = {
  id: RULE_ID,
  description: 'a talks trigger (会談, 電話会談, テレビ会談, 表敬, 2+2…) or a visit with a Japanese principal, a date and a counterpart',
  apply(ctx): RuleOutcome {
    const hits = anchorsOf(ctx);
    if (!hits.length) return { candidates: [] };
    const reading = new TalksReading(ctx, hits);
    for (let index = 0; index < hits.length; index++) reading.readAnchor(index);
    const { candidates, misses } = reading;
    if (ctx.doc.context.kind !== 'whitepaper') tellCallsApart(candidates, reading.calls);
    return candidates.length
      ? { candidates, reason: `talks trigger or visit with principal, date and counterpart (${candidates.length} event(s))` }
      : { candidates, miss: misses[0] ?? 'talks trigger not attached to any clause' };
  },
};

/** What one anchor's reading keeps while its clauses are read. */
interface AnchorScope {
  hit: Anchor;
  index: number;
  /** Where the next anchor starts (or the sentence ends). */
  next: number;
  visit: VisitHit | undefined;
  windowStart: number;
  organ: number | undefined;
  clauses: Clause[];
  /** The anchor before this one, if any. */
  before: Anchor | undefined;
  speakerActs: boolean;
  tripHeld: boolean;
  /** The dates the clause just read used: the next clause's when it has none. */
  carriedTimes: TimeMention[];
  /** A visit that dates the meeting told after it, without an event of its own. */
  occasion: boolean;
}

/**
 * The talks of one sentence, read anchor by anchor, left to right: what an anchor finds (its principal, its
 * dates, its counterparts) carries to the ones after it. (One small method per step rather than one closure
 * over the whole sentence: V8 compiles and optimizes small functions early, a huge one late or never.)
 */
class TalksReading {
  readonly candidates: Candidate[] = [];
  readonly misses: string[] = [];
  /** Meetings that name their own counterpart by title, by anchor: calls of one sentence told apart (codebook 490). */
  readonly calls = new Map<Candidate, { anchor: number; who: string }>();
  private readonly boundaries: number[];
  /** 「標記について、下記のとおり実施されました」: the release's title names the meeting that was held (codebook 495). */
  private readonly titleDone: TimeMention | undefined;
  /** End of the last anchor that made events: the next anchor's window starts there. */
  private previousEnd = 0;
  private previousTimes: TimeMention[] = [];
  private carriedRole: JpRole | undefined;
  private carriedInferred = false;
  private previousWasVisit = false;
  /** The dates of a visit whose meeting is told right after it. */
  private occasionTimes: TimeMention[] = [];
  /** The candidates of a visitor's arrival, kept unless the meeting told after it gives events. */
  private provisional: { anchor: number; from: number; to: number } | undefined;
  private carriedPartners: string[][] = [];
  /** The candidates of a visit told as a relative clause on its principal, kept unless the next meeting is with others. */
  private placing: { anchor: number; from: number; to: number; codes: string[]; describes: boolean; end: number } | undefined;
  /** End of the last anchor skipped as no meeting told: its words (「2回電話会談を…」) give no later meeting its mode. */
  private skippedEnd = 0;

  constructor(
    private readonly ctx: SentenceContext,
    private readonly hits: Anchor[],
  ) {
    this.boundaries = otherAnchorEnds(ctx);
    this.titleDone = titleToldDone(ctx);
  }

  private skip(hit: Anchor, why: string): void {
    this.misses.push(`「${hit.trigger.text}」 ${why}`);
    this.skippedEnd = hit.local.end;
  }

  readAnchor(index: number): void {
    const { ctx, hits } = this;
    const hit = hits[index];
    const next = hits[index + 1]?.local.start ?? ctx.text.length;
    const visit = hit.visit;
    // 「…国防大臣と防衛省において…覚書署名式及び会談を行なった」: a meeting noun joined to another act's noun shares its
    // clause — the counterpart and place written before both (codebook 493).
    let boundary = 0;
    for (const b of this.boundaries) if (b <= hit.local.start && b > boundary && !JOINED_NOUN.test(ctx.text.slice(b, hit.local.start))) boundary = b;
    const windowStart = Math.max(this.previousEnd, boundary);
    // 「…首脳会談において、総理と…との間で一致したことを踏まえ、日中防衛当局は、…協議を開催」: a subject
    // that is no principal opens a clause of its own; no principal before it is this meeting's.
    const organ = lastOrganSubject(ctx, windowStart, hit.local.start);
    const clauses = clausesOf(ctx, organ ?? windowStart, hit.local.start);
    // A humble form (「…とお会いしました」) is the speaker's own act: the author of a first-person document corroborates it.
    const speakerActs = (!!hit.trigger.humble || speakerReports(ctx, hit)) && !!ctx.documentPrincipal;
    // 「(1)X国防次官 …に関する意見交換を実施。」: set on a trip told before (codebook 163, 320), the trip's principal holds it.
    const tripHeld = !!ctx.previousTalksRole && ctx.times.some((t) => t.rule === TRIP_TIME_RULE);
    const a: AnchorScope = { hit, index, next, visit, windowStart, organ, clauses, before: hits[index - 1], speakerActs, tripHeld, carriedTimes: [], occasion: false };
    const notHeld = this.notHeld(a);
    if (notHeld) return this.skip(hit, notHeld);
    const { candidates } = this;
    const made = candidates.length;
    for (const clause of clauses) this.readClause(a, clause);
    // The meeting told right after a visitor's arrival gave events: the arrival's protocol meeting goes.
    if (this.provisional?.anchor === index - 1 && candidates.length > made) candidates.splice(this.provisional.from, this.provisional.to - this.provisional.from);
    // 「シンガポールを訪問中の…大臣は、韓国国防部長官と会談を行った」: the visit only places a meeting with another
    // country; it is no meeting with its host (codebook 198). So does a visit told as an act when the meeting its sentence
    // tells next is with others only (「シンガポールを訪問し、同地で豪国防大臣と会談」, codebook 540).
    else if (
      this.placing?.anchor === index - 1 &&
      !visit &&
      candidates.length > made &&
      !candidates.slice(made).some((c) => c.partners.some((p) => this.placing!.codes.includes(p))) &&
      (this.placing.describes || !hostMayBeMet(ctx, this.placing.end, hit.local.start))
    ) {
      candidates.splice(this.placing.from, this.placing.to - this.placing.from);
    }
    // 「フィリピンを訪問し、…国防大臣及び米国防長官と日米比防衛相会談を行いました」: the meeting told next holds every country
    // visited among others; the visit was that meeting, no bilateral of its own (codebook 545).
    else if (
      this.placing?.anchor === index - 1 &&
      !visit &&
      !this.placing.describes &&
      candidates.length > made &&
      this.placing.codes.every((code) => candidates.slice(made).some((c) => c.partners.length > 1 && c.partners.includes(code))) &&
      !candidates.slice(made).some((c) => c.partners.length === 1 && this.placing!.codes.includes(c.partners[0]))
    ) {
      candidates.splice(this.placing.from, this.placing.to - this.placing.from);
    }
    this.placing =
      visit?.direction === 'out' && !visit.toSubject && candidates.length > made
        ? { anchor: index, from: made, to: candidates.length, codes: visit.partners, describes: !!visit.describes, end: hit.local.end }
        : undefined;
    this.provisional = a.occasion ? { anchor: index, from: made, to: candidates.length } : undefined;
    this.occasionTimes = a.occasion ? a.carriedTimes : [];
    // A recalled meeting (codebook 421) lends its date and partners to no meeting told after it in the sentence.
    if (hit.trigger.recalled) this.carriedPartners = [];
    if ((candidates.length > made || a.occasion) && !hit.trigger.recalled) {
      this.previousEnd = hit.local.end;
      this.previousTimes = a.carriedTimes;
      this.previousWasVisit = !!visit;
    }
  }

  /**
   * Why the anchor tells no meeting held (a plan, a topic, a series, a meeting of others…), or undefined; when it
   * tells one, the dates carried from the anchor before it are set on `a`.
   */
  private notHeld(a: AnchorScope): string | undefined {
    const { ctx, hits } = this;
    const { hit, index, next, visit, windowStart, clauses, before, speakerActs, tripHeld } = a;
    // 「…国防大臣との会談を実施するとともに、X上院軍事委員長との意見交換を実施し」: an exchange told right after a meeting of
    // the sentence, with a foreign counterpart of its own, is held by that meeting's principal (codebook 496).
    // The counterpart must stand after the meeting's own predicate (「…を実施するとともに、X…との意見交換」), not be that meeting's
    // counterpart written after it (「…テレビ会談を、それぞれX国務大臣との間で実施し、…意見交換した」).
    const previousEnd = this.previousEnd;
    const chained =
      !!this.carriedRole &&
      previousEnd > 0 &&
      mentionsIn(ctx, windowStart, hit.local.start, ['foreign-title']).some((m) => MEETING_CLOSED.test(ctx.text.slice(previousEnd, m.local.start)));
    if (hit.trigger.weak && !speakerActs && !tripHeld && !chained && !clauses.some((c) => c.principals.length)) return 'is a weak trigger without a Japanese principal';
    // A visit written as a noun takes its plan words from its own phrase only: 「…訪問および…会談などを通じて
    // 協力が進展」 tells what the visit did, while 「…の訪日を調整」 is a plan.
    if (visit?.noun ? NOUN_PLANNED.test(planText(ctx).slice(hit.local.end, next)) : !heldAsSource(ctx, hit) && isPlanned(ctx, hit.local.end, hit.local.start)) {
      return 'is planned or postponed, not held';
    }
    if (hit.trigger.jpRole === 'prime-minister' && !isJapanSummit(ctx, hit)) {
      return 'is a summit Japan is not shown to hold (no prime minister, no 日X)';
    }
    if (hit.trigger.heldOnly && !HELD_BODY.test(ctx.text.slice(hit.local.end))) return 'names a body; it is not said to have met';
    // 「…サミットにおいては、A・B・Cとの懇談を通じ」: an exchange among a forum's participants is the forum (codebook 470).
    if (!visit && forumExchange(ctx, hit.local, hit.trigger.text)) return 'is an exchange at a multilateral forum: the forum is the conference';
    // 「…「2+2」をテレビ会議形式で実施」: a way of meeting after the meeting is its mode, not another meeting.
    if (!visit && before && ctx.text.startsWith('形式', hit.local.end) && !/[、。]/.test(ctx.text.slice(before.local.end, hit.local.start))) {
      return 'is the manner of the meeting named before it (…形式で)';
    }
    // 「ヨンソン国防大臣との会談について」: a title or a topic names the meeting; its story tells it.
    // 「米中国防相会談が行われました」「オースティン長官は、マールズ大臣と会談を行いました」: other countries meeting
    // each other, with no Japanese party in the sentence (codebook 427).
    if (!visit && foreignAmongThemselves(ctx, hit.local.start)) return 'is a meeting of other countries among themselves';
    if (!visit && !this.titleDone && /^(?:・[^、。]{1,12})?(?:について|に関して|に関する)/.test(ctx.text.slice(hit.local.end)) && !heldInRelativeClause(ctx, hit.local.start)) return 'names a meeting as a topic (…について)';
    // 「…外務・防衛閣僚会合への出席のために来日中の…国防大臣との間で」: the purpose of a visit, told as a
    // description of the counterpart, not a meeting held (codebook 186).
    if (!visit && PURPOSE_AFTER.test(ctx.text.slice(hit.local.end))) return 'is the purpose of a visit (…出席のために来日中の), not a meeting told';
    // 「…政府の要請により、外務大臣から防衛大臣に対し、…協力を求める協議があった」: Japan's ministers consulting each other
    // under the law, no meeting with the government that asked (codebook 409).
    if (!visit && JAPANESE_SIDES_BEFORE.test(ctx.text.slice(Math.max(0, hit.local.start - 80), hit.local.start))) return 'is a consultation between Japan’s own ministers';
    // 「…先月のNSCで、…一致をして、…、先だっての会談に続いて、…」: a meeting named as an earlier one the text does not date is
    // no meeting told; a date of another clause of the sentence is not its date (codebook 406, with 428).
    if (!visit && EARLIER_MEETING_BEFORE.test(ctx.text.slice(0, hit.local.start)) && FOLLOWED_UP_AFTER.test(ctx.text.slice(hit.local.end))) return 'names an earlier meeting the text does not date (先だっての会談)';
    // 「日英「2+2」を含む様々な機会を捉えて…連携していく」: a kind of occasion, not a meeting held.
    if (!visit && OCCASIONS_AFTER.test(ctx.text.slice(hit.local.end))) return 'names a kind of occasion (…を含む様々な機会), not a meeting held';
    // 「これまで2回電話会談をやっておりますが」「何度か電話会談・ビデオ会談を」: a count of meetings is a series (codebook 196).
    if (!visit && COUNT_BEFORE.test(ctx.text.slice(Math.max(0, hit.local.start - 8), hit.local.start))) return 'is counted (これまで2回…): a series, not one meeting';
    // 「今回が10回目のバイでの会談だということを確認」: a meeting noun as a predicate nominal classifies a
    // meeting told elsewhere; it tells none itself (codebook 182).
    if (!visit && PREDICATE_NOMINAL.test(ctx.text.slice(hit.local.end)) && !lastTimeCounted(ctx, hit)) return 'is a predicate nominal (…会談だ/です), not a meeting told';
    // 「本会談では」「今回の会談においては」「会談では、」: the meeting just told, not another one.
    // …unless no meeting was told before in a document of one occasion: then 「今回の会談においては」 is its meeting.
    // The meeting just told must be the previous anchor, told, whose clause continues into this one (「…と会談し、会談では」
    // 「電話会談を行い、会談では」); 「…2回目の会談になるわけでありますが、会談では」 is not it.
    const toldJustBefore =
      index > 0 &&
      this.skippedEnd !== hits[index - 1].local.end &&
      CONTINUATIVE.test(ctx.text.slice(hits[index - 1].local.end, hit.local.start).replace(/、$/, ''));
    if (!visit && isBackReference(ctx, hit, toldJustBefore) && (ctx.meetingTold || toldJustBefore || !ctx.documentTime)) return 'refers back to the meeting just told (本会談では…)';
    // 「日米シニア・リーダーズ・セミナー…に参加」: a meeting named with its 日X compound is talks, however attended.
    if (!visit && ctx.vocab.attendedAfter.test(ctx.text.slice(hit.local.end)) && !namedWithCompound(ctx, hit)) {
      return 'names a meeting the principal attended: a conference, not talks';
    }
    // 「…国王が訪日した際に、…覚書に署名した」: a summit told only as the occasion of a document is
    // that document (an agreement), not a meeting.
    if (
      visit?.direction === 'in' &&
      (visit.visitor?.foreignLevel === 'leaders' || hostAfter(ctx, hit.local.end, next) === 'prime-minister') &&
      (mentionsIn(ctx, hit.local.end, next, ['milestone']).length || DOCUMENT_ISSUED.test(ctx.text.slice(hit.local.end, next)))
    ) {
      return "is a leader's visit told as the occasion of a document, not a meeting";
    }
    // 「シンガポールを訪問し、…ADMMプラスに出席した」: the host of a forum is its venue, not a partner.
    if (visit?.direction === 'out' && !visit.toSubject) {
      const clause = ctx.text.slice(windowStart, next);
      const attends = ATTENDS.test(clause) || mentionsIn(ctx, windowStart, next, ['forum']).length > 0;
      if (attends && !OWN_PURPOSE.test(clause)) return 'is a visit to attend a forum: its host is the venue';
    }
    // An anchor without a date of its own continues the previous meeting's occasion only when
    // its predicate says it was held (「陸幕長と懇談したほか、防衛副大臣を表敬した」); otherwise it
    // names a kind of meeting (「次官級協議の定期的な実施…で一致」).
    // 「今年1月の日米「2+2」及び日米防衛相会談を踏まえ」: a meeting noun coordinated with the one just told shares its
    // date, whatever the predicate (codebook 263).
    const sharesDate =
      !visit && !!before && !before.visit && previousEnd === before.local.end && !!coordinatedName(ctx, before, hit) && this.previousTimes.some((t) => t.local.end > 0 && t.text.length > 0) && PAST_REFERENCE_AFTER.test(ctx.text.slice(hit.local.end));
    a.carriedTimes = previousEnd > 0 && (isHeld(ctx.text.slice(hit.local.end)) || sharesDate) ? this.previousTimes : [];
    return undefined;
  }

  /** One clause of an anchor's window: its dates, its principal, its counterparts, and the meetings they make. */
  private readClause(a: AnchorScope, clause: Clause): void {
    const { ctx, hits } = this;
    const { hit, index, next, visit, windowStart, organ, clauses, speakerActs, tripHeld } = a;
    let times = clauseTimes(ctx, clause.start, clause.end);
    // 「2016年12月に…が訪日し、日オランダ防衛相会談に際して」: the visit that dates this meeting.
    // A meeting on a visit's days (「…が訪日され、…と懇談した」) is dated by the trip as a whole
    // (「11月10日(木)及び11日(金)、…が訪日され、…と懇談したほか」 is one meeting over both days, codebook 185).
    let onTrip = false;
    if (!times.length && this.occasionTimes.length) {
      times = this.occasionTimes;
      onTrip = true;
    }
    if (!times.length && a.carriedTimes.length) {
      times = a.carriedTimes;
      onTrip = this.previousWasVisit;
    }
    // 「入港中は…への表敬」: the trip a sentence refers back to dates each of its clauses (codebook 163).
    if (!times.length) times = ctx.times.filter((t) => t.rule === TRIP_TIME_RULE);
    // The organ's clause keeps the date written before its subject (「日EU双方は同寄港にあわせ」).
    if (!times.length && organ !== undefined && clause === clauses[0]) times = clauseTimes(ctx, windowStart, organ).slice(-1);
    // 「…運営委員会を2014年7月に初開催し」: a date between the last clause's trigger and its predicate.
    if (!times.length && clause === clauses[clauses.length - 1]) times = timesIn(ctx, hit.local.end, predicateEnd(ctx, hit.local.end, next));
    // A release's numbered item or a press conference's 「…と会談を行いました」 with no date at all: the
    // occasion the document last dated, else the document's own date.
    let occasionDated = onTrip;
    if (!times.length && this.titleDone) {
      times = [this.titleDone];
      occasionDated = true;
    }
    // 「2.参加各国との二国間会談等」 over 「1. 日韓防衛次官級協議」: a release's numbered item that is a meeting's name alone is
    // a meeting of the occasion the release last dated (codebook 375).
    if (!times.length && !visit && ctx.documentTime && itemNamesMeeting(ctx, hit)) {
      times = [ctx.documentTime];
      occasionDated = true;
    }
    // 「先般、…と電話会談をしておりますので」「前回、…と会談した際に」: an earlier day the text does not give is not the
    // occasion's (codebook 428).
    if (!times.length && ctx.documentTime && (!hit.trigger.weak || speakerActs) && toldAsDone(ctx, hit.local.end) && !earlierUndated(ctx.text.slice(0, hit.local.start))) {
      times = [ctx.documentTime];
      occasionDated = true;
    } else if (
      // 「…との間で、昨年3月以来2度目となる防衛相会談を行いました」: the clause dates only the last time (codebook 81);
      // the meeting it tells, told as done, is of the occasion the document last dated (codebook 162).
      times.length &&
      ctx.documentTime &&
      !hit.trigger.weak &&
      !onTrip &&
      times.every((t) => t.local.end <= hit.local.start && earlierOccurrence(ctx, t, hit.local.start)) &&
      toldAsDone(ctx, hit.local.end)
    ) {
      times = [...times, ctx.documentTime];
    }
    a.carriedTimes = times;
    // 「私は」「私から」 in a press conference or a chief's message: the author.
    const own =
      seniorRole(clause.principals.map((p) => p.jpRole)) ??
      (ctx.documentPrincipal && FIRST_PERSON.test(ctx.text.slice(clause.start, clause.end)) ? ctx.documentPrincipal : undefined);
    const role = visit
      ? this.visitRole(visit, own, hit.local.end, next)
      : organ !== undefined && !own
        ? (hit.trigger.jpRole ?? (hit.trigger.weak ? undefined : 'official'))
        : this.meetingRole(hit, own, clause.start);
    // A foreign visitor met by protocol (no host named) is an inference: less sure, and a meeting
    // named after it keeps its own level (「…国防次官が訪日し、…安全保障協議を開催」 is working-level).
    const inferred = visit?.direction === 'in' && !hostAfter(ctx, hit.local.end, next) && !own;
    this.carriedRole = role;
    this.carriedInferred = inferred;
    const clauseEnd = clause === clauses[clauses.length - 1] ? hit.local.end : clause.end;
    let partnerSets: string[][];
    let fromSubject = false;
    if (visit) {
      // Each country visited is its own meeting; a visitor with no country of its own is the section's.
      partnerSets = visit.partners.map((c) => [c]);
      if (!partnerSets.length && (visit.direction === 'in' || visit.toSubject) && subjectCodes(ctx).length) {
        partnerSets = [subjectCodes(ctx)];
        fromSubject = true;
      }
    } else {
      // 「(1)X欧州議会議員 日欧と米国、中国との関係等に関する意見交換を実施。」: on a trip, the countries of what the views
      // were exchanged on are topics; the item's heading names the counterpart (codebook 320).
      const topicOnly = tripHeld && !!hit.trigger.weak && EXCHANGE_TOPIC_BEFORE.test(ctx.text.slice(clause.start, hit.local.start));
      partnerSets = topicOnly ? [] : counterpartSets(ctx, clause.start, clauseEnd, !!hit.trigger.oneEach);
      if (!partnerSets.length && !topicOnly) partnerSets = this.carriedPartners;
      if (!partnerSets.length && subjectCodes(ctx).length && (!hit.trigger.sentencePartners || tripHeld)) {
        // 「(両国を訪問し)…両国では、国防省関係者と会談」: the subject's countries one by one.
        const subject = subjectCodes(ctx);
        partnerSets = subject.length > 1 && DISTRIBUTIVE.test(ctx.text.slice(clause.start, clauseEnd)) ? subject.map((c) => [c]) : [subject];
        // 「インドネシア及びマレーシアを訪問しました。10日には、国防大臣と会談」: one counterpart by title alone is of one of the
        // subject's countries, the text does not say which — no meeting of them all (codebook 389).
        if (subject.length > 1 && partnerSets.length === 1 && oneBareTitle(ctx, clause.start, clauseEnd)) partnerSets = [];
        fromSubject = true;
      }
      // 「…電話会談を、…テレビ会談を、それぞれX国防大臣と実施し」: counterparts written after the trigger.
      // Not past a date that opens the next meeting (「5月12日にテレビ会談、8月20日に日米NZの幕僚協議」, codebook 304):
      // its counterparts are its own.
      const nextDated = index + 1 < hits.length ? timesIn(ctx, hit.local.end, next)[0] : undefined;
      if (!partnerSets.length) partnerSets = counterpartSets(ctx, hit.local.end, nextDated ? nextDated.local.start : ctx.text.length);
      // 「米国防省において、カール国防次官と会談」: a counterpart by title alone, at one country's ministry.
      if (!partnerSets.length) {
        const venue = ministryVenue(ctx, clause.start, Math.max(clauseEnd, hit.local.end));
        if (venue.length) partnerSets = [venue];
      }
    }
    // 「5月2日にはA国防副大臣と、3日にはB国防副大臣と会談した」: each counterpart on its own date.
    const pairs = visit ? undefined : datedCounterparts(ctx, clause.start, clauseEnd, !!hit.trigger.oneEach);
    if (pairs) {
      partnerSets = pairs.flatMap((p) => p.sets);
      times = pairs.map((p) => p.time);
    }
    // 「昨年10月にお会いしてから」「最後にお会いしたのは1月ですから」: the speaker recalls an earlier meeting with the
    // counterpart of the meeting just told, dated only by what the sentence writes (codebook 421).
    if (hit.trigger.recalled) {
      times = ctx.documentPrincipal && ctx.lastTalksPartners ? timesIn(ctx, 0, ctx.text.length).filter((t) => t !== ctx.documentTime && t.dates.length) : [];
      partnerSets = ctx.lastTalksPartners ? [ctx.lastTalksPartners] : [];
    }
    this.carriedPartners = partnerSets;
    if (!times.length) return this.skip(hit, 'has no date');
    if (!role) return this.skip(hit, 'has no Japanese principal');
    if (hit.trigger.highLevelOnly && !isTopRole(role) && !visit?.received && !institutionBusinessTrip(ctx, clause.principals, visit)) {
      return this.skip(hit, `by ${role}: a visit is a meeting only for the prime minister, the minister … the chiefs of staff`);
    }
    if (!partnerSets.length) return this.skip(hit, 'has no counterpart in the sentence or the section');
    // 「…が来日した際、会談を行い」: the meeting told after the visit is the event; the visit dates it,
    // and its own protocol meeting stands only if that meeting gives no event.
    const after = hits[index + 1];
    if (inferred && after && !after.visit && !after.trigger.weak && !timesIn(ctx, hit.local.end, after.local.start).length) a.occasion = true;
    const stated = statedMode(ctx, hit, Math.max(clause.start, this.skippedEnd), clauseEnd);
    const mode = stated ?? ctx.vocab.defaultTalksMode;
    // Several counterparts 「それぞれ」 over several dates: which met when is not written.
    // A visit over a list of days (「11月10日及び11日、…が訪日され」) is one trip spanning them; so is
    // the occasion a release dated in its preamble, for a meeting of it told without a day.
    // Days a week apart (「11月15日及び22日、…の来訪を受けました」) are visits of their own (codebook 429).
    const listed = allOccurrencesOf(times);
    const occurrences =
      (partnerSets.length > 1 || (visit && !apartDays(listed)) || occasionDated) && listed.length > 1 ? spanOf(times) : listed;
    // 「A大臣及びB副大臣が相次いで訪印し、それぞれ…と会談」: principals of different roles, each on
    // their own occasion; named together without it they held one meeting at the senior level.
    const roles = eachPrincipal(ctx, clause, hit.local.start, next, ctx.text.slice(hit.local.start, hit.local.end)) ?? [role];
    const madeByClause = this.candidates.length;
    this.meetings(a, { clauseStart: clause.start, clauseEnd, roles, partnerSets, pairs, occurrences, stated, mode, fromSubject, inferred, occasionDated });
    const who = visit ? undefined : callee(ctx, hit, clause.start, clauseEnd);
    if (who) for (const c of this.candidates.slice(madeByClause)) this.calls.set(c, { anchor: index, who });
  }

  /** The meetings a clause tells: one per principal, counterpart set and date. */
  private meetings(a: AnchorScope, m: ClauseMeetings): void {
    const { ctx } = this;
    const { hit, visit, before } = a;
    const { partnerSets, pairs, occurrences, stated, mode, fromSubject, inferred, occasionDated } = m;
    /** The dates each counterpart set was met on: its own when written with it (codebook 304), else all of them. */
    const datesOf = (nth: number) => (pairs ? occurrencesOf(pairs.find((_, k) => pairs.slice(0, k + 1).reduce((n, p) => n + p.sets.length, 0) > nth)!.time) : occurrences);
    // 「7月に安保協議および防衛当局間協議が行われた」: another meeting noun coordinated with the one before is
    // another meeting, even when everything else about the two is the same.
    const coordinated = !visit && !!before && !before.visit ? coordinatedName(ctx, before, hit) : undefined;
    // 「…ヒックス国防副長官と会談を実施しました。…カール国防次官と会談を実施しました。」: on a trip or a release's occasion,
    // each counterpart named is one meeting (codebook 91, 321); a meeting told with a date of its own keeps rule 199.
    const namedAs =
      !visit && ctx.doc.context.kind !== 'whitepaper'
        ? counterpartName(ctx, m.clauseStart, m.clauseEnd, fromSubject)
        : undefined;
    for (const jpRole of m.roles)
    for (const [nth, partners] of partnerSets.entries()) {
      // The same partners again: another counterpart of that country met apart (oneByName).
      const again = partnerSets.slice(0, nth).filter((p) => p.join() === partners.join()).length;
      for (const occ of datesOf(nth)) {
        // 「05年および07年の「2+2」共同発表において定めた」: a meeting named by its statement and dated by a
        // year alone restates what an earlier text told (codebook 98); with a month it is the meeting.
        if (!visit && occ.date.length === 4 && !occ.dateEnd && STATEMENT_AFTER.test(ctx.text.slice(hit.local.end))) {
          this.skip(hit, `named by its statement and dated by the year ${occ.date} alone: a restatement`);
          continue;
        }
        if (occ.dateEnd && monthsBetween(occ.date, occ.dateEnd) > MAX_TALKS_SPAN_MONTHS) {
          this.skip(hit, `over ${occ.date}..${occ.dateEnd} is a series, not one meeting`);
          continue;
        }
        this.candidates.push(
          makeCandidate(ctx, RULE_ID, {
            kind: 'talks',
            date: occ.date,
            ...(occ.dateEnd ? { dateEnd: occ.dateEnd } : {}),
            partners,
            jpRole,
            ...modeFields((!hit.trigger.mode && groupMode(ctx, occ.time)) || stated, mode),
            twoPlusTwo: !!hit.trigger.twoPlusTwo,
            ...(hit.trigger.twoPlusTwo ? { name: '2+2' } : {}),
            confidence: fromSubject || inferred ? 0.75 : 0.9,
            ...(again
              ? { distinct: `${partners.join()}#${again + 1}` }
              : coordinated
                ? { distinct: coordinated }
                : namedAs && partnerSets.length === 1 && (occasionDated || ctx.times.some((t) => t.rule === TRIP_TIME_RULE) || occ.date.length === 10)
                  ? { distinct: namedAs }
                  : {}),
            // A trip over several days (「8月19日から20日までの間、…を訪問」) holds the meetings
            // dated inside it: it folds into one of them with the same identity (rule 25).
            ...(visit && occ.dateEnd ? { periodDated: true } : {}),
          }),
        );
      }
    }
  }

  /** The principal of a meeting: a meeting noun that fixes the level, the clause's own, then the context's. */
  private meetingRole(hit: TriggerHit, own: JpRole | undefined, clauseStart: number): JpRole | undefined {
    const ctx = this.ctx;
    // A 2+2 or a summit fixes the level; a meeting noun of another level (次官会談, 防衛相会談)
    // outranks a principal of a different level; otherwise the clause's own principal, then the
    // trigger's, the one before in this sentence, then the previous meeting's.
    const fixed = hit.trigger.jpRole && hit.trigger.jpRole !== 'official' ? hit.trigger.jpRole : undefined;
    if (fixed && (hit.trigger.twoPlusTwo || fixed === 'prime-minister' || !own || levelForRole(own) !== levelForRole(fixed))) return fixed;
    return (
      own ??
      principalPairedAfter(ctx, hit) ??
      // 「防衛審議官が…を訪問し、…当局間協議を行った」: the principal of the meeting told just
      // before in this sentence beats the trigger's default role (当局間協議 → official).
      (this.carriedInferred ? undefined : this.carriedRole) ??
      hit.trigger.jpRole ??
      this.carriedRole ??
      principalBefore(ctx, clauseStart) ??
      ctx.previousTalksRole ??
      // 「先ほど、…国防大臣と会談を行いました」: a first-person document leaves its author unnamed.
      ctx.documentPrincipal ??
      // 「…空幕長は、…シンポジウムに出席した。また、その機会に…と会談を行った」: the previous sentence's.
      (mentionsIn(ctx, 0, ctx.text.length, ['jp-principal']).length ? undefined : ctx.previousPrincipal)
    );
  }

  /** The Japanese principal of a visit: the one the visit names, the clause's, the host, by protocol. */
  private visitRole(visit: VisitHit, own: JpRole | undefined, end: number, next: number): JpRole | undefined {
    const ctx = this.ctx;
    if (visit.principal?.jpRole) return visit.principal.jpRole;
    if (visit.direction === 'out') return own ?? this.carriedRole ?? ctx.previousTalksRole ?? ctx.documentPrincipal;
    // 「…の来訪を受けました」 on a first-person page: its author received the visitor, whatever their rank.
    return hostAfter(ctx, end, next) ?? own ?? (visit.received ? ctx.documentPrincipal : undefined) ?? protocolRole(visit.visitor);
  }
}

/** What a clause found, for the meetings it tells. */
interface ClauseMeetings {
  clauseStart: number;
  clauseEnd: number;
  roles: JpRole[];
  partnerSets: string[][];
  pairs: ReturnType<typeof datedCounterparts>;
  occurrences: ReturnType<typeof allOccurrencesOf>;
  /** The way of meeting the words state, if any; `mode` is it or the default. */
  stated: Mode | undefined;
  mode: Mode;
  fromSubject: boolean;
  inferred: boolean;
  occasionDated: boolean;
}
