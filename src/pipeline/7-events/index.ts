/**
 * Stage 7: labelled rules turn each running-text sentence into event candidates.
 * Finding candidates is separate from merging them (stage 8).
 */
import type { KoryuDocument, Section, SectionSubject, Sentence } from '../../model/document.js';
import type { TimeMention } from '../../model/time.js';
import { loadLayout } from '../3-segment/layout.js';
import { findMentions } from '../6-mentions/find.js';
import type { Mention } from '../6-mentions/types.js';
import type { JpRole } from '../../model/event.js';
import { announcesOnly, makeCandidate, PROGRESSIVE, RECURS, seniorRole, sentenceEvidence, TRIP_TIME_RULE } from './helpers.js';
import { INSTRUMENT_REFERENCE } from './rules/agreement.js';
import { RULES } from './rules/index.js';
import { EARLIER_RULE_ID, earlierOccurrences } from './earlier.js';
import type { Candidate, SentenceContext, SentenceTrace, ToldExercise } from './types.js';
import { loadVocabulary } from './vocabulary.js';
import { documentPrincipal, QuestionTracker } from './speaker.js';
import { RECURRENCE_AFTER } from './recurrence.js';
import { isBackground, remarkOf } from './background.js';
import { namesJapan, openingForeignSubject } from './foreign.js';
import { tableRowCandidates } from './table-rows.js';
import { adoptTitleMode, adoptTitleParties } from './title.js';
import { readPageFacts, withinWhen } from './page-facts.js';
import { projectOfFacts } from './rules/capacity-building.js';
import { callsOfDatedLog, callsOfPhotoLog, exerciseOfFacts, exercisesOfPhotoLog, isPhotoLogExercise } from './rules/exercise-facts.js';
import { ASKED_RULE_ID, answerReports, askedMeeting, type AskedMeeting } from './asked.js';
import { hostTitles, tripSubject } from './abroad.js';

/** Mentions that make events by themselves: in the background they tell none. */
const BACKGROUND_TYPES = new Set<Mention['type']>(['milestone', 'exercise']);

export type { Candidate, SentenceTrace } from './types.js';
export { RULES } from './rules/index.js';

/** Only running text creates events: captions, footnotes, figures and sidebars never do (codebook). */
const EVENT_BLOCKS = new Set(['paragraph']);
/** 「写真は、…の様子です」「(写真)…」: a photo's caption told in the running text (codebook 301). */
const PHOTO_SENTENCE = /^\s*(?:写真は|[(（【]写真[)）】]|写真[:：])/;

/**
 * A point followed by 「から」「以降」「以来」 with no end of its own starts an ongoing program
 * (「2015年から…継続している」): not the date of one engagement (codebook, "Plans…").
 */
const ONGOING_AFTER = /^(?:から|以降|以来|より)(?![^。]{0,12}(?:まで|にかけ))/;
/**
 * But a day followed by 「から」「より」 in a sentence told as one act done (「6月3日から…を訪問し、…と会談
 * した」「6月3日より…会合に参加した」) is the first day of a trip: it dates the act. A year or a month
 * before から, or a predicate that goes on (「…している」「継続」「毎年」), still starts a program.
 */
const TRIP_STARTS_AFTER = /^(?:から|より)/;
const GOES_ON = /継続|恒常的|以降|続けて/;
const startsTrip = (t: TimeMention, after: string, sentence: string): boolean =>
  t.dates.length === 1 &&
  t.dates[0].length === 10 &&
  TRIP_STARTS_AFTER.test(after) &&
  !PROGRESSIVE.test(sentence) &&
  !RECURS.test(sentence) &&
  !GOES_ON.test(sentence);

/** After a fiscal year: the name of what it is the edition of. */
const EDITION_AFTER = /^(?:の)?[\p{Script=Han}\p{Script=Katakana}]/u;

/**
 * After a person in a photo caption glued into the text: their place in it (「(右)」「(左端)」「(左から2人目)」,
 * the layout's words), the name's reading aside.
 */
const PHOTO_PLACE = new RegExp(`^(?:[ァ-ヶー・]{0,20})?${loadLayout().photoPlace.source}`, 'u');
const PARTY_TYPES = new Set(['country', 'organization', 'foreign-title']);
/** How many sentences after a trip to one country an undated sentence naming none is still set there (codebook 391). */
const SCENE_REACH = 4;
/** Words of several parties (「両国では」「参加国の国防大臣等と」「各国の」): not the one country of a trip. */
const SEVERAL_PARTIES = /両国|各国|参加国|諸国|それぞれ|[0-9０-９二三四五六七八九十]+か国/;
/** A forum attended on a trip: its country is the venue. */
const FORUM_WORD = /会合|会議|対話|フォーラム|サミット|ADMM|シャングリラ/;
/** How many sentences after a meeting's result another partner's result may follow (codebook 392). */
const RESULTS_REACH = 2;
const RESULT_RULE_ID = 'talks.partner-result';
/** After a partner opening its sentence: 「とは、」「との間では、」 and what was agreed or conveyed, told as done. */
const RESULT_AFTER = /^(?:との間で(?:は|も)|とは|とも)、[^。]*(?:一致|確認|伝達|合意|共有)(?:を)?(?:し|いたし|致し)(?:まし)?た(?:ところ(?:です|であります|でございます))?。?$/;
/**
 * The partner of a result told with no meeting word (「韓国とは、…で一致したところです。」): the one country or organization the sentence
 * opens with (a connective before it at most), not a 日X compound (codebook 392).
 */
function resultPartner(text: string, mentions: Mention[]): string[] | undefined {
  const first = mentions.find((m) => m.type === 'country' || m.type === 'organization');
  if (!first || first.compound || !first.codes.length || first.codes.includes('JPN')) return undefined;
  if (!/^(?:また|次に|さらに|一方|そして)?、?$/.test(text.slice(0, first.local.start))) return undefined;
  return RESULT_AFTER.test(text.slice(first.local.end)) ? [...first.codes].sort() : undefined;
}
/** The title or head of a temporary press conference, held on the occasion of a trip or a meeting. */
const TEMPORARY_CONFERENCE = /臨時(?:記者)?会見/;
/** The first sentence of a journalist's question. */
const QUESTION_OPENS = /^[\s　]*(?:[QＱ]|質問|問)/;
/** A question about an occasion: a meeting, a forum, a trip (「…会合から2日経ちましたが」「…を訪問されましたが」). */
const QUESTION_OCCASION = /会談|会合|対話|訪問|訪日|来日|出張|懇談/;

/** A numbered item's title line: a marker, a few words, no sentence end (「3.ノルウェー訪問」「(2)スウェーデン」). */
const ITEM_TITLE = /^[\s　]*(?:[（(]?[0-9０-９]{1,2}[）).．]|[0-9０-９]{1,2}[\s　])[^。、]{1,20}$/;

/** An activity page's entry title telling a visit received: a short line, no sentence end (「タイ国防大学訪問団の来訪」). */
const VISIT_ENTRY_TITLE = /^[^。、]{2,40}の(?:来訪|表敬)$/;

/** A numbered item's title: a marker and a short line with no sentence end (「1. ソロモン諸島における会談、視察等」). */
const REPORT_ITEM_TITLE = /^[\s　]*(?:[（(]?[0-9０-９]{1,2}[）).．]|[0-9０-９]{1,2}[\s　])[^。]{1,30}$/;

