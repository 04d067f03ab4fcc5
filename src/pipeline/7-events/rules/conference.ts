/**
 * Conferences: Japan's participation in, or hosting of, a multilateral meeting — a named forum of
 * the gazetteer, or any meeting noun (…会議, …会合, …対話, …フォーラム, …シンポジウム) — governed by a
 * participation verb (出席, 参加, 開催, 主催, 表明…) in the same clause, or reported as held
 * (「第5回ADMMプラスが行われた」) in a text whose Japanese participant is known, with a date.
 * Partners: the forum's standing membership when the gazetteer fixes it, else the partners the
 * forum's own clause names (hosts, co-hosts, the participants it lists), never a venue, a topic or
 * the counterparts of a side meeting.
 */
import type { Span } from '../../../model/span.js';
import type { TimeMention } from '../../../model/time.js';
import { consecutiveDays, findTriggers, forumExchange, isPlanned, lastTimeBefore, makeCandidate, modeFromCues, namedCodes, seniorRole, subjectCodes } from '../helpers.js';
import type { Candidate, Rule, RuleOutcome, SentenceContext } from '../types.js';
import { datesForAnchor } from './anchored.js';
import { loadGazetteer } from '../../../gazetteer/index.js';

/** After a leaders' summit: it is the purpose of a trip (「…首脳会議等に出席するため」), not the act told (codebook 410). */
const SUMMIT_AS_PURPOSE = /^[」』）)]*(?:等|など)?(?:に|へ)(?:出席|参加)する(?:ため|ために|目的で)/;
const RULE_ID = 'conference.forum-participation';
/** A participation verb this far after the forum still governs it (「ADMMプラスにオンライン形式で出席」). */
const VERB_REACH = 45;
const NOUNS = '会議|会合|対話|フォーラム|セミナー|シンポジウム|ダイアログ|ダイアローグ|サミット|カンファレンス';
/**
 * A meeting not in the gazetteer: a quoted name, a quoted name after a generic noun, a quoted name
 * 「…」と呼ばれるシンポジウム, or a run of name characters ending in a meeting noun followed by what
 * governs it (「空軍参謀長等会議にオンライン形式で参加」「宇宙シンポジウム、宇宙参謀長等会議及び…への参加」).
 * A back reference (「第1回会議が」「標記会合に」「第11回のフォーラムには」) stands for the forum named before.
 */
const MEETING = new RegExp(
  [
    `「([^」]{2,40}(?:${NOUNS}))」`,
    `(?:会議|会合|フォーラム)「([^」]{2,40})」`,
    `「([^」]{2,40})」と(?:呼ばれる|題する|題した|いう)(?:${NOUNS})`,
    `((?:第[0-9０-９]+回の?|同|本|標記の?|今回の)(?:会議|会合|フォーラム))(?=が|に|は|で|へ)`,
    `((?:[一-龥ァ-ヶー・A-Za-z0-9]){2,24}?(?:会議|会合|対話|フォーラム|シンポジウム|カンファレンス|セミナー|ダイアログ|ダイアローグ|サミット))(?=[（(]|に|へ|において|では|が|、|及び|および|並びに|・|といった|等(?:に|へ|、|の)|を(?:開催|主催|共催))`,
  ].join('|'),
  'g',
);
const MEETING_NOUN = new RegExp(NOUNS);
/** Meeting nouns that are bilateral talks or Japan's own bodies, not fora. */
const NOT_A_FORUM = /(?:首脳会議|首脳会談|^電話会議$|^テレビ会議$|防衛相会談|次官級|当局間|外務・防衛閣僚|国家安全保障会議|^同|^本|^両|^各|^当該)/;
/** 「第1回会議」「同会議」「標記会合」: the forum named before. */
const FORUM_REFERENCE = /^(?:第[0-9０-９]+回の?|同|本|標記の?|今回の)(?:会議|会合|フォーラム)$/;
/** What may join forums that share one verb (「…会議(以下「ADMMプラス」という。)及び第4回…会合に出席」). */
// 「5月の…シンポジウムを皮切りに、…会議等に参加」: a tour of fora opened by the first.
const FORUM_LIST_JOINER = /^(?:等|など)?(?:[、・]?(?:及び|および|並びに|ならびに|と)?|を皮切りに|をはじめ(?:とし(?:て)?)?)[、・]?(?:第[0-9０-９]+回)?$/;
/** Bracketed asides after a name (abbreviations, 「以下「…」という。」), full- or half-width. */
const ASIDE = /[（(][^）)]*[）)]/g;
/** A verb ending a relative clause (「開催された」「主催する」): it describes the noun that follows. */
const RELATIVE_VERB = /^(?:さ?れた|する|した)(?![、。])/;
/** After a forum's name (and its aside): a ceremony of the forum (「(以下…)創設10周年記念式典」). */
const CEREMONY_AFTER = /^(?:[（(][^）)]*[）)])?(?:創設)?[0-9０-９]*(?:周年)?(記念式典|式典)/;
/** A trip that took the principal to the forum. */
const TRIP = /訪問|出張|訪れ|訪米|訪豪|訪中|訪韓|訪露|訪印/;
/** After a country: it is visited (for the forum), not a participant. */
// 「バーレーン訪問(マナーマ対話…)」: the visit as a noun (codebook 383).
const VISITED_AFTER = /^(?:[（(][^）)]*[）)])?(?:(?:を|へ|に)(?:訪問|出張|訪れ)|訪問[（(])/;
/** A bracketed aside right after a name, one level of nesting allowed (「(IISS:国際戦略研究所(英国の…)主催)」). */
const ASIDE_AFTER = /^[（(](?:[^（()）]|[（(][^）)]*[）)])*[）)]/;
/** 「参加の機会を捉え、…会談した」: the participation is the occasion of an act told as done. */
const OCCASION_USED = /^の機会(?:を(?:捉え|とらえ|活用|利用)|に)/;
/**
 * After a forum: the last time the principal met the counterpart was there (「(ADMMプラス)以来の再会」「…の時以来であり」
 * 「…以来、8か月ぶりの会談」) — not a habit started then (「…以来、毎年参加」).
 */
