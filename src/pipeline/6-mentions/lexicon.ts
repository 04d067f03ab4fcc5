/**
 * The gazetteer compiled for the mention finder: tries over every surface form, built once per
 * gazetteer and cached. Nothing here knows a particular document.
 */
import type { Gazetteer } from '../../gazetteer/index.js';
import type { Instrument, JpRole, Level, Milestone } from '../../model/event.js';
import { Trie, fold } from './trie.js';
import { alternation } from '../word-alternation.js';

/** What a surface form of the main trie denotes. */
export type Entry =
  | { kind: 'hide' }
  | { kind: 'region'; region: string }
  | { kind: 'instrument'; instrument: Instrument; named: boolean }
  | { kind: 'milestone'; milestone: Milestone; adjacent: boolean }
  | { kind: 'exercise'; codes: string[] }
  | { kind: 'forum'; codes: string[]; id: string }
  | { kind: 'field'; field: string }
  | { kind: 'jp'; jpRole: JpRole; afterSurname?: boolean; asActor?: boolean }
  | { kind: 'title'; level: Level; onlyAfterCountry: boolean; codes: string[] }
  /** A bare title that is a counterpart's after a surname of its country (「鄭長官」): read only with that surname. */
  | { kind: 'surname-title'; level: Level; country: string; surnames: Set<number>; alsoJapanese: Set<number> };

/** A country or organization named in full (韓国, オーストラリア, NATO, 欧州連合). */
export interface PartyEntry {
  code: string;
  isOrg: boolean;
}

export interface ShortForm {
  iso3: string;
  /** May stand alone before a party noun (豪海軍); otherwise only inside a compound (日豪, 米豪). */
  alone: boolean;
}

export interface Lexicon {
  main: Trie<Entry>;
  parties: Trie<PartyEntry>;
  nouns: Trie<true>;
  /** Formations written after 第N (「米第7艦隊」, codebook 487). */
  formations: Trie<true>;
  /** Places named after a country (フィリピン海): hidden names, unless a party noun follows the name (フィリピン海軍). */
  places: Trie<true>;
  nameSuffixes: Trie<true>;
  shorts: Map<number, ShortForm>;
  notJapanBefore: Set<number>;
  /** Foreign counterparts known by name → their country and level (「エスパー」 → USA, ministerial). */
  persons: Map<string, { country: string; level: Level }>;
  /** Characters before a short form that make it a destination (訪露). */
  destinationBefore: Set<number>;
  /** Characters that end a word before a short form (年度米陸軍, 駐留仏軍): the short form is not glued to them. */
  wordEndBefore: Set<number>;
  /** Short forms that after a word are its suffix (中 in 午前中: during), never a new word after `wordEndBefore`. */
  suffixShorts: Set<number>;
  /** A legislator's title after a party (「上院軍事委員会委員長」, codebook 485), if the gazetteer lists legislatures. */
  legislator?: Legislator;
  /** A foreign institution's name after a party, with or without its head's title (codebook 489), if listed. */
  institution?: Institution;
  /** Per UTF-16 code unit (folded): START if any candidate can start there, PARTY if a party can, SHORT for a short form. */
  charFlags: Uint8Array;
}

/**
 * After the party: its chambers, a committee of any name and a title (`withChamber`), or a committee's chair
 * with no chamber written (`committeeChair`, 「独国防委員会委員長」).
 */
export interface Legislator {
  withChamber: RegExp;
  committeeChair: RegExp;
  level: Level;
}

/** After the party: an institution's name with its head's title. */
export interface Institution {
  withHead: RegExp;
  level: Level;
}

const cache = new WeakMap<Gazetteer, Lexicon>();


function institutionOf(gaz: Gazetteer): Institution | undefined {
  const t = gaz.institutions;
  if (!t) return undefined;
  // The name holds any words up to its ending (「国防大学国家戦略研究所」), then perhaps its reading in brackets.
  const name = `[\\p{sc=Han}\\p{sc=Katakana}ー・]{0,20}?(?:${alternation(t.endings)})(?:\\s?[（(][^（）()]{1,40}[）)])?`;
  return {
    withHead: new RegExp(`^${name}\\s?(?:${alternation(t.titles)})`, 'u'),
    level: t.level,
  };
}

function legislatorOf(gaz: Gazetteer): Legislator | undefined {
  const l = gaz.legislatures;
  if (!l) return undefined;
  // A committee's name may hold any words, a country's too (「下院中国特別委員会」): it is read through, up to 委員会.
  const committee = '[\\p{sc=Han}\\p{sc=Katakana}ー・]{1,14}?委員会';
  // 「上院軍事委員長」: the committee's short name glued to 委員長.
  const shortCommittee = '\\p{sc=Han}{1,6}?(?=副?委員長)';
  return {
    withChamber: new RegExp(`^(?:${alternation(l.bodies)})+(?:${committee}|${shortCommittee})?(?:${alternation(l.titles)})`, 'u'),
    committeeChair: new RegExp(`^[\\p{sc=Han}・]{1,10}?委員会副?委員長`, 'u'),
    level: l.level,
  };
}

