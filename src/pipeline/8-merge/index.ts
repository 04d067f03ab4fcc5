/**
 * Stage 8: one event per engagement. Candidates that describe the same engagement — in one
 * sentence or in several sections — become one event with several evidences. Ids derive from the
 * event's identity (not from offsets or a counter), so re-running on the same or a slightly edited
 * input keeps the ids of unchanged events.
 */
import { createHash } from 'node:crypto';
import type { KoryuDocument } from '../../model/document.js';
import { isHighLevel, JP_ROLES, levelForRole, type KoryuEvent, type Mode } from '../../model/event.js';
import type { Candidate } from '../7-events/types.js';

/** The identity of an engagement: what must agree for two mentions to be the same event. */
export function identityKey(e: Omit<KoryuEvent, 'id'>): string {
  return identityKeyAt(e, e.date);
}

/** identityKey with `date` in place of the event's own (no copy of the event needed). */
function identityKeyAt(e: Omit<KoryuEvent, 'id'> & { distinct?: string }, date: string): string {
  // The same string as joining the fields with '|' (an absent field as ''), built without arrays: this
  // runs several times for every candidate.
  const partners = e.partners.length === 1 ? e.partners[0] : e.partners.join(',');
  let base = e.kind + '|' + date + '|' + partners;
  if (e.distinct && e.kind !== 'conference') base += '|' + e.distinct;
  switch (e.kind) {
    case 'talks':
      // A phone call and a meeting in person in the same month are two meetings.
      return base + '|' + (e.jpRole ?? '') + '|' + (e.name ?? '') + '|' + (e.mode === 'unknown' ? '' : (e.mode ?? ''));
    case 'exercise':
      return base + '|' + (e.name ?? '');
    case 'agreement':
      return base + '|' + (e.instrument ?? '') + '|' + (e.milestone ?? '');
    case 'capacity-building':
      return base + '|' + (e.method ?? '') + '|' + (e.field ?? '');
    case 'conference':
      // A forum of the gazetteer is one forum under all its names (ADMMプラス, 拡大ASEAN国防相会議).
      return e.kind + '|' + date + '|' + (e.distinct ?? e.name ?? '');
    default:
      return base;
  }
}

export function eventId(key: string): string {
  return 'ev-' + createHash('sha256').update(key).digest('hex').slice(0, 12);
}

/** A specific mode beats 'unknown'; otherwise the first mention's mode stands. */
function mergeMode(a: Mode | undefined, b: Mode | undefined): Mode | undefined {
  if (!a || a === 'unknown') return b ?? a;
  return a;
}

/** The identity of an engagement leaving its date out, to find a dated twin of a period-dated activity. */
const undatedKey = (e: Omit<KoryuEvent, 'id'>) => identityKeyAt(e, '');

/** A meeting told apart by the counterpart it names (codebook 321): its identity without that name. */
const unnamedKey = (e: Omit<KoryuEvent, 'id'> & { distinct?: string }) =>
  e.distinct?.startsWith('name:') ? undatedKey({ ...e, distinct: undefined } as Omit<KoryuEvent, 'id'>) : undefined;

/**
 * An activity dated only by a stated period (「2020年1月から2021年3月までの間に実施した…」) is the
 * same engagement as one of the same identity dated precisely inside that period elsewhere in the
 * document (the country section's 「2020年1月、ハノイにおいて…セミナー」): fold it into that one.
 */
