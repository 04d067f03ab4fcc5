/**
 * Reports: pure functions from events (and options) to a model, and renderers from a model to
 * md, csv, json, svg, html or a terminal table. Nothing here reads the store or prints.
 */
import { KoryuError } from '../model/errors.js';
import type { KoryuEvent } from '../model/event.js';
import { partnerName, partnerTypeOf, type ReportGazetteer } from './gazetteer.js';
import { label } from './labels.js';
import { eventInPeriod, lastYears } from './period.js';
import { renderModel } from './render/render.js';
import { indexPage } from './render/index-page.js';
import { REPORT_FORMATS, REPORT_NAMES, LANGS, type FixedReportName, type Lang, type ReportFormat, type ReportOptions, type RenderContext } from './types.js';
import { agreementsView } from './views/agreements.js';
import { capacityBuildingView } from './views/capacity-building.js';
import { countryView } from './views/country.js';
import { coverageView } from './views/coverage.js';
import { exerciseNetworkView } from './views/exercise-network.js';
import { highLevelView } from './views/high-level.js';
import { modeShiftView } from './views/mode-shift.js';
import { partnersView } from './views/partners.js';
import type { ReportView } from './views/view.js';

export * from './types.js';
export type { ReportGazetteer } from './gazetteer.js';
export { buildHighLevel, binOf, type HighLevelReport, type HighLevelRow } from './models/high-level.js';
export { buildCapacityBuilding, type CapacityBuildingReport, type CapacityBuildingRow } from './models/capacity-building.js';
export { buildAgreements, agreementMatrix, type AgreementsReport, type AgreementRow } from './models/agreements.js';
export { buildCountry, type CountryReport, type ChronologyRow } from './models/country.js';
export { buildModeShift, type ModeShiftReport, type QuarterRow } from './models/mode-shift.js';
export { buildExerciseNetwork, type ExerciseNetworkReport } from './models/exercise-network.js';
export { buildPartners, type PartnersReport, type PartnerRow } from './models/partners.js';
export { buildCoverage, type CoverageReport, type CoverageRow, type CoverageCell } from './models/coverage.js';
export { FONT_STACK } from './render/svg.js';


const VIEWS: Record<FixedReportName, ReportView<any>> = {
  'high-level': highLevelView,
  'capacity-building': capacityBuildingView,
  agreements: agreementsView,
  'mode-shift': modeShiftView,
  'exercise-network': exerciseNetworkView,
  partners: partnersView,
  coverage: coverageView,
};

export interface RenderOptions extends ReportOptions {
  format?: ReportFormat;
  lang?: Lang;
}

const VALID_NAMES = `${REPORT_NAMES.join(', ')}, country-<ISO3> (or: country ISO3)`;

/** The view for a report name; `country-AUS` checks the code against the gazetteer. */
export function reportView(name: string, gaz: ReportGazetteer): ReportView<any> {
  if ((REPORT_NAMES as readonly string[]).includes(name)) return VIEWS[name as FixedReportName];
  const m = /^country-(.+)$/i.exec(name);
  if (m) return countryView(checkPartnerCode(m[1], gaz));
  throw new KoryuError('E_USAGE', `unknown report '${name}' (valid: ${VALID_NAMES})`);
}

/** An ISO 3166-1 alpha-3 code the gazetteer knows, or an organization code. */
export function checkPartnerCode(code: string, gaz: ReportGazetteer): string {
  const up = code.toUpperCase();
  if (partnerTypeOf(up) === 'organization') return up;
  const known = gaz.isPartnerCode ? gaz.isPartnerCode(up) : !!gaz.countryByIso3(up);
  if (!/^[A-Z]{3}$/.test(up) || !known) {
    throw new KoryuError('E_BAD_VALUE', `unknown ISO 3166-1 alpha-3 country code '${code}' (e.g. AUS, IND, USA)`);
  }
  return up;
}