export function lexiconOf(gaz: Gazetteer): Lexicon {
  let lex = cache.get(gaz);
  if (!lex) {
    lex = compile(gaz);
    cache.set(gaz, lex);
  }
  return lex;
}

const JAPAN = 0x65e5; // 日

export const START = 1;
export const PARTY = 2;
export const SHORT = 4;

function compile(gaz: Gazetteer): Lexicon {
  const main = new Trie<Entry>();
  const parties = new Trie<PartyEntry>();
  const nouns = new Trie<true>();
  const shorts = new Map<number, ShortForm>();
  const partner = (codes: string[] | undefined) => (codes ?? []).filter((c) => c !== 'JPN').sort();

  for (const c of gaz.countries) {
    // Japan and dependent territories are places, not partners; their names still hide the
    // names inside them (アメリカ領サモア is not アメリカ, 日本 is not 日+本).
    if (c.iso3 === 'JPN' || c.territoryOf) {
      for (const n of c.ja) main.add(n, { kind: 'hide' });
      continue;
    }
    for (const n of c.ja) parties.add(n, { code: c.iso3, isOrg: false });
    for (const s of c.short ?? []) shorts.set(s.charCodeAt(0), { iso3: c.iso3, alone: !!c.shortAlone });
  }
  for (const o of gaz.organizations) for (const n of o.ja) parties.add(n, { code: o.code, isOrg: true });
  for (const n of gaz.compounds.notNames) main.add(n, { kind: 'hide' });
  const places = new Trie<true>();
  for (const n of gaz.compounds.places) {
    main.add(n, { kind: 'hide' });
    places.add(n, true);
  }
  for (const r of gaz.regions) for (const n of r.ja) main.add(n, { kind: 'region', region: r.key });
  for (const i of gaz.instruments) for (const n of i.ja) main.add(n, { kind: 'instrument', instrument: i.instrument, named: i.named });
  for (const m of gaz.milestones) for (const n of m.ja) main.add(n, { kind: 'milestone', milestone: m.milestone, adjacent: !!m.adjacent });
  for (const e of gaz.exercises) for (const n of e.ja) main.add(n, { kind: 'exercise', codes: partner(e.participants) });
  for (const f of gaz.fora) for (const n of f.ja) main.add(n, { kind: 'forum', codes: partner(f.membership), id: f.id });
  for (const f of gaz.fields) for (const n of f.ja) main.add(n, { kind: 'field', field: f.key });
  for (const p of gaz.jpPrincipals) for (const n of p.ja) main.add(n, { kind: 'jp', jpRole: p.jpRole, ...(p.afterSurname ? { afterSurname: true } : {}), ...(p.asActor ? { asActor: true } : {}) });
  for (const t of gaz.foreignTitles) {
    for (const n of t.ja) {
      main.add(n, { kind: 'title', level: t.level, onlyAfterCountry: !!t.onlyAfterCountry, codes: partner(t.country ? [t.country] : []) });
    }
  }
  for (const t of gaz.surnameTitles) {
    const chars = (s: string | undefined) => new Set([...(s ?? '')].map((c) => c.charCodeAt(0)));
    main.add(t.title, { kind: 'surname-title', level: t.level, country: t.country, surnames: chars(t.surnames), alsoJapanese: chars(t.alsoJapanese) });
  }
  const persons = new Map<string, { country: string; level: Level }>();
  for (const p of gaz.foreignPersons) for (const n of p.ja) persons.set(n, { country: p.country, level: p.level });
  for (const n of gaz.compounds.partyNouns) nouns.add(n, true);
  const formations = new Trie<true>();
  for (const n of gaz.compounds.numberedFormations) formations.add(n, true);
  const nameSuffixes = new Trie<true>();
  for (const n of gaz.compounds.nameSuffixes) nameSuffixes.add(n, true);

  const notJapanBefore = new Set<number>();
  for (const ch of gaz.compounds.notJapanBefore) notJapanBefore.add(fold(ch.charCodeAt(0)));

  const destinationBefore = new Set<number>();
  for (const ch of gaz.compounds.destinationBefore) destinationBefore.add(fold(ch.charCodeAt(0)));
  const wordEndBefore = new Set<number>();
  for (const ch of gaz.compounds.wordEndBefore) wordEndBefore.add(fold(ch.charCodeAt(0)));
  const suffixShorts = new Set<number>();
  for (const ch of gaz.compounds.suffixShorts) suffixShorts.add(fold(ch.charCodeAt(0)));

  const charFlags = new Uint8Array(0x10000);
  for (const c of main.firstChars) charFlags[c] |= START;
  for (const c of [...parties.firstChars, ...shorts.keys(), JAPAN]) charFlags[c] |= START | PARTY;
  for (const c of shorts.keys()) charFlags[c] |= SHORT;
  const legislator = legislatorOf(gaz);
  const institution = institutionOf(gaz);
  return { main, parties, nouns, formations, places, nameSuffixes, shorts, persons, notJapanBefore, destinationBefore, wordEndBefore, suffixShorts, charFlags, ...(legislator ? { legislator } : {}), ...(institution ? { institution } : {}) };
}
