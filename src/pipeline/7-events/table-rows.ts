/**
 * Events in the rows of a table given as CSV (stage 3 makes its 'table-row' blocks): a white paper's
 * appendix (資料) lists exchanges row by row — a category cell (防衛首脳などのハイレベル交流), a date
 * cell in two-digit years (「17.11」「19.7.30〜8.1」) and a nominal event cell (「統幕長UAE訪問」
 * 「日UAE防衛相電話会談」) under a country marker 【UAE】 — or trainings under a header
 * (区分,訓練名,期間,場所,参加国,…). A row is read with the shared vocabularies (titles, triggers,
 * exercise names, the gazetteer) and the words of data/events/table-rows.json (codebook 236–239, 242–249).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Block, KoryuDocument } from '../../model/document.js';
import { formatForPartners, isHighLevel, JP_ROLES, levelForRole, type EventKind, type JpRole, type Mode } from '../../model/event.js';
import { normalizeInline } from '../2-normalize/index.js';
import { formatDate } from '../5-time/calendar.js';
import { eraToGregorian } from '../5-time/eras.js';
import { parseTimeExpressions } from '../5-time/parse.js';
import { findMentions } from '../6-mentions/find.js';
import type { Mention } from '../6-mentions/types.js';
import { alternation } from '../word-alternation.js';
import type { Candidate, SentenceTrace } from './types.js';
import { RULESET_VERSION } from './types.js';
import { loadVocabulary, type Trigger, type Vocabulary } from './vocabulary.js';

export const TABLE_ROW_RULE = 'table.row';

const TableWordsSchema = z.object({
  $comment: z.string().optional(),
  headers: z.object({
    date: z.array(z.string().min(1)),
    name: z.array(z.string().min(1)),
    partners: z.array(z.string().min(1)),
    other: z.array(z.string().min(1)),
  }),
  trainingNames: z.array(z.string().min(1)),
  visits: z.object({ abroad: z.array(z.string().min(1)), toJapan: z.array(z.string().min(1)) }),
  bareTitles: z.record(z.string(), z.enum(JP_ROLES)),
  unitExchanges: z.array(z.string().min(1)),
  craft: z.array(z.string().min(1)),
  dispatch: z.array(z.string().min(1)),
});
type TableWords = z.infer<typeof TableWordsSchema>;

let cachedWords: TableWords | undefined;
function loadTableWords(): TableWords {
  if (cachedWords) return cachedWords;
  const file = new URL('../../../data/events/table-rows.json', import.meta.url);
  const r = TableWordsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!r.success) throw new Error(`data/events/table-rows.json: invalid at ${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}`);
  return (cachedWords = r.data);
}


/** 【UAE】: the country the rows below are about, until the next marker (codebook 237). */
const MARKER = /^[【［\[]([^】］\]]{1,30})[】］\]]$/;
/** A period in the table's title: 「(2017.4.1〜2020.3.31)」「2019.4〜2022.3」. */
const PERIOD = /((?:19|20)\d{2})\.\d{1,2}(?:\.\d{1,2})?\s*[〜~～\-－–]\s*((?:19|20)\d{2})\.\d{1,2}/;
/** A date cell: 「17.11」「17.4.26」「19.7.10〜19.7.11」「19.7.30〜8.1」「2019.7.10」 (codebook 236). */
const DOTTED = /^((?:19|20)?\d{2}|(?:[RH]|令和|平成)(?:\d{1,2}|元))\.(\d{1,2})(?:\.(\d{1,2}))?(?:\s*[〜~～\-－–]\s*((?:(?:[RH]|令和|平成)(?:\d{1,2}|元)|\d{1,4})(?:\.\d{1,2}){0,2}))?$/;
/** An era year written short in a date cell: 「R1.7」「H30.11.5」「令和元.5」. */
const ERA_YEAR = /^(R|H|令和|平成)(\d{1,2}|元)$/;
const ERA_NAMES: Record<string, string> = { R: '令和', H: '平成', 令和: '令和', 平成: '平成' };
/** What a parenthesis holds besides acts: a venue, a service (「(空)」), an occasion. */
const PARENS = /[（(]([^（）()]*)[）)]/g;
const ITEM_SEPARATOR = /、|及び|および|並びに/;
/** Talks triggers that fit a table's nominal row; 「協議」「対話」 count here (the row is an exchange). */
const ROLE_BEFORE_TRIGGER = /(?:防衛相|国防相|防衛大臣|国防大臣)$/;

