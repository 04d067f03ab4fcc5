/**
 * The mention finder: one left-to-right pass over a sentence's clean text. At each position two
 * readers compete and the longer reading wins (on a tie, the gazetteer's explicit entry):
 *
 * - the main trie: regions, instruments, milestones, exercises, fora, fields, Japanese
 *   principals, foreign titles, and words that hide a name (インド太平洋 is not India);
 * - the party reader: a country or organization, alone or in a compound — 日豪, 日米豪印, 日EU
 *   (Japan is a party), 米豪, a one-character short form before a party noun (豪海軍, 英空母), or
 *   a partner written right before a title (印国防大臣, 韓国国防部長官), which becomes one
 *   foreign-title mention carrying the partner's code.
 *
 * Readings never overlap: a name inside a longer reading is reported through it.
 */
import { loadGazetteer, type Gazetteer } from '../../gazetteer/index.js';
import { LEVELS, type Level } from '../../model/event.js';
import { lexiconOf, PARTY, SHORT, START, type Entry, type Lexicon } from './lexicon.js';
import { fold, pairKey, type TrieMatch } from './trie.js';
import { blankMention, type Mention } from './types.js';

/** The number of a formation (「第7」「第25」「第一」). */
const NUMBERED = /^第(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})/;
/** Katakana words before a bare 大臣 that are no person's name (「オンライン大臣会合」「テレビ大臣会談」). */
const NOT_A_NAME = /^(?:オンライン|テレビ|ビデオ|ハイレベル|サミット|プラス)$|^ー$/;
const JAPAN = 0x65e5; // 日
const NO_MATCHES: TrieMatch<Entry>[] = [];
const DOT = 0x30fb; // ・
const HELD_TOGETHER = 0x517c; // 兼
const BUILDING = 0x9928; // 館

