import { partnerName } from '../gazetteer.js';
import { label } from '../labels.js';
import { buildCoverage, type CoverageCell, type CoverageReport } from '../models/coverage.js';
import { esc, n1 } from '../render/escape.js';
import { htmlTable } from '../render/html.js';
import { dataEvents, legendSwatch, svgDocument } from '../render/svg.js';
import { num, text, type Cell, type Table } from '../render/table.js';
import type { RenderContext } from '../types.js';
import type { ReportView } from './view.js';

const title = (m: CoverageReport, ctx: RenderContext) =>
  m.years.length
    ? `${label(ctx.lang, 'title.coverage')}${ctx.lang === 'ja' ? '（' : ' ('}${m.years[0]}–${m.years[m.years.length - 1]}${ctx.lang === 'ja' ? '）' : ')'}`
    : label(ctx.lang, 'title.coverage');

/** A cell's text: its count, 0 where a source covers it and reports nothing, - where none covers it. */
export const COVERAGE_MARKS = { noEvent: '0', notCovered: '-' } as const;

function cell(c: CoverageCell): Cell {
  if (c.state === 'events') return num(c.events.length, c.events);
  return { text: c.state === 'no-event' ? COVERAGE_MARKS.noEvent : COVERAGE_MARKS.notCovered, sort: c.state === 'no-event' ? 0 : -1 };
}

const EVENT_FILLS = ['#c6dbef', '#6baed6', '#2171b5', '#08306b'];
const fillOf = (n: number) => EVENT_FILLS[n >= 10 ? 3 : n >= 4 ? 2 : n >= 2 ? 1 : 0];

function sourcesTable(m: CoverageReport, ctx: RenderContext): Table {
  const ja = ctx.lang === 'ja';
  return {
    columns: ja ? ['資料', '種類', '発行', '対象期間', '対象の相手'] : ['source', 'kind', 'published', 'period covered', 'partners covered'],
    rows: m.sources.map((s) => [
      text(s.path),
      text(s.kind ?? ''),
      text(s.published ?? ''),
      text(s.from && s.to ? `${s.from} – ${s.to}` : ''),
      text(s.partners),
    ]),
  };
}

export const coverageView: ReportView<CoverageReport> = {
  build: (events, _gaz, opts) => buildCoverage(events, opts),
  title,
  subtitle: (m, ctx) => label(ctx.lang, 'desc.coverage', { noEvent: COVERAGE_MARKS.noEvent, notCovered: COVERAGE_MARKS.notCovered }),
  eventIds: (m) => m.rows.flatMap((r) => r.cells.flatMap((c) => c.events)),
  table: (m, ctx) => ({
    columns: [label(ctx.lang, 'col.partner'), ctx.lang === 'ja' ? '名称' : 'Name', ...m.years.map(String), label(ctx.lang, 'col.total')],
    rows: m.rows.map((r) => [
      text(r.partner),
      text(partnerName(ctx.gaz, r.partner, ctx.lang)),
      ...r.cells.map(cell),
      num(r.total, r.cells.flatMap((c) => c.events)),
    ]),
  }),
  htmlSections: (m, ctx) => [htmlTable(sourcesTable(m, ctx), ctx, ctx.lang === 'ja' ? '資料とその対象' : 'Sources and what they cover')],
  svg: (m, ctx) => {
    const { lang } = ctx;
    const left = 190;
    const cw = Math.max(34, Math.min(64, Math.floor(760 / Math.max(1, m.years.length))));
    const rh = 18;
    const top = 96;
    const W = Math.max(820, left + m.years.length * cw + 30);
    const H = top + Math.max(1, m.rows.length) * rh + 30;
    const t = title(m, ctx);
    const body: string[] = [
      `<defs><pattern id="not-covered" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
        `<rect width="6" height="6" fill="#f3f3f3"/><line x1="0" y1="0" x2="0" y2="6" stroke="#bbb" stroke-width="2"/></pattern></defs>`,
      `<text x="20" y="30" font-size="18" font-weight="bold">${esc(t)}</text>`,
      legendSwatch(20, 58, fillOf(1), label(lang, 'coverage.events')),
      legendSwatch(210, 58, '#fff', label(lang, 'coverage.noEvent'), '#999'),
      legendSwatch(470, 58, 'url(#not-covered)', label(lang, 'coverage.notCovered'), '#999'),
    ];
    m.years.forEach((y, i) => body.push(`<text x="${n1(left + i * cw + cw / 2)}" y="${top - 8}" font-size="12" text-anchor="middle" class="muted">${y}</text>`));
    m.rows.forEach((r, ri) => {
      const y = top + ri * rh;
      body.push(`<text x="${left - 8}" y="${y + 13}" font-size="12" text-anchor="end">${esc(`${partnerName(ctx.gaz, r.partner, lang)} (${r.partner})`)}</text>`);
      r.cells.forEach((c, ci) => {
        const x = left + ci * cw;
        const fill = c.state === 'events' ? fillOf(c.events.length) : c.state === 'no-event' ? '#fff' : 'url(#not-covered)';
        const tip =
          c.state === 'events'
            ? label(lang, 'coverage.tipEvents', { n: c.events.length, sources: c.sources.length })
            : c.state === 'no-event'
              ? label(lang, 'coverage.tipNoEvent', { sources: c.sources.length })
              : label(lang, 'coverage.notCovered');
        body.push(
          `<rect class="cell${c.events.length ? ' hit' : ''}" data-state="${c.state}" x="${x + 1}" y="${y + 1}" width="${cw - 2}" height="${rh - 2}" fill="${fill}" stroke="#ccc" stroke-width="0.6"${dataEvents(c.events)}><title>${esc(`${r.partner} ${c.year}: ${tip}`)}</title></rect>`,
        );
        if (c.state !== 'not-covered') {
          const n = c.events.length;
          body.push(`<text x="${n1(x + cw / 2)}" y="${y + 13}" font-size="11" text-anchor="middle"${n >= 4 ? ' style="fill:#fff"' : ' class="muted"'}>${n}</text>`);
        }
      });
    });
    if (!m.rows.length) body.push(`<text x="${left}" y="${top + 14}" font-size="13" class="muted">${esc(label(lang, 'noEvents'))}</text>`);
    return svgDocument({ id: 'coverage', width: W, height: H, title: t, desc: label(lang, 'desc.coverage', { noEvent: '0', notCovered: '-' }), body: body.join('\n') + '\n' });
  },
};
