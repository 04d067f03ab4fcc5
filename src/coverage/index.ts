/**
 * Coverage: which partners and which period a source reports on, so that "no event" (a source
 * looked and reports none) can be told from "not covered" (no source looks there). Pure.
 *
 * A source covers
 *  - the partners its sections and title are about (a region's section covers the region's
 *    countries), and the partners of its bilateral and trilateral events (a forum's long member
 *    list does not make a release about the forum cover each member);
 *  - the period where most of its dated events lie: the shortest run of months holding two thirds of its
 * *  month- or day-dated records (a white paper's history paragraphs do not stretch its year back
 *    a decade), widened to its publication month for a press release, transcript or activity page.
 */
import type { SourceCoverage, SourceKind } from '../model/atlas.js';
import type { KoryuDocument, SectionSubject } from '../model/document.js';
import type { KoryuEvent } from '../model/event.js';

/** What coverage needs of the gazetteer. */
export interface CoverageGazetteer {
  countries: readonly { iso3: string; region: string; territoryOf?: string }[];
}

/** A source as the coverage grid sees it. */
export interface CoverageSource {
  id: string;
  path: string;
  kind?: SourceKind;
  published?: string;
  coverage?: SourceCoverage;
}

const SHARE = 2 / 3;

const monthIndex = (m: string): number => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const monthOf = (i: number): string => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** The shortest run of months holding SHARE of the dates (year-only dates count only when nothing finer exists). */
export function coveragePeriod(dates: readonly string[], also: readonly string[] = []): { from: string; to: string } | undefined {
  const months = dates.filter((d) => d.length >= 7).map((d) => monthIndex(d));
  const extra = also.filter((d) => d.length >= 7).map((d) => monthIndex(d));
  if (months.length === 0) {
    // Only years: the whole of those years.
    for (const y of dates.filter((d) => d.length === 4)) extra.push(monthIndex(`${y}-01`), monthIndex(`${y}-12`));
  }
  if (months.length === 0 && extra.length === 0) return undefined;
  let lo = Infinity;
  let hi = -Infinity;
  if (months.length) {
    months.sort((a, b) => a - b);
    const k = Math.max(1, Math.ceil(SHARE * months.length));
    let best = 0;
    for (let i = 0; i + k - 1 < months.length; i++) if (months[i + k - 1] - months[i] < months[best + k - 1] - months[best]) best = i;
    lo = months[best];
    hi = months[best + k - 1];
  }
  for (const m of extra) {
    lo = Math.min(lo, m);
    hi = Math.max(hi, m);
  }
  return { from: monthOf(lo), to: monthOf(hi) };
}

function subjectCodes(s: SectionSubject | undefined, gaz: CoverageGazetteer): string[] {
  if (!s) return [];
  if (s.kind === 'country' || s.kind === 'organization') return s.codes;
  if (s.kind === 'region' && s.region) return gaz.countries.filter((c) => c.region === s.region && !c.territoryOf).map((c) => c.iso3);
  return [];
}

/** Kinds that report on the time they were published (a white paper looks back over a year). */
const DATED_BY_PUBLICATION: ReadonlySet<string> = new Set(['press-release', 'transcript', 'activity']);

export function documentCoverage(doc: KoryuDocument, events: readonly KoryuEvent[], gaz: CoverageGazetteer): SourceCoverage {
  const partners = new Set<string>();
  for (const s of doc.sections) for (const c of subjectCodes(s.subject, gaz)) partners.add(c);
  for (const c of subjectCodes(doc.subject, gaz)) partners.add(c);
  return eventsCoverage(events, partners, doc.context.kind, doc.context.published);
}

/** Coverage from a source's events alone (and the partners its sections name, when known). */
export function eventsCoverage(
  events: readonly KoryuEvent[],
  partners: Iterable<string> = [],
  kind?: string,
  published?: string,
): SourceCoverage {
  const codes = new Set(partners);
  for (const e of events) if (e.format !== 'multilateral') for (const p of e.partners) if (p !== 'JPN') codes.add(p);
  const period = coveragePeriod(
    events.map((e) => e.date),
    kind && published && DATED_BY_PUBLICATION.has(kind) ? [published] : [],
  );
  return { partners: [...codes].sort(), ...(period ?? {}) };
}

/** Whether a source's coverage includes a partner in a year (any month of it). */
export function covers(c: SourceCoverage | undefined, partner: string, year: number): boolean {
  if (!c || !c.from || !c.to || !c.partners.includes(partner)) return false;
  return Number(c.from.slice(0, 4)) <= year && year <= Number(c.to.slice(0, 4));
}