const LAST_MET_AT =
  /^(?:[（(][^）)]*[）)])?(?:の(?:時|とき|際))?以来(?:の(?:再会|対面|会談|面会)|であ|です|、?[0-9０-９一二三四五六七八九十半]+(?:年|か月|カ月|ヶ月|ヵ月|週間|日)ぶり)/;
/** After a participation verb: the attendance is the object of another verb (「参加したことを歓迎」「出席したことに言及」). */
const COMPLEMENT_AFTER = /^(?:し|され)?た(?:こと|の)(?:を|に|が)/;
/**
 * After a forum, in a transcript's head: the press conference given after it, the forum first in a list of what was held
 * (「マナーマ対話、日仏防衛相会談、ヨルダン外相との会談等後臨時会見」「…会議後記者会見」), as rule 190 reads meetings.
 */
const BEFORE_PRESS_CONFERENCE = /^(?:[（(][^）)]*[）)])?(?:、[^。、（）()]{1,30}?){0,4}(?:等|など)?(?:出席)?後(?:の)?(?:臨時)?(?:記者)?会見/;
/** Right after a forum: the place where something was done (「…会議では、」「…においては、」). */
const VENUE_AFTER = /^(?:では|においては|において|の場で)/;

const TOLD_RULE = 'time.told-forum';

/** 「今回」「今般」: the occasion the text is about, at the document's date. */
const THIS_TIME = /(?:^|、)(?:今回|今般)(?:、|の|は)/;
/** A sentence told as done. */
const PAST_TENSE = /(?:た|ました)(?:旨[^。]*)?。?$/;

/** The document's month as a time at the start of the sentence, if the document is dated. */
function publishedTime(ctx: SentenceContext): TimeMention[] {
  const published = ctx.doc.context?.published;
  if (!published || published.length < 7) return [];
  const at = ctx.sentence.span.start;
  return [{ local: { start: 0, end: 0 }, span: { start: at, end: at }, text: '', kind: 'point', dates: [published.slice(0, 7)], relative: true, rule: 'time.this-occasion' } as TimeMention];
}

/** 「…を皮切りに」「…をはじめ」: the first of a series of fora. */
const SERIES_OPENED = /皮切り|はじめ/;

/** The same time, its year only (later fora of a series opened on a month). */
function yearOnly(t: TimeMention): TimeMention {
  return { ...t, kind: 'point', dates: [t.dates[0].slice(0, 4)], end: undefined } as TimeMention;
}

/** A time standing for the date of a forum told before in the section. */
function toldTime(ctx: SentenceContext, told: Candidate): TimeMention {
  const dates = told.dateEnd ? [told.date, told.dateEnd] : [told.date];
  const at = ctx.sentence.span.start;
  // It stands at the start of the sentence: the clause that names the forum's host is all its own.
  return { local: { start: 0, end: 0 }, span: { start: at, end: at }, text: '', kind: told.dateEnd ? 'span' : 'point', dates, ...(told.dateEnd ? { end: told.dateEnd } : {}), relative: true, rule: TOLD_RULE } as TimeMention;
}

/** A senior principal: a seminar is a forum only at this level (otherwise it is capacity building or a unit's). */
const SENIOR = new Set(['prime-minister', 'minister', 'senior-vice-minister', 'parliamentary-vice-minister', 'administrative-vice-minister', 'vice-minister-international', 'chief-joint-staff', 'chief-gsdf', 'chief-msdf', 'chief-asdf']);

interface Forum {
  local: Span;
  name: string;
  codes: string[];
  fixed: boolean;
  /** The gazetteer id: one forum under all its names. */
  key?: string;
  seminar: boolean;
  /** 「第1回会議」「本会合」: a reference to a forum named before. */
  reference?: boolean;
}

interface Governor {
  local: Span;
  /** Reported as held (「…が行われた」), not attended. */
  held: boolean;
}

