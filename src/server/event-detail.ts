/**
 * GET /api/events/{id}: the stored event (every field, rule, confidence, sources) and each
 * evidence inside its paragraph, with the section it stands in. Paragraphs come from the
 * source's stored text run through the segmenter (src/pipeline/context.ts); the layouts of the
 * last few sources are kept.
 */
import type { AtlasEvent, SourcedEvidence } from '../model/atlas.js';
import { layoutOf, type TextLayout } from '../pipeline/context.js';
import type { Store } from '../store/types.js';

/** Longest paragraph shown whole; a longer block is cut to a window around the evidence. */
const MAX_CONTEXT = 1600;

export interface EvidenceInContext extends SourcedEvidence {
  /** The paragraph holding the evidence: original offsets and text (absent without a stored text). */
  context?: { start: number; end: number; text: string };
  /** Section titles from the top, when the evidence stands in a section. */
  section?: string[];
}

export interface EventDetail {
  event: AtlasEvent;
  evidence: EvidenceInContext[];
}

export class EventDetails {
  private layouts = new Map<string, { text: string; layout: TextLayout | null }>();

  constructor(private readonly store: Store) {}

  private async layout(sourceId: string, path: string): Promise<{ text: string; layout: TextLayout | null } | undefined> {
    const text = await this.store.sourceText(sourceId);
    if (text === undefined) return undefined;
    const cached = this.layouts.get(sourceId);
    if (cached && cached.text === text) return cached;
    let layout: TextLayout | null = null;
    try {
      layout = layoutOf(text, path);
    } catch {
      layout = null; // the evidence is still shown, in a window of text
    }
    if (this.layouts.size >= 8) this.layouts.delete(this.layouts.keys().next().value!);
    const entry = { text, layout };
    this.layouts.set(sourceId, entry);
    return entry;
  }

  /** The event (of a release, when named) with its evidence in context. */
  async get(id: string, release?: string): Promise<EventDetail | undefined> {
    const event = await this.store.getEvent(id, release ? { release } : {});
    if (!event) return undefined;
    const paths = new Map(event.sources.map((s) => [s.id, s.path]));
    // A release's evidence points into the text its sources had then: only sources unchanged since
    // (same bytes) can show it in context.
    let unchanged = (_: string) => true;
    if (release) {
      const live = new Map((await this.store.listSources()).map((s) => [s.id, s.contentHash]));
      const frozen = new Map((await this.store.listSources({ release })).map((s) => [s.id, s.contentHash]));
      unchanged = (sourceId) => live.get(sourceId) === frozen.get(sourceId);
    }
    const evidence: EvidenceInContext[] = [];
    for (const ev of event.evidence) {
      const src = unchanged(ev.source) ? await this.layout(ev.source, paths.get(ev.source) ?? '') : undefined;
      if (!src || ev.end > src.text.length) {
        evidence.push(ev);
        continue;
      }
      let span = src.layout?.paragraphOf(ev.start, ev.end);
      if (!span) {
        // No block holds it: the text between the blank lines around it.
        const before = src.text.lastIndexOf('\n\n', ev.start);
        const after = src.text.indexOf('\n\n', ev.end);
        span = { start: before < 0 ? 0 : before + 2, end: after < 0 ? src.text.length : after };
      }
      let { start, end } = span;
      if (end - start > MAX_CONTEXT) {
        const pad = Math.max(0, Math.floor((MAX_CONTEXT - (ev.end - ev.start)) / 2));
        start = Math.max(start, ev.start - pad);
        end = Math.min(end, ev.end + pad);
      }
      const section = src.layout?.sectionAt(ev.start);
      evidence.push({ ...ev, context: { start, end, text: src.text.slice(start, end) }, ...(section?.length ? { section } : {}) });
    }
    return { event, evidence };
  }
}
