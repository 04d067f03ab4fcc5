/**
 * Agreements: one event per milestone (署名, 発効, 国会承認, 大筋合意, 終了通告…) of an instrument
 * (ACSA, 情報保護協定, 防衛装備品・技術移転協定, 覚書, 取決め, 共同声明…). A milestone applies to the
 * instruments written since the previous milestone (「…覚書が、2015年12月には…協定及び…協定が署名され」:
 * three), each dated by the date written nearest before it; partners come with the instrument
 * (日豪ACSA), else from its clause or the sentence, else from the meeting the sentence refers to,
 * else from the section.
 */
import { foreignOnly } from '../foreign.js';
import type { Mention } from '../../6-mentions/types.js';
import type { TimeMention } from '../../../model/time.js';
import { counterpartCodes, isPlanned, makeCandidate, planText, namedCodes, occurrencesOf, subjectCodes, writtenName } from '../helpers.js';
import type { Candidate, Rule, RuleOutcome, SentenceContext } from '../types.js';
import { toldDone } from './anchored.js';

const RULE_ID = 'agreement.milestone';
/** How far after a milestone an instrument may still be its object (「署名された日印ACSA」). */
const INSTRUMENT_AFTER_REACH = 12;
/**
 * A milestone named as the topic of something else restates it (「日印ACSAの署名や…を歓迎」,
 * 「覚書への署名を踏まえ」): the sentence's date is not the milestone's.
 */
const RESTATED_AFTER = /^(?:や|を歓迎|を踏まえ|について|に関|を含む|など|に向け|の際|への)/;
/** After a statement: where something was set or confirmed (「…共同発表において定めた」「…共同声明で確認された」) (codebook 411). */
const SET_IN_AFTER = /^[」』]?(?:において|で|における)(?:定め|示さ|示し|合意|確認|規定)/;
/**
 * …unless the milestone carries its own date in a relative clause (「本年9月に行われた日印ACSAの署名や
 * …を確認」): a dated past milestone mentioned in passing is an event.
 */
const OWN_DATED_NOUN = /^に(?:行われ|実施され|なされ)た[^、。]{0,24}?の$/;
/**
 * A date that heads a relative clause (「7月に開催されたADSOMプラスの結果」) dates the noun the clause
 * modifies, not a milestone told after it.
 */
const RELATIVE_CLAUSE_AFTER = /^に?(?:開催され|実施され|行われ|発出され|発表され|署名され|締結され|採択され)た/;
/** The noun a relative clause modifies: a name with its brackets, quotes and title links. */
const RELATIVE_NOUN =
  /^(?:（[^）]*）|\([^)]*\)|「[^」]*(?:」|$)|に(?:関する|係る|かかる|基づく|おける)|の(?=[\p{Script=Han}\p{Script=Katakana}])|[^のをがはにで、。])*/u;
/**
 * A date separated from what it dates by more than this many list commas belongs to another item
 * (「2018年10月、…の対応、同年12月の…事案、…訓練、日韓GSOMIAの終了通告…」).
 */
const MAX_COMMAS_FROM_DATE = 1;
/**
 * …but acts chained by one subject share the date written before the first (「03年9月、…訪日した際、…と
 * 会談し、…について意見交換を行うとともに、…覚書に署名した」「…会合が開かれ、…共同発表が公表された」).
 */
const CHAINED_PREDICATE = /(?:\p{Script=Han}し|行い|行って|とともに|た際に?|ほか|\p{Script=Han}[さかわら]れ)、/u;

/** 「協定」「同協定」「本覚書」: a reference to an instrument named before, not a name. */
export const INSTRUMENT_REFERENCE = /^(?:同|本|両|新たな|この)?(?:協定|覚書|取決め|文書)$/;
/**
 * Before a bare 「協定」「取決め」「文書」: a subject that names a new instrument (「…プロジェクトに関する
 * 取決め」「防衛関連の文書」), not a reference to one named before.
 */
