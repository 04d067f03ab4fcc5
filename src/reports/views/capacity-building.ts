import type { Method } from '../../model/event.js';
import { METHODS } from '../../model/event.js';
import { partnerName } from '../gazetteer.js';
import { label } from '../labels.js';
import { buildCapacityBuilding, type CapacityBuildingReport } from '../models/capacity-building.js';
import { formatDate, titleWithPeriod } from '../period.js';
import { esc, n1 } from '../render/escape.js';
import { placeLabel, type LabelBox } from '../render/labels-layout.js';
import { dataEvents, svgDocument, textWidth } from '../render/svg.js';
import { ids, text } from '../render/table.js';
import { anchorOf, countryShapes, mapLayer, regionProjection, worldProjection, type Highlight } from '../render/world-map.js';
import type { RenderContext } from '../types.js';
import type { ReportView } from './view.js';

export const METHOD_FILLS: Record<Method, string> = { dispatch: '#d35400', invitation: '#7d3c98', online: '#138d75' };
const PARTNER_FILL = '#f5c16c';
const JAPAN_FILL = '#c0392b';

const methodMark = (m: Method, lang: 'ja' | 'en') =>
  lang === 'ja' ? { dispatch: '派', invitation: '招', online: 'オ' }[m] : { dispatch: 'D', invitation: 'I', online: 'O' }[m];

const title = (m: CapacityBuildingReport, ctx: RenderContext) =>
  titleWithPeriod(label(ctx.lang, 'title.capacity-building'), m, ctx.lang);

interface PartnerSummary {
  partner: string;
  type: string;
  methods: Method[];
  fields: string[];
  events: string[];
}

function byPartner(m: CapacityBuildingReport): PartnerSummary[] {
  const out = new Map<string, PartnerSummary>();
  for (const r of m.rows) {
    const s = out.get(r.partner) ?? { partner: r.partner, type: r.type, methods: [], fields: [], events: [] };
    if (r.method && !s.methods.includes(r.method)) s.methods.push(r.method);
    if (r.field && !s.fields.includes(r.field)) s.fields.push(r.field);
    for (const id of r.events) if (!s.events.includes(id)) s.events.push(id);
    out.set(r.partner, s);
  }
  for (const s of out.values()) s.methods.sort((a, b) => METHODS.indexOf(a) - METHODS.indexOf(b));
  return [...out.values()];
}