/** A sentence that tells the story of the meeting just told: its setting, its two sides, a remark (「…大臣から、」). */
const MEETING_STORY = /^(?:[（(]?[0-9０-９]{1,2}[）)．.]?\s*)?(?:また、|さらに、|なお、)?(?:(?:本|今回の|同|この)?(?:会談|表敬|懇談|協議|会合|会議|意見交換)(?:で|に(?:おいて|際し)|の(?:中|席上|場)で)|両者|両大臣|両首脳|双方|先方|当方|[^、。]{1,20}から、)/;

/** A sentence that continues the one before it (「また、…」). */
const CONTINUES = /^(?:また|さらに|加えて|そのうえで|その上で)、/;

/** Sentences that only continue the previous meeting's story add evidence to it. */
const SAME_MEETING = /^(?:[（(]?[0-9０-９]{1,2}[）)．.]?\s*)?(?:また、|さらに、|なお、)?(?:同会談|同会合|同会議|同電話会談|同テレビ会談|両大臣|両者|両首脳|両幕僚長)/;

/**
 * 「2. 両大臣は、続いて防衛相会談を実施し、…」 after a lead that told the ministers' テレビ会談: a sentence that continues
 * the story of the meeting just told, with no date of its own, retells it (codebook 3, 261) — when what it would
 * make is that meeting again (same partners, same level), it adds evidence instead.
 */
function retellsLastTalks(made: Candidate[], last: Candidate | undefined): boolean {
  const talks = made.filter((c) => c.kind === 'talks');
  return (
    !!last &&
    talks.length > 0 &&
    talks.length === made.length &&
    talks.every((c) => c.partners.join() === last.partners.join() && c.level === last.level && c.name === last.name)
  );
}

/** The nouns of a trip or a stay a later sentence refers back to (「本出張においては」「入港中は」). */
const TRIP_NOUN = '(?:公式)?(?:訪問|出張|訪日|来日|訪[米豪英仏独印韓中露加比越尼泰]|寄港|入港|寄航|航海|滞在)';
/**
 * A sentence opening by referring back to a trip or a stay told before: 「今回のカナダ訪問では」「本出張においては」
 * 「今回の出張では」「入港中は」「滞在中に」「訪問期間中には」「(まだ、)同港停泊中に」 (codebook 163, 463). `place` is what the reference names before its
 * noun (a country: 「カナダ」).
 */
const TRIP_BACK = new RegExp(
  `^(?:[（(]?[0-9０-９]{1,2}[）).．]\\s*)?(?:また、|さらに、|なお、|特に、|まず、|まだ、)?(?:(?:(?:今回|この度|今般)の(?<place>[^、。]{0,14}?)|本|同)${TRIP_NOUN}(?:では|で(?=、)|において(?:は)?|に際し(?:ては)?|の際(?:に|には)?|(?:期間)?中(?:は|に(?:は)?)?)|(?:同港|同地)?(?:入港|寄港|寄航|停泊|滞在|訪問|訪日|来日|出張)(?:期間)?中(?:は|に(?:は)?)?)、?`,
);
/**
 * A sentence opening with the place of the trip just told, named by no country: 「現地では、」「現地において、」「同地では」「当地においては」
 * (codebook 385). Not 「現地時間」「現地の」 (a time zone, a description).
 */
const ON_SITE = /^(?:[（(]?[0-9０-９]{1,2}[）).．]\s*)?(?:また、|さらに、|なお、|まず、|その後、)?(?:現地|同地|当地)(?:では|において(?:は)?|にて)、?/;
/** After a country: the noun of a visit to it (「インドネシア訪問」「インドネシアへの公式訪問」), not a delegation (訪問団). */
const VISIT_NOUN_AFTER = /^(?:共和国|王国|連邦)?(?:への)?(?:公式)?訪問(?![団者])/;

/**
 * The one country a sentence names as a visit's noun (「5月10日:インドネシア訪問」「インドネシア訪問（ジャカルタ）」), when it names no
 * other (codebook 386): the place of the meetings it tells with counterparts named by title alone.
 */
function visitNounCountry(text: string, mentions: Mention[]): string[] | undefined {
  const parties = mentions.filter((m) => (m.type === 'country' || m.type === 'organization') && m.codes.length);
  if (parties.length !== 1 || parties[0].compound || parties[0].codes.length !== 1 || parties[0].codes[0] === 'JPN') return undefined;
  return VISIT_NOUN_AFTER.test(text.slice(parties[0].local.end)) ? [...parties[0].codes] : undefined;
}

/** After a country and the others listed with it: it is the trip's destination (「…、スウェーデン及びノルウェーを訪問」「…に出張」). */
const TRIP_DESTINATION_AFTER = /^(?:[、・\s]|及び|および|並びに|ならびに|と|共和国|王国|連邦|国)*(?:を(?:公式)?訪問|(?:に|へ)(?:出張|寄港|寄航|入港))/;

/** Whether the country mention `m` is where a trip went: only other countries and list words stand between it and the verb. */
function isDestination(text: string, m: Mention, mentions: Mention[]): boolean {
  let rest = '';
  let at = m.local.end;
  for (const o of mentions) {
    if (o.local.start < at || o.type !== 'country') continue;
    if (/[。]/.test(text.slice(at, o.local.start))) break;
    rest += text.slice(at, o.local.start);
    at = o.local.end;
    if (rest.length > 12) break;
  }
  return TRIP_DESTINATION_AFTER.test(rest + text.slice(at));
}
/** A sentence closed by a visit told as done (「…ためカナダを訪問しました。」). */
const VISIT_CLOSES = /(?:を|に|へ)(?:公式)?(?:訪問|出張)(?:いた)?し(?:まし)?た。?$/;
/** A sentence that closes told as done (「…に出張しました。」「…を訪問した。」). */
const TOLD_DONE_END = /(?:まし|[しっいきれ])た。?$/;
/** A trip or a stay told in a sentence (what a later 「本出張においては」 refers to). */
const TRIP_TOLD = /(?:を|に|へ)(?:公式)?(?:訪問|出張)|訪日|来日|入港|寄港|寄航|滞在/;
/** A sentence opening with the country it is set in: 「フィリピンでは、」「オマーンにおいては、」. */
const PLACE_SCENE_AFTER = /^(?:では|においては|において|で)、/;
const PLACE_SCENE_BEFORE = /^(?:[（(]?[0-9０-９]{1,2}[）).．]\s*|[●○・■]\s*)?(?:また、|さらに、|次に、|続いて、)?$/;

/** Before a unit word: a foreign force's (「インドネシア空軍の部隊」), not a Japanese principal. */
const FOREIGN_UNIT_BEFORE = /(?:空軍|海軍|陸軍|海兵隊|国軍)の$/;

/** A dated trip or stay told before: its date, and the countries it went to. */
interface Trip {
  time: TimeMention;
  codes: string[];
  /** It went to the countries named (「…を訪問」「…に出張」), rather than received them (「…が訪日」「…に入港」). */
  outbound: boolean;
  sectionId: number;
  /** The Japanese principal of the meetings the trip made. */
  role?: JpRole;
  /** The trip is the lead of a report whose items follow (「…を訪問したところ、概要以下のとおり。」, codebook 320). */
  report?: boolean;
}

/**
 * The dated trips told so far, with what each sentence asks of them kept as they are told (the trips of a
 * section, the first report's lead), so that no sentence walks them all: cost stays linear in the document.
 */