const SUBJECT_BEFORE = /(?:に関する|に係る|にかかる|に基づく|のための|関連の)$/;
/** Words before an instrument word that do not name it (「各種協定」「諸協定」). */
const DETERMINER = /(?:各種|諸|各|両|本|同|当該|上記|前記)$/;
/**
 * A milestone written as a noun in a list (「…協定の交渉開始、…覚書署名への支持、…の特定などを推進する
 * こととした」) takes the list's predicate: its plan cues are read to the end of the sentence.
 */
const NOUN_LIST_ITEM = /^(?:、|や|及び|並びに)/;
/** Milestones that begin something: a start written with 「より」「から」 dates them. */
const STARTS = new Set(['negotiation-start', 'operational']);
/** After a milestone word: the work toward it (「改定作業」「締結交渉」「策定作業」). */
/** Right after a milestone: an anniversary of it (「締結50周年」「署名60周年記念」). */
// 「署名から10年の節目」「発効して1年が経ち」「締結以来20年」: the time since it, told at the anniversary's date (codebook 228).
const ANNIVERSARY_AFTER = /^(?:[0-9０-９]+周年|(?:から|より|して|されて|以来)、?(?:約|ちょうど)?[0-9０-９一二三四五六七八九十百]+(?:周年|年|か月|カ月|ヶ月))/;
const PROCESS_AFTER = /^(?:作業|交渉|手続き?(?!取))/;
/** 「…することで一致」「…することで合意」: a decision, a plan for most acts. */
const AGREED_TO = /^(?:する)?ことで(?:一致|合意)/;
/** Between a revision and its signature (「改定及び署名式」「改正・署名」): one act, the revision. */
const REVISION_SIGNED = /^(?:及び|および|並びに|・|と)$/;
/** Between two milestones of one act (「署名・発効」「署名、即日発効」): they share its date. */
const JOINED_MILESTONES = /^[・、及びと即日]{0,4}$/;
/** A list comma: after a noun (「…対応、…事案7、」), not after a particle (「2020年10月には、」). */
const LIST_COMMA = /[\p{Script=Han}\p{Script=Katakana}ー0-9０-９）」]、/gu;
/** An adjacent-only milestone (作成, 策定) right after its instrument: 「取決めを作成」「「行動計画」を策定」. */
const ADJACENT_AFTER_INSTRUMENT = /^[」』）)0-9０-９]*(?:を|が|は|の)?$/;
/** …or right before it, in a relative clause: 「作成された日露防衛交流に関する覚書」. */
const ADJACENT_BEFORE_INSTRUMENT = /^(?:された|した)/;
/** 「共同宣言」「共同声明」: a generic word, as long as this. */
const GENERIC_DECLARATION_LENGTH = 4;
/** 「共同プレス発表」「共同プレス声明」: generic too, however long. */
const GENERIC_PRESS = /^共同プレス(?:発表|声明)$/;
/** A summit's joint statement: generic ones are not recorded (codebook rule 23). */
const SUMMIT = /首脳|総理|首相/;
/** Quoted subjects of one or more statements: 「「信頼醸成措置」及び「テロ対策」に係る2つの共同声明」. */
const QUOTED_SUBJECTS = /((?:「[^」]+」(?:及び|および|並びに|と|、)?)+)(?:に係る|にかかる|に関する)(?:[0-9０-９一二三四五六]+つの)?$/;

/**
 * Between a milestone and a past verb: a complement clause (「発効することを期待した」「早期運用開始に努めることを
 * 確認した」「署名に向けて調整した」): the verb is about the milestone, not its act.
 */
const COMPLEMENT_BEFORE_VERB = /こと|よう|ため|べく|向け|期待|目指|予定|見込/;

/** The milestone's own predicate is told as done (「署名したほか、」「署名式が実施された」「署名に立ち会いました」). */
function ownPredicateDone(text: string, end: number): boolean {
  if (!toldDone(text, end)) return false;
  const clause = /^[^、。]*/.exec(text.slice(end))![0];
  return !COMPLEMENT_BEFORE_VERB.test(clause);
}

/** Where the quoted name holding `pos` opens (「…共同宣言」), or `pos` itself. */
function quoteStart(text: string, pos: number): number {
  const open = text.lastIndexOf('「', pos);
  return open >= 0 && text.indexOf('」', open) >= pos ? open + 1 : pos;
}