function foldPeriodDated(candidates: Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.periodDated)) return candidates;
  // Per identity, the precisely dated candidates that can be found: the search below takes the
  // first in document order whose date is in the period, and that test reads only the date, so
  // only the first candidate of each date matters (each list is as short as the document's
  // distinct dates, however long the document is).
  const precise = new Map<string, Map<string, Candidate>>();
  for (const c of candidates) {
    if (c.periodDated) continue;
    // A meeting named by its counterpart is also a twin of the trip's mention that names no one (「…を訪問し、
    // …と会談」 over the trip's days, then 「3日、X国防大臣と会談」): the first named one, as adoptNamedTwins reads it.
    for (const key of [undatedKey(c), unnamedKey(c)]) {
      if (key === undefined) continue;
      const twins = precise.get(key);
      if (!twins) precise.set(key, new Map([[c.date, c]]));
      else if (!twins.has(c.date)) twins.set(c.date, c);
    }
  }
  // The starts of each twin's evidence, to add a folded evidence once.
  const starts = new Map<Candidate, Set<number>>();
  return candidates.flatMap((c) => {
    if (!c.periodDated || !c.dateEnd) return [c];
    let twin: Candidate | undefined;
    for (const [date, p] of precise.get(undatedKey(c)) ?? []) {
      if (within(date.slice(0, 7), c.date, c.dateEnd) && within(date, c.date, c.dateEnd)) {
        twin = p;
        break;
      }
    }
    if (!twin) return [c];
    let seen = starts.get(twin);
    if (!seen) starts.set(twin, (seen = new Set(twin.evidence.map((x) => x.start))));
    for (const ev of c.evidence) {
      if (seen.has(ev.start)) continue;
      seen.add(ev.start);
      twin.evidence.push(ev);
    }
    return [];
  });
}

/**
 * Meetings of a trip told apart by the counterpart they name (codebook 321, distinct `name:…`): a mention of the same
 * meeting that names no one (the lead's 「…を訪問し、国防省幹部と意見交換」, a later 「国防次官と会談」) is the first of them.
 */
function adoptNamedTwins(candidates: Candidate[]): Candidate[] {
  const named = new Map<string, string>();
  for (const c of candidates) {
    if (c.kind !== 'talks' || !c.distinct?.startsWith('name:')) continue;
    const key = identityKey({ ...c, distinct: undefined } as Candidate);
    if (!named.has(key)) named.set(key, c.distinct);
  }
  if (!named.size) return candidates;
  return candidates.map((c) => {
    if (c.kind !== 'talks' || c.distinct) return c;
    const distinct = named.get(identityKey(c));
    return distinct ? { ...c, distinct } : c;
  });
}

/**
 * A meeting told with no word of its mode (the default, in person) is the same meeting as the one of its identity whose
 * mode another mention states — a transcript's title 「…電話会談後の臨時会見」 over 「本日、…と会談を実施いたしました」 — when
 * exactly one mode is stated for that identity; two stated modes are two meetings (a call, then a meeting) and the
 * assumed one stays as it is (codebook 507).
 */
function adoptStatedModes(candidates: Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.modeAssumed)) return candidates;
  // The counterpart's name that tells a trip's meetings apart (codebook 321) is left out: a title names no one.
  const keyOf = (c: Candidate) =>
    identityKey({ ...c, mode: 'unknown', distinct: c.distinct?.startsWith('name:') ? undefined : c.distinct } as Candidate);
  const stated = new Map<string, Set<Mode>>();
  for (const c of candidates) {
    if (c.kind !== 'talks' || c.modeAssumed || !c.mode || c.mode === 'unknown') continue;
    const key = keyOf(c);
    (stated.get(key) ?? stated.set(key, new Set()).get(key)!).add(c.mode);
  }
  if (!stated.size) return candidates;
  return candidates.map((c) => {
    if (c.kind !== 'talks' || !c.modeAssumed) return c;
    const modes = stated.get(keyOf(c));
    return modes?.size === 1 ? { ...c, mode: [...modes][0] } : c;
  });
}

/**
 * A capacity-building mention that names no field (a page's aside 「なお、…派遣事業としては、初めて女性自衛官が参加しました」
 * read with the page's 期間 and partners) is the same project as the one of its date, partners and method that names one,
 * when exactly one field is named for them (codebook 360).
 */
function adoptFieldTwins(candidates: Candidate[]): Candidate[] {
  const fields = new Map<string, Set<string>>();
  const keyOf = (c: Candidate) => identityKey({ ...c, field: undefined } as Candidate) + '|' + (c.dateEnd ?? '');
  for (const c of candidates) {
    if (c.kind !== 'capacity-building' || !c.field) continue;
    const key = keyOf(c);
    (fields.get(key) ?? fields.set(key, new Set()).get(key)!).add(c.field);
  }
  if (!fields.size) return candidates;
  return candidates.map((c) => {
    if (c.kind !== 'capacity-building' || c.field) return c;
    const named = fields.get(keyOf(c));
    return named?.size === 1 ? ({ ...c, field: [...named][0] } as Candidate) : c;
  });
}