function foraIn(ctx: SentenceContext): { forums: Forum[]; meetings: Span[] } {
  const found: Forum[] = ctx.mentions
    .filter((m) => m.type === 'forum')
    .map((m) => {
      // 「ADMMプラス創設10周年記念式典」: the forum's ceremony, attended in its own right (one more event).
      const ceremony = CEREMONY_AFTER.exec(ctx.text.slice(m.local.end));
      const base = { name: m.name ?? m.text, codes: [...m.codes], fixed: m.codes.length > 0, key: m.key, seminar: false };
      return ceremony
        ? { ...base, local: { start: m.local.start, end: m.local.end + ceremony[0].length }, name: base.name + ceremony[0].replace(ASIDE, ''), key: m.key && `${m.key} ${ceremony[1]}` }
        : { ...base, local: m.local };
    });
  /** Every meeting name, Japan's own talks included: partners inside another meeting's name are not this forum's. */
  const meetings: Span[] = found.map((f) => f.local);
  MEETING.lastIndex = 0;
  // The meeting pattern backtracks; most sentences hold no meeting noun at all.
  const hasMeeting = MEETING_NOUN.test(ctx.text);
  for (let m = hasMeeting ? MEETING.exec(ctx.text) : null; m; m = MEETING.exec(ctx.text)) {
    const local = { start: m.index, end: m.index + m[0].length };
    if (found.some((f) => f.local.start < local.end && local.start < f.local.end)) continue;
    if (m[4] !== undefined) {
      // 「同年10月、第1回会議が、ハノイで開催された」: the forum the section named last.
      const before = ctx.previousForum;
      const inSentence = found.filter((f) => f.local.end <= local.start).pop();
      if (inSentence) found.push({ ...inSentence, local, reference: true });
      else if (before) found.push({ local, name: before.name ?? before.text, codes: [...before.codes], fixed: before.codes.length > 0, key: before.key, seminar: false, reference: true });
      continue;
    }
    // 「国際会議「ライシナ・ダイアログ」」: the quoted name after a generic meeting noun.
    const name = (m[1] ?? m[2] ?? m[3] ?? m[5]).replace(/^(?:第[0-9０-９]+回|初の|初めての)/, '').replace(/[（(]通称[:：][^）)]*[）)]$/, '');
    meetings.push(local);
    if (NOT_A_FORUM.test(name) || FORUM_REFERENCE.test(name)) continue;
    // 「シャングリラ・ダイアログ・イニシアティブ」: a meeting word inside the quoted name of something else.
    if (m[5] !== undefined && insideLongerQuote(ctx.text, local)) continue;
    // 「…会議を開催し」: a meeting Japan convened is a forum only with foreign parties in it (「省議及び…推進本部会議を開催」
    // is the ministry's own, codebook 340).
    if (m[5] !== undefined && /^を/.test(ctx.text.slice(local.end)) && !INTERNATIONAL.test(name) && !foreignInSentence(ctx)) continue;
    // A meeting named after Japan and its partners (日米韓参謀総長級会議) is Japan's own talks.
    if (ctx.mentions.some((x) => x.compound && x.local.start >= local.start && x.local.end <= local.end)) continue;
    found.push({ local, name, codes: [], fixed: false, seminar: /セミナー$/.test(name) });
  }
  found.sort((a, b) => a.local.start - b.local.start);
  // 「インド太平洋参謀長等会議（CHOD…）」「拡大ASEAN国防相会議(以下「ADMMプラス」という。)」: a name in the
  // bracket that opens right after a forum is the same meeting.
  const forums = found.filter(
    (f, i) => !(i > 0 && (insideAsideOf(ctx.text, found[i - 1].local.end, f.local.start) || f.local.end <= found[i - 1].local.end)),
  );
  // 「太平洋地上軍シンポジウム・LANPAC25」: a name and its abbreviation joined by ・ are one forum.
  // The one forum then runs to the end of its abbreviation (what follows it is read from there).
  const merged: Forum[] = [];
  for (const [i, f] of forums.entries()) {
    const same = i > 0 && f.key && f.key === forums[i - 1].key && /^[・\s]?$/.test(ctx.text.slice(forums[i - 1].local.end, f.local.start));
    if (same && merged.length) merged[merged.length - 1] = { ...merged[merged.length - 1], local: { start: merged[merged.length - 1].local.start, end: f.local.end } };
    else merged.push(f);
  }
  return { forums: merged, meetings };
}

/** A meeting's name that says it is international (「国際士官候補生会議」「アジア太平洋…」「多国間…会議」). */
const INTERNATIONAL = /国際|多国間|各国|アジア|太平洋|インド|欧州|ASEAN|ARF|[A-Z]{3,}/;
/** Foreign parties in the sentence: a country or organization other than Japan, or a count of countries (「9か国から」). */
function foreignInSentence(ctx: SentenceContext): boolean {
  return /[0-9０-９一二三四五六七八九十]+(?:か国|カ国|ヶ国|ケ国)|各国|諸国/.test(ctx.text) || ctx.mentions.some((m) => (m.type === 'country' || m.type === 'organization') && !m.codes.every((c) => c === 'JPN'));
}

/** Whether a span lies inside a quoted name that goes on after it. */
function insideLongerQuote(text: string, span: Span): boolean {
  const open = text.lastIndexOf('「', span.start);
  if (open < 0 || text.slice(open, span.start).includes('」')) return false;
  const close = text.indexOf('」', span.end);
  return close > span.end;
}

/** Whether `pos` lies inside a bracket opened right after `end` (at most one character later). */
function insideAsideOf(text: string, end: number, pos: number): boolean {
  const open = Math.max(text.lastIndexOf('（', pos), text.lastIndexOf('(', pos));
  // A footnote number may stand between (「…国防大臣会合14（JPIDD）」).
  if (open < end || !/^[0-9０-９]{0,2}$/.test(text.slice(end, open))) return false;
  return !/[）)]/.test(text.slice(open, pos));
}