/** The instrument's name as written: the quoted name holding it, else the title run before its word. */
function fullName(ctx: SentenceContext, m: Mention): string {
  return writtenName(ctx, m.local).name;
}

/** A generic joint statement (「共同声明」「日英共同声明」), not a named one. */
function isGenericDeclaration(ctx: SentenceContext, m: Mention): boolean {
  if (m.instrument !== 'declaration' || quoteStart(ctx.text, m.local.start) < m.local.start) return false;
  const name = fullName(ctx, m).replace(/^日(?:・?[^\s・]{1,6}?)(?=共同|政治)/, '');
  return (name.length <= GENERIC_DECLARATION_LENGTH || GENERIC_PRESS.test(name)) && !QUOTED_SUBJECTS.test(ctx.text.slice(0, m.local.start));
}

/** The instrument a mention stands for: a reference resolves to the last one named in the sentence or section. */
function resolveInstrument(ctx: SentenceContext, m: Mention, instruments: Mention[]): Mention | undefined {
  const phraseStart = Math.max(0, ctx.text.lastIndexOf('、', m.local.start) + 1);
  const phrase = ctx.text.slice(phraseStart, m.local.start);
  // 「…の移転に関する日本国政府と…政府との間の協定」「…の共同開発などに係る政府間枠組み」: a title names its subject.
  const bySubject = (): Mention | undefined => {
    const subject = ctx.vocab.instrumentSubjects.find((x) => x.pattern.test(phrase));
    return subject ? { ...m, instrument: subject.instrument, name: phrase.replace(/^.*?(?=[^、]*に(?:関する|係る|かかる))/, '') + m.text } : undefined;
  };
  // 「手続取決め」「技術取決め」: a compound word names its own instrument.
  const before = ctx.text.slice(0, m.local.start);
  const compound = /[\p{Script=Han}\p{Script=Katakana}ーA-Za-z]$/u.test(before) && !DETERMINER.test(before) && !/^(?:同|本|両|新たな|この)/.test(m.text);
  if (!INSTRUMENT_REFERENCE.test(m.text) || compound) return m.instrument === 'other' ? (bySubject() ?? m) : m;
  // 「同様の覚書」「別の協定」: another instrument of the kind, not the one named before.
  if (/(?:同様の|類似の|別の|新たな)$/.test(ctx.text.slice(Math.max(0, m.local.start - 4), m.local.start))) return m.instrument !== 'other' ? m : undefined;
  if (!/^(?:同|本|両)/.test(m.text)) {
    const own = bySubject();
    if (own) return own;
    // 「…プロジェクトに関する取決め」「防衛関連の文書」: a new instrument named by its subject.
    if (SUBJECT_BEFORE.test(phrase)) return m;
  }
  const named = instruments.filter((i) => i.local.end <= m.local.start && !INSTRUMENT_REFERENCE.test(i.text));
  const resolved = named[named.length - 1] ?? ctx.previousInstrument;
  // Keep the reference's own place: dates are read around where the sentence refers to it.
  if (resolved) return { ...resolved, local: m.local };
  return m.instrument !== 'other' ? m : undefined;
}

function instrumentsFor(ctx: SentenceContext, milestone: Mention, instruments: Mention[], from: number): Mention[] {
  // An issued declaration (a milestone made for it, placed right after it) is the act of that declaration alone,
  // not of the instruments its clause names (「…連絡メカニズムの早期確立…で一致し、…「共同プレス発表」を発出」).
  if (!milestone.text) return resolved(ctx, instruments.filter((i) => i.local.end === milestone.local.start), instruments);
  const before = instruments.filter((i) => i.local.end <= milestone.local.start && i.local.start >= from);
  // 「署名された新たな「安全保障協力に関する日豪共同宣言」」: the reach runs to where the name opens.
  // The reach runs to where the instrument's written name opens (「策定された防衛交流の発展に関する覚書」).
  const after = instruments.find(
    (i) => i.local.start >= milestone.local.end && nameStart(ctx, i) - milestone.local.end <= INSTRUMENT_AFTER_REACH && !/[、。]/.test(ctx.text.slice(milestone.local.end, i.local.start)),
  );
  if (milestone.adjacent) {
    // A verb (「作成し」「策定された」), not a noun compound (「覚書の策定作業」).
    if (!/^(?:し|さ|す|で|だ)/.test(ctx.text.slice(milestone.local.end))) return [];
    const last = before[before.length - 1];
    if (last && ADJACENT_AFTER_INSTRUMENT.test(ctx.text.slice(last.local.end, milestone.local.start))) return resolved(ctx, [last], instruments);
    if (after && ADJACENT_BEFORE_INSTRUMENT.test(ctx.text.slice(milestone.local.end)) && !/[、。]/.test(ctx.text.slice(milestone.local.end, after.local.start)))
      return resolved(ctx, [after], instruments);
    return [];
  }
  return resolved(ctx, before.length ? before : after ? [after] : [], instruments);
}

