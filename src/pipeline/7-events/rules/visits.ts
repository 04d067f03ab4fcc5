/**
 * Visits that are the meeting (codebook rule 21): a Japanese principal's visit abroad
 * (「…がラオス、カンボジア及び東ティモールを訪問し」「…が訪豪し」「訪印した安倍総理は」「…を訪問中の副大臣は」
 * 「米国に出張し」「防衛事務次官のインドネシア訪問」) and a foreign principal's visit to Japan
 * (「…国防大臣が訪日し、…大臣と」「…首相が来日した際」「…司令官の訪日が行われ」). The talks rule takes
 * them as anchors beside its triggers; here they are only found, with what the visit itself says:
 * where (each country visited is its own meeting) or who came.
 *
 * A relative clause that only describes a counterpart (「来日したX国防大臣と会談」「訪日中のX」) is
 * not a visit anchor: the meeting it qualifies is the anchor.
 */
import { loadGazetteer } from '../../../gazetteer/index.js';
import type { Span } from '../../../model/span.js';
import { lexiconOf } from '../../6-mentions/lexicon.js';
import type { Mention } from '../../6-mentions/types.js';
import type { SentenceContext } from '../types.js';

export interface VisitHit {
  local: Span;
  /** 'out': a Japanese principal abroad; 'in': a foreign principal in Japan. */
  direction: 'out' | 'in';
  /** out: the countries or organizations visited, one meeting each; in: the visitor's country (may be empty). */
  partners: string[];
  /** in: the visitor's title, for the protocol counterpart when no Japanese host is named. */
  visitor?: Mention;
  /** Written as a noun (「防衛事務次官のインドネシア訪問」「…司令官の訪日」): its clause's predicate is not its own. */
  noun?: boolean;
  /** out: the visit names no place; it is to the country the section is about. */
  toSubject?: boolean;
  /** 「…の来訪を受けました」: a call received — a meeting at any level of the receiver (a courtesy call). */
  received?: boolean;
  /** A Japanese principal named with the visit itself (「訪印した安倍総理は」「防衛事務次官のインドネシア訪問」). */
  principal?: Mention;
  /** The visit is a relative clause on its principal (「シンガポールを訪問中の…大臣は」): it may only place the meeting told next. */
  describes?: boolean;
}

/** Between a visited place and 「を訪問」: a part of it (「NATO本部」「NATO統合軍司令部」) or a place in brackets (「フィリピン（クラーク）」). */
const PLACE_TAIL = /^(?:本部|国防省|国防部|事務局|[一-龥]{0,6}司令部)?(?:[（(][^）)]{1,20}[）)])?$/;
/** What may stand between the members of a list of places. */
const PLACE_SEPARATOR = /^[\s、・]*(?:及び|および|並びに|ならびに|と|や|、)?[\s、・]*$/;
/** 「…を訪問し」「…を公式訪問した」「…を訪問中の」「…に出張し」. */
const VISIT_OBJECT = /(?:を(?:公式|初めて|初|正式)?訪問|(?:に|へ)出張)(?=し|中|して|され)/g;
/**
 * 「訪豪し」「訪印した」「訪中して」「訪韓中の」: the short form names the country; so it does in a noun (「海上幕僚長の訪中が
 * 実現」「統幕長の訪露及び…」), read below as a verb or as a noun after its principal (codebook 494).
 */
