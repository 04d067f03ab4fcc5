import type { CoverageSource } from '../coverage/index.js';
import type { KoryuEvent } from '../model/event.js';
import type { ReportGazetteer } from './gazetteer.js';

export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Reports with a fixed name; `country-<ISO3>` is the per-country chronology. */
export const REPORT_NAMES = [
  'high-level',
  'capacity-building',
  'agreements',
  'mode-shift',
  'exercise-network',
  'partners',
  'coverage',
] as const;
export type FixedReportName = (typeof REPORT_NAMES)[number];

export const REPORT_FORMATS = ['md', 'csv', 'json', 'svg', 'html', 'table'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Inclusive months, 'YYYY-MM'. */
export interface Period {
  from: string;
  to: string;
}

export interface ReportOptions {
  /** First month, 'YYYY-MM' (inclusive). */
  from?: string;
  /** Last month, 'YYYY-MM' (inclusive). */
  to?: string;
  /** For the country chronology: how many years back from the latest event (default 3). */
  years?: number;
  /**
   * The sources with the partners and period each covers: the coverage report and the chronology
   * tell "no event" (a source covers it) from "not covered" (none does). Absent: unknown, not marked.
   */
  sources?: readonly CoverageSource[];
  /** For the coverage report: one partner only. */
  partner?: string;
}

export type PartnerType = 'country' | 'organization';

/** What every renderer needs beside the model: the events behind the numbers, names, language. */
export interface RenderContext {
  lang: Lang;
  gaz: ReportGazetteer;
  /** Events by id, for evidence lists and tooltips. */
  events: ReadonlyMap<string, KoryuEvent>;
}