function resolved(ctx: SentenceContext, found: Mention[], instruments: Mention[]): Mention[] {
  return [...new Set(found.map((m) => resolveInstrument(ctx, m, instruments)).filter((m): m is Mention => !!m))];
}

/** The date written nearest before `pos` (not before `from`), if it dates what stands at `pos`. */
function dateBefore(ctx: SentenceContext, pos: number, from: number): TimeMention | undefined {
  const candidates = ctx.times.filter((t) => t.local.end <= pos && t.local.start >= from && t.dates.length && !datesAnotherNoun(ctx, t, pos));
  const t = candidates[candidates.length - 1];
  if (!t) return undefined;
  // Commas inside a quoted name (「研究、開発、試験及び評価…取決め」) separate no list items.
  const between = ctx.text.slice(t.local.end, pos).replace(/「[^」]*」/g, '');
  const commas = (between.match(LIST_COMMA) ?? []).length;
  return commas <= MAX_COMMAS_FROM_DATE || CHAINED_PREDICATE.test(between) ? t : undefined;
}

/**
 * 「7月に開催されたADSOMプラスの結果及び…共同声明が採択」: the date heads a relative clause about another
 * noun. The clause's noun runs to the next particle; the date is the milestone's own only when the
 * milestone follows that noun directly (「本年9月に行われた日印ACSAの署名」).
 */
function datesAnotherNoun(ctx: SentenceContext, t: TimeMention, pos: number): boolean {
  const after = ctx.text.slice(t.local.end, pos);
  const rel = RELATIVE_CLAUSE_AFTER.exec(after);
  if (!rel) return false;
  const rest = after.slice(rel[0].length);
  const noun = RELATIVE_NOUN.exec(rest)![0];
  return !/^(?:の|が|を|は)?$/.test(rest.slice(noun.length));
}

/**
 * 「共同宣言を発表」「発表された「日英安全保障共同宣言」」「共同声明が採択された」: issuing a declaration is
 * its signature. A milestone mention is made for it, placed right after the declaration.
 */
function declarationsIssued(ctx: SentenceContext, instruments: Mention[]): Mention[] {
  return instruments
    .filter((i) => i.instrument === 'declaration' || ISSUED_DOCUMENT.test(i.text))
    .filter(
      (i) =>
        // A document counts only when issued (発出, 発表, 採択): one signed is an instrument of its own.
        (!ISSUED_DOCUMENT.test(i.text) || DOCUMENT_ISSUED.test(issuedBefore(ctx, nameStart(ctx, i)) + '|' + ctx.text.slice(i.local.end))) &&
        ctx.vocab.declarationIssuedAfter.test(ctx.text.slice(nameEnd(ctx.text, i)).replace(/^[0-9０-９]{1,2}(?=[」』をがに])/, '')) ||
        ctx.vocab.declarationIssuedBefore.test(issuedBefore(ctx, nameStart(ctx, i))),
    )
    .map((i) => ({ type: 'milestone', local: { start: i.local.end, end: i.local.end }, text: '', codes: [], milestone: 'signed' }) as Mention);
}

/**
 * Between a date and the instrument it names (「本年4月の「2+2」共同発表」「2022年3月19日の日印首脳共同声明」): only 「の」
 * and the title run or quote of the name, no particle or verb of another clause.
 */