const VISIT_SHORT = /訪(.)/g;
/** A foreign principal's visit as a verb or a noun. */
const VISIT_JAPAN = /(?:訪日|来日|来訪|来省|防衛省訪問)/g;
/** After 訪日/来日: the visit is told as an act (not a relative clause before a counterpart's name). */
const IN_PREDICATE = /^(?:し(?:、|た(?:際|時|。|ほか|こと|が|$|の(?:を|に))|まし|て)|され|中に|$)/;
/** After a noun 「…の訪日」: told as an occasion that took place. */
const NOUN_OCCASION = /^(?:の際|に際し|時|に(?:引き)?続き|が(?:行われ|実現)|、|及び|および|や|など|等|を通じ)/;
/** Between a visitor's title and its visit: 「（当時）が」「は、」「の」. */
// A name may hold Latin initials (「コナー・アンソニー・D・カンラス中将」), or be in kanji before a rank (「李英洙大将」).
const VISITOR_LINK = /^(?:[\s・]*(?:[ァ-ヶーA-ZＡ-Ｚ][ァ-ヶー・A-ZＡ-Ｚ.．]{1,29}(?:大将|中将|少将|准将|提督)?|[一-龥]{2,4}(?:大将|中将|少将|准将|提督)))?(?:[（(][^）)]*[）)])?(?:が|は|の)?[、\s]*$/;
/** After a call on the ministry: received or welcomed (「…の来訪を受け」「…の防衛省訪問を歓迎」). */
const RECEIVED_AFTER = /^を(?:受け|歓迎)/;
/**
 * Between a visitor's country or force and 「の来訪を受け」: a post, a name and a rank, in one phrase — not a
 * delegation or members of a parliament (their visit is another act, codebook 80).
 */
const RECEIVED_VISITOR = /^(?![^、。「」]*(?:代表団|議員))[^、。「」]{0,40}の$/;
/** 「…の訪問を受け」「…の表敬を受けた」: a call received, said of its receiver (codebook 281). */
const RECEIVED_CALL = /(?:表敬訪問|訪問|表敬)(?=を受け)/g;
/**
 * Between a visitor's country or force and 「の訪問を受け」: a post, a name, a rank or 「一行」「訪問団」 in one phrase —
 * not members of a parliament or a government's 代表団 (codebook 80).
 */
const RECEIVED_PARTY = /^(?![^、。「」]*(?:代表団|議員))[^、。「」]{0,40}(?:の|から(?:の|[^、。「」]{1,12}のため)?)$/;
/**
 * In a visitor's phrase: a civilian academic — a professor, a dean, a fellow, a university that is no military or defence
 * one (「…大学教授」「シドニー大学…フェロー」, not 「米国防大学」「海軍大学校」) — no official side (codebook 280, 405).
 */
const ACADEMIC = /教授|学部長|研究科長|フェロー|(?<!国防|防衛|軍|軍事|戦争|幕僚|士官|保障|統合|警察)大学(?!校)/;
/** The visitor's phrase, from its mention up to its call, names a civilian academic. */
const academic = (text: string, visitor: Mention, callStart: number): boolean => ACADEMIC.test(text.slice(visitor.local.start, callStart));
/** A reading or an abbreviation in brackets (「(China Aerospace Studies Institute:CASI)」): no part of the phrase's length. */
const BRACKETED = /[（(][^）)]*[）)]/g;
/** After an institution as topic, up to 「の訪問を受け」: a visitor's phrase with a delegation's or a person's word, no clause. */
const INSTITUTION_RECEIVES = /^(?:長)?は、[^、。「」]{1,40}(?:一行|訪問団|研修団|視察団|長|氏|博士|大使|武官)の$/;
/** 「…を訪問し」「…を訪れ」「…に来訪され」 right after an institution that is called on (codebook 281, 522). */
const CALLS_ON_INSTITUTION = /(?:を(?:表敬訪問|訪問|訪れ)|に来訪)(?=し|され|て|、|た|まし)/g;
/**
 * Between a visiting country or force and the institution: its delegation as subject (「…の訪問団が」「…一行は」) — not a
 * group of students or of an academy or foundation, no official side (codebook 285, 522).
 */
