/** Renders the rule trace of `koryu extract --explain` for a reader. */
import type { KoryuEvent } from '../model/event.js';
import type { SentenceTrace } from '../pipeline/7-events/types.js';

function eventBrief(e: KoryuEvent): string {
  const date = e.dateEnd ? `${e.date}..${e.dateEnd}` : e.date;
  const extra = [e.jpRole, e.mode, e.name].filter(Boolean).join(', ');
  return `${e.kind} ${date} ${e.partners.join(',') || '-'}${extra ? ` (${extra})` : ''}`;
}

/**
 * One paragraph per sentence: where it sits (section path, block type, original offsets),
 * its text, then each rule that fired with its reason and the event it fed — or why the
 * sentence produced nothing.
 */
export function formatExplain(trace: SentenceTrace[], events: KoryuEvent[]): string {
  const byId = new Map(events.map((e) => [e.id, e]));
  const out: string[] = [];
  for (const t of trace) {
    const where = t.sectionPath.length ? t.sectionPath.join(' › ') : '(before the first heading)';
    out.push(`#${t.sentenceId} [${t.span.start}–${t.span.end}] ${t.blockType} · ${where}`);
    out.push(`  ${t.text.replace(/\s*\n\s*/g, ' ')}`);
    if (t.fired.length) {
      for (const f of t.fired) {
        const ev = f.eventId ? byId.get(f.eventId) : undefined;
        const target = f.eventId ? ` → ${f.eventId}${ev ? ` ${eventBrief(ev)}` : ''}` : '';
        out.push(`  ✓ ${f.rule}: ${f.reason}${target}`);
      }
    } else {
      out.push(`  · ${t.skipped ?? 'no rule fired'}`);
    }
    out.push('');
  }
  return out.join('\n');
}