/** The verb that governs a forum: the first after it, unless another forum stands between outside a list. */
function governor(ctx: SentenceContext, forums: Forum[], i: number, verbs: { local: Span }[], meetings: Span[]): Governor | undefined {
  const f = forums[i];
  const after = ctx.text.slice(f.local.end);
  // 「第5回ADMMプラスが行われた」「第1回会議が、ハノイで開催された」: reported as held.
  // Only a forum of the gazetteer, or a reference to one: 「局長級の全体会合が…実施され」 is a session of talks.
  const held = f.key ? ctx.vocab.forumHeldAfter.exec(after.replace(ASIDE, (s) => ' '.repeat(s.length))) : null;
  if (held) return { local: { start: f.local.end + held.index, end: f.local.end + held.index + held[0].length }, held: true };
  // A bracketed abbreviation or English name after the forum, or the names of other meetings listed
  // with it, do not count toward the reach.
  const reach = (pos: number) => {
    const others = meetings.filter((m) => m.start >= f.local.end && m.end <= pos).reduce((n, m) => n + m.end - m.start, 0);
    return ctx.text.slice(f.local.end, pos).replace(ASIDE, (a) => (a.length > 0 ? '' : a)).length - others;
  };
  const verb = verbs.find(
    (v) =>
      v.local.start >= f.local.end &&
      reach(v.local.start) <= VERB_REACH &&
      !/[。]/.test(ctx.text.slice(f.local.end, v.local.start).replace(ASIDE, '')) &&
      // 「前日に開催されたASEAN国防相会議」: a relative clause of the forum after it.
      !(RELATIVE_VERB.test(ctx.text.slice(v.local.end)) && forums.some((o) => o.local.start > v.local.end && o.local.start - v.local.end <= 8)),
  );
  if (!verb) return undefined;
  // The verb is the nearest forum's, or that of every forum of a list before it.
  for (let j = i + 1; j < forums.length && forums[j].local.start < verb.local.start; j++) {
    const between = ctx.text.slice(forums[j - 1].local.end, forums[j].local.start).replace(ASIDE, '');
    if (!FORUM_LIST_JOINER.test(between)) return undefined;
  }
  return { local: verb.local, held: false };
}

/**
 * The partners a forum's own clause names: from where its clause opens (its date, else the previous
 * forum) to the end of the sentence — hosts, co-hosts and the participants it lists — or to its verb
 * when a side meeting follows (its counterparts are that meeting's); leaving out venues, topics, a
 * background clause before the forum's date, the organiser described in the forum's aside, and
 * countries inside another meeting's name.
 */
function clausePartners(ctx: SentenceContext, from: number, verbEnd: number, meetings: Span[], own: Span): string[] {
  // 「…に出席し、A国防大臣と会談」「…への参加のため…訪問中の大臣は、Aと会談」: the counterparts of a side
  // meeting are that meeting's partners (talks), not the forum's.
  const sideMeeting = findTriggers(ctx, 'talks').some((t) => t.local.start >= verbEnd && !t.trigger.weak && !forumExchange(ctx, t.local, t.trigger.text));
  const to = sideMeeting ? verbEnd : ctx.text.length;
  // The window less the names of other meetings (日米豪比ランド・フォーシズ・ダイアログ).
  const codes = new Set<string>();
  let at = from;
  // 「…会議(IISS:国際戦略研究所(英国の民間シンクタンク)主催)」: the aside of the forum's name describes its organiser.
  const aside = ASIDE_AFTER.exec(ctx.text.slice(own.end));
  const ownAside = aside ? [{ start: own.end, end: own.end + aside[0].length }] : [];
  // 「…に出席するためにシンガポールを訪問し」: the country visited for the forum is its venue.
  const visited = ctx.mentions.filter((m) => m.type === 'country' && !m.compound && VISITED_AFTER.test(ctx.text.slice(m.local.end))).map((m) => m.local);
  // 「「…スマトラ島沖地震…の教訓」について意見交換」: a quoted topic names no participant.
  const topics = [...ctx.text.matchAll(QUOTED_TOPIC)].map((q) => ({ start: q.index!, end: q.index! + q[0].length }));
  const cuts = [...meetings.filter((m) => !(m.start === own.start && m.end === own.end)), ...ownAside, ...visited, ...topics]
    .filter((m) => m.end > from && m.start < to)
    .sort((a, b) => a.start - b.start);
  for (const cut of [...cuts, { start: to, end: to }]) {
    if (cut.start > at) for (const c of namedCodes(ctx, at, cut.start)) codes.add(c);
    at = Math.max(at, cut.end);
  }
  return [...codes].sort();
}

/** A quoted topic of the forum's discussion (「「…」について」「「…」をテーマ」). */
const QUOTED_TOPIC = /「[^」]{2,120}」(?=について|に関して|に関する|をテーマ|をめぐ)/g;

/**
 * Japan's defense bodies: the ministry, the forces and their staffs, the ministry's schools and institute (codebook 340).
 * Their head may be named after them (「防衛研究所長」「防衛大学校の学校長」).
 */