const DELEGATION_SUBJECT = /^(?![^、。「」]*(?:代表団|議員|学生|生徒|学士院|財団))[^、。「」]{0,30}(?:訪問団|一行|研修団|視察団)(?:[（(][^）)]*[）)])?(?:が|は)、?(?:[^、。「」]{0,20}、)?$/;
/** From a visitor to the institution it calls on: its phrase, its subject particle, then at most a date and a few words. */
const SUBJECT_THEN_CALL = /^(?![^、。「」]*(?:代表団|議員))[^、。「」]{0,60}?(?:が|は)、?[^。「」]{0,40}$/;
/** A visitor of an official side: a foreign title, or a force, ministry or government (「…海軍司令部」), not a bare country (codebook 281). */
const official = (m: Mention): boolean => m.type === 'foreign-title' || (isParty(m) && /軍|国防|司令部|政府|省|部$/.test(m.text));
const isParty = (m: Mention): boolean => (m.type === 'country' || m.type === 'organization') && !m.compound && !m.destination;
/** Between a visit and the principal it describes: 「訪印した安倍総理」「を訪問中の宮澤防衛副大臣」. */
const VISIT_TO_PRINCIPAL = /^(?:した|中の|して(?:いる|いた))[一-龥]{0,4}$/;
/**
 * The country written before a visitor whose title names none: 「オーストラリアのアボット首相の来日」 (the
 * country, 「の」, the visitor's name and title).
 */
function countryOfVisitor(ctx: SentenceContext, visitor: Mention): string[] {
  const nameStart = visitor.local.start - (visitor.personName?.length ?? 0);
  const country = ctx.mentions.find((m) => isParty(m) && m.local.end <= nameStart && /^の?$/.test(ctx.text.slice(m.local.end, nameStart)));
  return country ? [...country.codes].filter((c) => c !== 'JPN') : [];
}

/** Between a Japanese principal and a noun visit: 「防衛事務次官のインドネシア訪問」「統幕長の訪露」. */
const PRINCIPAL_TO_NOUN = /^(?:[（(][^）)]*[）)])?の$/;

let shortCodes: Map<string, string> | undefined;
export function shortCode(ch: string): string | undefined {
  if (!shortCodes) {
    shortCodes = new Map();
    for (const [code, s] of lexiconOf(loadGazetteer()).shorts) shortCodes.set(String.fromCharCode(code), s.iso3);
  }
  return shortCodes.get(ch);
}

const parties = (ctx: SentenceContext) =>
  ctx.mentions.filter((m) => (m.type === 'country' || m.type === 'organization') && !m.compound);

/** The places listed right before `pos` (「ラオス、カンボジア及び東ティモール」を訪問). */
function placesBefore(ctx: SentenceContext, pos: number): string[] {
  const list = parties(ctx);
  let i = list.length - 1;
  while (i >= 0 && list[i].local.end > pos) i--;
  if (i < 0 || !PLACE_TAIL.test(ctx.text.slice(list[i].local.end, pos))) return [];
  // An organization's command (「NATO統合軍司令部を訪問」) is the organization's; a country's forces' command is left alone
  // (「在日米軍司令部」 is in Japan) (codebook 547).
  if (/司令部/.test(ctx.text.slice(list[i].local.end, pos)) && list[i].type !== 'organization') return [];
  const codes: string[] = [];
  for (let j = i; j >= 0; j--) {
    if (j < i && !PLACE_SEPARATOR.test(ctx.text.slice(list[j].local.end, list[j + 1].local.start))) break;
    codes.push(...list[j].codes);
  }
  return [...new Set(codes)].filter((c) => c !== 'JPN').sort();
}