class TripLog {
  readonly all: Trip[] = [];
  private readonly bySection = new Map<number, Trip[]>();
  /** The first trip told that leads a report (codebook 320). */
  firstReport: Trip | undefined;
  push(trip: Trip): void {
    this.all.push(trip);
    let inSection = this.bySection.get(trip.sectionId);
    if (!inSection) this.bySection.set(trip.sectionId, (inSection = []));
    inSection.push(trip);
    if (trip.report && !this.firstReport) this.firstReport = trip;
  }
  inSection(sectionId: number): Trip[] {
    return this.bySection.get(sectionId) ?? NO_TRIPS;
  }
}
const NO_TRIPS: Trip[] = [];

/** After a trip told in a report's lead: its items follow (「…を訪問したところ、概要は以下のとおり。」). */
const REPORT_LEAD = /(?:ところ|ので)、?(?:その)?概要(?:は|を)?(?:以下|下記)の?(?:とおり|通り)/;

function sectionPath(sections: Section[], id: number): string[] {
  return id >= 0 && sections[id] ? sections[id].path : [];
}

/** The subject of a section, inherited from its parents, else the document's own (its title's). */
function subjectOf(doc: KoryuDocument, id: number): SectionSubject | undefined {
  for (let s: Section | undefined = doc.sections[id]; s; s = s.parentId === null ? undefined : doc.sections[s.parentId]) {
    if (s.subject) return s.subject;
  }
  return doc.subject;
}

function datedTimes(s: Sentence, referenceDateAfter: RegExp, paper: boolean): { times: TimeMention[]; dead: TimeMention[]; ongoing: boolean } {
  const times: TimeMention[] = [];
  const dead: TimeMention[] = [];
  let ongoing = false;
  for (const t of s.time ?? []) {
    const after = s.text.slice(t.local.end);
    // 「令和4年度国際観艦式」「令和5年度の降下訓練始め」: a fiscal year naming an edition dates nothing and
    // separates nothing (the date before it still dates the act).
    if (t.kind === 'fiscal-year' && EDITION_AFTER.test(after)) continue;
    // 「07年以来4年ぶりとなる「2+2」」: in a white paper, a year alone before 以来 restates what an earlier
    // edition told; it dates no occurrence of its own (codebook 98).
    if (t.kind === 'point' && RECURRENCE_AFTER.test(after)) (paper && t.dates[0]?.length === 4 ? dead : times).push(t);
    else if (t.kind === 'point' && ONGOING_AFTER.test(after) && !startsTrip(t, after, s.text)) {
      ongoing = true;
      dead.push(t);
    } else if (referenceDateAfter.test(after)) dead.push(t);
    else times.push(t);
  }
  return { times, dead, ongoing };
}

/** After an entry heading's date: 「:」 and its title (「9月16日~18日:日豪共同巡航訓練」). */
const ENTRY_TITLE_AFTER = /^\s*[:：]/;
/** How long an entry heading may be: a title, not a sentence. */
const ENTRY_HEADING_MAX = 80;

/** A line of its own opening with a date and 「:」: the heading of a dated entry (a unit's page of activities). */
function isEntryHeading(s: Sentence): boolean {
  const first = s.time?.[0];
  return (
    !!first &&
    first.dates.length > 0 &&
    s.text.length <= ENTRY_HEADING_MAX &&
    /^[\s・○◯●■]*$/.test(s.text.slice(0, first.local.start)) &&
    ENTRY_TITLE_AFTER.test(s.text.slice(first.local.end))
  );
}

/** A time mention standing, at the start of the sentence, for the date of an engagement told before. */
function anaphoricTime(previous: Candidate, sentence: Sentence): TimeMention {
  const dates = previous.dateEnd ? [previous.date, previous.dateEnd] : [previous.date];
  return {
    local: { start: 0, end: 0 },
    span: { start: sentence.span.start, end: sentence.span.start },
    text: '',
    kind: previous.dateEnd ? 'span' : 'point',
    dates,
    ...(previous.dateEnd ? { end: previous.dateEnd } : {}),
    relative: true,
    rule: 'time.anaphoric',
  };
}

/** How many sentences after an exercise is named 「本訓練」 or 「訓練を開始」 may still refer to it. */
const EXERCISE_REACH = 4;

/** Documents that report one occasion (a release, a press conference, an activity page's entries). */
const OCCASION_KINDS = new Set(['press-release', 'transcript', 'activity']);
/**
 * Pages of other kinds (a unit's news item, a Joint Staff page) report one occasion too, for acts: an
 * exercise, a port call or an exchange told as done with no date is of the occasion last dated (codebook rule 204).
 */
const ACT_OCCASION_KINDS = new Set(['other']);

/** The document's own date as a time mention (what an undated meeting of a release or a press conference is dated by). */
function publishedTime(doc: KoryuDocument): TimeMention | undefined {
  const published = doc.context.published;
  if (!published) return undefined;
  return { local: { start: 0, end: 0 }, span: { start: 0, end: 0 }, text: '', kind: 'point', dates: [published], relative: true, rule: 'time.document' };
}

/** Whether a partial date is after another, compared at the precision both give (「2021-03-15」 after 「2021-03-12」). */
function laterThan(date: string, than: string): boolean {
  const n = Math.min(date.length, than.length);
  return date.slice(0, n) > than.slice(0, n);
}

/** A date stated before, standing at the start of a sentence that refers back to its occasion. */
function restatedTime(previous: TimeMention, sentence: Sentence): TimeMention {
  return { ...previous, local: { start: 0, end: 0 }, span: { start: sentence.span.start, end: sentence.span.start }, text: '', relative: true, rule: 'time.anaphoric' };
}

/** Right after a milestone: the past relative clause of the instrument named next (「署名した「…覚書」」「締結された…協定」). */
const MILESTONE_RELATIVE = /^(?:さ?れた|した)(?:「|[^、。「」]{0,3}[\p{Script=Han}\p{Script=Katakana}])/u;

/**
 * 「…大臣から、昨年署名した「…覚書」に基づいて…旨発言した」: a milestone the other side's remark dates with its own date, in
 * the relative clause of the instrument it names, is a past act mentioned in passing, not speech (codebook 445).
 */
function datedMilestoneInRemark(text: string, m: Mention, times: TimeMention[]): boolean {
  if (m.type !== 'milestone' || !MILESTONE_RELATIVE.test(text.slice(m.local.end))) return false;
  return times.some((t) => t.text && t.local.end <= m.local.start && /^に?$/.test(text.slice(t.local.end, m.local.start)));
}

/** A sentence that opens with a partner and a topic marker (「UAEとの間では、」) sets the running topic. */
function topicOf(text: string, mentions: Mention[], pattern: RegExp): string[] | undefined {
  const first = mentions.find((m) => m.type === 'country' || m.type === 'organization');
  if (!first || first.compound || first.local.start > 12) return undefined;
  // Only what precedes it may be a connective (「また、」「一方、」), not another clause.
  if (/[。、].*[^、]$/.test(text.slice(0, first.local.start))) return undefined;
  let end = first.local.end;
  const reading = /^（[^）]{1,40}）/.exec(text.slice(end)); // 「アラブ首長国連邦（UAE）との間では」
  if (reading) end += reading[0].length;
  return pattern.test(text.slice(end)) ? [...first.codes].sort() : undefined;
}