const JP_BODY = '(?:防衛省|防衛庁|防衛大学校|防衛研究所|防衛医科大学校|統合幕僚学校|統合幕僚監部|[陸海空]上幕僚監部|航空幕僚監部|陸上自衛隊|海上自衛隊|航空自衛隊|自衛隊|陸自|海自|空自)(?:の?(?:所長|学校長|校長))?(?:長)?';
/**
 * Japan in the sentence: 「わが国」, the writer 「私は」, the ministry hosting (「防衛省の主催により」), or one of Japan's
 * defense bodies as the subject of the sentence or the venue (「防衛大学校は、…会議を開催した」「防衛研究所長は、…会議に
 * 参加しました」「防衛大学校において…会議が開催され」, codebook 340).
 */
const JAPAN_TAKES_PART = new RegExp(`わが国|我が国|日本|の参加を得|私(?:は|から|が|も)|防衛省(?:の主催|主催|が主催)|${JP_BODY}(?:は|が|も|において|で|の主催|主催)(?![^。]{0,6}予定)`);

/** One more mention of the forum just told, with the partners and principal this sentence gives (stage 8 merges them). */
function toldAgain(ctx: SentenceContext, told: Candidate, partners: string[], role: Candidate['jpRole']): Candidate {
  return makeCandidate(ctx, RULE_ID, {
    kind: 'conference',
    date: told.date,
    ...(told.dateEnd ? { dateEnd: told.dateEnd } : {}),
    partners,
    isForum: true,
    ...(role ? { jpRole: role } : {}),
    ...(told.mode ? { mode: told.mode } : {}),
    ...(told.name ? { name: told.name } : {}),
    ...(told.distinct ? { distinct: told.distinct } : {}),
    confidence: told.confidence,
  });
}

/** 「我が国からは、…防衛審議官が参加して議長を務め、…」: who took part for Japan in the forum just told. */
const JAPAN_SIDE = /^(?:また、)?(?:我が国|わが国|日本)(?:側)?からは、/;
const TOOK_PART = /参加|出席|議長/;

/**
 * A sentence that names Japan's participant in the forum the section just told, without naming the
 * forum again: one more mention of that forum, with its principal (the more senior one stands, stage 8).
 */
function japanSide(ctx: SentenceContext): RuleOutcome {
  if (!JAPAN_SIDE.test(ctx.text) || !ctx.toldFora?.size || !TOOK_PART.test(ctx.text)) return { candidates: [] };
  const role = seniorRole(ctx.mentions.filter((m) => m.type === 'jp-principal').map((m) => m.jpRole));
  if (!role) return { candidates: [], miss: 'Japan’s side without a principal' };
  const told = [...ctx.toldFora.values()].pop()!;
  return { candidates: [toldAgain(ctx, told, told.partners, role)], reason: `Japan's participant in 「${told.name ?? ''}」` };
}

/** 「この会合は、…」「同会議には、」: a sentence about the forum just told. */
const THIS_FORUM = /^(?:(?:また|なお|さらに)、)?(?:この|同|本|当該)(?:会合|会議|フォーラム|対話|シンポジウム|セミナー)(?:に|には|は|では|において)、?/;
/** The participants' verb closing the sentence (「…が参加した」「…が出席しました」). */
const PARTICIPANTS_CLOSE = /(?:が|も)(?:参加|出席)(?:した|しました|していた)。?$/;

/**
 * 「この会合は、…わが国のほか、ブルネイ、…およびベトナムが参加した。」: the participants of the forum just told, listed
 * in a sentence of their own, are its partners when the forum has none of its own (no standing membership,
 * none named where it was told) — one more mention of that forum, merged with it (codebook 226).
 */
function participantsListed(ctx: SentenceContext): RuleOutcome {
  if (!ctx.toldFora?.size) return { candidates: [] };
  const told = [...ctx.toldFora.values()].pop()!;
  // 「なお、一部の国(ニウエ、ツバル、チリ)はオンラインで参加しました。」: more participants right after the list (codebook 381).
  if (!THIS_FORUM.test(ctx.text)) {
    const more = moreParticipants(ctx, told);
    return more.candidates.length ? more : participantsNext(ctx, told);
  }
  if (!PARTICIPANTS_CLOSE.test(ctx.text)) return { candidates: [] };
  if (told.partners.length) return { candidates: [], miss: `「${told.name ?? ''}」 has its partners already` };
  // The states listed (「ASEAN各国の…を招き」 names a group whose members the list gives one by one).
  const partners = [...new Set(ctx.mentions.filter((m) => m.type === 'country' && !m.compound).flatMap((m) => m.codes))].filter((c) => c !== 'JPN');
  if (partners.length < 2) return { candidates: [], miss: 'participants without countries' };
  return { candidates: [toldAgain(ctx, told, partners.sort(), told.jpRole)], reason: `the participants of 「${told.name ?? ''}」` };
}

/** 「なお、一部の国(A、B)は…参加しました」「また、A及びBも…出席した」: more participants, opening the sentence, told as done. */
const MORE_PARTICIPANTS = /^(?:なお|また|さらに)、[^。]*?(?:は|も)、?[^。、]{0,16}?(?:参加|出席)(?:した|しました)。?$/;
/** Words of another kind of engagement: the participants are of that, not of the forum. */
const OTHER_ACT = /訓練|演習|寄港|派遣|視察|会談/;