/** A count of countries before 「を訪問」: 「ASEAN全10か国」「その3カ国全て」「これら2か国」. */
const COUNTED = /(?:全|全て|すべて|各)?([0-9０-９]{1,2}|[二三四五六七八九十]{1,2})(?:か|カ|ヶ|ケ|箇|ヵ)国(?:全て|すべて|全部)?[、\s]*$/;
/** A counted object, then the visitor, before 「訪問」: group 1 ends where 「を」 starts. */
const COUNTED_OBJECT = /((?:か|カ|ヶ|ケ|箇|ヵ)国(?:全て|すべて|全部)?)を、?[^、。を]{1,20}?(?:が|は)、?$/;
/** Before a count that refers back to the countries just named: 「その3カ国」「これら3か国」「以上の3か国」. */
const REFERS_BACK = /(?:その|これら(?:の)?|以上の|上記の?|同)$/;
const KANJI_DIGITS = '〇一二三四五六七八九';

function countOf(written: string): number {
  const ascii = written.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^[0-9]+$/.test(ascii)) return Number(ascii);
  // 十, 二十, 十二: the tens and the units of a small kanji numeral.
  const [tens, units] = ascii.includes('十') ? ascii.split('十') : ['', ascii];
  return (ascii.includes('十') ? (tens ? KANJI_DIGITS.indexOf(tens) : 1) * 10 : 0) + (units ? KANJI_DIGITS.indexOf(units) : 0);
}

/**
 * Places written as a count (codebook rule 56): 「ASEAN全10か国を訪問」 is each member of the group named
 * before the count, 「フィジー、…、トンガの3カ国ですが、…その3カ国全てを…訪問」 each of the last countries
 * named before it in the sentence — only when the count is exactly theirs.
 */
function countedPlaces(ctx: SentenceContext, pos: number): string[] {
  const before = ctx.text.slice(Math.max(0, pos - 24), pos);
  const m = COUNTED.exec(before);
  if (!m) return [];
  const n = countOf(m[1]);
  const at = pos - m[0].length;
  const list = parties(ctx).filter((p) => p.local.end <= at);
  const group = list[list.length - 1];
  if (group && /^の?$/.test(ctx.text.slice(group.local.end, at)) && group.type === 'organization') {
    const members = group.codes.flatMap((c) => loadGazetteer().organizationByCode(c)?.members ?? []);
    return members.length === n ? [...members].sort() : [];
  }
  if (!REFERS_BACK.test(ctx.text.slice(0, at))) return [];
  const codes: string[] = [];
  for (let i = list.length - 1; i >= 0 && codes.length < n; i--) {
    for (const c of list[i].codes) if (c !== 'JPN' && !codes.includes(c)) codes.unshift(c);
  }
  return codes.length === n ? codes.sort() : [];
}

/**
 * 「ベルギー及びフランスを訪問し、NATO、EU及びフランス国防省関係者と意見交換」: a country visited as the seat of an
 * organization met there (NATO and the EU in Brussels) is no meeting of its own when the sentence, after the
 * visit, names the organization and none of that country's own people (codebook 260).
 */
const VISITED_AGAIN = /各国|両国|同国|各々の国|それぞれの国/;
function withoutSeats(ctx: SentenceContext, visited: string[], end: number): string[] {
  const after = ctx.mentions.filter((m) => m.local.start >= end);
  const gaz = loadGazetteer();
  const seats = new Set(
    after.filter((m) => m.type === 'organization').flatMap((m) => m.codes.map((c) => gaz.organizationByCode(c)?.seat).filter((s): s is string => !!s)),
  );
  // A title with no country (「国防大臣と会談」) may be the host's own, and 「各国およびEU、NATOの首脳と」 names the
  // countries visited: the visit stays.
  if (!seats.size || after.some((m) => m.type === 'foreign-title' && !m.codes.length) || VISITED_AGAIN.test(ctx.text.slice(end))) return visited;
  const named = new Set(after.filter((m) => m.type === 'country' || m.type === 'foreign-title').flatMap((m) => m.codes));
  return visited.filter((c) => !seats.has(c) || named.has(c));
}

