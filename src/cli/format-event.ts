/** One stored event for the terminal: its fields, its sources, and each evidence in its context. */
import type { AtlasEvent, SourceRef } from '../model/atlas.js';

export interface EvidenceContext {
  /** The source's decoded text, when stored. */
  text?: string;
  /** The section path of an offset in that text (from the segmenter), when known. */
  sectionAt?: (offset: number) => string[] | undefined;
}

const CONTEXT_CHARS = 80;
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').replace(/[ \t\u3000]+/g, ' ');

/** The text around [start, end), cut at a sentence end (。) when one is near, on one line. */
export function inContext(text: string, start: number, end: number, mark: (s: string) => string): string {
  let lo = Math.max(0, start - CONTEXT_CHARS);
  const before = text.slice(lo, start);
  const cut = before.lastIndexOf('。', before.length - 2);
  if (cut >= 0) lo += cut + 1;
  let hi = Math.min(text.length, end + CONTEXT_CHARS);
  const after = text.slice(end, hi);
  const stop = after.indexOf('。', 1);
  if (stop >= 0) hi = end + stop + 1;
  return `${lo > 0 ? '…' : ''}${oneLine(text.slice(lo, start))}${mark(oneLine(text.slice(start, end)))}${oneLine(text.slice(end, hi))}${hi < text.length ? '…' : ''}`;
}

function fields(e: AtlasEvent): string {
  const parts: string[] = [e.kind, e.dateEnd ? `${e.date}..${e.dateEnd}` : e.date, e.partners.join(',') || '-', e.format];
  for (const v of [e.level, e.jpRole, e.mode, e.name, e.instrument, e.milestone, e.method, e.field]) if (v) parts.push(v);
  if (e.highLevel) parts.push('high-level');
  return parts.join(' · ');
}

const sourceLabel = (s: SourceRef | undefined, id: string): string =>
  s ? `${s.kind ?? 'source'}${s.published ? ` ${s.published}` : ''}  ${s.path}` : `source ${id}`;

export function formatEvent(
  e: AtlasEvent,
  contexts: Map<string, EvidenceContext>,
  opts: { mark?: (s: string) => string; requested?: string } = {},
): string {
  const mark = opts.mark ?? ((s: string) => `【${s}】`);
  const out: string[] = [];
  out.push(`${e.id}  ${fields(e)}`);
  if (opts.requested && !e.id.startsWith(opts.requested)) out.push(`(asked for ${opts.requested}: the id of one of its source records, or one it had before two events were found to be one)`);
  out.push(`confidence ${e.confidence}${e.rule ? ` · rule ${e.rule}` : ''} · ${e.sources.length} source${e.sources.length === 1 ? '' : 's'}, ${e.evidence.length} evidence${e.evidence.length === 1 ? '' : 's'}`);
  const byId = new Map(e.sources.map((s) => [s.id, s]));
  for (const c of e.conflicts ?? []) {
    const values = c.values.map((v) => `${v.value} (${v.sources.map((id) => byId.get(id)?.path ?? id).join(', ')})`);
    out.push(`conflict: ${c.field}: ${values.join(' vs ')}`);
  }
  if (e.possibleDuplicates?.length) out.push(`may also be: ${e.possibleDuplicates.join(', ')} (it fitted each of them equally, so it was linked to none)`);
  e.evidence.forEach((ev, i) => {
    out.push('');
    out.push(`[${i + 1}] ${sourceLabel(byId.get(ev.source), ev.source)}  (characters ${ev.start}–${ev.end})`);
    const ctx = contexts.get(ev.source);
    const section = ctx?.sectionAt?.(ev.start);
    if (section?.length) out.push(`    § ${section.join(' › ')}`);
    out.push(`    ${ctx?.text !== undefined ? inContext(ctx.text, ev.start, ev.end, mark) : mark(oneLine(ev.text))}`);
  });
  return out.join('\n') + '\n';
}
