import { partnerGroup, partnerName } from '../gazetteer.js';
import { hasLabel, label } from '../labels.js';
import { buildPartners, type PartnerRow, type PartnersReport } from '../models/partners.js';
import { titleWithPeriod } from '../period.js';
import { esc, n1 } from '../render/escape.js';
import { htmlTable } from '../render/html.js';
import { dataEvents, legendSwatch, svgDocument, textWidth } from '../render/svg.js';
import { num, text, type Table } from '../render/table.js';
import type { RenderContext } from '../types.js';
import { KIND_FILLS } from './country.js';
import type { ReportView } from './view.js';

const title = (m: PartnersReport, ctx: RenderContext) => titleWithPeriod(label(ctx.lang, 'title.partners'), m, ctx.lang);

function groupLabel(id: string | null, ctx: RenderContext, partner?: string): string {
  if (!id) return label(ctx.lang, 'ungrouped');
  const g = partner ? partnerGroup(ctx.gaz, partner, ctx.lang) : undefined;
  if (g?.label) return g.label;
  return hasLabel(ctx.lang, `group.${id}`) ? label(ctx.lang, `group.${id}`) : id;
}

/** Groups in the gazetteer's order (then by id), partners without a group last. */
function grouped(m: PartnersReport, ctx: RenderContext): { id: string | null; label: string; rows: PartnerRow[] }[] {
  const groups = new Map<string | null, PartnerRow[]>();
  for (const r of m.rows) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  const order = (id: string | null) => {
    if (id === null) return [Infinity, ''] as const;
    const first = groups.get(id)![0];
    return [partnerGroup(ctx.gaz, first.partner, ctx.lang)?.order ?? 0, id] as const;
  };
  return [...groups.keys()]
    .sort((a, b) => {
      const [oa, ia] = order(a);
      const [ob, ib] = order(b);
      return oa - ob || (ia < ib ? -1 : ia > ib ? 1 : 0);
    })
    .map((id) => ({ id, label: groupLabel(id, ctx, groups.get(id)![0].partner), rows: groups.get(id)! }));
}

function tableOf(m: PartnersReport, rows: PartnerRow[], ctx: RenderContext, withGroup: boolean): Table {
  const kinds = m.kinds.filter((k) => m.rows.some((r) => r.counts[k] > 0));
  return {
    columns: [
      label(ctx.lang, 'col.partner'),
      ctx.lang === 'ja' ? '名称' : 'Name',
      ...(withGroup ? [label(ctx.lang, 'col.group')] : []),
      ...kinds.map((k) => label(ctx.lang, `kind.${k}`)),
      label(ctx.lang, 'col.total'),
    ],
    rows: rows.map((r) => [
      text(r.partner),
      text(partnerName(ctx.gaz, r.partner, ctx.lang)),
      ...(withGroup ? [text(groupLabel(r.group, ctx, r.partner))] : []),
      ...kinds.map((k) => num(r.counts[k], r.events[k])),
      num(r.total, kinds.flatMap((k) => r.events[k])),
    ]),
  };
}

export const partnersView: ReportView<PartnersReport> = {
  build: (events, gaz, opts) => buildPartners(events, (c) => partnerGroup(gaz, c, 'en')?.id ?? null, opts),
  title,
  subtitle: (m, ctx) => label(ctx.lang, 'desc.partners'),
  eventIds: (m) => m.rows.flatMap((r) => m.kinds.flatMap((k) => r.events[k])),
  table: (m, ctx) => tableOf(m, grouped(m, ctx).flatMap((g) => g.rows), ctx, true),
  htmlTables: (m, ctx) =>
    grouped(m, ctx).map(
      (g) => `<section class="group" data-group="${esc(g.id ?? '')}"><h2>${esc(g.label)}</h2>${htmlTable(tableOf(m, g.rows, ctx, false), ctx)}</section>`,
    ),
  svg: (m, ctx) => {
    const { lang } = ctx;
    const groups = grouped(m, ctx);
    const kinds = m.kinds.filter((k) => m.rows.some((r) => r.counts[k] > 0));
    const left = Math.max(140, ...m.rows.map((r) => textWidth(partnerName(ctx.gaz, r.partner, lang), 12) + 20));
    const W = 1000;
    const barMax = W - left - 230;
    const rowH = 18;
    const max = Math.max(1, ...m.rows.map((r) => r.total));
    let y = 60;
    const body: string[] = [`<text x="20" y="32" font-size="20" font-weight="bold">${esc(title(m, ctx))}</text>`];
    for (const g of groups) {
      y += 14;
      body.push(`<text class="group-head" x="20" y="${y}" font-size="14" font-weight="bold">${esc(g.label)}</text>`);
      y += 8;
      for (const r of g.rows) {
        body.push(`<text x="${n1(left - 8)}" y="${y + 13}" font-size="12" text-anchor="end">${esc(partnerName(ctx.gaz, r.partner, lang))}</text>`);
        let x = left;
        for (const k of kinds) {
          if (!r.counts[k]) continue;
          const w = (r.counts[k] / max) * barMax;
          body.push(
            `<rect class="bar hit" data-partner="${r.partner}" data-kind="${k}" x="${n1(x)}" y="${y + 2}" width="${n1(w)}" height="${rowH - 4}" fill="${KIND_FILLS[k]}"${dataEvents(r.events[k])}>` +
              `<title>${esc(`${partnerName(ctx.gaz, r.partner, lang)} ${label(lang, `kind.${k}`)}: ${r.counts[k]}`)}</title></rect>`,
          );
          x += w;
        }
        body.push(`<text x="${n1(x + 4)}" y="${y + 13}" font-size="11" class="muted">${r.total}</text>`);
        y += rowH;
      }
    }
    let ly = 70;
    const lx = W - 190;
    body.push(`<g class="legend"><text x="${lx}" y="${ly}" font-size="14" font-weight="bold">${esc(label(lang, 'legend'))}</text>`);
    ly += 24;
    for (const k of kinds) {
      body.push(legendSwatch(lx, ly, KIND_FILLS[k], label(lang, `kind.${k}`)));
      ly += 20;
    }
    body.push('</g>');
    const H = Math.max(y, ly) + 30;
    return svgDocument({ id: 'partners', width: W, height: H, title: title(m, ctx), desc: label(lang, 'desc.partners'), body: body.join('\n') + '\n' });
  },
};