/** After a visit: a relative clause (「…を訪問中の」「…を訪問した」) on a foreign principal who is the counterpart. */
const RELATIVE_VISIT = /^(?:中の|した|している|していた)/;
function describesCounterpart(ctx: SentenceContext, end: number): boolean {
  const rel = RELATIVE_VISIT.exec(ctx.text.slice(end));
  if (!rel) return false;
  const at = end + rel[0].length;
  const first = ctx.mentions.find((m) => m.local.start === at);
  if (!first) return false;
  if (first.type === 'foreign-title') return true;
  return isParty(first) && ctx.mentions.some((m) => m.type === 'foreign-title' && m.local.start >= first.local.end && /^の?$/.test(ctx.text.slice(first.local.end, m.local.start)));
}

/** A Japanese principal right after the visit (「訪印した安倍総理(当時)は」). */
function principalAfter(ctx: SentenceContext, end: number): Mention | undefined {
  return ctx.mentions.find(
    (m) => m.type === 'jp-principal' && m.jpRole !== 'unit' && m.local.start >= end && VISIT_TO_PRINCIPAL.test(ctx.text.slice(end, m.local.start)),
  );
}

/** A Japanese principal right before a noun visit (「防衛事務次官のインドネシア訪問」). */
function principalOfNoun(ctx: SentenceContext, start: number): Mention | undefined {
  return ctx.mentions.find(
    (m) => m.type === 'jp-principal' && m.jpRole !== 'unit' && m.local.end <= start && PRINCIPAL_TO_NOUN.test(ctx.text.slice(m.local.end, start)),
  );
}