interface Columns {
  date?: number;
  name?: number;
  partners?: number;
  training: boolean;
}

interface Reading {
  kind: EventKind;
  jpRole?: JpRole;
  mode?: Mode;
  partners: string[];
  name?: string;
  instrument?: Candidate['instrument'];
  milestone?: Candidate['milestone'];
  method?: Candidate['method'];
  field?: string;
  /** A forum: multilateral whatever its partners. */
  forum?: boolean;
  /** How sure the reading is (raw confidence, before stage 9). */
  confidence: number;
  why: string;
}

interface RowState {
  period?: { from: number; to: number };
  columns?: Columns;
  marker?: string[];
}

/** The candidates of every table row of the document, and a trace line per row when asked. */
export function tableRowCandidates(doc: KoryuDocument, trace?: SentenceTrace[]): Candidate[] {
  const rows = doc.blocks.filter((b) => b.type === 'table-row' && b.cells);
  if (!rows.length) return [];
  const words = loadTableWords();
  const state: RowState = {};
  const published = doc.context.published ? Number(doc.context.published.slice(0, 4)) : undefined;
  const out: Candidate[] = [];
  for (const block of rows) {
    const t: SentenceTrace | undefined = trace
      ? { sentenceId: block.id, text: block.clean.text, span: block.span, sectionPath: [], blockType: 'table-row', fired: [] }
      : undefined;
    if (t) trace!.push(t);
    const made = readRow(doc, block, state, words, published);
    if (typeof made === 'string') {
      if (t) t.skipped = made;
      continue;
    }
    for (const c of made.candidates) out.push(c);
    // One line for the row: --explain links it to every event the row made.
    if (t) t.fired.push({ rule: TABLE_ROW_RULE, reason: `${[...new Set(made.whys)].join('; ')} in 「${made.cell}」` });
  }
  return out;
}

function readRow(
  doc: KoryuDocument,
  block: Block,
  state: RowState,
  words: TableWords,
  published: number | undefined,
): { candidates: Candidate[]; whys: string[]; cell: string } | string {
  const cells = block.cells!.map((c) => normalizeInline(c.text));
  const filled = cells.map((c, i) => (c ? i : -1)).filter((i) => i >= 0);
  for (const c of cells) {
    const p = PERIOD.exec(c);
    if (p && !dateOf(c, state, published)) state.period = { from: Number(p[1]), to: Number(p[2]) };
  }
  if (filled.length === 1) {
    const only = cells[filled[0]];
    const marker = MARKER.exec(only);
    if (marker) {
      const codes = partnerCodes(findMentions(marker[1]));
      state.marker = codes.length ? codes : undefined;
      state.columns = undefined;
      return `a country marker: the rows below are about ${codes.join(', ') || 'no partner known'}`;
    }
    // A title or a sub-table's name (「海上自衛隊」): a header of its own may follow.
    if (!dateOf(only, state, published)) {
      state.columns = undefined;
      return 'a title row';
    }
  }
  const header = headerColumns(cells, words);
  if (header) {
    state.columns = header;
    return 'a header row: names the columns';
  }
  const cols = state.columns;
  let dateAt = cols?.date !== undefined && dateOf(cells[cols.date] ?? '', state, published) ? cols.date : -1;
  if (dateAt < 0) dateAt = cells.findIndex((c) => !!dateOf(c, state, published));
  if (dateAt < 0) {
    return cells.some((c) => DOTTED.test(c))
      ? 'a two-digit year, and neither the table nor the document says its century'
      : 'no date cell: not an exchange';
  }
  const date = dateOf(cells[dateAt], state, published)!;
  const nameAt = cols?.name !== undefined && cells[cols.name] ? cols.name : cells.findIndex((c, i) => i > dateAt && !!c);
  if (nameAt < 0 || !cells[nameAt]) return 'a date without an event cell';
  const named = cols?.partners !== undefined ? partnerCodes(findMentions(cells[cols.partners] ?? '')) : countryCells(cells.slice(0, dateAt));
  const readings = cols?.training
    ? trainingRow(cells[nameAt], named, state.marker)
    : eventCell(cells[nameAt], named.length ? named : undefined, state.marker, words);
  if (typeof readings === 'string') return readings;
  const cell = block.cells![nameAt];
  const evidence = { start: block.span.start, end: block.span.end, text: doc.source.text.slice(block.span.start, block.span.end) };
  return { candidates: readings.map((r) => candidateOf(doc, r, date, evidence)), whys: readings.map((r) => r.why), cell: cell.text };
}

