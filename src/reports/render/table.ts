/** A report as a flat table: what csv, md, the text table and the HTML table are made from. */
export interface Cell {
  text: string;
  /** The events behind this cell: a number links to them, an id list shows them. */
  events?: string[];
  /** 'num': a count (linked to its events in HTML); 'ids': the list of event ids. */
  role?: 'num' | 'ids';
  /** Value used when sorting by this column in HTML (defaults to the text). */
  sort?: string | number;
  /** Long text that may wrap in HTML (other cells keep to one line). */
  wrap?: boolean;
}

export interface Table {
  columns: string[];
  rows: Cell[][];
}

export const text = (t: string | number | null | undefined): Cell => ({ text: t == null ? '' : String(t) });
export const num = (n: number, events: string[]): Cell => ({ text: String(n), events, role: 'num', sort: n });
export const ids = (events: string[]): Cell => ({ text: events.join(' '), events, role: 'ids' });

export function toCsv(t: Table): string {
  const q = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [t.columns, ...t.rows.map((r) => r.map((c) => c.text))].map((r) => r.map(q).join(',')).join('\n') + '\n';
}

export function toMarkdown(t: Table, title: string, subtitle?: string): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [`# ${title}`, ''];
  if (subtitle) lines.push(subtitle, '');
  lines.push(`| ${t.columns.map(cell).join(' | ')} |`, `| ${t.columns.map(() => '---').join(' | ')} |`);
  for (const r of t.rows) lines.push(`| ${r.map((c) => cell(c.text)).join(' | ')} |`);
  return lines.join('\n') + '\n';
}

/** Display width: East Asian wide and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** A plain-text table for the terminal; long id lists are cut to keep rows on one line. */
export function toTextTable(t: Table): string {
  const shown = t.rows.map((r) => r.map((c) => (c.role === 'ids' && c.events && c.events.length > 3 ? `${c.events.slice(0, 3).join(' ')} …(+${c.events.length - 3})` : c.text)));
  const widths = t.columns.map((h, i) => Math.max(displayWidth(h), ...shown.map((r) => displayWidth(r[i] ?? ''))));
  const pad = (s: string, i: number) => s + ' '.repeat(Math.max(0, widths[i] - displayWidth(s)));
  const line = (cells: string[]) => cells.map(pad).join('  ').trimEnd();
  return [line(t.columns), widths.map((w) => '-'.repeat(w)).join('  '), ...shown.map(line)].join('\n') + '\n';
}