export const capacityBuildingView: ReportView<CapacityBuildingReport> = {
  build: (events, _gaz, opts) => buildCapacityBuilding(events, opts),
  title,
  subtitle: (m, ctx) => label(ctx.lang, 'desc.capacity-building'),
  eventIds: (m) => m.rows.flatMap((r) => r.events),
  table: (m, ctx) => ({
    columns: ['partner', 'name', 'type', 'method', 'field', 'date', 'events'].map((c) =>
      c === 'name' ? (ctx.lang === 'ja' ? '名称' : 'Name') : label(ctx.lang, `col.${c}`),
    ),
    rows: m.rows.map((r) => [
      text(r.partner),
      text(partnerName(ctx.gaz, r.partner, ctx.lang)),
      text(label(ctx.lang, `type.${r.type}`)),
      text(r.method ? label(ctx.lang, `method.${r.method}`) : ''),
      text(r.field),
      { text: formatDate(r.date, ctx.lang), sort: r.date },
      ids(r.events),
    ]),
  }),
  svg: (m, ctx) => {
    const { lang, gaz } = ctx;
    const W = 1100;
    const H = 600;
    const partners = byPartner(m);
    const shapes = countryShapes(gaz);
    const countries = partners.filter((p) => p.type === 'country');
    const highlights = new Map<string, Highlight>();
    for (const p of countries) {
      const methods = p.methods.map((x) => label(lang, `method.${x}`)).join('・');
      highlights.set(p.partner, {
        fill: PARTNER_FILL,
        tip: `${partnerName(gaz, p.partner, lang)}: ${methods}${p.fields.length ? ` — ${p.fields.join('、')}` : ''}`,
        events: p.events,
        attrs: { 'data-methods': p.methods.join(' ') },
      });
    }
    const map = { x: 10, y: 50, w: 820, h: 520 };
    const focus = shapes.filter((s) => highlights.has(s.iso3) || s.iso3 === 'JPN');
    const projection = countries.length ? regionProjection(focus, map.x + 60, map.y + 40, map.w - 120, map.h - 80) : worldProjection(map.x, map.y, map.w, map.h);
    const body: string[] = [`<text x="20" y="32" font-size="20" font-weight="bold">${esc(title(m, ctx))}</text>`];
    body.push(
      mapLayer({
        projection,
        gaz,
        highlights,
        japanFill: JAPAN_FILL,
        japanLabel: label(lang, 'japan'),
        clip: { ...map, id: 'cb-clip' },
        minArea: 60,
      }),
    );
    // Name and method marks beside each partner.
    const placed: LabelBox[] = [];
    const labels: string[] = [];
    for (const p of countries) {
      const at = anchorOf(p.partner, shapes);
      const pt = at && projection(at);
      if (!pt) continue;
      const name = partnerName(gaz, p.partner, lang);
      const w = textWidth(name, 13) + p.methods.length * 18 + 8;
      const box = placeLabel([pt[0], pt[1]], w, 18, placed, map);
      const marks = p.methods
        .map((mm, i) => {
          const cx = box.x + textWidth(name, 13) + 14 + i * 18;
          return `<g class="method-mark" data-method="${mm}"><circle cx="${n1(cx)}" cy="${n1(box.y + 9)}" r="8" fill="${METHOD_FILLS[mm]}"/><text x="${n1(cx)}" y="${n1(box.y + 13)}" font-size="10" text-anchor="middle" style="fill:#fff">${esc(methodMark(mm, lang))}</text></g>`;
        })
        .join('');
      labels.push(
        `<g class="cb-label hit" data-iso3="${p.partner}"${dataEvents(p.events)}><title>${esc(highlights.get(p.partner)!.tip)}</title>` +
          `<line x1="${n1(pt[0])}" y1="${n1(pt[1])}" x2="${n1(box.x < pt[0] ? box.x + box.w : box.x)}" y2="${n1(box.y + 9)}" stroke="#555" stroke-width="0.6"/>` +
          `<rect x="${n1(box.x - 2)}" y="${n1(box.y)}" width="${n1(box.w)}" height="18" rx="3" fill="#fff" fill-opacity="0.85"/>` +
          `<text x="${n1(box.x + 2)}" y="${n1(box.y + 14)}" font-size="13">${esc(name)}</text>${marks}</g>`,
      );
    }
    body.push(`<g class="labels">${labels.join('\n')}</g>`);
    // Legend: methods, then organizations.
    const x = 850;
    let y = 80;
    body.push(`<g class="legend"><text x="${x}" y="${y}" font-size="14" font-weight="bold">${esc(label(lang, 'legend'))}</text>`);
    y += 26;
    body.push(
      `<g class="legend-item"><rect x="${x}" y="${y - 11}" width="18" height="13" fill="${PARTNER_FILL}" stroke="#555" stroke-width="0.6"/><text x="${x + 26}" y="${y}" font-size="13">${esc(label(lang, 'partnersHighlighted'))} (${countries.length})</text></g>`,
    );
    y += 24;
    for (const mm of METHODS) {
      const n = partners.filter((p) => p.methods.includes(mm)).length;
      body.push(
        `<g class="legend-item"><circle cx="${x + 9}" cy="${y - 5}" r="8" fill="${METHOD_FILLS[mm]}"/><text x="${x + 9}" y="${y - 1}" font-size="10" text-anchor="middle" style="fill:#fff">${esc(methodMark(mm, lang))}</text>` +
          `<text x="${x + 26}" y="${y}" font-size="13">${esc(label(lang, `method.${mm}`))} (${n})</text></g>`,
      );
      y += 24;
    }
    body.push('</g>');
    y += 24;
    const orgs = partners.filter((p) => p.type === 'organization');
    body.push(`<g class="organizations"><text x="${x}" y="${y}" font-size="14" font-weight="bold">${esc(label(lang, 'organizations'))}</text>`);
    y += 24;
    for (const p of orgs) {
      const marks = p.methods.map((mm) => label(lang, `method.${mm}`)).join('・');
      body.push(
        `<g class="org hit" data-partner="${esc(p.partner)}"${dataEvents(p.events)}><title>${esc(`${partnerName(gaz, p.partner, lang)}: ${marks}`)}</title>` +
          `<text x="${x}" y="${y}" font-size="13">${esc(`${partnerName(gaz, p.partner, lang)}（${marks}）`)}</text></g>`,
      );
      y += 22;
    }
    if (!orgs.length) body.push(`<text x="${x}" y="${y}" font-size="12" class="muted">—</text>`);
    body.push('</g>');
    return svgDocument({ id: 'capacity-building', width: W, height: H, title: title(m, ctx), desc: label(lang, 'desc.capacity-building'), body: body.join('\n') + '\n' });
  },
};