/**
 * The dated trip a sentence with no date of its own refers back to (codebook 163), and the countries it is set in:
 * 「今回のカナダ訪問では」 the last trip to Canada; 「本出張においては」「入港中は」 the last trip told, with its one country;
 * 「フィリピンでは、」 opening a page's sentence, the last trip when it went there. In a white paper, only a trip of the section.
 */
function tripReferredTo(text: string, mentions: Mention[], trips: TripLog, sectionId: number, paper: boolean): { trip: Trip; codes: string[] } | undefined {
  const usable = paper ? trips.inSection(sectionId) : trips.all;
  const last = usable[usable.length - 1];
  if (!last) return undefined;
  // 「現地では、…と会談を行い」「同地において、…を表敬」: the place the last trip went to, named by no country (codebook 385).
  if (ON_SITE.test(text)) return last.outbound ? { trip: last, codes: last.codes.length === 1 ? last.codes : [] } : undefined;
  const back = TRIP_BACK.exec(text);
  if (back) {
    const end = back.index + back[0].length;
    const named = mentions.filter((m) => m.type === 'country' && !m.compound && m.local.end <= end && m.codes.length).flatMap((m) => m.codes);
    if (!named.length) return { trip: last, codes: last.codes.length === 1 ? last.codes : [] };
    // 「今回のカナダ訪問では」: the trip that went there (a visit received before it, 「前回は…訪日」, is another).
    for (let i = usable.length - 1; i >= 0; i--) if (usable[i].outbound && named.every((c) => usable[i].codes.includes(c))) return { trip: usable[i], codes: named };
    return undefined;
  }
  if (paper) return undefined;
  // 「…交流を促進させるためカナダを訪問しました。」 after the trip to Canada and a later one to the USA were told with their dates: a
  // visit told again with no date, to the one country an earlier dated trip went to, is that trip — not the occasion told last
  // (codebook 407).
  if (VISIT_CLOSES.test(text)) {
    const to = mentions.filter((m) => m.type === 'country' && !m.compound && m.codes.length === 1 && isDestination(text, m, mentions)).flatMap((m) => m.codes);
    if (to.length === 1 && !(last.outbound && last.codes.includes(to[0]))) {
      for (let i = usable.length - 2; i >= 0; i--) if (usable[i].outbound && usable[i].codes.length === 1 && usable[i].codes[0] === to[0]) return { trip: usable[i], codes: to };
    }
  }
  const first = mentions.find((m) => m.type === 'country' || m.type === 'organization');
  const scene = !!first && !first.compound && first.codes.length === 1 && PLACE_SCENE_BEFORE.test(text.slice(0, first.local.start)) && PLACE_SCENE_AFTER.test(text.slice(first.local.end));
  if (scene) return last.outbound && last.codes.includes(first!.codes[0]) ? { trip: last, codes: [...first!.codes] } : undefined;
  // 「…を訪問したところ、概要以下のとおり。」 then 「(1)X国防次官 …に関する意見交換を実施。」: a report's items are set on the
  // trip of its lead, whatever they open with (codebook 320).
  // A numbered item's title line (「1. ソロモン諸島における会談、視察等」) names what its item tells; it tells nothing itself.
  // Nor is the story of a meeting just told (「両者は…意見交換を行い」「会談では、…から、」) another item.
  const report = REPORT_ITEM_TITLE.test(text) || MEETING_STORY.test(text) ? undefined : trips.firstReport; // usable is every trip here
  // The trip's one country is the items' when they stand in the lead's section; under a heading of their own
  // (「(1)X NATO事務次長」) the heading names the counterpart.
  return report && report.outbound ? { trip: report, codes: report.codes.length === 1 && report.sectionId === sectionId ? report.codes : [] } : undefined;
}

/**
 * 「防衛大臣は、5月9日から11日まで米国を訪問しました。10日には、モリス国防長官と会談を行いました。」: a sentence dated to a day
 * inside the span of the last trip told, which went to one country, and naming no country of its own, is set in that
 * country — a counterpart by title alone there is its (codebook 506). Only the last trip, only days inside its span: a
 * sentence dated outside it, or a trip to several countries, implies nothing.
 */
function tripSpanning(times: TimeMention[], mentions: Mention[], trips: TripLog, sectionId: number, paper: boolean): string[] | undefined {
  if (!times.length || mentions.some((m) => m.type === 'country' && m.codes.length)) return undefined;
  const usable = paper ? trips.inSection(sectionId) : trips.all;
  const last = usable[usable.length - 1];
  if (!last?.outbound || last.codes.length !== 1) return undefined;
  const span = last.time.dates;
  if (span.length !== 2 || span.some((d) => d.length !== 10)) return undefined;
  const inside = times.every((t) => t.dates.length > 0 && t.dates.every((d) => d.length === 10 && d >= span[0] && d <= span[1]));
  return inside ? last.codes : undefined;
}

/** A trip told as done in a sentence that made an event: its date (nearest before the trip's word) and where it went. */
function tripTold(text: string, mentions: Mention[], ownTimes: TimeMention[], made: Candidate[], sectionId: number): Trip | undefined {
  // A trip told with no date of its own dates nothing: no need to look for its word.
  if (!ownTimes.length) return undefined;
  const word = TRIP_TOLD.exec(text);
  // Told as done: it made an event, or the sentence closes in the past (「…に出張しました」 by a principal whose visits are no meetings).
  // 「…を訪問したところ、概要は以下のとおり。」 tells it done too (codebook 320).
  if (!word || !ownTimes.length || !(made.length || TOLD_DONE_END.test(text) || /した(?:ところ|ので)、?(?:その)?概要/.test(text))) return undefined;
  const time = [...ownTimes].reverse().find((t) => t.local.end <= word.index && t.dates.length) ?? ownTimes.find((t) => t.dates.length);
  if (!time) return undefined;
  const destinations = mentions
    .filter((m) => m.type === 'country' && !m.compound && isDestination(text, m, mentions))
    .flatMap((m) => m.codes)
    .filter((c) => c !== 'JPN');
  const codes = destinations.length ? destinations : made.filter((c) => c.kind === 'talks' || c.kind === 'port-call').flatMap((c) => c.partners);
  // Its principal: of the meetings it made, else the one the sentence names (「航空総隊司令官は、…に出張しました」).
  const role = made.find((c) => c.kind === 'talks')?.jpRole ?? seniorRole(mentions.filter((m) => m.type === 'jp-principal' && m.jpRole !== 'unit').map((m) => m.jpRole));
  // A report of the trip, not of one meeting told in its lead (「…を訪問中の…大臣は、…と会談を行ったところ、概要以下のとおり」):
  // between the trip's word and 「概要」 no meeting is named.
  const lead = REPORT_LEAD.exec(text.slice(word.index));
  const report = !!lead && !/訪問中|会談|表敬|懇談|協議/.test(text.slice(word.index, word.index + lead.index));
  return { time, codes: [...new Set(codes)].sort(), outbound: destinations.length > 0, sectionId, ...(role ? { role } : {}), ...(report ? { report } : {}) };
}

