import type { KoryuEvent } from '../../model/event.js';
import type { ReportGazetteer } from '../gazetteer.js';
import type { Table } from '../render/table.js';
import type { ReportOptions, RenderContext } from '../types.js';

/** One report: how to build its model and how to show it in each format. */
export interface ReportView<M> {
  build(events: readonly KoryuEvent[], gaz: ReportGazetteer, opts: ReportOptions): M;
  title(model: M, ctx: RenderContext): string;
  subtitle(model: M, ctx: RenderContext): string;
  table(model: M, ctx: RenderContext): Table;
  svg(model: M, ctx: RenderContext): string;
  /** Extra HTML sections placed between the figure and the table. */
  htmlSections?(model: M, ctx: RenderContext): string[];
  /** Replace the flat table in HTML (e.g. one table per group). */
  htmlTables?(model: M, ctx: RenderContext): string[];
  /** Every event id the report's numbers refer to. */
  eventIds(model: M): string[];
}