/**
 * The sentence right after the participants of the forum were listed (codebook 226), adding states that took part
 * another way (「なお、一部の国(…)はオンラインで参加しました」): those states are partners too (codebook 381). Only
 * with no date, no forum and no other engagement of its own, and states at least two.
 */
function moreParticipants(ctx: SentenceContext, told: Candidate): RuleOutcome {
  if (told.sentenceId !== ctx.sentence.id - 1 || !told.rule?.startsWith(RULE_ID) || !told.partners.length) return { candidates: [] };
  if (!MORE_PARTICIPANTS.test(ctx.text) || OTHER_ACT.test(ctx.text) || ctx.times.some((t) => t.text)) return { candidates: [] };
  const partners = [...new Set(ctx.mentions.filter((m) => m.type === 'country' && !m.compound).flatMap((m) => m.codes))].filter((c) => c !== 'JPN');
  if (partners.length < 2) return { candidates: [], miss: 'more participants without countries' };
  return { candidates: [toldAgain(ctx, told, partners.sort(), told.jpRole)], reason: `more participants of 「${told.name ?? ''}」` };
}

/** The participants' verb closing a sentence with them as its subject (「…及びバヌアツの代表者が参加しました」「…大臣が出席した」). */
const PARTICIPANTS_ATTENDED = /(?:が|も)(?:オンラインで|対面で)?(?:参加|出席)(?:しました|した)。?$/;

/**
 * 「9月2日、…会合が開催されました。」 then 「岸防衛大臣が議長を務め、3か国(A、B、C)から、…大臣が出席しました。」 「また、D、E…の
 * 代表者が参加しました。」: the sentences right after a forum Japan took part in, each listing who attended and naming no
 * forum, no date and no other engagement of their own, give it those states as partners — unless the gazetteer fixes
 * its membership (codebook 447).
 */
function participantsNext(ctx: SentenceContext, told: Candidate): RuleOutcome {
  if (told.sentenceId !== ctx.sentence.id - 1 || !told.rule?.startsWith(RULE_ID)) return { candidates: [] };
  if (!PARTICIPANTS_ATTENDED.test(ctx.text) || OTHER_ACT.test(ctx.text) || ctx.times.some((t) => t.text)) return { candidates: [] };
  if (told.distinct && loadGazetteer().fora.some((f) => f.id === told.distinct && f.membership?.length)) return { candidates: [] };
  const partners = [...new Set(ctx.mentions.filter((m) => m.type === 'country' && !m.compound).flatMap((m) => m.codes))].filter((c) => c !== 'JPN');
  if (partners.length < 2) return { candidates: [], miss: 'participants without countries' };
  // With those listed before (merged alike in stage 8): what is adopted at the forum next is the whole forum's.
  const all = [...new Set([...told.partners, ...partners])].sort();
  return { candidates: [toldAgain(ctx, told, all, told.jpRole)], reason: `the participants of 「${told.name ?? ''}」 listed after it` };
}

/** The date written with 「の」 right before another mention of the same forum in the sentence (「昨年のADMMプラス」). */
function datedElsewhere(ctx: SentenceContext, forums: Forum[], f: Forum): TimeMention[] {
  for (const o of forums) {
    if (o === f || o.key !== f.key) continue;
    const t = ctx.times.find((x) => x.text && x.dates.length && /^の(?:第[0-9０-９]+回)?$/.test(ctx.text.slice(x.local.end, o.local.start)));
    if (t) return [t];
  }
  return [];
}