/** Whether a partial date falls in [from, to], each compared at the precision both have (2018-08 is in 2018-08-19..20). */
function within(date: string, from: string, to: string): boolean {
  const cut = (a: string, b: string) => a.slice(0, Math.min(a.length, b.length));
  return cut(date, from) >= cut(from, date) && cut(date, to) <= cut(to, date);
}

/**
 * 「昨年の日豪2プラス2に際して」 (a year) restates the 2+2 the text dated to its month elsewhere: talks of
 * one identity whose date is a coarser prefix of another's are that meeting (the precise date stands). So is
 * another act a unit page tells again in detail, dated only by the page's month (「…を研修しました」, codebook 160).
 */
function foldCoarseTalks(byKey: Map<string, KoryuEvent>, merged: Set<KoryuEvent>): void {
  const byIdentity = new Map<string, { key: string; e: KoryuEvent }[]>();
  for (const [key, e] of byKey) {
    if ((e.kind !== 'talks' && e.kind !== 'other') || e.dateEnd) continue;
    const k = undatedKey(e);
    const list = byIdentity.get(k);
    if (list) list.push({ key, e });
    else byIdentity.set(k, [{ key, e }]);
  }
  for (const list of byIdentity.values()) {
    if (list.length < 2) continue;
    for (const coarse of list) {
      // Only one meeting it can restate: with two (2018-05 and 2018-10), 「2018年の…」 could be either.
      const d = coarse.e.date;
      const fines = list.filter((f) => f !== coarse && f.e.date.length > d.length && f.e.date.startsWith(d) && byKey.has(f.key));
      if (fines.length !== 1) continue;
      // One push per evidence: spreading a long list into push() overflows the stack.
      for (const ev of coarse.e.evidence) fines[0].e.evidence.push(ev);
      merged.add(fines[0].e);
      byKey.delete(coarse.key);
    }
  }
}
/** A span as one number (a string beyond 2^26 characters, where the number would not be exact). */
const SPAN_BASE = 2 ** 26;
const spanKey = (s: { start: number; end: number }): number | string =>
  s.end < SPAN_BASE ? s.start * SPAN_BASE + s.end : `${s.start}:${s.end}`;

/** A name with its edition's year (「カカドゥ2018」「コープ・ノース23」): one occurrence of the exercise. */
const EDITION_NAME = /[0-9０-９]{2,4}$/;
/** How far apart the days of one edition's mentions may lie (an exercise runs for days or weeks). */
const EDITION_DAYS = 31;

/**
 * Outside a white paper, the days a page tells of one edition of a named exercise with the same partners (「9月6日:…カカドゥ2018」
 * 「9月13日:…カカドゥ2018 閉会式」) are that one exercise: a span from the first day to the last (codebook 369). Only days
 * (a month or a period stays as it is), within a month of each other.
 */
function joinEditionDays(candidates: Candidate[], doc?: KoryuDocument): Candidate[] {
  if (!doc || doc.context.kind === 'whitepaper') return candidates;
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.kind !== 'exercise' || !c.name || !EDITION_NAME.test(c.name) || c.date.length !== 10 || (c.dateEnd && c.dateEnd.length !== 10)) continue;
    const key = c.name + '|' + c.partners.join(',');
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  // 「期間：令和3年5月10日～5月14日」 over a photo log 「5月10日 訓練開始」「5月14日 訓練終了」: the days of an unnamed exercise
  // with the same partners that all lie in one span the page states are that exercise's days (codebook 515).
  const spans = pageSpans(doc);
  if (spans.length) {
    for (const c of candidates) {
      if (c.kind !== 'exercise' || c.name || c.date.length !== 10 || (c.dateEnd && c.dateEnd.length !== 10)) continue;
      const key = '|' + c.partners.join(',');
      const g = groups.get(key);
      if (g) g.push(c);
      else groups.set(key, [c]);
    }
    for (const [key, g] of groups) {
      if (!key.startsWith('|')) continue;
      const inOne = spans.some(([from, to]) => g.every((c) => c.date >= from && (c.dateEnd ?? c.date) <= to));
      if (!inOne) groups.delete(key);
    }
  }
  const drop = new Set<Candidate>();
  for (const g of groups.values()) {
    if (g.length < 2 || new Set(g.map((c) => c.date)).size < 2) continue;
    const from = g.map((c) => c.date).sort()[0];
    const to = g.map((c) => c.dateEnd ?? c.date).sort().pop()!;
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > EDITION_DAYS) continue;
    const first = g[0];
    first.date = from;
    if (to !== from) first.dateEnd = to;
    // The starts of the evidence kept, so that joining a group stays linear in its evidence.
    const starts = new Set(first.evidence.map((e) => e.start));
    for (const c of g.slice(1)) {
      for (const e of c.evidence) {
        if (starts.has(e.start)) continue;
        starts.add(e.start);
        first.evidence.push(e);
      }
      drop.add(c);
    }
  }
  return drop.size ? candidates.filter((c) => !drop.has(c)) : candidates;
}

