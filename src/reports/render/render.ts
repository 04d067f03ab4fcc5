import type { ReportView } from '../views/view.js';
import type { ReportFormat, RenderContext } from '../types.js';
import { htmlPage } from './html.js';
import { toCsv, toMarkdown, toTextTable } from './table.js';

/** Turn a built model into one output format. JSON is the model itself. */
export function renderModel<M>(view: ReportView<M>, model: M, format: ReportFormat, ctx: RenderContext): string {
  switch (format) {
    case 'json':
      return JSON.stringify(model, null, 2) + '\n';
    case 'csv':
      return toCsv(view.table(model, ctx));
    case 'md':
      return toMarkdown(view.table(model, ctx), view.title(model, ctx), view.subtitle(model, ctx));
    case 'table':
      return `${view.title(model, ctx)}\n\n${toTextTable(view.table(model, ctx))}`;
    case 'svg':
      return view.svg(model, ctx);
    case 'html': {
      const tables = view.htmlTables?.(model, ctx);
      return htmlPage(
        {
          title: view.title(model, ctx),
          subtitle: view.subtitle(model, ctx),
          figure: view.svg(model, ctx),
          sections: [...(view.htmlSections?.(model, ctx) ?? []), ...(tables ?? [])],
          table: tables ? undefined : view.table(model, ctx),
          eventIds: view.eventIds(model),
        },
        ctx,
      );
    }
  }
}
