import { esc } from './escape.js';

/** Renders CJK on Debian with fonts-noto-cjk installed; falls back to other Japanese fonts. */
export const FONT_STACK = "'Noto Sans CJK JP', 'Noto Sans JP', 'IPAexGothic', sans-serif";

export interface SvgDocument {
  width: number;
  height: number;
  title: string;
  desc: string;
  body: string;
  /** Prefix for the title/desc ids, unique per chart. */
  id: string;
}

/** A standalone, accessible SVG: role="img", <title> and <desc> referenced by aria-labelledby. */
export function svgDocument(d: SvgDocument): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${d.width} ${d.height}" width="${d.width}" height="${d.height}" ` +
    `role="img" aria-labelledby="${d.id}-title ${d.id}-desc" font-family="${esc(FONT_STACK)}">\n` +
    `<title id="${d.id}-title">${esc(d.title)}</title>\n<desc id="${d.id}-desc">${esc(d.desc)}</desc>\n` +
    `<style>text{font-family:${FONT_STACK};fill:#222}.muted{fill:#666}.hit{cursor:pointer}.hit:hover{opacity:.8;stroke:#000}</style>\n` +
    `<rect width="${d.width}" height="${d.height}" fill="#fff"/>\n` +
    d.body +
    `</svg>\n`
  );
}

/** data-events attribute so the HTML page can show the events behind an element. */
export const dataEvents = (ids: readonly string[]): string => (ids.length ? ` data-events="${esc(ids.join(' '))}"` : '');

/** A rough text width for layout (CJK characters are about one em, Latin about half). */
export function textWidth(s: string, fontSize: number): number {
  let w = 0;
  for (const ch of s) w += /[\u0000-\u024f]/.test(ch) ? 0.58 : 1;
  return w * fontSize;
}

export function legendSwatch(x: number, y: number, fill: string, label: string, stroke = '#555'): string {
  return (
    `<g class="legend-item"><rect x="${x}" y="${y - 11}" width="18" height="13" fill="${fill}" stroke="${stroke}" stroke-width="0.6"/>` +
    `<text x="${x + 26}" y="${y}" font-size="13">${esc(label)}</text></g>\n`
  );
}
