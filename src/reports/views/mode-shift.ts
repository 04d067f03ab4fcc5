import { MODES } from '../../model/event.js';
import { label } from '../labels.js';
import { buildModeShift, type ModeCounts, type ModeEvents, type ModeShiftReport } from '../models/mode-shift.js';
import { titleWithPeriod } from '../period.js';
import { esc, n1 } from '../render/escape.js';
import { dataEvents, legendSwatch, svgDocument } from '../render/svg.js';
import { num, text } from '../render/table.js';
import type { RenderContext } from '../types.js';
import type { ReportView } from './view.js';

export { MODE_FILLS } from '../palette.js';
import { MODE_FILLS } from '../palette.js';

const title = (m: ModeShiftReport, ctx: RenderContext) => titleWithPeriod(label(ctx.lang, 'title.mode-shift'), m, ctx.lang);
const total = (c: ModeCounts) => MODES.reduce((s, k) => s + c[k], 0);
const all = (e: ModeEvents) => MODES.flatMap((k) => e[k]);

export const modeShiftView: ReportView<ModeShiftReport> = {
  build: (events, _gaz, opts) => buildModeShift(events, opts),
  title,
  subtitle: (m, ctx) => label(ctx.lang, 'desc.mode-shift'),
  eventIds: (m) => [...m.quarters.flatMap((q) => all(q.events)), ...m.undated],
  table: (m, ctx) => ({
    columns: [
      label(ctx.lang, 'col.quarter'),
      ...MODES.map((k) => label(ctx.lang, `mode.${k}`)),
      label(ctx.lang, 'col.total'),
      ...MODES.map((k) => `${label(ctx.lang, 'highLevelSubset')}: ${label(ctx.lang, `mode.${k}`)}`),
      `${label(ctx.lang, 'highLevelSubset')}: ${label(ctx.lang, 'col.total')}`,
    ],
    rows: m.quarters.map((q) => [
      text(q.quarter),
      ...MODES.map((k) => num(q.counts[k], q.events[k])),
      num(total(q.counts), all(q.events)),
      ...MODES.map((k) => num(q.highLevel.counts[k], q.highLevel.events[k])),
      num(total(q.highLevel.counts), all(q.highLevel.events)),
    ]),
  }),
  svg: (m, ctx) => {
    const { lang } = ctx;
    const n = Math.max(1, m.quarters.length);
    const left = 60;
    const barStep = Math.max(28, Math.min(56, 900 / n));
    const W = Math.round(Math.max(760, left + n * barStep + 200));
    const panelH = 210;
    const top1 = 70;
    const top2 = top1 + panelH + 70;
    const H = top2 + panelH + 60;
    const max = Math.max(1, ...m.quarters.map((q) => total(q.counts)));
    const step = niceStep(max);
    const yMax = Math.ceil(max / step) * step;
    const body: string[] = [`<text x="20" y="32" font-size="20" font-weight="bold">${esc(title(m, ctx))}</text>`];
    const panel = (top: number, heading: string, pick: (q: ModeShiftReport['quarters'][number]) => { counts: ModeCounts; events: ModeEvents }, cls: string) => {
      const out: string[] = [`<g class="panel ${cls}"><text x="${left}" y="${top - 12}" font-size="14" font-weight="bold">${esc(heading)}</text>`];
      for (let v = 0; v <= yMax; v += step) {
        const y = top + panelH - (v / yMax) * panelH;
        out.push(`<line x1="${left}" x2="${n1(left + n * barStep)}" y1="${n1(y)}" y2="${n1(y)}" stroke="#ddd"/><text x="${left - 6}" y="${n1(y + 4)}" font-size="11" text-anchor="end" class="muted">${v}</text>`);
      }
      m.quarters.forEach((q, i) => {
        const { counts, events } = pick(q);
        const x = left + i * barStep + barStep * 0.15;
        const w = barStep * 0.7;
        let y = top + panelH;
        out.push(`<g class="quarter" data-quarter="${q.quarter}">`);
        for (const k of MODES) {
          if (!counts[k]) continue;
          const h = (counts[k] / yMax) * panelH;
          y -= h;
          out.push(
            `<rect class="bar hit" data-mode="${k}" data-count="${counts[k]}" x="${n1(x)}" y="${n1(y)}" width="${n1(w)}" height="${n1(h)}" fill="${MODE_FILLS[k]}"${dataEvents(events[k])}>` +
              `<title>${esc(`${q.quarter} ${label(lang, `mode.${k}`)}: ${counts[k]}`)}</title></rect>`,
          );
        }
        const t = total(counts);
        if (t) out.push(`<text x="${n1(x + w / 2)}" y="${n1(y - 4)}" font-size="11" text-anchor="middle">${t}</text>`);
        out.push('</g>');
        const lx = x + w / 2;
        const ly = top + panelH + 14;
        out.push(
          n > 12
            ? `<text x="${n1(lx)}" y="${n1(ly)}" font-size="11" text-anchor="end" transform="rotate(-45 ${n1(lx)} ${n1(ly)})">${q.quarter}</text>`
            : `<text x="${n1(lx)}" y="${n1(ly + 2)}" font-size="11" text-anchor="middle">${q.quarter}</text>`,
        );
      });
      out.push(`<line x1="${left}" x2="${n1(left + n * barStep)}" y1="${top + panelH}" y2="${top + panelH}" stroke="#333"/></g>`);
      return out.join('\n');
    };
    body.push(panel(top1, label(lang, 'all'), (q) => q, 'all'));
    body.push(panel(top2, label(lang, 'highLevelSubset'), (q) => q.highLevel, 'high-level'));
    const lx = left + n * barStep + 30;
    let ly = top1 + 10;
    body.push(`<g class="legend"><text x="${lx}" y="${ly}" font-size="14" font-weight="bold">${esc(label(lang, 'legend'))}</text>`);
    ly += 26;
    for (const k of [...MODES].reverse()) {
      body.push(legendSwatch(lx, ly, MODE_FILLS[k], label(lang, `mode.${k}`)));
      ly += 22;
    }
    body.push('</g>');
    if (m.undated.length) body.push(`<text x="${left}" y="${H - 12}" font-size="12" class="muted">${esc(`${label(lang, 'undated')}: ${m.undated.length}`)}</text>`);
    return svgDocument({ id: 'mode-shift', width: W, height: H, title: title(m, ctx), desc: label(lang, 'desc.mode-shift'), body: body.join('\n') + '\n' });
  },
};

function niceStep(max: number): number {
  for (const s of [1, 2, 5, 10, 20, 50, 100, 200, 500]) if (max / s <= 8) return s;
  return 1000;
}