export function extractCandidates(
  doc: KoryuDocument,
  options: { explain?: boolean } = {},
): { candidates: Candidate[]; trace?: SentenceTrace[] } {
  const vocab = loadVocabulary();
  const candidates: Candidate[] = [];
  const trace: SentenceTrace[] = [];
  let periodSection = -2;
  let period: TimeMention | undefined;
  let lastTalks: Candidate | undefined;
  /** The last talks was a summit whose prime minister only its noun named (日豪首脳会談): no running principal. */
  let summitByNoun = false;
  /** A meeting was told earlier in the document (what 「今回の会談では」 refers back to). */
  let meetingTold = false;
  /** The last event made in the section, for sentences that refer back to it (「その際」). */
  let lastDated: Candidate | undefined;
  /** The last date the section's running text stated, for an anaphoric sentence when no event was told. */
  let lastStated: TimeMention | undefined;
  /** The trip the sentence just read was set on, if any. */
  let previousTripRef: { trip: Trip; sentenceId: number } | undefined;
  /** The country of a visit named as a noun (「5月10日:インドネシア訪問」), for the sentences of its entry (codebook 386). */
  let entryVisit: string[] | undefined;
  /** The one country of the last trip abroad told, and how many sentences ago, while no other country is named (codebook 391). */
  let scene: { codes: string[]; sectionId: number; age: number } | undefined;
  /** The date of the entry heading just read (「9月16日~18日:…」), for the first sentence of its entry. */
  let entryTime: TimeMention | undefined;
  /** What the entry heading just read made: its entry may announce it as still to come. */
  let entryMade: Candidate[] = [];
  /**
   * Outside a white paper, the date the document last stated, whatever its section (a release's preamble
   * 「6月3日及び4日、…」 dates its numbered items), else its own date: when a meeting of a release or a
   * press conference is told with no date at all, it is of that occasion.
   */
  // A document dated by its year only is a book's page (an edition), whatever its cues said: no occasion.
  const occasional = (OCCASION_KINDS.has(doc.context.kind) || ACT_OCCASION_KINDS.has(doc.context.kind)) && (doc.context.published?.length ?? 0) >= 7;
  const actsOnly = ACT_OCCASION_KINDS.has(doc.context.kind);
  let documentStated: TimeMention | undefined = occasional && doc.context.published!.length === 10 ? publishedTime(doc) : undefined;
  let topic: string[] | undefined;
  /** The foreign subject of the running text (codebook rule 200). */
  let foreignSubject: string[] | undefined;
  let previousInstrument: Mention | undefined;
  let previousForum: Mention | undefined;
  /** The exercise named last and how many sentences ago (codebook rule 205). */
  let previousExercise: { told: ToldExercise; age: number } | undefined;
  /** The meeting the last sentence referred to (「会議においては」), for the sentences that continue it. */
  let carriedOccasion: Candidate | undefined;
  let toldFora = new Map<string, Candidate>();
  let previousPrincipal: JpRole | undefined;
  const author = documentPrincipal(doc);
  /** A temporary press conference (「大臣臨時会見概要」「…会談後臨時会見」): held right after the occasion it reports on (codebook 390). */
  const temporary = doc.context.kind === 'transcript' && doc.sentences.slice(0, 4).some((s) => TEMPORARY_CONFERENCE.test(s.text));
  /** A press conference abroad: the trip's country stands in for counterparts named by title alone (codebook 430). */
  const abroadSubject = author && !doc.subject ? tripSubject(doc) : undefined;
  // A page that dates nothing but itself (a unit's news item: 「…親善訓練を実施しました」) dates its
  // undated acts by its own date (codebook rule 79).
  const statedTime = datedOnlyByItself(doc) ? documentDate(doc.context.published!) : undefined;
  const questions = new QuestionTracker();
  /** The partners the last journalist's question named, and whether its answer is about to open. */
  let questionTopic: string[] | undefined;
  let answerTopic = false;
  /** The speaker's meeting of the day the last question told held (codebook 422), and the one its answer reports. */
  let asked: AskedMeeting | undefined;
  let answered: AskedMeeting | undefined;
  /** The dated trips told so far (codebook 163). */
  const trips = new TripLog();
  /** The page's labelled facts (「期間 …」「支援対象 …」, codebook rule 250), and the sentence that holds them. */
  const pageFacts = readPageFacts(doc);
  let factsAt: { ctx: SentenceContext; trace?: SentenceTrace } | undefined;
  /** The sentence that holds a training page's fact lines (codebook 361). */
  let trainingFactsAt: { ctx: SentenceContext; trace?: SentenceTrace } | undefined;
  /** The page's first sentence context: what a photo log's entries, read after the sentences, lend their sentences to. */
  let firstCtx: SentenceContext | undefined;
  /** A training page's photo-log headings that name a training (「日米共同訓練」, codebook 365). */
  const photoLogHeadings: { ctx: SentenceContext; trace?: SentenceTrace }[] = [];

  for (const sentence of doc.sentences) {
    const t: SentenceTrace | undefined = options.explain
      ? {
          sentenceId: sentence.id,
          text: sentence.text,
          span: sentence.span,
          sectionPath: sectionPath(doc.sections, sentence.sectionId),
          blockType: sentence.blockType,
          fired: [],
        }
      : undefined;
    if (t) trace.push(t);
    if (questions.inQuestion(sentence.text, sentence.blockType)) {
      if (t) t.skipped = "a journalist's question (Q: … until A:) reports no event";
      // 「Q:アントニー国防大臣とご会談されましたが…」「A:…幅広い会談が出来ました」: the one partner the question
      // names is the topic of the answer that follows it.
      if (QUESTION_OPENS.test(sentence.text)) {
        questionTopic = undefined;
        asked = undefined;
      }
      // 「Q:週末、…シャングリラ会合から2日経ちましたが…」: the past occasion a question dates (a forum, a meeting,
      // a trip) is the occasion of the answer's undated meetings (codebook 188).
      const found = findMentions(sentence.text);
      if (occasional && (found.some((m) => m.type === 'forum') || QUESTION_OCCASION.test(sentence.text))) {
        const asked = datedTimes(sentence, vocab.referenceDateAfter, false).times.filter((x) => !x.dates.some((d) => laterThan(d, doc.context.published!)));
        if (asked.length) documentStated = asked[asked.length - 1];
      }
      const named = found.filter((m) => (m.type === 'country' || m.type === 'organization' || m.type === 'foreign-title') && !m.compound && m.codes.length);
      const codes = [...new Set([...(questionTopic ?? []), ...named.flatMap((m) => m.codes)])].filter((c) => c !== 'JPN');
      questionTopic = codes.length ? codes : questionTopic;
      // A temporary press conference is held on its occasion: a question of no day of its own asks about that day's (codebook 390).
      if (author && doc.context.published?.length === 10) asked = asked ?? askedMeeting(sentence.text, found, sentence.span, temporary && !sentence.time?.length);
      answerTopic = true;
      continue;
    }
    answered = answerTopic ? asked : undefined;
    asked = undefined;
    if (answerTopic) {
      // The answer opens after the question: its topic, until the text sets another.
      topic = questionTopic?.length === 1 ? questionTopic : undefined;
      questionTopic = undefined;
      answerTopic = false;
    }
    if (!EVENT_BLOCKS.has(sentence.blockType)) {
      if (t) t.skipped = `${sentence.blockType}: only running text creates events`;
      continue;
    }
    if (PHOTO_SENTENCE.test(sentence.text)) {
      if (t) t.skipped = 'a photo told in the running text: a caption (codebook 301)';
      continue;
    }

    if (sentence.sectionId !== periodSection) {
      periodSection = sentence.sectionId;
      period = undefined;
      topic = undefined;
      foreignSubject = undefined;
      previousInstrument = undefined;
      previousForum = undefined;
      previousExercise = undefined;
      carriedOccasion = undefined;
      toldFora = new Map();
      previousPrincipal = undefined;
      lastDated = undefined;
      lastStated = undefined;
      entryTime = undefined;
      entryVisit = undefined;
      lastTalks = lastTalks && lastTalks.sectionId === sentence.sectionId ? lastTalks : undefined;
    }
    const { times: ownTimes, dead, ongoing } = datedTimes(sentence, vocab.referenceDateAfter, doc.context.kind === 'whitepaper');
    // 「その際、…署名が行われた」: no date of its own, dated like the engagement just told.
    const opensAnaphoric = vocab.anaphoricOpener.test(sentence.text);
    const anaphoric = !!lastDated && opensAnaphoric;
    // 「会議においては、…。また、…共同声明が採択された。」: the meeting stays the occasion of the sentences
    // that continue the one referring to it (「また、」「さらに、」), until one states a date of its own.
    const continues = !!carriedOccasion && !ownTimes.length && CONTINUES.test(sentence.text);
    const occasion = lastDated && (anaphoric || vocab.occasionOpener.test(sentence.text)) ? lastDated : continues ? carriedOccasion : undefined;
    carriedOccasion = occasion;
    // With no event told before it, 「今回の…の機会を活用し」 refers to the occasion the text last dated.
    // 「9月16日~18日:日豪共同巡航訓練」: a unit page's entry heading dates the first sentence of its entry when
    // that sentence has no date of its own (what follows it tells the background: 「先週まで…に参加していた」).
    const heading = isEntryHeading(sentence);
    const entry = heading ? undefined : entryTime;
    entryTime = heading ? ownTimes[0] : undefined;
    // 「11月18日~28日:…訓練」 then 「…訓練を行います。」: the entry announces the training; its heading tells none.
    if (entryMade.length && !heading && announcesOnly(sentence.text)) {
      const drop = new Set(entryMade);
      for (let i = candidates.length - 1; i >= 0; i--) if (drop.has(candidates[i])) candidates.splice(i, 1);
    }
    const read = findMentions(sentence.text);
    const found = abroadSubject ? hostTitles(sentence.text, read) : read;
    // 「本出張においては、…と懇談」「今回のカナダ訪問では、…と会談を実施」「フィリピンでは、…を表敬」: set on a dated trip
    // told before, a sentence with no date of its own takes the trip's (codebook 163).
    // 「ドイツにおいては、…。加えて、ミュンヘンにおいて開催された…会議に参加し」: a sentence that only goes on (また、加えて、)
    // from one set on a trip, with no date of its own, is on that trip too — no country implied (codebook 446).
    const tripRef = ownTimes.length
      ? undefined
      : (tripReferredTo(sentence.text, found, trips, sentence.sectionId, doc.context.kind === 'whitepaper') ??
        (previousTripRef && previousTripRef.sentenceId === sentence.id - 1 && CONTINUES.test(sentence.text) ? { trip: previousTripRef.trip, codes: [] } : undefined));
    previousTripRef = tripRef ? { trip: tripRef.trip, sentenceId: sentence.id } : undefined;
    const times = ownTimes.length
      ? ownTimes
      : tripRef
        ? [{ ...restatedTime(tripRef.trip.time, sentence), rule: TRIP_TIME_RULE }]
        : anaphoric
        ? [anaphoricTime(lastDated!, sentence)]
        : opensAnaphoric && lastStated
          ? [restatedTime(lastStated, sentence)]
          : entry
            ? [restatedTime(entry, sentence)]
            : ownTimes;
    // The other side's remarks name acts without telling them (codebook 98).
    const remark = remarkOf(sentence.text, found);
    // 「…ヘナレ・ニュージーランド国防大臣(右)2.同日、…と会談」: a person placed in a photo (「(右)」「(左端)」) is a
    // caption glued to the text, not a counterpart (codebook 194).
    const mentions = found.filter(
      (m) =>
        (!BACKGROUND_TYPES.has(m.type) || !isBackground(m.local, remark) || datedMilestoneInRemark(sentence.text, m, ownTimes)) &&
        !(PARTY_TYPES.has(m.type) && PHOTO_PLACE.test(sentence.text.slice(m.local.end, m.local.end + 12))),
    );
    const sectionSubject = subjectOf(doc, sentence.sectionId);
    const subject = sectionSubject ?? abroadSubject;
    // 「5月10日:インドネシア訪問 国防大臣と会談」: a visit named as a noun gives its country to a counterpart named by title
    // alone, in its sentence and the undated sentences after it that name no country (codebook 386).
    const ownVisit = visitNounCountry(sentence.text, mentions);
    const namesCountry = mentions.some((m) => (m.type === 'country' || m.type === 'organization') && m.codes.length);
    if (ownVisit) entryVisit = doc.context.kind === 'whitepaper' ? undefined : ownVisit;
    else if (ownTimes.length || namesCountry) entryVisit = undefined;
    const visited = ownVisit ?? (namesCountry ? undefined : entryVisit);
    // 「本日、オマーンを訪問し、…と会談を行いました。…また、…国王事務所大臣とも会談をさせていただきました。」: outside a white paper, an undated
    // sentence naming no country, a few sentences after a trip to one country with no other country named since, is set there (codebook 391).
    const onScene =
      !ownTimes.length && !namesCountry && scene && scene.sectionId === sentence.sectionId && scene.age <= SCENE_REACH && !SEVERAL_PARTIES.test(sentence.text)
        ? scene.codes
        : undefined;
    // 「一方、ASEANは、…」 makes ASEAN the subject of what follows; a sentence naming Japan ends it.
    const opening = openingForeignSubject(sentence.text, mentions);
    if (opening) foreignSubject = opening;
    else if (namesJapan(sentence.text, mentions)) foreignSubject = undefined;
    // A section about one country keeps it as the topic; regions and fora take it from the text.
    if (!(sectionSubject?.kind === 'country' && sectionSubject.codes.length === 1)) topic = topicOf(sentence.text, mentions, vocab.paragraphTopicAfter) ?? topic;
    // 「3.ノルウェー訪問」 under a title naming several countries: a numbered item's title line naming one of them makes it
    // the topic of the item (a bare 「国防副大臣」 there is Norway's, codebook 264).
    const item = ITEM_TITLE.test(sentence.text) ? mentions.filter((m) => m.type === 'country' && !m.compound) : [];
    if (item.length === 1 && item[0].codes.length === 1 && (subject?.codes.length ?? 0) > 1 && subject!.codes.includes(item[0].codes[0])) topic = [...item[0].codes];
    // 「インド現代中国研究センター長の来訪」 above 「3月12日、防衛研究所は、…センター長ご一行の訪問を受け…」: an activity
    // page's entry title telling a visit received names the visitor's country, the first one it writes (the centre's,
    // not the one it studies); it is the topic of the entry below, and a title naming none ends the last one's (codebook 521).
    if (VISIT_ENTRY_TITLE.test(sentence.text)) {
      const visitor = mentions.find((m) => (m.type === 'country' || m.type === 'organization') && !m.compound && m.codes.length);
      topic = visitor ? [...visitor.codes].sort() : undefined;
    }
    // Every sentence's context has the same properties in the same order (absent ones undefined, the
    // caches findTriggers fills included): the rules read it through one object shape, not dozens.
    const ctx: SentenceContext = {
      doc,
      sentence,
      text: sentence.text,
      mentions,
      times,
      deadTimes: dead,
      subject,
      topic: tripRef?.codes.length ? tripRef.codes : (visited ?? tripSpanning(ownTimes, mentions, trips, sentence.sectionId, doc.context.kind === 'whitepaper') ?? onScene ?? topic),
      foreignSubject: foreignSubject ? foreignSubject : undefined,
      period: ongoing ? undefined : period,
      pageFacts,
      occasion,
      // Only a sentence that names no Japanese actor at all continues the previous meeting's principal.
      previousInstrument,
      previousForum,
      previousExercise: previousExercise && previousExercise.age <= EXERCISE_REACH ? previousExercise.told : undefined,
      toldFora,
      previousPrincipal,
      // A sentence set on a trip told before (codebook 163) keeps the trip's principal unless it names one (a foreign
      // force's unit visited, 「インドネシア空軍の部隊を訪問」, is none).
      previousTalksRole: mentions.some((m) => m.type === 'jp-principal' && !(tripRef && m.jpRole === 'unit' && FOREIGN_UNIT_BEFORE.test(sentence.text.slice(0, m.local.start))))
        ? undefined
        : (tripRef?.trip.role ?? (summitByNoun ? undefined : lastTalks?.jpRole)),
      meetingTold,
      lastTalksPartners: lastTalks?.partners.length ? [...lastTalks.partners] : undefined,
      documentPrincipal: author ? author : undefined,
      statedTime: statedTime ? statedTime : undefined,
      documentTime: documentStated && !actsOnly ? restatedTime(documentStated, sentence) : undefined,
      actTime: documentStated && actsOnly ? restatedTime(documentStated, sentence) : undefined,
      vocab,
      remark: remark ? remark : undefined,
      triggerWords: undefined,
      hasPatternTrigger: undefined,
      triggerCache: undefined,
    };
    firstCtx ??= ctx;
    if (pageFacts.project && !factsAt && pageFacts.sentences.has(sentence.id)) factsAt = { ctx, ...(t ? { trace: t } : {}) };
    if (!pageFacts.project && !trainingFactsAt && pageFacts.sentences.has(sentence.id)) trainingFactsAt = { ctx, ...(t ? { trace: t } : {}) };
    if (pageFacts.when && isPhotoLogExercise(ctx)) photoLogHeadings.push({ ctx, ...(t ? { trace: t } : {}) });
    const made: Candidate[] = [];
    const misses: string[] = [];
    if (previousExercise) previousExercise.age++;
    for (const rule of RULES) {
      const out = rule.apply(ctx);
      if (out.toldExercise) previousExercise = { told: out.toldExercise, age: 0 };
      // An engagement dated after the document was published had not happened when it was written:
      // 「来年2月に行う…演習に…参加することを歓迎」 is a plan, whatever its predicate (codebook rule 82).
      const late = afterPublication(doc.context.published, out.candidates);
      if (late) {
        out.candidates = out.candidates.filter((c) => !late.has(c));
        if (!out.candidates.length) out.miss = `dated after the document (${doc.context.published}): a plan, not an event`;
      }
      if (out.candidates.length) {
        made.push(...out.candidates);
        t?.fired.push({ rule: rule.id, reason: out.reason ?? '' });
      } else if (t && out.miss) misses.push(`${rule.id}: ${out.miss}`); // only an explanation reads them
    }
    // 「本セミナーは、2月、3月に続き3回目」: the engagement just told, counted from its earlier occurrences (codebook 161).
    const earlier = lastDated ? earlierOccurrences(ctx, lastDated, made) : [];
    if (earlier.length) {
      candidates.push(...earlier); // not in `made`: the engagement just told stays the one later sentences refer to
      t?.fired.push({ rule: EARLIER_RULE_ID, reason: `earlier occurrences of the ${lastDated!.kind} just told (${earlier.map((c) => c.date).join(', ')})` });
    }
    if (!ownTimes.length && SAME_MEETING.test(sentence.text) && retellsLastTalks(made, lastTalks)) {
      made.length = 0;
      lastTalks!.evidence.push(sentenceEvidence(ctx));
      if (t) t.fired = [{ rule: 'talks.same-meeting', reason: 'retells the meeting just told (両大臣は、続いて…会談を実施), no date of its own: evidence added' }];
    }
    // 「Q:今日、…と懇談されていましたが、…」「A:…をお話しました。」: the meeting the question told held that day,
    // reported by the answer (codebook 422), unless the answer's sentence told it itself.
    const reported = answered && answerReports(sentence.text) ? answered : undefined;
    if (reported && !made.some((c) => c.kind === 'talks' && c.partners.join() === [...reported.partners].sort().join())) {
      const held = makeCandidate(ctx, ASKED_RULE_ID, {
        kind: 'talks',
        date: doc.context.published!,
        partners: reported.partners,
        jpRole: author!,
        mode: reported.mode,
        confidence: 0.6,
      });
      held.evidence.unshift({ ...reported.span, text: doc.source.text.slice(reported.span.start, reported.span.end) });
      made.push(held);
      t?.fired.push({ rule: ASKED_RULE_ID, reason: "the meeting of the day the question told held, reported by the answer's first sentence" });
    }
    // 「アメリカとの日米防衛大臣会談では、…一致しました。韓国とは、様々な課題について、…一致したところです。」: in a run of meetings'
    // results, a sentence opening with another partner and 「とは、」 and closing on what was agreed is the meeting with it (codebook 392).
    if (!made.length && lastTalks && doc.context.kind !== 'whitepaper') {
      const codes = resultPartner(sentence.text, mentions);
      if (codes && lastTalks.sectionId === sentence.sectionId && (lastTalks.sentenceId ?? -9) >= sentence.id - RESULTS_REACH && codes.join() !== lastTalks.partners.join()) {
        const result = makeCandidate(ctx, RESULT_RULE_ID, {
          kind: 'talks',
          date: lastTalks.date,
          ...(lastTalks.dateEnd ? { dateEnd: lastTalks.dateEnd } : {}),
          partners: codes,
          ...(lastTalks.jpRole ? { jpRole: lastTalks.jpRole } : {}),
          ...(lastTalks.mode ? { mode: lastTalks.mode } : {}),
          confidence: 0.6,
        });
        made.push(result);
        t?.fired.push({ rule: RESULT_RULE_ID, reason: "a partner's result told right after the meetings' results (「韓国とは、…一致した」): its meeting, dated like them" });
      }
    }
    candidates.push(...made);
    entryMade = heading ? made : [];
    const trip = tripTold(sentence.text, mentions, ownTimes, made, sentence.sectionId);
    if (trip) trips.push(trip);
    if (scene) {
      scene.age++;
      if (mentions.some((m) => m.type === 'country' && !m.compound && m.codes.some((c) => c !== 'JPN' && !scene!.codes.includes(c)))) scene = undefined;
    }
    // A trip to attend a forum (「シンガポールを訪問し、ADMMプラスに出席」) is set at its venue: those met there are of any country.
    if (trip && doc.context.kind !== 'whitepaper') {
      const forum = mentions.some((m) => m.type === 'forum') || FORUM_WORD.test(sentence.text);
      scene = trip.outbound && trip.codes.length === 1 && !forum ? { codes: trip.codes, sectionId: trip.sectionId, age: 0 } : undefined;
    }
    if (made.length) lastDated = made[made.length - 1];
    for (const c of made) if (c.kind === 'conference') toldFora.set(c.distinct ?? c.name ?? '', c);
    if (ownTimes.length) lastStated = ownTimes[ownTimes.length - 1];
    // 「15日(月)から…開始する予定」: a date after the document's own is a plan, never the occasion (codebook 180).
    // 「昨年10月に…取決めが締結された」: a month or a year named in passing is background, not the occasion of
    // the meetings told after it; an occasion is a day (codebook 191).
    const pastTimes = occasional ? ownTimes.filter((x) => x.dates[0].length === 10 && !x.dates.some((d) => laterThan(d, doc.context.published!))) : [];
    if (pastTimes.length) documentStated = pastTimes[pastTimes.length - 1];
    const named = mentions.filter((m) => m.type === 'instrument' && !INSTRUMENT_REFERENCE.test(m.text));
    if (named.length) previousInstrument = named[named.length - 1];
    previousForum = mentions.filter((m) => m.type === 'forum').pop() ?? previousForum;
    previousPrincipal = seniorRole(mentions.filter((m) => m.type === 'jp-principal' && m.jpRole !== 'unit').map((m) => m.jpRole)) ?? previousPrincipal;
    const talks = made.filter((c) => c.kind === 'talks');
    if (talks.length) meetingTold = true;
    if (talks.length) {
      lastTalks = talks[talks.length - 1];
      // 「本年7月の日豪首脳会談で示された方向性に従い」: a summit whose prime minister only its noun names gives no running
      // principal to the meeting told next (codebook 262).
      summitByNoun = lastTalks.jpRole === 'prime-minister' && !mentions.some((m) => m.type === 'jp-principal' && m.jpRole === 'prime-minister');
    }
    else if (!made.length && lastTalks && SAME_MEETING.test(sentence.text)) {
      lastTalks.evidence.push(sentenceEvidence(ctx));
      t?.fired.push({ rule: 'talks.same-meeting', reason: 'continues the previous meeting (同会談/両大臣…): evidence added' });
    }
    // A stated period dates the undated activities listed after it in the same section.
    const stated = times.find((x) => x.kind === 'period');
    if (stated) period = stated;
    if (t && !t.fired.length) {
      t.skipped = misses.length ? misses.join('; ') : times.length ? 'no event trigger' : 'no trigger and no date';
    }
  }
  // The rows of a table given as CSV (a white paper's appendix) have no sentences: their own reader.
  for (const c of tableRowCandidates(doc, options.explain ? trace : undefined)) candidates.push(c);
  // A project page whose sentences told no activity of its period: its facts are the project (codebook rule 250).
  if (factsAt && !candidates.some((c) => c.kind === 'capacity-building' && withinWhen(pageFacts, c.date))) {
    const project = projectOfFacts(factsAt.ctx);
    // A project announced before its period (「…を実施する予定です」 on a page of the month before) had not happened (rule 82).
    if (project && !afterPublication(doc.context.published, [project])) {
      candidates.push(project);
      if (factsAt.trace) {
        factsAt.trace.fired.push({ rule: 'capacity-building.partner-field', reason: "the project page's labelled facts (期間, 支援対象, 他支援国): no sentence told its activity" });
        delete factsAt.trace.skipped;
      }
    }
  }
  // A training page whose sentences told no exercise of its period: its fact lines are the exercise (codebook 361).
  if (trainingFactsAt && !candidates.some((c) => c.kind === 'exercise' && withinWhen(pageFacts, c.date))) {
    const told = exerciseOfFacts(trainingFactsAt.ctx).filter((c) => !afterPublication(doc.context.published, [c]));
    for (const c of told) candidates.push(c);
    if (told.length && trainingFactsAt.trace) {
      trainingFactsAt.trace.fired.push({ rule: 'exercise.fact-lines', reason: "the training page's fact lines (期間, the foreign forces taking part): no sentence told its exercise" });
      delete trainingFactsAt.trace.skipped;
    }
  }
  // A training page's photo log headed by the trainings it shows: each is one, of the page's period (codebook 365).
  // (One candidate per heading, in their order: the heading's trace is the candidate's.)
  exercisesOfPhotoLog(photoLogHeadings.map((h) => h.ctx)).forEach((c, i) => {
    if (afterPublication(doc.context.published, [c])) return;
    if (candidates.some((o) => o.kind === 'exercise' && o.partners.join() === c.partners.join() && withinWhen(pageFacts, o.date))) return;
    candidates.push(c);
    const tr = photoLogHeadings[i].trace;
    if (tr) {
      tr.fired.push({ rule: 'exercise.photo-log-heading', reason: "a training page's photo-log heading naming a training, dated by the page's period" });
      delete tr.skipped;
    }
  });
  // A photo log's entries under their date headings (「【10月14日】」 over 「…:アプラ港入港、…の様子です。」, codebook 367).
  if (firstCtx) {
    for (const c of callsOfDatedLog(firstCtx, doc.sentences)) {
      if (afterPublication(doc.context.published, [c])) continue;
      if (candidates.some((o) => o.kind === 'port-call' && o.partners.join() === c.partners.join() && o.date.slice(0, 7) === c.date.slice(0, 7))) continue;
      candidates.push(c);
    }
  }
  // …and the calls it heads by a foreign port (「【カムラン入港(ベトナム)】」, codebook 366).
  if (trainingFactsAt) {
    for (const c of callsOfPhotoLog(trainingFactsAt.ctx, doc.sentences)) {
      if (afterPublication(doc.context.published, [c])) continue;
      if (candidates.some((o) => o.kind === 'port-call' && o.partners.join() === c.partners.join() && withinWhen(pageFacts, o.date))) continue;
      candidates.push(c);
    }
  }
  // 「日比防衛相電話会談後の臨時記者会見」: the title states how the day's meeting was held (codebook 507).
  adoptTitleMode(doc, candidates, vocab);
  // 「日米豪防衛相会談について」: the title's one meeting with its counterparts together (codebook 543).
  adoptTitleParties(doc, candidates);
  return options.explain ? { candidates, trace } : { candidates };
}

