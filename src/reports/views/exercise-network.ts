import { partnerName } from '../gazetteer.js';
import { label } from '../labels.js';
import { buildExerciseNetwork, type ExerciseNetworkReport } from '../models/exercise-network.js';
import { layoutNetwork } from '../network-layout.js';
import { titleWithPeriod } from '../period.js';
import { esc, n1 } from '../render/escape.js';
import { dataEvents, svgDocument } from '../render/svg.js';
import { ids, num, text } from '../render/table.js';
import type { RenderContext } from '../types.js';
import type { ReportView } from './view.js';

const title = (m: ExerciseNetworkReport, ctx: RenderContext) =>
  titleWithPeriod(label(ctx.lang, 'title.exercise-network'), m, ctx.lang);

const NODE_FILL = { japan: '#c0392b', country: '#4e79a7', organization: '#59a14f' } as const;

export const exerciseNetworkView: ReportView<ExerciseNetworkReport> = {
  build: (events, _gaz, opts) => buildExerciseNetwork(events, opts),
  title,
  subtitle: (m, ctx) => label(ctx.lang, 'desc.exercise-network'),
  eventIds: (m) => m.nodes.flatMap((n) => n.events),
  table: (m, ctx) => ({
    columns: [label(ctx.lang, 'col.partners'), label(ctx.lang, 'col.weight'), label(ctx.lang, 'col.name'), label(ctx.lang, 'col.events')],
    rows: [...m.edges]
      .sort((a, b) => b.weight - a.weight || (a.source + a.target < b.source + b.target ? -1 : 1))
      .map((e) => [
        text(`${partnerName(ctx.gaz, e.source, ctx.lang)} – ${partnerName(ctx.gaz, e.target, ctx.lang)}`),
        num(e.weight, e.events),
        text(e.names.join('、')),
        ids(e.events),
      ]),
  }),
  svg: (m, ctx) => {
    const { lang } = ctx;
    const W = 1000;
    const H = 720;
    const top = 50;
    const pos = layoutNetwork(m, W, H - top);
    const at = (id: string) => {
      const p = pos.get(id)!;
      return { x: p.x, y: p.y + top };
    };
    const maxW = Math.max(1, ...m.edges.map((e) => e.weight));
    const maxN = Math.max(1, ...m.nodes.map((n) => n.count));
    const body: string[] = [`<text x="20" y="32" font-size="20" font-weight="bold">${esc(title(m, ctx))}</text>`];
    body.push('<g class="edges">');
    for (const e of m.edges) {
      const a = at(e.source);
      const b = at(e.target);
      const tip = `${partnerName(ctx.gaz, e.source, lang)} – ${partnerName(ctx.gaz, e.target, lang)}: ${e.weight}${e.names.length ? ` (${e.names.join('、')})` : ''}`;
      body.push(
        `<line class="edge hit" data-source="${e.source}" data-target="${e.target}" data-weight="${e.weight}" x1="${n1(a.x)}" y1="${n1(a.y)}" x2="${n1(b.x)}" y2="${n1(b.y)}" stroke="#7f8c8d" stroke-opacity="0.55" stroke-width="${n1(1 + 7 * (e.weight / maxW))}"${dataEvents(e.events)}><title>${esc(tip)}</title></line>`,
      );
    }
    body.push('</g><g class="nodes">');
    for (const n of m.nodes) {
      const p = at(n.id);
      const r = 7 + 13 * Math.sqrt(n.count / maxN);
      const name = partnerName(ctx.gaz, n.id, lang);
      body.push(
        `<g class="node hit" data-id="${n.id}"${dataEvents(n.events)}><title>${esc(`${name}: ${n.count}`)}</title>` +
          `<circle cx="${n1(p.x)}" cy="${n1(p.y)}" r="${n1(r)}" fill="${NODE_FILL[n.type]}" stroke="#fff" stroke-width="1.5"/>` +
          `<text x="${n1(p.x)}" y="${n1(p.y + r + 14)}" font-size="13" text-anchor="middle" stroke="#fff" stroke-width="3" paint-order="stroke">${esc(name)}</text></g>`,
      );
    }
    body.push('</g>');
    if (!m.nodes.length) body.push(`<text x="20" y="80" font-size="13" class="muted">${esc(label(lang, 'noEvents'))}</text>`);
    return svgDocument({ id: 'exercise-network', width: W, height: H, title: title(m, ctx), desc: label(lang, 'desc.exercise-network'), body: body.join('\n') + '\n' });
  },
};