/** The columns a header row names, when two of its cells at least are header words. */
function headerColumns(cells: string[], words: TableWords): Columns | undefined {
  const starts = (c: string, list: string[]): boolean => list.some((w) => c.startsWith(w) || c === `(${w})`);
  let hits = 0;
  const cols: Columns = { training: false };
  cells.forEach((c, i) => {
    if (!c) return;
    if (starts(c, words.headers.date)) cols.date ??= i;
    else if (starts(c, words.headers.name)) {
      cols.name ??= i;
      if (starts(c, words.trainingNames)) cols.training = true;
    } else if (starts(c, words.headers.partners)) cols.partners ??= i;
    else if (!starts(c, words.headers.other)) return;
    hits++;
  });
  return hits >= 2 && (cols.date !== undefined || cols.name !== undefined) ? cols : undefined;
}

/** Without a partners column, the cells before the date that are a country and nothing else (「オーストラリア,18.5,…」). */
function countryCells(cells: string[]): string[] {
  const codes: string[] = [];
  for (const c of cells) {
    const m = c ? findMentions(c) : [];
    if (m.length === 1 && (m[0].type === 'country' || m[0].type === 'organization') && m[0].local.start === 0 && m[0].local.end === c.length) codes.push(...m[0].codes);
  }
  return [...new Set(codes)].filter((c) => c !== 'JPN').sort();
}

/** Partner codes of a cell's mentions: countries, organizations, foreign titles with their country; never Japan. */
function partnerCodes(mentions: Mention[]): string[] {
  const codes = mentions
    .filter((m) => m.type === 'country' || m.type === 'organization' || m.type === 'foreign-title')
    .flatMap((m) => m.codes)
    .filter((c) => c !== 'JPN');
  return [...new Set(codes)].sort();
}

/**
 * A date cell read with the century of the table's period, else of the document's year (codebook 236):
 * 「17.11」 → 2017-11, 「19.7.30〜8.1」 → 2019-07-30 … 2019-08-01. Cells written with 年 go to the time stage's parser.
 */
