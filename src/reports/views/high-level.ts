import { partnerName } from '../gazetteer.js';
import { label } from '../labels.js';
import { binOf, buildHighLevel, HIGH_LEVEL_BINS, type HighLevelReport } from '../models/high-level.js';
import { titleWithPeriod } from '../period.js';
import { esc } from '../render/escape.js';
import { legendSwatch, svgDocument } from '../render/svg.js';
import { ids, num, text } from '../render/table.js';
import { mapLayer, worldProjection, type Highlight } from '../render/world-map.js';
import type { RenderContext } from '../types.js';
import type { ReportView } from './view.js';

export { BIN_FILLS, JAPAN_FILL } from '../palette.js';
import { BIN_FILLS, JAPAN_FILL } from '../palette.js';

const title = (m: HighLevelReport, ctx: RenderContext) =>
  titleWithPeriod(label(ctx.lang, 'title.high-level'), m, ctx.lang);

export const highLevelView: ReportView<HighLevelReport> = {
  build: (events, _gaz, opts) => buildHighLevel(events, opts),
  title,
  subtitle: (m, ctx) => label(ctx.lang, 'desc.high-level'),
  eventIds: (m) => m.rows.flatMap((r) => r.events),
  table: (m, ctx) => ({
    columns: ['partner', 'name', 'type', 'count', 'events'].map((c) =>
      c === 'name' ? (ctx.lang === 'ja' ? '名称' : 'Name') : label(ctx.lang, `col.${c}`),
    ),
    rows: m.rows.map((r) => [
      text(r.partner),
      text(partnerName(ctx.gaz, r.partner, ctx.lang)),
      text(label(ctx.lang, `type.${r.type}`)),
      num(r.count, r.events),
      ids(r.events),
    ]),
  }),
  svg: (m, ctx) => {
    const { lang } = ctx;
    const W = 1100;
    const H = 540;
    const highlights = new Map<string, Highlight>();
    for (const r of m.rows) {
      if (r.type !== 'country') continue;
      const bin = binOf(r.count);
      highlights.set(r.partner, {
        fill: BIN_FILLS[bin],
        tip: `${partnerName(ctx.gaz, r.partner, lang)}: ${r.count}`,
        events: r.events,
        attrs: { 'data-bin': bin, 'data-count': r.count },
      });
    }
    const body: string[] = [];
    body.push(`<text x="20" y="32" font-size="20" font-weight="bold">${esc(title(m, ctx))}</text>`);
    body.push(
      mapLayer({
        projection: worldProjection(10, 50, 820, 470),
        gaz: ctx.gaz,
        highlights,
        japanFill: JAPAN_FILL,
        japanLabel: label(lang, 'japan'),
      }),
    );
    // Legend and organizations beside the map.
    const x = 850;
    let y = 80;
    body.push(`<g class="legend"><text x="${x}" y="${y}" font-size="14" font-weight="bold">${esc(label(lang, 'legend'))}</text>`);
    y += 26;
    for (const bin of HIGH_LEVEL_BINS) {
      const n = m.rows.filter((r) => r.type === 'country' && binOf(r.count) === bin).length;
      body.push(legendSwatch(x, y, BIN_FILLS[bin], `${label(lang, `bin.${bin}`)} (${n})`));
      y += 22;
    }
    body.push(legendSwatch(x, y, JAPAN_FILL, label(lang, 'japan')));
    y += 22;
    body.push(
      `<g class="legend-item"><circle cx="${x + 9}" cy="${y - 5}" r="4.5" fill="${BIN_FILLS[1]}" stroke="#333" stroke-width="0.8"/>` +
        `<text x="${x + 26}" y="${y}" font-size="12" class="muted">${esc(lang === 'ja' ? '小さな国は円で表示' : 'small states as circles')}</text></g>`,
    );
    body.push('</g>');
    y += 40;
    const orgs = m.rows.filter((r) => r.type === 'organization');
    body.push(`<g class="organizations"><text x="${x}" y="${y}" font-size="14" font-weight="bold">${esc(label(lang, 'organizations'))}</text>`);
    y += 24;
    for (const r of orgs) {
      body.push(
        `<g class="org hit" data-partner="${esc(r.partner)}" data-events="${esc(r.events.join(' '))}"><title>${esc(`${partnerName(ctx.gaz, r.partner, lang)}: ${r.count}`)}</title>` +
          `<rect x="${x}" y="${y - 11}" width="18" height="13" fill="${BIN_FILLS[binOf(r.count)]}" stroke="#555" stroke-width="0.6"/>` +
          `<text x="${x + 26}" y="${y}" font-size="13">${esc(`${partnerName(ctx.gaz, r.partner, lang)} (${r.count})`)}</text></g>`,
      );
      y += 22;
    }
    if (!orgs.length) body.push(`<text x="${x}" y="${y}" font-size="12" class="muted">—</text>`);
    body.push('</g>');
    const countries = m.rows.filter((r) => r.type === 'country').length;
    const total = m.rows.reduce((s, r) => s + r.count, 0);
    body.push(
      `<text x="20" y="${H - 8}" font-size="12" class="muted">${esc(
        lang === 'ja'
          ? `${countries}か国・${orgs.length}機関、計${total}回（二国間の会談）`
          : `${countries} countries, ${orgs.length} organizations, ${total} bilateral talks`,
      )}</text>`,
    );
    return svgDocument({
      id: 'high-level',
      width: W,
      height: H,
      title: title(m, ctx),
      desc: label(lang, 'desc.high-level'),
      body: body.join('\n') + '\n',
    });
  },
};