export const conferenceRule: Rule = {
  id: RULE_ID,
  description: 'a forum or meeting with a participation/hosting verb, or reported as held, with a date and a Japanese participant',
  apply(ctx): RuleOutcome {
    const { forums, meetings } = foraIn(ctx);
    if (!forums.length) {
      const side = japanSide(ctx);
      return side.candidates.length ? side : participantsListed(ctx);
    }
    // 「参加国の国防大臣等」: the participating countries, not a participation.
    const verbs = findTriggers(ctx, 'conference').filter((v) => !/^(?:国|者)/.test(ctx.text.slice(v.local.end)));
    const principals = ctx.mentions.filter((m) => m.type === 'jp-principal');
    // The participant may be the subject of the sentence before (「…統幕長は、…。また、…会議に参加し」),
    // or the writer (「私は、…シンポジウムに参加しました」).
    const participant = seniorRole(principals.map((m) => m.jpRole)) ?? ctx.previousPrincipal;
    // …or the forum's attendance was told before in the section.
    // (「防衛省の主催により「…会合」が開催された」: the ministry hosting is Japan's part.)
    const japan = !!participant || JAPAN_TAKES_PART.test(ctx.text) || forums.some((f) => ctx.toldFora?.has(f.key ?? f.name));
    if (!japan) return { candidates: [], miss: 'a meeting without a Japanese participant' };
    const capacityBuilding = findTriggers(ctx, 'capacity-building').some((h) => !h.trigger.weak);
    const candidates: Candidate[] = [];
    let miss: string | undefined;
    let previousEnd = 0;
    let previousTimes: TimeMention[] = [];
    let series = false;
    const seen = new Set<string>();
    forums.forEach((f, i) => {
      // A forum that made no event (a host's name in quotes, 「NPO「国防協会会議」が主催する…」) does not close the segment.
      const segmentStart = previousEnd;
      // Forums listed before one verb share its date (「10月19~20日、…会議(…)及び第4回…会合に出席」).
      const joiner = i > 0 ? ctx.text.slice(forums[i - 1].local.end, f.local.start).replace(ASIDE, '') : '';
      const listed = i > 0 && FORUM_LIST_JOINER.test(joiner);
      // 「5月の…を皮切りに、A、B等に参加」: the fora after the first came later in its year (codebook 227).
      if (listed && SERIES_OPENED.test(joiner)) series = true;
      // 「…セミナー」 is a forum only for a senior principal, outside capacity building.
      if (f.seminar && (capacityBuilding || !participant || !SENIOR.has(participant))) {
        miss ??= `「${f.name}」 is a seminar without a senior Japanese participant`;
        return;
      }
      // 「…宇宙参謀長等会議では、…意見交換を行いました」: a forum told before, named again as the place of an act.
      const told = ctx.toldFora?.get(f.key ?? f.name);
      // …or a forum where the principal named in the sentence did something, told as done
      // (「大臣から昨年の…会合(JPIDD)では、…率直な意見交換ができた旨伝え」).
      // A bilateral meeting held there (「…会合において…国防大臣と会談」) makes the forum its occasion, not an attendance.
      const senior = seniorRole(principals.map((m) => m.jpRole));
      // An exchange among the forum's participants (「…サミットにおいては、A・B・Cとの懇談を通じ」) is the forum's, not a side meeting (codebook 470).
      const atForum = (t: { local: Span; trigger: { text: string } }) => forumExchange(ctx, t.local, t.trigger.text)?.end === f.local.end;
      const exchangeRole = senior ?? participant ?? ctx.documentPrincipal;
      const venueAct =
        !!exchangeRole &&
        SENIOR.has(exchangeRole) &&
        PAST_TENSE.test(ctx.text) &&
        !findTriggers(ctx, 'talks').some((t) => !t.trigger.weak && t.local.start >= f.local.end && !atForum(t)) &&
        (!!senior || findTriggers(ctx, 'talks').some(atForum));
      const venue = told || venueAct ? VENUE_AFTER.exec(ctx.text.slice(f.local.end).replace(ASIDE_AFTER, '')) : null;
      // 「昨年10月のADMMプラス以来の再会」「…ADMMプラスの時以来であり」: the forum where the principal last met the
      // counterpart, attended then (codebook 225).
      const since = !venue ? LAST_MET_AT.exec(ctx.text.slice(f.local.end)) : null;
      // 「(マナーマ対話、日仏防衛相会談等後臨時会見)」: a transcript's head names what was held before the press conference (codebook 383).
      const before = !venue && !since ? BEFORE_PRESS_CONFERENCE.exec(ctx.text.slice(f.local.end)) : null;
      const verb =
        governor(ctx, forums, i, verbs, meetings) ??
        (venue
          ? { local: { start: f.local.end, end: f.local.end + venue[0].length }, held: false }
          : since
            ? { local: { start: f.local.end, end: f.local.end + since[0].length }, held: false }
            : before
              ? // The meetings listed after the forum were held beside it: their counterparts are theirs.
                { local: { start: f.local.end, end: f.local.end }, held: false }
              : undefined);
      if (!verb) {
        miss ??= `「${f.name}」 without a participation verb`;
        return;
      }
      // 「…会合に参加中のドイツの国防大臣と会談」: the forum of the counterpart who attends it, the occasion of
      // a meeting, not Japan's attendance (codebook 241).
      if (attendedByCounterpart(ctx, verb.local.end)) {
        miss ??= `「${f.name}」 is attended by the counterpart (…に参加中の), not by Japan`;
        return;
      }
      if (verb.held && !participant && !JAPAN_TAKES_PART.test(ctx.text)) {
        miss ??= `「${f.name}」 is held, but nothing says Japan took part`;
        return;
      }
      const used = OCCASION_USED.test(ctx.text.slice(verb.local.end)) && /(?:た|ました)。?$/.test(ctx.text);
      if (!used && isPlanned(ctx, verb.local.end, f.local.start)) {
        miss ??= `「${f.name}」 is planned`;
        return;
      }
      let times = datesForAnchor(ctx, f.local.start, segmentStart, verb.local.end);
      if (!times.length && listed) times = previousTimes;
      // …unless it has a date of its own written after the forum before it.
      if (listed && series && times.every((t) => t.local.start < forums[i - 1].local.end)) times = previousTimes.map(yearOnly);
      // 「昨年10月の…2プラス2及びADMMプラス以来の再会」: the meetings listed before 以来 share the date that opens the list.
      if (!times.length && since) {
        const before = lastTimeBefore(ctx, f.local.start);
        if (before && !/[、。]/.test(ctx.text.slice(before.local.end, f.local.start).replace(ASIDE, ''))) times = [before];
        // 「ADMMプラス以来の再会を嬉しく思う、昨年のADMMプラスの議長国として…」: the same forum named again in the sentence
        // with its date and 「の」 dates the meeting recalled (codebook 449).
        if (!times.length && f.key) times = datedElsewhere(ctx, forums, f);
      }
      // A forum told before keeps its date against one the sentence only inherits (no date written in it).
      if (told && times.every((t) => !t.text)) times = [toldTime(ctx, told)];
      // 「今回、バンコクで行われたADMMプラス…に出席」: this time, in a text dated by its publication.
      if (!times.length && THIS_TIME.test(ctx.text.slice(0, f.local.start))) times = publishedTime(ctx);
      // 「10日に開催された本会合では」: a day inside the days the forum was told to last is that forum.
      else if (f.reference && told?.dateEnd && times.every((t) => t.dates.every((d) => d >= told.date && d.slice(0, told.dateEnd!.length) <= told.dateEnd!))) times = [toldTime(ctx, told)];
      // 「…に統合幕僚長が参加したことを歓迎した」: an attendance told as the object of another verb, with no date of
      // its own, is mentioned in passing; the date the sentence inherits is not its (codebook 223).
      if (COMPLEMENT_AFTER.test(ctx.text.slice(verb.local.end)) && times.every((t) => !t.text)) {
        miss ??= `「${f.name}」 is mentioned in passing (…したことを), without a date of its own`;
        return;
      }
      previousTimes = times;
      if (!times.length) {
        miss ??= `「${f.name}」 without a date`;
        return;
      }
      const role = participant;
      // 「東アジア首脳会議等に出席するためマレーシアを訪問中の総理が、…首相と会談」: a leaders' summit named as the purpose
      // of the prime minister's trip is the background of the meeting told, not a forum of the defense establishment
      // (codebook 410); its side meetings stay talks. A summit attended as the act told (「NATO首脳会合に出席した」) stays.
      if ((!role || role === 'prime-minister') && /首脳/.test(f.name) && SUMMIT_AS_PURPOSE.test(ctx.text.slice(f.local.end))) {
        miss ??= `「${f.name}」 is a leaders' summit: no conference of the defense establishment`;
        return;
      }
      // The span is a trip's (「10月19~20日、…を訪問し、…に出席」) rather than the forum's own days.
      const trip = TRIP.test(ctx.text);
      const mode = modeFromCues(ctx, ctx.text.slice(segmentStart, verb.local.end));
      let partners = f.codes;
      if (!f.fixed) {
        // A forum told before and dated by that telling: its clause opens after the last comma before it
        // (「また、カナダ訪問後に引き続き、…シンポジウムに参加」 / 「また、米宇宙軍主催の…会議では」).
        const toldOnly = times.every((t) => t.rule === TOLD_RULE);
        const clauseStart = toldOnly
          ? Math.max(segmentStart, ctx.text.lastIndexOf('、', f.local.start) + 1)
          : Math.max(segmentStart, Math.min(...times.map((t) => t.local.start)));
        partners = clausePartners(ctx, clauseStart, verb.local.end, meetings, f.local);
        // 「同国が主催する…フォーラム」: the country the running text is about.
        if (/同国/.test(ctx.text.slice(segmentStart, f.local.start))) partners = [...new Set([...partners, ...subjectCodes(ctx)])];
      }
      previousEnd = f.local.end;
      for (const t of times) {
        // 「12月10日及び11日」: the days of one meeting, not two meetings.
        const days = t.kind === 'list' && consecutiveDays(t.dates);
        for (const date of t.dates.slice(0, t.kind === 'list' && !days ? undefined : 1)) {
          const id = f.key ?? f.name;
          if (seen.has(`${id}|${date}`)) continue;
          seen.add(`${id}|${date}`);
          const end = days ? t.dates[t.dates.length - 1] : (t.kind === 'span' || t.kind === 'period') && t.end && t.end !== date ? t.end : undefined;
          candidates.push(
            makeCandidate(ctx, RULE_ID, {
              kind: 'conference',
              date,
              ...(end ? { dateEnd: end } : {}),
              // A forum dated only by the trip that took the principal there: its own day, told
              // elsewhere, stands (stage 8 folds the two).
              ...(end && (trip || (told?.periodDated && t.rule === TOLD_RULE)) ? { periodDated: true } : {}),
              partners,
              isForum: true,
              ...(role ? { jpRole: role } : {}),
              mode: mode === 'video' ? 'video' : mode === 'phone' ? 'phone' : 'in-person',
              name: f.name,
              ...(f.key ? { distinct: f.key } : {}),
              confidence: f.fixed ? 0.85 : 0.7,
            }),
          );
        }
      }
    });
    if (candidates.length) return { candidates, reason: `participation in a forum (${candidates.length})` };
    // 「同会合には、トンガからは…、フィジーからは…が参加し、…合計22か国が参加しました。」: the forum only referred to,
    // with no verb of its own, and the participants it lists (codebook 380).
    if (forums.every((f) => f.reference)) {
      const listed = participantsListed(ctx);
      if (listed.candidates.length) return listed;
    }
    return { candidates, miss: miss ?? 'forum without participation' };
  },
};

/** After an attendance verb: it describes the person named next (「…に参加中の」「…に出席していた」). */
const ATTENDING_PERSON_AFTER = /^(?:中|している|していた|された)の/;

/** Whether the attendance verb ending at `end` describes a foreign counterpart named right after it. */
function attendedByCounterpart(ctx: SentenceContext, end: number): boolean {
  if (!ATTENDING_PERSON_AFTER.test(ctx.text.slice(end))) return false;
  const next = ctx.mentions.find((m) => m.local.start >= end);
  return !!next && (next.type === 'foreign-title' || ((next.type === 'country' || next.type === 'organization') && !next.compound));
}
