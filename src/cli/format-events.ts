/** Renderings of a list of events: JSON lines, JSON, CSV, and an aligned terminal table. */
import type { AtlasEvent } from '../model/atlas.js';
import type { KoryuEvent } from '../model/event.js';

export const EVENT_FORMATS = ['jsonl', 'json', 'csv', 'table'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

export function formatEvents(events: KoryuEvent[], format: EventFormat): string {
  switch (format) {
    case 'jsonl':
      return events.map((e) => JSON.stringify(e) + '\n').join('');
    case 'json':
      return JSON.stringify(events, null, 2) + '\n';
    case 'csv':
      return toCsv(events);
    case 'table':
      return toTable(events);
  }
}

// ---------------------------------------------------------------------------------- CSV

const CSV_COLUMNS: [string, (e: KoryuEvent) => string | number | boolean | undefined][] = [
  ['id', (e) => e.id],
  ['kind', (e) => e.kind],
  ['date', (e) => e.date],
  ['dateEnd', (e) => e.dateEnd],
  ['partners', (e) => e.partners.join(';')],
  ['format', (e) => e.format],
  ['level', (e) => e.level],
  ['jpRole', (e) => e.jpRole],
  ['mode', (e) => e.mode],
  ['name', (e) => e.name],
  ['instrument', (e) => e.instrument],
  ['milestone', (e) => e.milestone],
  ['method', (e) => e.method],
  ['field', (e) => e.field],
  ['highLevel', (e) => e.highLevel],
  ['confidence', (e) => e.confidence],
  ['rule', (e) => e.rule],
  ['source', (e) => e.source],
  ['sources', (e) => (e as Partial<AtlasEvent>).sources?.map((s) => s.path).join(';')],
  ['evidenceCount', (e) => e.evidence.length],
  ['evidenceStart', (e) => e.evidence[0]?.start],
  ['evidenceEnd', (e) => e.evidence[0]?.end],
  ['evidence', (e) => e.evidence[0]?.text],
];

/** RFC 4180: quote a field holding a comma, quote or line break; double inner quotes. */
function csvField(v: string | number | boolean | undefined): string {
  if (v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function toCsv(events: KoryuEvent[]): string {
  const lines = [CSV_COLUMNS.map(([name]) => name).join(',')];
  for (const e of events) lines.push(CSV_COLUMNS.map(([, get]) => csvField(get(e))).join(','));
  return lines.join('\n') + '\n';
}

// -------------------------------------------------------------------------------- table

/** Terminal columns a character occupies: 2 for East Asian wide and full-width forms. */
function charWidth(cp: number): number {
  if (cp < 0x1100) return cp < 0x20 ? 0 : 1;
  if (
    cp <= 0x115f ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0)!);
  return w;
}

/** Cut `s` to at most `max` columns, marking the cut with '…'. */
export function truncateToWidth(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = charWidth(ch.codePointAt(0)!);
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return out + '…';
}

const padTo = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - displayWidth(s)));

/** Ids are hashes ('ev-' + 12 hex): 8 hex digits stay unique in practice and keep rows short. */
const shortId = (id: string): string => (id.length <= 11 ? id : id.slice(0, 11) + '…');

/** What the event is about, by kind: its name, the instrument and milestone, the method and field. */
function what(e: KoryuEvent): string {
  const parts = [
    e.name !== e.instrument ? e.name : undefined,
    e.instrument && e.milestone ? `${e.instrument} ${e.milestone}` : (e.instrument ?? e.milestone),
    e.method && e.field ? `${e.method}: ${e.field}` : (e.method ?? e.field),
  ].filter((x): x is string => !!x);
  return parts.join(' · ');
}

const WHAT_WIDTH = 40;
const PARTNERS_SHOWN = 4;

/** A forum's dozen members would push every other column off screen: show a few and count the rest. */
function partnersCell(partners: string[]): string {
  if (partners.length === 0) return '-';
  if (partners.length <= PARTNERS_SHOWN) return partners.join(',');
  return `${partners.slice(0, PARTNERS_SHOWN - 1).join(',')} +${partners.length - PARTNERS_SHOWN + 1}`;
}

/** How many sources report the event (stored events), marked `!` when they disagree on a field. */
function sourcesCell(e: KoryuEvent): string {
  const a = e as Partial<AtlasEvent>;
  return `${a.sources?.length ?? 0}${a.conflicts?.length ? '!' : ''}`;
}

function toTable(events: KoryuEvent[]): string {
  // Stored events say how many sources report them; extracted ones come from one document.
  const stored = events.some((e) => 'sources' in e);
  const header = ['id', 'date', 'kind', 'partners', 'jpRole', 'mode', 'HL', ...(stored ? ['src'] : []), 'name / instrument / field'];
  const rows = events.map((e) => [
    shortId(e.id),
    e.dateEnd ? `${e.date}..${e.dateEnd}` : e.date,
    e.kind,
    partnersCell(e.partners),
    e.jpRole ?? '',
    e.mode ?? '',
    e.highLevel ? 'yes' : '',
    ...(stored ? [sourcesCell(e)] : []),
    truncateToWidth(what(e), WHAT_WIDTH),
  ]);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : padTo(c, widths[i])))
      .join('  ')
      .trimEnd();
  const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  out.push(`${events.length} event${events.length === 1 ? '' : 's'}`);
  return out.join('\n') + '\n';
}