export function findVisits(ctx: SentenceContext): VisitHit[] {
  const text = ctx.text;
  if (!/訪|来日|来省|出張|お迎え|表敬/.test(text)) return [];
  const hits: VisitHit[] = [];
  for (const m of text.matchAll(VISIT_OBJECT)) {
    const start = m.index;
    const end = start + m[0].length;
    const listed = placesBefore(ctx, start);
    const partners = listed.length ? listed : countedPlaces(ctx, start);
    if (!partners.length) {
      // 「…国軍司令官が初めて統幕長を訪問し」: a foreign principal calling on a Japanese one.
      const host = ctx.mentions.find((h) => h.type === 'jp-principal' && h.jpRole !== 'unit' && PLACE_TAIL.test(text.slice(h.local.end, start)) && h.local.end <= start);
      const visitor = host && visitorBefore(ctx, host.local.start);
      if (host && visitor) hits.push({ local: { start, end }, direction: 'in', partners: [...visitor.codes], visitor, principal: host });
      continue;
    }
    // 「シンガポールを訪問中の中国国防部長と会談」: a relative clause on the counterpart — where they were, not a meeting
    // with the country (codebook 303).
    if (describesCounterpart(ctx, end)) continue;
    const principal = principalAfter(ctx, end);
    const met = withoutSeats(ctx, partners, end);
    if (!met.length) continue;
    hits.push({ local: { start, end }, direction: 'out', partners: met, ...(principal ? { principal, describes: true } : {}) });
  }
  // 「防衛事務次官のインドネシア訪問」: a noun, with its principal before it.
  for (const m of text.matchAll(/訪問/g)) {
    const start = m.index;
    if (text.startsWith('を', start - 1) || !NOUN_OCCASION.test(text.slice(start + 2))) continue;
    const place = parties(ctx).find((p) => p.local.end === start);
    const principal = place && principalOfNoun(ctx, place.local.start);
    if (place && principal) hits.push({ local: { start: place.local.start, end: start + 2 }, direction: 'out', partners: [...place.codes], principal, noun: true });
    // 「同年1月の安倍内閣総理大臣訪問時の成果」: a visit to the country the section is about.
    const visitor = !place && ctx.mentions.find((m) => m.type === 'jp-principal' && m.jpRole !== 'unit' && /^の?$/.test(text.slice(m.local.end, start)));
    if (visitor && /^(?:時|の際|に際し)/.test(text.slice(start + 2))) {
      hits.push({ local: { start: visitor.local.start, end: start + 2 }, direction: 'out', partners: [], principal: visitor, toSubject: true, noun: true });
    }
  }
  // 「ドイツとは、本年2月に浜田防衛大臣が…会議の際に訪問し」: a visit with no place written goes to the
  // paragraph's topic or the section's country.
  for (const m of text.matchAll(/(?<=[にて、が])訪問(?=し)/g)) {
    // 「その3カ国全てを、山本副大臣が訪問しました」: a counted object before the subject.
    const object = COUNTED_OBJECT.exec(text.slice(Math.max(0, m.index - 40), m.index));
    const counted = object ? countedPlaces(ctx, m.index - object[0].length + object[1].length) : [];
    if (counted.length) hits.push({ local: { start: m.index, end: m.index + 2 }, direction: 'out', partners: counted });
    else if (!text.startsWith('が', m.index - 1)) hits.push({ local: { start: m.index, end: m.index + 2 }, direction: 'out', partners: [], toSubject: true });
  }
  for (const m of text.matchAll(VISIT_SHORT)) {
    const code = m[1] === '日' ? undefined : shortCode(m[1]);
    if (!code) continue;
    const start = m.index;
    const end = start + 2;
    const noun = principalOfNoun(ctx, start);
    if (noun && !NOUN_OCCASION.test(text.slice(end))) continue;
    if (!noun && !/^(?:し|中|して|され)/.test(text.slice(end))) continue;
    // 「…海自艦艇が訪露し」: a ship or a unit visiting is a port call or a unit's act, no principal's meeting (codebook 374).
    if (!noun && unitSubjectBefore(ctx, start)) continue;
    const after = noun ? undefined : principalAfter(ctx, end);
    const principal = noun ?? after;
    hits.push({ local: { start, end }, direction: 'out', partners: [code], ...(principal ? { principal } : {}), ...(after ? { describes: true } : {}), ...(noun ? { noun: true } : {}) });
  }
  // 「5月17日、…司令官が就任以来初めて防衛省へ来省されました」: a call on the ministry with the visitor as subject.
  for (const m of text.matchAll(/(?:来省|来訪)(?=され|しまし|した)/g)) {
    const visitor = visitorBefore(ctx, m.index);
    if (visitor && !former(ctx, visitor) && !academic(text, visitor, m.index))
      hits.push({ local: { start: m.index, end: m.index + 2 }, direction: 'in', partners: [...visitor.codes], visitor, received: true });
  }
  // 「防衛研究所は、…国防副大臣…氏の訪問を受け」「…校長は…局長の表敬を受けた」: a call received by an institution or
  // a principal (codebook 281), the visitor named by a title or by their country or force in the same phrase.
  for (const m of text.matchAll(RECEIVED_CALL)) {
    const visitor =
      [...ctx.mentions].reverse().find((v) => v.type === 'foreign-title' && v.local.end <= m.index && VISITOR_LINK.test(text.slice(v.local.end, m.index))) ??
      [...ctx.mentions]
        .reverse()
        .find((v) => (isParty(v) || v.type === 'foreign-title') && v.local.end <= m.index && RECEIVED_PARTY.test(text.slice(v.local.end, m.index).replace(BRACKETED, '')));
    if (!visitor) {
      // 「3月12日、防衛研究所は、…センター長ご一行の訪問を受け」 under the entry title 「インド…センター長の来訪」: an institution
      // receiving a visitor named with no country, the entry's one country (its title's, codebook 521).
      const host = ctx.mentions.find((h) => h.type === 'jp-principal' && h.jpRole === 'official' && h.local.end <= m.index);
      const phrase = host && INSTITUTION_RECEIVES.exec(text.slice(host.local.end, m.index));
      if (phrase && ctx.topic?.length === 1 && !ctx.mentions.some((v) => isParty(v) && v.local.start >= host.local.end && v.local.end <= m.index))
        hits.push({ local: { start: m.index, end: m.index + m[0].length }, direction: 'in', partners: [...ctx.topic], principal: host, noun: true, received: true });
      continue;
    }
    if (former(ctx, visitor) || !visitor.codes.length || academic(text, visitor, m.index)) continue;
    const owner = ownerOf(ctx, visitor);
    hits.push({ local: { start: m.index, end: m.index + m[0].length }, direction: 'in', partners: [...owner.codes], visitor: owner, noun: true, received: true });
  }
  // 「…の訪問団が防衛大学校を訪れ」「…国防武官が防衛研究所を訪問され」: a visitor calling on an institution (codebook 281).
  for (const m of text.matchAll(CALLS_ON_INSTITUTION)) {
    const host = ctx.mentions.find((h) => h.type === 'jp-principal' && h.jpRole === 'official' && h.local.end === m.index);
    if (!host) continue;
    const visitor =
      visitorBefore(ctx, host.local.start) ??
      [...ctx.mentions].reverse().find((v) => isParty(v) && v.local.end <= host.local.start && DELEGATION_SUBJECT.test(text.slice(v.local.end, host.local.start))) ??
      // 「タイ王国空軍司令官 ジョム…空軍大将が平成29年6月1日、防衛大学校を訪問」「…海軍司令部…大佐ら4名からなる訪問団は、
      // 平成30年2月22日、防衛大学校を訪問」: the subject's phrase holds a name, a rank, a count; a date may follow it.
      [...ctx.mentions].reverse().find((v) => official(v) && v.local.end <= host.local.start && SUBJECT_THEN_CALL.test(text.slice(v.local.end, host.local.start)));
    if (!visitor || former(ctx, visitor) || academic(text, visitor, host.local.start)) continue;
    const codes = visitor.codes.length ? visitor.codes : visitor.type === 'foreign-title' ? countryOfVisitor(ctx, visitor) : [];
    if (!codes.length) continue;
    if (hits.some((h) => h.local.start === m.index + 1)) continue;
    hits.push({ local: { start: m.index + 1, end: m.index + m[0].length }, direction: 'in', partners: [...codes], visitor, principal: host, received: true });
  }
  // 「…公式招待として、…豪陸軍本部長を…駐屯地にお迎えしました」: a visitor received.
  for (const m of text.matchAll(/お迎え(?=し|いた)/g)) {
    const visitor = [...ctx.mentions]
      .reverse()
      .find((v) => v.type === 'foreign-title' && v.local.end <= m.index && /^(?:[（(][^）)]*[）)])?を[^。]{0,40}$/.test(text.slice(v.local.end, m.index)));
    if (visitor && !former(ctx, visitor)) hits.push({ local: { start: m.index, end: m.index + 3 }, direction: 'in', partners: [...visitor.codes], visitor, received: true });
  }
  for (const m of text.matchAll(VISIT_JAPAN)) {
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end);
    // The visitor: a foreign title right before, as subject (「…国防大臣(当時)が訪日し」) or owner (「…の訪日」).
    // 「…の来訪を受けました」「…の防衛省訪問を歓迎しました」: a call received.
    const received = (m[0] === '来訪' || m[0] === '来省' || m[0] === '防衛省訪問') && RECEIVED_AFTER.test(after);
    const visitor =
      [...ctx.mentions].reverse().find((v) => v.type === 'foreign-title' && v.local.end <= start && VISITOR_LINK.test(text.slice(v.local.end, start))) ??
      // 「インド海軍大学校長…少将の来訪を受けました」: the visitor's post and name follow their country or force
      // (or their title, 「…総参謀長兼国防副大臣 グエン・…陸軍上級中将の来訪」「…最高司令官(SACEUR)カヴォリ陸軍大将の」).
      (received
        ? [...ctx.mentions].reverse().find((v) => (isParty(v) || v.type === 'foreign-title') && v.local.end <= start && RECEIVED_VISITOR.test(text.slice(v.local.end, start)))
        : undefined);
    if (!visitor || former(ctx, visitor) || (received && academic(text, visitor, start))) continue;
    const link = text.slice(visitor.local.end, start);
    const noun = !/が|は/.test(link);
    // 「…中将の来訪を受けました」: a call received; 来訪 and 来省 are told only so.
    if (m[0] === '来訪' || m[0] === '来省' || m[0] === '防衛省訪問') {
      if (!received) continue;
      hits.push({ local: { start, end }, direction: 'in', partners: [...visitor.codes], visitor, noun: true, received: true });
      continue;
    }
    // A verb must be told as an act: 「訪日し、」「来日した際」; a relative clause 「来日した…国防大臣と」 is not.
    const told = noun ? NOUN_OCCASION.test(after) : IN_PREDICATE.test(after) || startsWithPrincipal(ctx, end + 1);
    if (!told) continue;
    hits.push({ local: { start, end }, direction: 'in', partners: [...(visitor.codes.length ? visitor.codes : countryOfVisitor(ctx, visitor))], visitor, ...(noun ? { noun: true } : {}) });
  }
  return hits.sort((a, b) => a.local.start - b.local.start);
}

