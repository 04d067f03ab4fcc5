/**
 * Blocks while they are being collected (line spans only), and their finishing: normalizing
 * each part and joining them into the block's clean text.
 */
import type { Annotation, Block, BlockType } from '../../model/document.js';
import { allocateOrigins, MappedText } from '../../model/mapped-text.js';
import type { Span } from '../../model/span.js';
import { normalizeRange } from '../2-normalize/index.js';

export interface Draft {
  type: BlockType;
  /** Original spans of the block's own lines, interruptions excluded. */
  parts: Span[];
  sectionId: number;
  /** Whether the next line of this block extends the last part (nothing came in between). */
  partOpen: boolean;
}

export function newDraft(type: BlockType, sectionId: number): Draft {
  return { type, parts: [], sectionId, partOpen: false };
}

/** Add [start, end) to the draft: it extends the last part unless the part was interrupted. */
export function extendDraft(d: Draft, start: number, end: number): void {
  const last = d.parts[d.parts.length - 1];
  if (d.partOpen && last) last.end = end;
  else d.parts.push({ start, end });
  d.partOpen = true;
}

export interface Finished {
  blocks: Block[];
  annotations: Annotation[];
  glossary: Record<string, string>;
}

/** Normalize every draft's parts, in document order, and number the blocks. */
export function finishDrafts(text: string, drafts: Draft[]): Finished {
  const sorted = drafts.filter((d) => d.parts.length > 0).sort((a, b) => a.parts[0].start - b.parts[0].start);
  const annotations: Annotation[] = [];
  const glossary: Record<string, string> = {};
  const blocks: Block[] = sorted.map((d, id) => {
    const cleans: MappedText[] = [];
    for (const part of d.parts) {
      const r = normalizeRange(text, part.start, part.end, 0);
      cleans.push(r.clean);
      if (d.type !== 'furniture') {
        for (const a of r.annotations) annotations.push(a);
        Object.assign(glossary, r.glossary);
      }
    }
    const span = { start: d.parts[0].start, end: d.parts[d.parts.length - 1].end };
    const block: Block = { id, type: d.type, clean: concatMapped(cleans), span, sectionId: d.sectionId };
    if (d.parts.length > 1) block.parts = d.parts.map((p) => ({ ...p }));
    return block;
  });
  annotations.sort((a, b) => a.span.start - b.span.start);
  return { blocks, annotations, glossary };
}

export function concatMapped(items: MappedText[]): MappedText {
  if (items.length === 1) return items[0];
  let length = 0;
  for (const m of items) length += m.text.length;
  const origin = allocateOrigins(length);
  let at = 0;
  for (const m of items) {
    origin.set(m.origin, at);
    at += m.origin.length;
  }
  return new MappedText(items.map((m) => m.text).join(''), origin);
}