const isKatakana = (c: number): boolean => (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc;
const isLatin = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isKanji = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3005;

/** A year or edition suffix kept in an exercise's name: マラバール2020, コープ・ノース21, IPD21-1. */
const EXERCISE_SUFFIX = /^(?:(?:19|20|１９|２０)[0-9０-９]{2}|[0-9０-９]{2})(?![0-9０-９])(?:[-－][0-9０-９]{1,2})?/;
/**
 * A forum takes only a four-digit year (シャングリラ会合2019): the two digits glued to a forum's
 * name in PDF extractions are footnote numbers (「…国防大臣会合14」).
 */
const FORUM_SUFFIX = /^(?:19|20|１９|２０)[0-9０-９]{2}(?![0-9０-９])/;
/** An abbreviation in Latin letters takes a two-digit edition too (LANPAC25, PACS-21): no footnote is glued to one. */
const LATIN_FORUM_SUFFIX = /^(?:[-－]?(?:19|20|１９|２０)?[0-9０-９]{2})(?![0-9０-９])/;

/** Kanji runs before a principal that are not surnames (同防衛大臣, 両大臣, 歴代統幕長, 副首相兼国防大臣). */
const NOT_SURNAMES = new Set([
  '同', '各', '両', '元', '前', '現', '新', '旧', '副', '全', '故', '兼', '国', '上', '下', '外', '内', '当', '本', '主', '次', '声', '他',
  '歴代', '当時', '初代', '次期', '毎年', '同氏', '当該', '唯一', '高級', '主催', '取組', '参照', '中央', '西部', '東部', '北部', '南部',
]);
/** Before a surname: more kanji (a longer word), or a foreign name (「ロバトン閣外大臣」). */
const notAlone = (c: number): boolean => isKanji(c) || isKatakana(c) || c === DOT;
/** The end of a cabinet portfolio before 大臣 (外務, 財務, 経済産業, 内閣府特命担当…): not a surname. */
const PORTFOLIO = /(?:務|産業|交通|科学|労働|水産|環境|担当|官房|復興|創生|防衛|国防|国務|総理|首相|政務|副|閣外|閣内)$/;
/** Before a title: the principals of other countries (各国首相, 諸国の国防大臣), not Japan's. */
const OTHER_COUNTRIES_BEFORE = /(?:各国|諸国|相手国|他国|関係国)の?$/;
/** A run holding these is a date or a count, not a name. */
const NOT_IN_SURNAME = /[年月日回度時期間際]/;
/** A run ending so is an organization or a thing (国防省, 国務院, 固定翼, 海賊対処), not a name. */
const NOT_SURNAME_END = /[省院部局課庁府国軍隊級組催照途翼処央団会]$/;

interface Unit {
  start: number;
  end: number;
  code: string;
  isOrg: boolean;
  /** Written as a one-character short form (豪), not a name (豪州). */
  short: boolean;
  /** A short form that may stand alone before a party noun. */
  alone: boolean;
}

interface Reading {
  end: number;
  /** Undefined for a word that hides a name: it is consumed and reports nothing. */
  mention?: Mention;
}

/** The ministry's institution and の right before a head's or a researcher's title (「防衛研究所の副所長」, codebook 402). */
const INSTITUTION_OF_BEFORE = /(?:防衛研究所|防衛大学校|本校)の$/;

export function findMentions(text: string, gaz: Gazetteer = loadGazetteer()): Mention[] {
  return new Scanner(text, lexiconOf(gaz)).run();
}

class Scanner {
  private readonly mentions: Mention[] = [];
  /** End of the last reported mention: a word starting there is joined to it, not cut out of a longer word. */
  private lastEnd = 0;

  constructor(
    private readonly text: string,
    private readonly lex: Lexicon,
  ) {}

  run(): Mention[] {
    const { text, lex } = this;
    let i = 0;
    while (i < text.length) {
      const c = fold(text.charCodeAt(i));
      if (!(lex.charFlags[c] & START)) {
        i++;
        continue;
      }
      // Most positions fail at the second character: one Set look-up before any trie walk.
      const pair = pairKey(c, this.code(i + 1));
      const mainMatches = lex.main.firstPairs[pair] || lex.main.singles[c] ? lex.main.matchesAt(text, i) : NO_MATCHES;
      const main = mainMatches.length ? this.mainReading(i, mainMatches) : undefined;
      const party = this.mayStartParty(i, c, pair) ? this.partyReading(i, mainMatches.length ? mainMatches[0].end : -1) : undefined;
      const best = party && (!main || party.end > main.end) ? party : main;
      if (!best) {
        i++;
        continue;
      }
      if (best.mention) {
        if (!this.joinHeldTogether(best.mention)) this.mentions.push(best.mention);
        this.lastEnd = best.end;
      }
      i = best.end;
    }
    return this.mentions;
  }

  /**
   * 「フィジー国軍副司令官兼海軍司令官」「国務委員兼国防部長」: two titles joined by 兼 are one person holding
   * both, so the second title joins the first mention (its country, the higher of the two levels)
   * instead of standing as a counterpart without a country.
   */
  private joinHeldTogether(m: Mention): boolean {
    const prev = this.mentions[this.mentions.length - 1];
    if (m.type !== 'foreign-title' || prev?.type !== 'foreign-title') return false;
    const start = m.local.start;
    if (prev.local.end !== start - 1 || this.text.charCodeAt(start - 1) !== HELD_TOGETHER) return false;
    prev.local = { start: prev.local.start, end: m.local.end };
    prev.text = this.text.slice(prev.local.start, m.local.end);
    prev.codes = [...new Set([...prev.codes, ...m.codes])].sort();
    if (m.foreignLevel && (!prev.foreignLevel || LEVELS.indexOf(m.foreignLevel) < LEVELS.indexOf(prev.foreignLevel))) prev.foreignLevel = m.foreignLevel;
    return true;
  }

  /** Cheap necessary conditions for a party reading at `i`. */
  private mayStartParty(i: number, c: number, pair: number): boolean {
    const lex = this.lex;
    if (!(lex.charFlags[c] & PARTY)) return false;
    if (lex.parties.firstPairs[pair] || lex.parties.singles[c]) return true;
    if (c === JAPAN) {
      const next = this.code(i + 1);
      return next === DOT || (next >= 0 && !!(lex.charFlags[next] & PARTY));
    }
    if (!(lex.charFlags[c] & SHORT)) return false;
    const prev = this.code(i - 1);
    return i === this.lastEnd || prev === JAPAN || !isKanji(prev) || lex.destinationBefore.has(prev) || this.endsWordBefore(prev, c);
  }

  /** 「令和5年度米陸軍」「駐留仏軍」: `prev` ends a word, and the short form `c` starts a new one (not 中 of 午前中). */
  private endsWordBefore(prev: number, c: number): boolean {
    return this.lex.wordEndBefore.has(prev) && !this.lex.suffixShorts.has(c);
  }

  private code(i: number): number {
    return i >= 0 && i < this.text.length ? fold(this.text.charCodeAt(i)) : -1;
  }

  /**
   * A match must not cut a katakana or Latin word (マリ in マリーン, UN in UNMISS). `wholeWord`
   * false lets a katakana term run on into the next word (サイバーセキュリティセミナー): only names
   * are short enough to hide inside other katakana words.
   */
  private bounded(start: number, end: number, joined: boolean, wholeWord = true): boolean {
    const first = this.code(start);
    const last = this.code(end - 1);
    const prev = this.code(start - 1);
    const next = this.code(end);
    if (!joined && ((isKatakana(first) && isKatakana(prev)) || (isLatin(first) && isLatin(prev)))) return false;
    if (isLatin(last) && isLatin(next)) return false;
    if (wholeWord && isKatakana(last) && isKatakana(next)) {
      // Names run together in figure lists (インドネシアインド): accept when a name starts right there.
      return this.lex.parties.longestEnd(this.text, end) > 0 || this.lex.main.longestEnd(this.text, end) > 0;
    }
    return true;
  }

  /** A mention of the one shape all share (blankMention); the caller sets the fields of its type. */
  private make(type: Mention['type'], start: number, end: number, codes: string[]): Mention {
    return blankMention(type, start, end, this.text.slice(start, end), codes);
  }

  // ---- main trie ----------------------------------------------------------------------------

  private mainReading(i: number, matches: TrieMatch<Entry>[]): Reading | undefined {
    const joined = i === this.lastEnd;
    const afterName = !joined && isKatakana(this.code(i - 1));
    for (const m of matches) {
      if (!this.bounded(i, m.end, joined, m.values.some(isName))) continue;
      const bySurname = this.surnameTitle(i, m.end, m.values);
      if (bySurname) return bySurname;
      const entry = pickEntry(m.values, afterName);
      if (entry) return this.readEntry(i, m.end, entry);
    }
    return undefined;
  }

  private readEntry(start: number, end: number, e: Entry): Reading {
    switch (e.kind) {
      case 'hide':
        return { end };
      case 'region': {
        const m = this.make('region', start, end, []);
        m.region = e.region;
        return { end, mention: m };
      }
      case 'instrument': {
        const m = this.make('instrument', start, end, []);
        m.instrument = e.instrument;
        if (e.named) m.name = m.text;
        return { end, mention: m };
      }
      case 'milestone': {
        const m = this.make('milestone', start, end, []);
        m.milestone = e.milestone;
        if (e.adjacent) m.adjacent = true;
        return { end, mention: m };
      }
      case 'exercise':
      case 'forum': {
        const forumSuffix = isLatin(this.code(end - 1)) ? LATIN_FORUM_SUFFIX : FORUM_SUFFIX;
        const suffix = (e.kind === 'exercise' ? EXERCISE_SUFFIX : forumSuffix).exec(this.text.slice(end, end + 8));
        const stop = end + (suffix ? suffix[0].length : 0);
        const m = this.make(e.kind, start, stop, [...e.codes]);
        m.name = m.text;
        if (e.kind === 'forum') m.key = e.id;
        return { end: stop, mention: m };
      }
      case 'field': {
        const m = this.make('field', start, end, []);
        m.field = e.field;
        return { end, mention: m };
      }
      case 'jp': {
        const name = e.jpRole === 'unit' ? undefined : this.surnameBefore(start);
        // 「浜田大臣」: the bare title is a principal only after a surname, and not after another
        // minister's portfolio (「茂木外務大臣」 is no 大臣 of defense).
        // 「ウォレス大臣とは」「ゲイツ長官と」: after a katakana name the bare title is a foreign counterpart's,
        // of the country the name is known by, if any (codebook 196).
        if (
          e.afterSurname &&
          !name &&
          e.jpRole === 'minister' &&
          isKatakana(this.code(start - 1)) &&
          !NOT_A_NAME.test(this.katakanaNameBefore(start) ?? 'ー') &&
          !/^[会級間室補]/.test(this.text.slice(end, end + 1))
        ) {
          return { end, mention: this.foreignTitle(start, end, [], 'ministerial') };
        }
        // 「防衛研究所の副所長足立陸将補は」「防衛大学校の副校長は」: an institution's head or staff named by the institution
        // instead of a surname is its Japanese side too (codebook 402).
        const ownHead = e.afterSurname && !name && e.jpRole === 'official' && INSTITUTION_OF_BEFORE.test(this.text.slice(Math.max(0, start - 8), start));
        if (e.afterSurname && !ownHead && (!name || PORTFOLIO.test(name) || notAlone(this.code(start - name.length - 1)))) return { end };
        // 「防衛研究所は、」「防衛大学校を訪問し」: an institution acts or is called on; 「防衛大学校への留学生」 names a place.
        if (e.asActor && !INSTITUTION_ACTS.test(this.text.slice(end, end + 8))) return { end };
        // 「各国首相及び国防大臣等との会談」: the title of other countries' principals, not Japan's.
        if (OTHER_COUNTRIES_BEFORE.test(this.text.slice(Math.max(0, start - 4), start))) return { end };
        const m = this.make('jp-principal', start, end, []);
        m.jpRole = e.jpRole;
        if (name) m.personName = name;
        return { end, mention: m };
      }
      case 'title':
        return { end, mention: this.foreignTitle(start, end, [...e.codes], e.level) };
      case 'surname-title':
        return { end };
    }
  }

  /**
   * 「鄭長官」「魏部長」: a bare title after a surname of another country is that country's counterpart
   * (data/gazetteer/foreign-titles.json `surnameTitles`), where after a Japanese surname it is Japan's (「額賀長官」).
   */
  private surnameTitle(start: number, end: number, values: Entry[]): Reading | undefined {
    for (const v of values) {
      if (v.kind !== 'surname-title') continue;
      const name = this.surnameBefore(start);
      if (!name || name.length > 3 || notAlone(this.code(start - name.length - 1))) continue;
      const first = name.charCodeAt(0);
      if (!v.surnames.has(first) || (name.length === 2 && v.alsoJapanese.has(first))) continue;
      return { end, mention: this.foreignTitle(start, end, [v.country], v.level) };
    }
    return undefined;
  }

  private foreignTitle(start: number, end: number, codes: string[], level: Level): Mention {
    const m = this.make('foreign-title', start, end, [...new Set(codes)].sort());
    m.foreignLevel = level;
    // A katakana name (ウォレス国防大臣), else a name in kanji (魏鳳和国務委員兼国防部長).
    const name = this.katakanaNameBefore(start) ?? this.surnameBefore(start);
    if (name) m.personName = name;
    // 「エスパー国防長官」: a counterpart known by name is of their country when none is written.
    if (name && !m.codes.length) {
      const person = this.lex.persons.get(name) ?? this.lex.persons.get(name.slice(name.lastIndexOf('・') + 1));
      if (person && person.level === level) m.codes = [person.country];
    }
    return m;
  }

  // ---- parties ------------------------------------------------------------------------------

  /** `mainEnd`: end of the longest main-trie entry at `i` (-1 if none), already known to the caller. */
  private partyReading(i: number, mainEnd: number): Reading | undefined {
    let j = i;
    let japan = false;
    if (this.code(i) === JAPAN && !this.lex.notJapanBefore.has(this.code(i - 1))) {
      japan = true;
      j = this.code(i + 1) === DOT ? i + 2 : i + 1;
    }
    let best: Reading | undefined;
    for (const first of this.unitsAt(j, japan || i === this.lastEnd, j === i ? mainEnd : undefined)) {
      const r = japan ? this.japanCompound(i, first) : this.bareParty(i, first);
      if (r && (!best || r.end > best.end)) best = r;
    }
    return best;
  }

  /** The readings of one party at `j`: its name and/or its one-character short form. */
  private unitsAt(j: number, joined: boolean, mainEnd?: number): Unit[] {
    const units: Unit[] = [];
    // A longer entry of the main trie starting here hides the names inside it (インド太平洋, 中東).
    const hiddenTo = mainEnd ?? this.lex.main.longestEnd(this.text, j);
    const s = this.lex.shorts.get(this.code(j));
    // 「日英国防相会談」「日米豪国防相会談」: a name ending in 国 (英国, 豪国) must not take the 国 of a title
    // read after its short form (国防相), or the compound swallows the counterpart's title.
    const titleAfterShort = s ? this.titleAt(j + 1) : undefined;
    for (const m of this.lex.parties.matchesAt(this.text, j)) {
      if ((m.end < hiddenTo && !this.serviceOfPlace(j, m.end, hiddenTo)) || !this.bounded(j, m.end, joined)) continue;
      if (titleAfterShort && titleAfterShort.end > m.end && m.end > j + 1) break;
      units.push({ start: j, end: m.end, code: m.values[0].code, isOrg: m.values[0].isOrg, short: false, alone: false });
      break;
    }
    if (s && hiddenTo <= j + 1) units.push({ start: j, end: j + 1, code: s.iso3, isOrg: false, short: true, alone: s.alone });
    return units;
  }

  /** 「フィリピン海軍」: the name of a place named after a country (フィリピン海) is the country before a party noun. */
  private serviceOfPlace(j: number, nameEnd: number, hiddenTo: number): boolean {
    return this.lex.places.longestEnd(this.text, j) === hiddenTo && this.lex.nouns.longestEnd(this.text, nameEnd) > hiddenTo;
  }

  /** The next party of a compound at `j`, optionally after a ・ (日・米・豪). */
  private nextUnit(j: number, shortsOnly: boolean): Unit | undefined {
    const dotted = this.code(j) === DOT;
    const at = dotted ? j + 1 : j;
    // After a short form, a ・ may join a full name too (「米・カナダ海軍」「米・インドネシア陸軍」): a name
    // stands alone, so it joins the run as a short form that may stand alone would.
    const units = this.unitsAt(at, true).filter((u) => !shortsOnly || u.short || dotted);
    const unit = units[0];
    return unit && !unit.short ? { ...unit, alone: true } : unit;
  }

  /** 日 + parties: 日豪, 日米豪印, 日インドネシア, 日EU, 日・ASEAN. Japan is a party; never merged into a title. */
  private japanCompound(start: number, first: Unit): Reading {
    const units = [first];
    for (let u = this.nextUnit(first.end, false); u; u = this.nextUnit(u.end, false)) units.push(u);
    const end = units[units.length - 1].end;
    const type = units.every((u) => u.isOrg) ? 'organization' : 'country';
    const m = this.make(type, start, end, codesOf(units));
    m.compound = true;
    return { end, mention: m };
  }

  /** A party without 日: a name, a run of short forms (米豪印), a name or short form before a title or a party noun. */
  private bareParty(start: number, first: Unit): Reading | undefined {
    // 訪露, 訪韓: a visit's destination, named by its short form alone.
    if (first.short && start !== this.lastEnd && this.lex.destinationBefore.has(this.code(start - 1))) {
      const m = this.make('country', start, first.end, [first.code]);
      m.destination = true;
      return { end: first.end, mention: m };
    }
    // A short form glued to a preceding kanji is part of a word (対米, 中西), unless that kanji is a 日 of a date or of 在日,
    // or ends a word of its own (「令和5年度米陸軍」「駐留仏軍」, compounds.json `wordEndBefore`).
    const prev = this.code(start - 1);
    if (first.short && start !== this.lastEnd && isKanji(prev) && prev !== JAPAN && !this.endsWordBefore(prev, this.code(start))) return undefined;
    const units = [first];
    if (first.short) for (let u = this.nextUnit(first.end, true); u; u = this.nextUnit(u.end, true)) units.push(u);
    let end = units[units.length - 1].end;

    if (units.length === 1) {
      // 韓国国防部長官 before フランス共和国国防大臣: a title right after the bare name wins.
      // 「ベケ・ソロモン諸島・警察・国家安全大臣」: the ministry's style may put a ・ between the country and the title.
      const title =
        this.titleAt(end) ??
        (!first.short ? this.titleAt(this.lex.nameSuffixes.longestEnd(this.text, end)) : undefined) ??
        (!first.short && this.code(end) === DOT ? this.titleAt(end + 1) : undefined);
      if (title) return { end: title.end, mention: this.foreignTitle(start, title.end, [first.code, ...title.entry.codes], title.entry.level) };
      const member = !first.short || first.alone ? this.legislatorAt(end) ?? (!first.short ? this.legislatorAt(this.lex.nameSuffixes.longestEnd(this.text, end)) : undefined) : undefined;
      if (member) return { end: member.end, mention: this.foreignTitle(start, member.end, [first.code], member.level) };
      if (!first.short) end = Math.max(end, this.lex.nameSuffixes.longestEnd(this.text, end));
    }
    let nounEnd = end;
    // 「米第7艦隊」「米陸軍第1軍団」: a numbered formation reads as a party noun (codebook 487).
    for (let e = this.nounEnd(nounEnd); e > 0; e = this.nounEnd(nounEnd)) nounEnd = e;
    // 「米国防大学国家戦略研究所(INSS)所長」: the head of an institution of the party (codebook 489).
    const head = units.length === 1 && (!first.short || first.alone) ? this.institutionHeadAt(nounEnd) : -1;
    if (head > 0) return { end: head, mention: this.foreignTitle(start, head, [first.code], this.lex.institution!.level) };
    const hasNoun = nounEnd > end;
    // 「パプアニューギニア国防軍参謀次長」「豪海軍副参謀長」: a title after the party's own service is that party's
    // (a title that names its own country, 「米海軍第7艦隊司令官」, stays as it was read).
    const after = hasNoun && units.length === 1 ? this.titleAt(nounEnd) : undefined;
    const serviceTitle = after && !after.entry.codes.length ? after : undefined;
    if (serviceTitle) return { end: serviceTitle.end, mention: this.foreignTitle(start, serviceTitle.end, [first.code, ...serviceTitle.entry.codes], serviceTitle.entry.level) };
    if (units.length === 1 && first.short && !(first.alone && hasNoun)) return undefined;
    if (units.length > 1 && units.some((u) => !u.alone)) return undefined;
    end = nounEnd;
    const type = units.every((u) => u.isOrg) ? 'organization' : 'country';
    return { end, mention: this.make(type, start, end, codesOf(units)) };
  }

  /**
   * The end of a party noun at `j` (「海軍」「国防省」), or of a numbered formation (「第7艦隊」「第3海兵遠征軍」: data
   * compounds.json numberedFormations), or -1.
   */
  private nounEnd(j: number): number {
    const noun = this.lex.nouns.longestEnd(this.text, j);
    if (noun > 0) return noun;
    const n = NUMBERED.exec(this.text.slice(j, j + 6));
    return n ? this.lex.formations.longestEnd(this.text, j + n[0].length) : -1;
  }

  private titleAt(j: number): { end: number; entry: Extract<Entry, { kind: 'title' }> } | undefined {
    if (j < 0) return undefined;
    for (const m of this.lex.main.matchesAt(this.text, j)) {
      // 「フランス大使館」: a title before 館 names its building, not a person (codebook 486).
      if (this.text.charCodeAt(m.end) === BUILDING) continue;
      for (const v of m.values) if (v.kind === 'title') return { end: m.end, entry: v };
    }
    return undefined;
  }

  /**
   * 「米上院軍事委員会委員長」「独連邦議会国防委員会委員長」「米下院…特別委員会委員長」: a member or officer of the party's
   * legislature, read through the committee's name, whatever it holds (codebook 485).
   */
  private legislatorAt(j: number): { end: number; level: Level } | undefined {
    const l = this.lex.legislator;
    if (!l || j < 0) return undefined;
    const rest = this.text.slice(j, j + 40);
    const m = l.withChamber.exec(rest) ?? l.committeeChair.exec(rest);
    return m ? { end: j + m[0].length, level: l.level } : undefined;
  }

  /**
   * The end of an institution's name and its head's title at `j` (「国防大学国家戦略研究所(INSS)所長」), or -1. The name
   * alone is no party noun: an institution named as a forum's organiser or a venue (「…研究所(IISS)主催の」) stays aside.
   */
  private institutionHeadAt(j: number): number {
    const head = this.lex.institution?.withHead.exec(this.text.slice(j, j + 80));
    return head ? j + head[0].length : -1;
  }

  // ---- names of principals ------------------------------------------------------------------

  /** 岸防衛大臣 → 岸: the kanji run right before, when it looks like a surname (best effort). */
  private surnameBefore(start: number): string | undefined {
    let k = start;
    while (k > this.lastEnd && isKanji(this.code(k - 1))) k--;
    const run = this.text.slice(k, start);
    if (run.length < 1 || run.length > 4 || NOT_SURNAMES.has(run) || NOT_IN_SURNAME.test(run) || NOT_SURNAME_END.test(run)) return undefined;
    return run;
  }

  /** エスパー米国防長官 → エスパー: the katakana run right before a foreign title. */
  private katakanaNameBefore(start: number): string | undefined {
    let k = start;
    while (k > this.lastEnd && (isKatakana(this.code(k - 1)) || this.code(k - 1) === DOT)) k--;
    const run = this.text.slice(k, start).replace(/^・+|・+$/g, '');
    return run.length >= 2 ? run : undefined;
  }
}

/** After an institution that is a principal (codebook 280): its topic or subject, the place visited or called on, or where a meeting gathered or was held (its host). */
const INSTITUTION_ACTS = /^(?:[（(][^）)]*[）)])?(?:は|が|を(?:訪|表敬)|では|において|に(?:て|おいて)?(?:来訪|表敬)|に集ま|で(?:開催|行われ|実施)|の[^、。]{0,8}?(?:研究者|研究員|研究官|所員|教授|職員)[^、。]{0,6}?(?:は|が))/;

/**
 * Among the entries of one surface form: after a foreign personal name (モディ首相, katakana
 * right before) a title reading wins; otherwise a title that needs a country before it
 * (防衛大臣, 首相) gives way to the Japanese principal or is no reading at all.
 */
function pickEntry(values: Entry[], afterName: boolean): Entry | undefined {
  if (afterName) {
    const title = values.find((v) => v.kind === 'title');
    if (title) return title;
  }
  return values.find((v) => !(v.kind === 'title' && v.onlyAfterCountry) && v.kind !== 'surname-title');
}

/** Entries that are names (places, exercises): they must end where a katakana word ends. */
const isName = (e: Entry): boolean => e.kind === 'hide' || e.kind === 'exercise' || e.kind === 'region';

function codesOf(units: Unit[]): string[] {
  return [...new Set(units.map((u) => u.code))].filter((c) => c !== 'JPN').sort();
}