const DATED_NAME_BETWEEN = /^の(?:「[^」]*」|[^、。のをがはにでと「」])*(?:「[^」、。]*)?$/;
/** Quoted text, masked so that its commas split no clause. */
const maskQuotes = (text: string): string => (text.includes('「') ? text.replace(/「[^」]*」/g, (q) => '・'.repeat(q.length)) : text);

/**
 * 「本年4月の「2+2」共同発表」「2022年3月19日の日印首脳共同声明「…」」: an instrument named with its date and 「の」, no
 * milestone in its clause, was made then — its signature (codebook 441). A date after the page's own is a plan.
 * A milestone mention is made for it, placed right after the instrument, as for an issued declaration.
 */
function datedInstruments(ctx: SentenceContext, instruments: Mention[], milestones: Mention[]): Mention[] {
  // Masked only when an instrument gets this far (most sentences with instruments have no dated one).
  let masked: string | undefined;
  const published = ctx.doc.context.published;
  const made: Mention[] = [];
  for (const i of instruments) {
    if (INSTRUMENT_REFERENCE.test(i.text) && !SUBJECT_BEFORE.test(ctx.text.slice(0, i.local.start))) continue;
    const t = ctx.times.find((x) => x.local.end <= i.local.start && x.dates.length && DATED_NAME_BETWEEN.test(ctx.text.slice(x.local.end, i.local.start)));
    if (!t) continue;
    // A bare 「共同声明」 (not 「「2+2」共同発表」), and a summit's statement not named by its quoted title, are not
    // recorded (codebook rule 23).
    if (isGenericDeclaration(ctx, i) && !/」$/.test(ctx.text.slice(0, i.local.start))) continue;
    if (i.instrument === 'declaration' && SUMMIT.test(ctx.text.slice(t.local.end, i.local.end)) && !/^「/.test(ctx.text.slice(i.local.end))) continue;
    const date = occurrencesOf(t).slice(-1)[0]?.date;
    if (!date || (published && date.slice(0, published.length) > published)) continue;
    masked ??= maskQuotes(ctx.text);
    const clauseStart = masked.lastIndexOf('、', t.local.start) + 1;
    const rest = masked.slice(i.local.end).search(/[、。]/);
    const clauseEnd = rest < 0 ? ctx.text.length : i.local.end + rest;
    if (milestones.some((m) => m.local.start >= clauseStart && m.local.end <= clauseEnd)) continue;
    made.push({ type: 'milestone', local: { start: i.local.end, end: i.local.end }, text: '', codes: [], milestone: 'signed' } as Mention);
  }
  return made;
}

/** A document (「SCC文書「…」」) issued at a meeting is its joint statement. */
const ISSUED_DOCUMENT = /^文書$/;
/** Issued, before or after the document: 「発出された…文書」「…文書「…」を発表」. */
const DOCUMENT_ISSUED = /(?:発出|発表|採択)された\||\|(?:「[^」]*」)?(?:を|が)(?:発出|発表|採択)/;

/** Where the name holding an instrument word ends: after its closing quote when quoted (「…共同声明~…~」が発表). */
function nameEnd(text: string, m: Mention): number {
  if (quoteStart(text, m.local.start) === m.local.start) return m.local.end;
  return text.indexOf('」', m.local.end);
}

/** Where an instrument's written name starts: its opening quote, else the title run before its word (「SCC文書」). */
function nameStart(ctx: SentenceContext, m: Mention): number {
  const open = quoteStart(ctx.text, m.local.start);
  if (open < m.local.start) return open;
  const { name, quoted } = writtenName(ctx, m.local);
  return quoted ? m.local.start : Math.max(0, m.local.end - name.length);
}

/** What stands before a declaration's name, an adjective dropped (「発出された新たな「…」」 reads 「発出された「…」」). */
function issuedBefore(ctx: SentenceContext, nameStart: number): string {
  const before = ctx.text.slice(Math.max(0, nameStart - 16), nameStart);
  return before.replace(/(?:新たな|新しい)(「?)$/, '$1');
}