/**
 * The candidates dated after the document's publication, compared by month (or by year when either
 * gives only a year): a page published on a day may tell later days of its month (an activity page
 * dated by its first entry), never a later month.
 */
function afterPublication(published: string | undefined, made: Candidate[]): Set<Candidate> | undefined {
  if (!published || !made.length) return undefined;
  const late = new Set<Candidate>();
  for (const c of made) {
    const n = Math.min(7, c.date.length, published.length);
    if (c.date.slice(0, n) > published.slice(0, n)) late.add(c);
  }
  return late.size ? late : undefined;
}

/**
 * Whether the document is dated only by itself: not a white paper, a publication date known, and no
 * date in its running text but that date (its heading line) — then it reports what happened as of it.
 */
function datedOnlyByItself(doc: KoryuDocument): boolean {
  const published = doc.context.published;
  if (!published || doc.context.kind === 'whitepaper') return false;
  return doc.sentences.every((s) => (s.time ?? []).every((t) => t.dates.every((d) => d.startsWith(published) || published.startsWith(d))));
}

/** The document's own date as a time mention: what dates an undated act when nothing else does. */
function documentDate(published: string): TimeMention {
  return { local: { start: 0, end: 0 }, span: { start: 0, end: 0 }, text: '', kind: 'point', dates: [published], relative: true, rule: 'time.document-date' };
}
