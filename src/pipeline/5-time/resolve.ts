/**
 * Dates for every sentence of a document. 「同年」「同月」 refer to the last date of the RUNNING
 * TEXT of the same section (codebook, Time): the context walks paragraphs and headings in
 * document order and starts afresh at each section. Captions, footnotes, sidebars, figures and
 * references are read with a side context begun from the running one — so their own 「同年」
 * still reads — but nothing they say reaches the running text.
 */
import type { BlockType, KoryuDocument } from '../../model/document.js';
import type { TimeMention } from '../../model/time.js';
import { parseTimeExpressions, type ParsedTime, type TimeContext } from './parse.js';

const RUNNING: ReadonlySet<BlockType> = new Set<BlockType>(['paragraph', 'heading']);

export function resolveDocumentTime(doc: KoryuDocument): void {
  let running: TimeContext = {};
  let section: number | undefined;
  let headingBlock: number | undefined;
  // One side context per stretch of consecutive non-running blocks of one type (a sidebar's
  // paragraphs share theirs), begun anew from the running context each time.
  let side: TimeContext | undefined;
  let sideKey: string | undefined;

  for (const sentence of doc.sentences) {
    const startsHeading = sentence.blockType === 'heading' && sentence.blockId !== headingBlock;
    if (sentence.sectionId !== section || startsHeading) {
      running = {};
      section = sentence.sectionId;
    }
    if (sentence.blockType === 'heading') headingBlock = sentence.blockId;

    const text = sentence.clean.text;
    let mentions: ParsedTime[];
    if (RUNNING.has(sentence.blockType)) {
      side = undefined;
      sideKey = undefined;
      ({ mentions, ctx: running } = parseTimeExpressions(text, running));
    } else {
      const key = `${sentence.sectionId}:${sentence.blockType}`;
      if (key !== sideKey || !side) side = { ...running };
      sideKey = key;
      ({ mentions, ctx: side } = parseTimeExpressions(text, side));
    }
    sentence.time = mentions.map(
      (m): TimeMention => ({ ...m, span: sentence.clean.toOriginal(m.local) }),
    );
  }
}