/** The partners of an instrument, and whether they are separate counterparts (one instrument each). */
function partnersOf(ctx: SentenceContext, instrument: Mention, segmentStart: number): { partners: string[]; separate: boolean } {
  if (instrument.codes.length) return { partners: [...instrument.codes], separate: false };
  const near = counterpartCodes(ctx, Math.max(segmentStart, instrument.local.start - 12), instrument.local.end);
  if (near.length) return { partners: near, separate: false };
  // 「セミナーにおいては、…共同声明に署名」: a statement of the meeting the sentence refers to is among its parties.
  if (instrument.instrument === 'declaration' && ctx.occasion?.partners.length) return { partners: [...ctx.occasion.partners], separate: false };
  // 「ニュージーランド、オーストラリアとの間で、防衛関連の文書に署名」: the clause's counterparts.
  const clause = counterpartCodes(ctx, segmentStart, instrument.local.end);
  const compound = ctx.mentions.some((m) => m.compound && m.local.start >= segmentStart && m.local.end <= instrument.local.end);
  if (clause.length) return { partners: clause, separate: !compound };
  // 「ADMMプラスでは、…共同宣言が採択された」: the members of the forum where it was adopted.
  const venue = ctx.mentions.find(
    (m) => m.type === 'forum' && m.codes.length && m.local.end <= instrument.local.start && /^(?:（[^）]*）)?(?:では|において|で)/.test(ctx.text.slice(m.local.end)),
  );
  if (venue) return { partners: [...venue.codes], separate: false };
  const named = namedCodes(ctx, 0, ctx.text.length);
  if (named.length) return { partners: named, separate: false };
  if (ctx.occasion?.partners.length) return { partners: [...ctx.occasion.partners], separate: false };
  return { partners: subjectCodes(ctx), separate: false };
}

/** Declarations named by quoted subjects (「「A」及び「B」に係る2つの共同声明」): one per subject. */
function bySubjects(ctx: SentenceContext, instrument: Mention): string[] {
  const m = QUOTED_SUBJECTS.exec(ctx.text.slice(0, instrument.local.start));
  return m ? [...m[1].matchAll(/「([^」]+)」/g)].map((q) => q[1]) : [];
}