export function dateOf(cell: string, state: Pick<RowState, 'period'>, published: number | undefined): { date: string; end?: string } | undefined {
  const m = DOTTED.exec(cell);
  if (!m) {
    if (!/[0-9０-９元]年/.test(cell) || cell.length > 30) return undefined;
    const { mentions } = parseTimeExpressions(cell, {}, published ? { year: published } : undefined);
    const t = mentions[0];
    if (!t || t.local.start > 1 || !t.dates.length || (t.kind !== 'point' && t.kind !== 'span')) return undefined;
    return t.kind === 'span' && t.end ? { date: t.dates[0], end: t.end } : { date: t.dates[0] };
  }
  const year = fullYear(m[1], state, published);
  if (year === undefined) return undefined;
  const month = Number(m[2]);
  const day = m[3] ? Number(m[3]) : undefined;
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return undefined;
  const date = formatDate(year, month, day);
  if (!m[4]) return { date };
  const written = m[4].split('.');
  const parts = written.map(Number);
  const yearOf = (w: string): number | undefined => fullYear(ERA_YEAR.test(w) ? w : w.padStart(2, '0'), state, published);
  let end: string | undefined;
  if (parts.length === 3) {
    const y = yearOf(written[0]);
    if (y !== undefined) end = formatDate(y, parts[1], parts[2]);
  } else if (parts.length === 2) {
    // After a day, two numbers are a month and a day (「〜8.1」); after a month, a year and a month.
    if (day !== undefined && !ERA_YEAR.test(written[0])) end = formatDate(parts[0] < month ? year + 1 : year, parts[0], parts[1]);
    else {
      const y = yearOf(written[0]);
      if (y !== undefined) end = formatDate(y, parts[1]);
    }
  } else if (day !== undefined) end = formatDate(year, month, parts[0]);
  else end = formatDate(parts[0] < month ? year + 1 : year, parts[0]);
  return end && end > date ? { date, end } : { date };
}

/** A two-digit year's century: the one that puts it in (or next to) the table's period, else at or before the document's year. */
function fullYear(yy: string, state: Pick<RowState, 'period'>, published: number | undefined): number | undefined {
  const era = ERA_YEAR.exec(yy);
  if (era) return eraToGregorian(ERA_NAMES[era[1]], era[2] === '元' ? 1 : Number(era[2]));
  if (yy.length === 4) return Number(yy);
  const n = Number(yy);
  const options = [1900 + n, 2000 + n];
  if (state.period) return options.find((y) => y >= state.period!.from - 1 && y <= state.period!.to + 1);
  if (published) return options.find((y) => y <= published && y > published - 50);
  return undefined;
}

/** A row of a trainings table (its name column is 訓練名): one exercise, partners from its 参加国 cell (codebook 245). */
function trainingRow(cell: string, named: string[], marker: string[] | undefined): Reading[] | string {
  const mentions = findMentions(cell);
  const exercise = mentions.find((m) => m.type === 'exercise');
  const parens = [...cell.matchAll(PARENS)].map((p) => p[1]).filter((p) => /[0-9０-９]/.test(p) && /[ァ-ヶー]/.test(p));
  const name = exercise?.name ?? parens[parens.length - 1] ?? cell.replace(PARENS, '');
  let partners = named;
  let confidence = 0.85;
  if (!partners.length) {
    partners = partnerCodes(mentions.filter((m) => m.type !== 'exercise'));
    if (!partners.length) partners = exercise?.codes.filter((c) => c !== 'JPN') ?? [];
    if (!partners.length) partners = marker ?? [];
    confidence = 0.75;
  }
  if (!partners.length) return 'a training with no foreign participant named';
  return [{ kind: 'exercise', jpRole: 'unit', partners, name, confidence, why: 'a training row' }];
}

/**
 * The events of a nominal event cell (codebook 242–244): each item (the cell's main text, and what its
 * parentheses list) is read on its own: an agreement milestone, a meeting, a visit, an exercise, a call, a unit
 * exchange. A visit whose parentheses tell what was done on it (「…訪日(…覚書署名式、防衛副大臣との会談)」) is
 * their occasion, not an event of its own.
 */