/** The spans of days a page states (「令和3年5月10日～5月14日」), from and to. */
function pageSpans(doc: KoryuDocument): [string, string][] {
  const spans: [string, string][] = [];
  for (const s of doc.sentences) {
    for (const t of s.time ?? []) {
      if (t.kind !== 'span' || t.dates.length !== 2 || t.dates.some((d) => d.length !== 10)) continue;
      spans.push([t.dates[0], t.dates[1]]);
    }
  }
  return spans;
}

export function mergeEvents(all: Candidate[], doc?: KoryuDocument): KoryuEvent[] {
  const candidates = joinEditionDays(foldPeriodDated(adoptFieldTwins(adoptNamedTwins(adoptStatedModes(all)))), doc);
  const byKey = new Map<string, KoryuEvent>();
  // Events that received evidence from another candidate: their evidence is put in document
  // order once, at the end (a stable sort of the whole gives what sorting after each merge did).
  const merged = new Set<KoryuEvent>();
  // The spans of each merged event's evidence, to add each span once (a scan of the evidence
  // would make merging quadratic in the mentions of one engagement).
  const spans = new Map<KoryuEvent, Set<number | string>>();
  for (const c of candidates) {
    // identityKey reads only event fields, so the candidate's own bookkeeping can stay on it.
    const key = identityKey(c);
    const existing = byKey.get(key);
    if (!existing) {
      const { sentenceId, sectionId, periodDated, distinct, modeAssumed, ...fields } = c;
      void sentenceId;
      void sectionId;
      void periodDated;
      void distinct;
      void modeAssumed;
      byKey.set(key, { id: eventId(key), ...fields, evidence: [...fields.evidence] });
      continue;
    }
    let seen = spans.get(existing);
    if (!seen) spans.set(existing, (seen = new Set(existing.evidence.map(spanKey))));
    for (const ev of c.evidence) {
      const k = spanKey(ev);
      if (seen.has(k)) continue;
      seen.add(k);
      existing.evidence.push(ev);
    }
    merged.add(existing);
    existing.mode = mergeMode(existing.mode, c.mode);
    if (!existing.dateEnd && c.dateEnd) existing.dateEnd = c.dateEnd;
    // One forum told twice: the host named the second time (「米宇宙軍主催の…会議では」) is a partner too, and
    // the most senior Japanese participant named (「我が国からは、…防衛審議官が参加して議長を務め」) leads it.
    if (existing.kind === 'conference') {
      if (c.partners.some((p) => !existing.partners.includes(p))) existing.partners = [...new Set([...existing.partners, ...c.partners])].sort();
      if (c.jpRole && (!existing.jpRole || JP_ROLES.indexOf(c.jpRole) < JP_ROLES.indexOf(existing.jpRole))) {
        existing.jpRole = c.jpRole;
        existing.level = levelForRole(c.jpRole);
      }
    }
    existing.confidence = Math.min(1, Math.max(existing.confidence, c.confidence) + 0.05);
    existing.highLevel = isHighLevel(existing);
  }
  foldCoarseTalks(byKey, merged);
  for (const e of merged) e.evidence.sort((a, b) => a.start - b.start);
  // Document order, then calendar order within a sentence, so that output is stable and readable.
  return [...byKey.values()].sort(
    (a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0) || a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
}