export const agreementRule: Rule = {
  id: RULE_ID,
  description: 'a milestone of an agreement or instrument, with its date and partners',
  apply(ctx): RuleOutcome {
    const summit = SUMMIT.test(ctx.text);
    const instruments = ctx.mentions.filter(
      (m) => m.type === 'instrument' && m.instrument && !(summit && isGenericDeclaration(ctx, m)),
    );
    const told = [...ctx.mentions.filter((m) => m.type === 'milestone' && m.milestone), ...declarationsIssued(ctx, instruments)];
    const dated = datedInstruments(ctx, instruments, told);
    const milestones = [...told, ...dated].sort((a, b) => a.local.start - b.local.start);
    if (!milestones.length) return { candidates: [] };
    if (!instruments.length) return { candidates: [], miss: summit ? 'a summit’s generic joint statement' : 'milestone without an instrument' };
    const candidates: Candidate[] = [];
    let miss: string | undefined;
    let previousEnd = 0;
    // 「署名が行われ、同年4月の国会承認を経て同年9月に発効した」: later milestones of the same instrument.
    let previousObjects: Mention[] = [];
    let previousTime: TimeMention | undefined;
    let relativeDate: TimeMention | undefined;
    const startTimes = (ctx.deadTimes ?? []).filter((t) => /^(?:から|より)/.test(ctx.text.slice(t.local.end)));
    const withStarts: SentenceContext = startTimes.length ? { ...ctx, times: [...ctx.times, ...startTimes].sort((a, b) => a.local.start - b.local.start) } : ctx;
    let previous: Mention | undefined;
    for (const ms of milestones) {
      // A skipped milestone (a plan, a restatement) does not close the segment: its date and
      // instrument stay for the next one.
      const segmentStart = previousEnd;
      // 「署名・発効」「署名、即日発効」, and acts chained by one subject (「…に署名したほか、…の署名に立ち会った」).
      const between = ctx.text.slice(previousEnd, ms.local.start);
      // A date between, even one that dates nothing (「13年2月より」), starts another story.
      const dateBetween = [...ctx.times, ...(ctx.deadTimes ?? [])].some((t) => t.local.start >= previousEnd && t.local.end <= ms.local.start);
      const joined = previousEnd > 0 && !dateBetween && (JOINED_MILESTONES.test(between) || CHAINED_PREDICATE.test(between));
      const made = candidates.length;
      // 「覚書の改定及び署名式」「協定の改正・署名」: the signature of the revision, one act (codebook 221).
      if (ms.milestone === 'signed' && previous?.milestone === 'revised' && REVISION_SIGNED.test(between)) {
        miss ??= `「${ms.text}」 signs the revision just told`;
        previous = ms;
        continue;
      }
      // The instruments are read even for a milestone that is skipped: the next one may be theirs
      // (「…協定（ACSA）の締結に向けた交渉が開始され」).
      let objects = instrumentsFor(ctx, ms, instruments, segmentStart);
      if (!objects.length && !ms.adjacent) objects = previousObjects;
      previousObjects = objects;
      // The issuing of a declaration (a milestone made from 「…を発表」) is itself the act.
      // 「正式交渉を開始することで一致」: agreeing to open negotiations is their start (docs/gold-notes-1.md).
      const agreedToNegotiate = ms.milestone === 'negotiation-start' && AGREED_TO.test(ctx.text.slice(ms.local.end));
      const listPlanned = ms.text && NOUN_LIST_ITEM.test(ctx.text.slice(ms.local.end)) && ctx.vocab.notAnEvent.pattern.test(planText(ctx).slice(ms.local.end));
      if (ms.text && !agreedToNegotiate && (listPlanned || isPlanned(ctx, ms.local.end, ms.local.start))) {
        miss ??= `「${ms.text}」 is planned`;
        continue;
      }
      if (!objects.length) {
        miss ??= `「${ms.text}」 without an instrument`;
        continue;
      }
      // 「中国がソロモン諸島との間で…協定を締結」「米国は…PNGとの間で…協定に署名」: foreign parties among
      // themselves, Japan named nowhere in the sentence (codebook rule 200).
      if (foreignOnly(ctx.text, ctx.mentions, ms.local.start, ms.local.end, ctx.foreignSubject, 'agreement')) {
        miss ??= `「${ms.text}」 of foreign parties only, Japan named nowhere in the sentence`;
        continue;
      }
      // 「日米安保条約締結50周年」: an anniversary of the milestone, dated by the anniversary, not the act.
      if (ms.text && ANNIVERSARY_AFTER.test(ctx.text.slice(ms.local.end))) {
        miss ??= `「${ms.text}」 names an anniversary, not the act`;
        continue;
      }
      // 「改定作業を開始」「締結交渉を開始」: the work toward a milestone, not the milestone.
      if (ms.text && PROCESS_AFTER.test(ctx.text.slice(ms.local.end))) {
        miss ??= `「${ms.text}」 names the work toward it, not the act`;
        continue;
      }
      // 「06年1月には、…が訪露し、99年に作成された…覚書の改定が行われた」: a milestone whose segment holds
      // no date, after a relative clause that dates the instrument's making, takes the date before that clause.
      // 「13年2月より、…交渉を開始」: the start of negotiations (or of operation) is dated by 「より」「から」.
      const dateCtx = STARTS.has(ms.milestone!) ? withStarts : ctx;
      const own = dateBefore(dateCtx, ms.local.start, segmentStart);
      const afterRelative = !ms.adjacent && relativeDate && !own ? dateBefore(ctx, relativeDate.local.start, 0) : undefined;
      const milestoneDate = own ?? afterRelative ?? (joined ? previousTime : undefined);
      // An instrument named with its date (「1997年の…指針について」) carries that date whatever the sentence says of it (codebook 443).
      if (!dated.includes(ms) && RESTATED_AFTER.test(ctx.text.slice(ms.local.end)) && !(milestoneDate && OWN_DATED_NOUN.test(ctx.text.slice(milestoneDate.local.end, ms.local.start)))) {
        miss ??= `「${ms.text}」 is restated as the topic of something else`;
        continue;
      }
      previousTime = milestoneDate;
      for (const instrument of objects) {
        // The instrument's own date (「2015年12月には…協定及び…協定が署名され」) unless the milestone's is
        // written after the instrument (「…覚書（06年改定）」).
        const own = instrument.local.start >= segmentStart ? dateBefore(ctx, instrument.local.start, segmentStart) : undefined;
        const milestoneOwn =
          milestoneDate &&
          milestoneDate.local.start >= instrument.local.end &&
          !instruments.some((i) => i.local.start >= milestoneDate.local.end && i.local.end <= ms.local.start);
        const time = milestoneOwn ? milestoneDate : (own ?? milestoneDate);
        // 「会議においては、…共同声明が採択された」: dated like the meeting the sentence refers to.
        // Outside a white paper, a milestone told as done in a sentence with no date at all (「…との間で文書に
        // 署名したほか、…の署名に立ち会いました」) is of the occasion the document last dated (codebook 220).
        const onDatedPage = !time && !ctx.occasion && ctx.documentTime && !ctx.times.length && ownPredicateDone(ctx.text, ms.local.end) ? ctx.documentTime : undefined;
        const date = time ? occurrencesOf(time).slice(-1)[0]?.date : (ctx.occasion?.date ?? onDatedPage?.dates[0]);
        if (!date) {
          miss ??= `「${ms.text}」 of 「${instrument.text}」 without a date`;
          continue;
        }
        // 「05年および07年の「2+2」共同発表において定めた…」: in a white paper, a statement dated by a year alone and named as
        // where something was set restates what an earlier edition told, as the meeting is (codebook 98, 411).
        if (ctx.doc.context.kind === 'whitepaper' && date.length === 4 && instrument.instrument === 'declaration' && SET_IN_AFTER.test(ctx.text.slice(instrument.local.end))) {
          miss ??= `「${instrument.text}」 dated by the year ${date} alone, named as where something was set: a restatement`;
          continue;
        }
        const { partners, separate } = partnersOf(ctx, instrument, segmentStart);
        if (!partners.length) {
          miss ??= `「${ms.text}」 without a partner`;
          continue;
        }
        // 「…において発出されたSCC文書「…」」: a document issued at a meeting is a joint statement named by its quote.
        const issuedDocument = !ms.text && ISSUED_DOCUMENT.test(instrument.text);
        const quotedAfter = issuedDocument ? /^「([^」]+)」/.exec(ctx.text.slice(instrument.local.end))?.[1] : undefined;
        const name = quotedAfter ?? instrument.name ?? fullName(ctx, instrument);
        const subjects = instrument.instrument === 'declaration' ? bySubjects(ctx, instrument) : [];
        // Counterparts listed one by one each signed their own document, unless it is a joint statement.
        const partnerSets = separate && instrument.instrument !== 'declaration' ? partners.map((p) => [p]) : [partners];
        for (const set of partnerSets) {
          for (const subject of subjects.length ? subjects : [undefined]) {
            candidates.push(
              makeCandidate(ctx, RULE_ID, {
                kind: 'agreement',
                date,
                partners: set,
                instrument: issuedDocument ? 'declaration' : instrument.instrument!,
                milestone: ms.milestone!,
                name: subject ?? name,
                ...(subject ? { distinct: subject } : {}),
                confidence: time ? 0.85 : onDatedPage ? 0.7 : 0.75,
              }),
            );
          }
        }
      }
      if (candidates.length > made) previousEnd = ms.local.end;
      // 「99年に作成された覚書」: the date of a milestone told in a relative clause before its instrument.
      relativeDate = ms.adjacent && ADJACENT_BEFORE_INSTRUMENT.test(ctx.text.slice(ms.local.end)) ? dateBefore(ctx, ms.local.start, segmentStart) : undefined;
      previous = ms;
    }
    return candidates.length
      ? { candidates, reason: `agreement milestone(s) (${candidates.length})` }
      : { candidates, miss: miss ?? 'agreement milestone without what an event needs' };
  },
};