function eventCell(cell: string, named: string[] | undefined, marker: string[] | undefined, words: TableWords): Reading[] | string {
  const vocab = loadVocabulary();
  const main = cell.replace(PARENS, '');
  const inner = [...cell.matchAll(PARENS)].flatMap((p) => p[1].split(ITEM_SEPARATOR)).filter(Boolean);
  const out: Reading[] = [];
  const partnersOf = (mentions: Mention[]): { partners: string[]; own: boolean } => {
    const own = partnerCodes(mentions);
    if (own.length) return { partners: own, own: true };
    return { partners: named ?? marker ?? [], own: !!named };
  };
  // Acts told in the parentheses: a milestone, a meeting, a forum attended.
  for (const item of inner) {
    const r = agreementItem(item, partnersOf) ?? talksItem(item, partnersOf, vocab.triggers.talks) ?? forumItem(item, findMentions(item), partnersOf);
    if (r) out.push(r);
  }
  const mainMentions = findMentions(main);
  const own = agreementItem(main, partnersOf) ?? talksItem(main, partnersOf, vocab.triggers.talks);
  if (own) return [own, ...out];
  // A ship or an aircraft that goes or comes (「…艦艇の訪日」「…輸送機の…派遣」): a call, whoever's craft it is.
  const call = craftCall(cell, main, mainMentions, partnersOf, words);
  if (call) return [call];
  const forum = forumItem(main, mainMentions, partnersOf);
  if (forum) return [forum, ...out];
  const visit = visitItem(main, mainMentions, partnersOf, words, out.length > 0);
  if (visit && typeof visit !== 'string' && out.length) {
    // The visit's parentheses tell what was done on it: those are the events (a forum attended on the trip,
    // a meeting whose principal is the visitor's), not the visit.
    return out.map((r) => (r.kind === 'talks' && !r.jpRole && visit.jpRole ? { ...r, jpRole: visit.jpRole, confidence: r.confidence + 0.15 } : r));
  }
  if (visit) return typeof visit === 'string' ? (out.length ? out : visit) : [visit];
  if (out.length) return out;
  const act = actItem(main, mainMentions, partnersOf, words, vocab);
  return act ?? 'no act word in the event cell';
}

type PartnersOf = (mentions: Mention[]) => { partners: string[]; own: boolean };

/** 「日UAE防衛協力・交流覚書署名式」: an instrument and its milestone in one item. */
function agreementItem(item: string, partnersOf: PartnersOf): Reading | undefined {
  const mentions = findMentions(item);
  const instrument = mentions.find((m) => m.type === 'instrument');
  const milestone = mentions.find((m) => m.type === 'milestone' && instrument && m.local.start >= instrument.local.end);
  if (!instrument || !milestone) return undefined;
  const { partners, own } = partnersOf(mentions);
  if (!partners.length) return undefined;
  return {
    kind: 'agreement',
    partners,
    name: item.slice(0, instrument.local.end),
    instrument: instrument.instrument,
    milestone: milestone.milestone,
    confidence: own ? 0.85 : 0.75,
    why: `an agreement milestone (${milestone.text})`,
  };
}

/** 「日UAE防衛相電話会談」「第1回日UAE防衛当局間協議」「防衛副大臣との会談」: a meeting noun, its principal and mode. */
function talksItem(item: string, partnersOf: PartnersOf, triggers: Trigger[]): Reading | undefined {
  let hit: { trigger: Trigger; at: number } | undefined;
  for (const trigger of triggers) {
    const at = item.indexOf(trigger.text);
    if (at >= 0 && (!hit || trigger.text.length > hit.trigger.text.length)) hit = { trigger, at };
  }
  if (!hit) return undefined;
  const before = item.slice(0, hit.at);
  const mentions = findMentions(item);
  const principal = mentions.filter((m) => m.type === 'jp-principal' && m.local.end <= hit!.at && m.jpRole !== 'unit').pop();
  const role = principal?.jpRole ?? (ROLE_BEFORE_TRIGGER.test(before) ? 'minister' : undefined) ?? hit.trigger.jpRole;
  const { partners, own } = partnersOf(mentions);
  if (!partners.length) return undefined;
  const mode = hit.trigger.mode ?? modeOf(item) ?? 'in-person';
  let confidence = own ? 0.85 : 0.75;
  if (!role) confidence -= 0.15;
  if (hit.trigger.weak && !mentions.some((m) => m.compound)) confidence -= 0.1;
  return { kind: 'talks', jpRole: role, mode, partners, confidence, why: `a meeting (${hit.trigger.text})` };
}

function modeOf(text: string): Mode | undefined {
  for (const { mode, pattern } of loadVocabulary().modeCues) if (pattern.test(text)) return mode;
  return undefined;
}

