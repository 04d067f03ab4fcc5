/**
 * Where an offset of a stored text stands: the block (paragraph, heading, caption…) holding it
 * and the path of its section. The store keeps each source's decoded text; running the
 * segmenter on it again gives the same blocks the extraction saw, so evidence offsets can be
 * shown inside their paragraph (the explorer's event page, `koryu event`).
 */
import type { Span } from '../model/span.js';
import { segmentDocument } from './3-segment/index.js';

export interface TextLayout {
  /** The span of the block(s) holding [start, end), or undefined when no block does. */
  paragraphOf(start: number, end: number): Span | undefined;
  /** The section path (titles from the top) of an offset, when it stands in a section. */
  sectionAt(offset: number): string[] | undefined;
}

/** The layout of a stored text; `path` tells HTML sources (whose text is the rendered page) from plain text. */
export function layoutOf(text: string, path: string): TextLayout {
  const format = /\.html?$/i.test(path) ? 'html' : 'text';
  const { blocks, sections } = segmentDocument({ path, text, encoding: 'utf-8', format, contentHash: '' });
  const spans = blocks.map((b) => b.span).sort((a, b) => a.start - b.start);
  /** The last block starting at or before x. */
  const blockAt = (x: number): number => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const m = (lo + hi) >>> 1;
      if (spans[m].start <= x) lo = m + 1;
      else hi = m;
    }
    return lo - 1;
  };
  return {
    paragraphOf(start, end) {
      const i = blockAt(start);
      const j = blockAt(Math.max(start, end - 1));
      if (i < 0 || spans[i].end <= start || spans[j].end < end) return undefined;
      return { start: spans[i].start, end: spans[j].end };
    },
    sectionAt(offset) {
      const block = blocks.find((b) => b.span.start <= offset && offset < b.span.end);
      return block && block.sectionId >= 0 ? sections[block.sectionId]?.path : undefined;
    },
  };
}