function checkOptions(o: RenderOptions): void {
  if (o.format !== undefined && !(REPORT_FORMATS as readonly string[]).includes(o.format)) {
    throw new KoryuError('E_BAD_VALUE', `unknown format '${o.format}' (valid: ${REPORT_FORMATS.join(', ')})`);
  }
  if (o.lang !== undefined && !(LANGS as readonly string[]).includes(o.lang)) {
    throw new KoryuError('E_BAD_VALUE', `unknown language '${o.lang}' (valid: ${LANGS.join(', ')})`);
  }
  if (o.years !== undefined && (!Number.isInteger(o.years) || o.years < 1)) {
    throw new KoryuError('E_BAD_VALUE', `--years must be a positive whole number, got '${o.years}'`);
  }
}

export function renderContext(events: readonly KoryuEvent[], gaz: ReportGazetteer, lang: Lang): RenderContext {
  return { lang, gaz, events: new Map(events.map((e) => [e.id, e])) };
}

/** Build the model of a report (what `--format json` prints). */
export function buildReport(name: string, events: readonly KoryuEvent[], gaz: ReportGazetteer, opts: ReportOptions = {}): unknown {
  checkOptions(opts);
  return reportView(name, gaz).build(events, gaz, opts);
}

/** Build and render one report. */
export function renderReport(
  name: string,
  events: readonly KoryuEvent[],
  gaz: ReportGazetteer,
  opts: RenderOptions = {},
  ctx: RenderContext = renderContext(events, gaz, opts.lang ?? 'ja'),
): string {
  checkOptions(opts);
  const view = reportView(name, gaz);
  return renderModel(view, view.build(events, gaz, opts), opts.format ?? 'md', ctx);
}

export interface RenderedFile {
  /** Report name ('high-level', 'country-AUS', or 'index'). */
  report: string;
  format: ReportFormat;
  /** File name inside the output directory. */
  file: string;
  content: string;
}

export interface RenderAllOptions extends ReportOptions {
  lang?: Lang;
  /** Formats written per report (default html, svg, json). */
  formats?: ReportFormat[];
}

/** The country chronologies `report all` writes: every country with an event in the chronology window. */
export function countriesForChronology(events: readonly KoryuEvent[], years = 3): string[] {
  const period = lastYears(events, years);
  if (!period) return [];
  const codes = new Set<string>();
  for (const e of events) {
    if (!eventInPeriod(e, period)) continue;
    for (const p of e.partners) if (p !== 'JPN' && partnerTypeOf(p) === 'country') codes.add(p);
  }
  return [...codes].sort();
}

/**
 * Every report in every requested format, plus index.html linking them. Also the benchmark's
 * hook: bench/run.ts times each call of renderReport through this list.
 */
export function renderAllReports(
  events: readonly KoryuEvent[],
  gaz: ReportGazetteer,
  opts: RenderAllOptions = {},
): RenderedFile[] {
  const lang = opts.lang ?? 'ja';
  const formats = opts.formats ?? (['html', 'svg', 'json'] as ReportFormat[]);
  const ctx = renderContext(events, gaz, lang);
  const countries = countriesForChronology(events, opts.years ?? 3).filter((c) => !!gaz.countryByIso3(c));
  const names = [...REPORT_NAMES, ...countries.map((c) => `country-${c}`)];
  const files: RenderedFile[] = [];
  const entries: { name: string; title: string; files: string[] }[] = [];
  for (const name of names) {
    const view = reportView(name, gaz);
    const model = view.build(events, gaz, opts);
    const written: string[] = [];
    for (const format of formats) {
      const file = `${name}.${format === 'table' ? 'txt' : format}`;
      files.push({ report: name, format, file, content: renderModel(view, model, format, ctx) });
      written.push(file);
    }
    entries.push({ name, title: view.title(model, ctx), files: written });
  }
  files.push({
    report: 'index',
    format: 'html',
    file: 'index.html',
    content: indexPage(entries, ctx, (c) => partnerName(gaz, c, lang), label(lang, 'title.index')),
  });
  return files;
}