/**
 * 「統幕長UAE訪問」: a Japanese principal's visit, a meeting for the minister … the chiefs of staff (rule 21),
 * another act below them; 「国軍参謀長訪日」: a foreign visitor's, an `other` act (rule 80) unless the cell tells
 * what was done during it (`told`).
 */
function visitItem(
  main: string,
  mentions: Mention[],
  partnersOf: PartnersOf,
  words: TableWords,
  told: boolean,
): Reading | string | undefined {
  const abroad = new RegExp(`(?:${alternation(words.visits.abroad)})`).exec(main);
  const toJapan = new RegExp(`(?:${alternation(words.visits.toJapan)})`).exec(main);
  if (!abroad && !toJapan) return undefined;
  if (toJapan && (!abroad || toJapan.index < abroad.index)) {
    if (told) return 'a visit to Japan: the acts its parentheses tell are the events';
    const { partners, own } = partnersOf(mentions);
    if (!partners.length) return 'a visit to Japan by no country known';
    return { kind: 'other', partners, confidence: own ? 0.7 : 0.6, why: 'a foreign visit to Japan' };
  }
  const at = abroad!.index;
  const principal = mentions.filter((m) => m.type === 'jp-principal' && m.local.end <= at && m.jpRole !== 'unit').pop();
  const bare = Object.entries(words.bareTitles)
    .filter(([w]) => main.startsWith(w))
    .sort((a, b) => b[0].length - a[0].length)[0];
  const role = principal?.jpRole ?? bare?.[1];
  if (!role) return 'a visit with no Japanese principal';
  const { partners, own } = partnersOf(mentions.filter((m) => m.local.start < at));
  if (!partners.length) return 'a visit to no country known';
  const top = role === 'prime-minister' || isHighLevel({ kind: 'talks', format: 'bilateral', jpRole: role });
  if (!top) return { kind: 'other', jpRole: role, partners, confidence: own ? 0.7 : 0.6, why: `a visit by ${role}` };
  return { kind: 'talks', jpRole: role, mode: 'in-person', partners, confidence: own ? 0.85 : 0.75, why: `a visit by ${role}` };
}

/** A craft's call: a port-call word (寄港, 国外運航訓練, 「…艦艇の訪日」) or a craft sent to a country (「…輸送機のUAE派遣」). */
function craftCall(cell: string, main: string, mentions: Mention[], partnersOf: PartnersOf, words: TableWords): Reading | undefined {
  const vocab = loadVocabulary();
  const written = vocab.triggers['port-call'].find((t) => cell.includes(t.text))?.text ?? vocab.patternTriggers['port-call'].map((p) => matchOf(p.regex, main)).find(Boolean);
  const sent = new RegExp(`(?:${alternation(words.craft)})[^、]{0,12}?(?:${alternation(words.dispatch)})`).exec(main)?.[0];
  if (!written && !sent) return undefined;
  const { partners, own } = partnersOf(mentions);
  if (!partners.length) return undefined;
  const confidence = (own ? 0.8 : 0.7) - (written ? 0 : 0.05);
  return { kind: 'port-call', jpRole: 'unit', partners, confidence, why: `a call (${written ?? sent})` };
}

function matchOf(regex: RegExp, text: string): string | undefined {
  regex.lastIndex = 0;
  const m = regex.exec(text);
  regex.lastIndex = 0;
  return m?.[0];
}

/**
 * 「拡大ASEAN国防相会議(ADMMプラス)出席」「シャングリラ会合(シンガポール)」: a forum of the gazetteer named in a row of
 * Japan's exchanges is its attendance (codebook 248): the forum's standing members, else the row's partners.
 */
