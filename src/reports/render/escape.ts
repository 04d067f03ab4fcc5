/** Escape text for HTML/SVG content and attribute values. */
export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A number with at most one decimal, for compact coordinates. */
export const n1 = (x: number): string => String(Math.round(x * 10) / 10);
