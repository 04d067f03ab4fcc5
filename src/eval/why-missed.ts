/**
 * Why a gold event was not read, from the trace of its sentence (`extract --explain`): the sentence was no running text, a
 * journalist's question, had no trigger word, or a rule found its trigger and said why it made nothing. Worded by the code,
 * never by the page (quotes and figures are blanked), so that a held-out set can give the totals without showing a sentence.
 */
import type { KoryuEvent } from '../model/event.js';
import type { SentenceTrace } from '../pipeline/7-events/types.js';

/** How many characters of a rule's reason are kept: enough to tell the reasons of one rule apart. */
const REASON_CHARS = 56;

export function whyMissed(gold: KoryuEvent, trace: readonly SentenceTrace[]): string {
  const at = gold.evidence[0]?.start;
  if (at === undefined) return 'its cue is not in the text';
  const sentence = trace.find((s) => s.span.start <= at && at < s.span.end);
  if (!sentence) return 'outside every sentence';
  if (sentence.fired.some((f) => f.eventId)) return 'its sentence made other events';
  if (sentence.fired.length) return 'its sentence fired rules that made no event';
  const skipped = sentence.skipped ?? '';
  if (skipped.startsWith("a journalist's question")) return "read as a journalist's question";
  if (skipped.includes('only running text creates events')) return `not running text (${sentence.blockType})`;
  if (skipped.startsWith('a photo')) return 'read as a photo caption';
  if (skipped === 'no trigger and no date') return 'no trigger word and no date';
  if (skipped === 'no event trigger') return 'no trigger word';
  const first = skipped.split('; ')[0];
  const colon = first.indexOf(': ');
  const rule = colon > 0 ? first.slice(0, colon) : 'a rule';
  const reason = (colon > 0 ? first.slice(colon + 2) : first)
    .replace(/「[^」]*」|『[^』]*』/g, '「…」')
    .replace(/[0-9０-９]+(?:[-.][0-9０-９]+)*/g, 'N')
    .slice(0, REASON_CHARS);
  return `${rule}: ${reason}`;
}

/** The reasons of many misses, most frequent first. */
export function tallyReasons(reasons: Iterable<string>): [string, number][] {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