function forumItem(item: string, mentions: Mention[], partnersOf: PartnersOf): Reading | undefined {
  const forum = mentions.find((m) => m.type === 'forum');
  if (!forum) return undefined;
  const principal = mentions.filter((m) => m.type === 'jp-principal' && m.jpRole !== 'unit').pop();
  const members = forum.codes.filter((c) => c !== 'JPN');
  const { partners, own } = members.length ? { partners: members, own: true } : partnersOf(mentions.filter((m) => m !== forum));
  return {
    kind: 'conference',
    jpRole: principal?.jpRole,
    mode: modeOf(item) ?? 'in-person',
    partners,
    name: forum.name,
    forum: true,
    confidence: (own ? 0.8 : 0.65) - (principal ? 0 : 0.1),
    why: `a forum (${forum.text})`,
  };
}

/** Units' acts and the other kinds' nouns: an exercise (親善訓練), a unit exchange, capacity building, equipment, personnel, another act. */
function actItem(main: string, mentions: Mention[], partnersOf: PartnersOf, words: TableWords, vocab: Vocabulary): Reading[] | undefined {
  const { partners, own } = partnersOf(mentions);
  if (!partners.length) return undefined;
  const confidence = own ? 0.8 : 0.7;
  const exercise = mentions.find((m) => m.type === 'exercise');
  const training = vocab.triggers.exercise.find((t) => !t.weak && main.includes(t.text));
  if (exercise || training) {
    return [{ kind: 'exercise', jpRole: 'unit', partners, name: exercise?.name, confidence, why: `an exercise (${exercise?.text ?? training!.text})` }];
  }
  const exchange = words.unitExchanges.find((w) => main.includes(w));
  if (exchange) return [{ kind: 'other', jpRole: 'unit', partners, confidence: confidence - 0.05, why: `a unit exchange (${exchange})` }];
  // 「…能力構築支援(派遣)」「…セミナー」 on a field of support: one activity (codebook 249).
  const field = mentions.find((m) => m.type === 'field');
  const support = vocab.triggers['capacity-building'].find((t) => main.includes(t.text) && (!t.weak || field));
  if (support) {
    const method = support.method ?? vocab.methodCues.find((c) => c.pattern.test(main))?.method ?? 'dispatch';
    return [
      {
        kind: 'capacity-building',
        partners,
        method,
        mode: method === 'online' ? 'video' : 'in-person',
        ...(field?.field ? { field: field.field } : {}),
        confidence: confidence - (support.weak ? 0.1 : 0),
        why: `capacity building (${support.text})`,
      },
    ];
  }
  for (const kind of ['equipment', 'personnel', 'other'] as const) {
    const t = vocab.triggers[kind].find((x) => !x.weak && !x.forum && main.includes(x.text));
    if (t) return [{ kind, partners, confidence: confidence - 0.1, why: `${kind} (${t.text})` }];
  }
  return undefined;
}

function candidateOf(
  doc: KoryuDocument,
  r: Reading,
  date: { date: string; end?: string },
  evidence: { start: number; end: number; text: string },
): Candidate {
  const partners = [...new Set(r.partners)].filter((c) => c !== 'JPN').sort();
  const c: Candidate = {
    kind: r.kind,
    date: date.date,
    partners,
    format: formatForPartners(partners, r.forum),
    highLevel: false,
    evidence: [evidence],
    confidence: Math.round(r.confidence * 100) / 100,
    rule: `${TABLE_ROW_RULE}@${RULESET_VERSION}`,
    source: doc.source.path,
    sentenceId: -1,
    sectionId: -1,
  };
  if (date.end) c.dateEnd = date.end;
  if (r.jpRole) c.jpRole = r.jpRole;
  if (r.kind === 'talks' || r.kind === 'conference') {
    const level = levelForRole(r.jpRole);
    if (level) c.level = level;
    c.mode = r.mode ?? 'in-person';
  }
  if (r.name) c.name = r.name;
  if (r.instrument) c.instrument = r.instrument;
  if (r.milestone) c.milestone = r.milestone;
  if (r.method) c.method = r.method;
  if (r.field) c.field = r.field;
  if (r.kind === 'capacity-building' && r.mode) c.mode = r.mode;
  c.highLevel = isHighLevel(c);
  return c;
}