/** 「ポンペオ元米国務長官の来省」: a former holder of the title calls in no office — no counterpart. */
/**
 * 「米空軍中国航空宇宙研究所の…所長」「インド現代中国研究センター」: a party written right after another, with nothing
 * between, names what the first one's institute studies; the first is the visitor's side (codebook 401).
 */
function ownerOf(ctx: SentenceContext, visitor: Mention): Mention {
  let owner = visitor;
  for (;;) {
    const before = ctx.mentions.find((p) => isParty(p) && p.codes.length && p.local.end === owner.local.start);
    if (!before) return owner;
    owner = before;
  }
}

function former(ctx: SentenceContext, visitor: Mention): boolean {
  return /元$/.test(ctx.text.slice(Math.max(0, visitor.local.start - 1), visitor.local.start));
}

/** After a visitor's title, up to its subject particle: a katakana name with its rank or 閣下, a bracket. */
const TITLE_TO_SUBJECT = /^(?:、?[ァ-ヶー][ァ-ヶー・]{1,29}(?:大将|中将|少将|准将|提督|閣下)?)?(?:[（(][^）)]*[）)])?(?:が|は)/;

/** A Japanese unit (艦艇, 部隊) that is the subject right before `pos` (「海自艦艇が訪露し」). */
function unitSubjectBefore(ctx: SentenceContext, pos: number): boolean {
  return ctx.mentions.some((m) => m.type === 'jp-principal' && m.jpRole === 'unit' && m.local.end <= pos && /^[がは]$/.test(ctx.text.slice(m.local.end, pos)));
}

/** The foreign principal who is the subject before `pos` (「…国軍司令官が初めて」). */
function visitorBefore(ctx: SentenceContext, pos: number): Mention | undefined {
  const titles = ctx.mentions.filter((m) => m.type === 'foreign-title' && m.local.end <= pos);
  const last = titles[titles.length - 1];
  // 「米海軍長官カルロス・デル・トロ閣下が来訪され」: the visitor's name (and rank, or 閣下) may follow the title (codebook 497).
  return last && TITLE_TO_SUBJECT.test(ctx.text.slice(last.local.end)) && !/[。]/.test(ctx.text.slice(last.local.end, pos)) ? last : undefined;
}

/** 「訪日し吉川海幕長と」: a Japanese principal right after the verb's 「し」. */
function startsWithPrincipal(ctx: SentenceContext, pos: number): boolean {
  return ctx.text.startsWith('し', pos - 1) && ctx.mentions.some((m) => m.type === 'jp-principal' && m.local.start >= pos && m.local.start <= pos + 4);
}
