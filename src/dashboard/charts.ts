/** Small SVG charts drawn with the DOM (stacked bars), sized by viewBox to fit any width. */
import { s } from './dom.js';

export interface StackedBarsOptions {
  /** x buckets in order ('2020-04', '2020-Q2'…). */
  buckets: string[];
  /** Stack order, bottom first. */
  series: readonly string[];
  value: (bucket: string, series: string) => number;
  fill: (series: string) => string;
  /** Tooltip of one bar. */
  tip: (bucket: string) => string;
  /** Label under the axis for some buckets (years), with an action when chosen. */
  ticks: { bucket: string; label: string; onChoose?: () => void; title?: string }[];
  width?: number;
  height?: number;
  ariaLabel: string;
}

export function stackedBars(o: StackedBarsOptions): SVGElement {
  // The drawing's width follows the screen, so that its 11-px labels stay 11 px on a phone.
  const W = o.width ?? Math.round(Math.min(960, Math.max(330, document.documentElement.clientWidth - 60)));
  const H = o.height ?? 220;
  const left = 34;
  const bottom = 26;
  const top = 8;
  const plotW = W - left - 6;
  const plotH = H - top - bottom;
  const totals = o.buckets.map((b) => o.series.reduce((n, k) => n + o.value(b, k), 0));
  const max = Math.max(1, ...totals);
  const step = plotW / Math.max(1, o.buckets.length);
  const barW = Math.min(28, Math.max(1, step * 0.8));
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': o.ariaLabel });
  // Grid: 0, half, max.
  for (const v of [0, Math.round(max / 2), max]) {
    svg.append(
      s('line', { x1: left, x2: W - 6, y1: y(v), y2: y(v), class: 'grid' }),
      s('text', { x: left - 4, y: y(v) + 4, 'text-anchor': 'end', class: 'axis' }, String(v)),
    );
  }
  o.buckets.forEach((b, i) => {
    if (!totals[i]) return;
    const g = s('g', { class: 'bar', 'data-bucket': b }, s('title', null, o.tip(b)));
    let acc = 0;
    for (const k of o.series) {
      const v = o.value(b, k);
      if (!v) continue;
      g.append(s('rect', { x: left + i * step + (step - barW) / 2, y: y(acc + v), width: barW, height: Math.max(0.5, y(acc) - y(acc + v)), fill: o.fill(k), 'data-series': k }));
      acc += v;
    }
    svg.append(g);
  });
  // Ticks: at most ~14 labels, evenly thinned.
  const every = Math.max(1, Math.ceil(o.ticks.length / 14));
  o.ticks.forEach((t, j) => {
    const i = o.buckets.indexOf(t.bucket);
    if (i < 0) return;
    const x = left + i * step;
    svg.append(s('line', { x1: x, x2: x, y1: top + plotH, y2: top + plotH + 4, class: 'tick' }));
    if (j % every) return;
    const text = s('text', { x: x + 2, y: H - 8, class: t.onChoose ? 'axis choose' : 'axis' }, t.label);
    if (t.onChoose) {
      const choose = t.onChoose;
      text.setAttribute('role', 'button');
      text.setAttribute('tabindex', '0');
      if (t.title) text.append(s('title', null, t.title));
      text.addEventListener('click', () => choose());
      text.addEventListener('keydown', (e) => {
        if ((e as KeyboardEvent).key === 'Enter' || (e as KeyboardEvent).key === ' ') {
          e.preventDefault();
          choose();
        }
      });
    }
    svg.append(text);
  });
  return svg;
}

/** Every month from a to b inclusive ('YYYY-MM'). */
export function monthsBetween(a: string, b: string): string[] {
  const n = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const out: string[] = [];
  for (let i = n(a); i <= n(b); i++) out.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  return out;
}

/** Every quarter from a to b inclusive ('YYYY-Qn'). */
export function quartersBetween(a: string, b: string): string[] {
  const n = (q: string) => Number(q.slice(0, 4)) * 4 + Number(q.slice(6)) - 1;
  const out: string[] = [];
  for (let i = n(a); i <= n(b); i++) out.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return out;
}
