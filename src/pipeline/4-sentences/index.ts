/**
 * Stage 4: blocks → sentences. A sentence ends at a 「。」 outside brackets; a 。 inside
 * 「」『』（）【】 (a quoted statement, a parenthetical note) does not end it. Each sentence
 * keeps its clean text with the map into the original, and the original pieces it is made of
 * (one per part of its block it touches: a caption set inside the sentence splits it in two).
 */
import type { Block, BlockType, Sentence } from '../../model/document.js';
import { MappedText } from '../../model/mapped-text.js';
import type { Span } from '../../model/span.js';

/** Blocks whose text is split into sentences; later stages filter on blockType. */
const SENTENCE_BLOCKS: ReadonlySet<BlockType> = new Set<BlockType>(['paragraph', 'caption', 'footnote', 'sidebar', 'figure']);

/** Bracket pairs (code points) that hold a 。 without ending the sentence: 「」『』（）()【】［］. */
const BRACKETS: ReadonlyArray<readonly [number, number]> = [
  [0x300c, 0x300d],
  [0x300e, 0x300f],
  [0xff08, 0xff09],
  [0x28, 0x29],
  [0x3010, 0x3011],
  [0xff3b, 0xff3d],
];

export function splitSentences(blocks: Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    if (!SENTENCE_BLOCKS.has(block.type)) continue;
    for (const [a, b] of sentenceBounds(block.clean.text)) sentences.push(makeSentence(block, a, b));
  }
  sentences.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
  sentences.forEach((s, id) => (s.id = id));
  return sentences;
}

/** [start, end) of each sentence of `text`, surrounding spaces excluded, empty ones dropped. */
export function sentenceBounds(text: string): Array<[number, number]> {
  const { stops, brackets } = scanMarks(text);
  const bounds: Array<[number, number]> = [];
  let depth = 0;
  let event = 0;
  let start = 0;
  // Visit only the 。 and the brackets, not every character.
  for (const i of stops) {
    while (event < brackets.length && bracketPosition(brackets[event]) < i) depth += bracketDelta(brackets[event++]);
    if (depth !== 0) continue;
    pushTrimmed(bounds, text, start, i + 1);
    start = i + 1;
  }
  pushTrimmed(bounds, text, start, text.length);
  return bounds;
}

function pushTrimmed(bounds: Array<[number, number]>, text: string, a: number, b: number): void {
  while (a < b && text.charCodeAt(a) === 0x20) a++;
  while (b > a && text.charCodeAt(b - 1) === 0x20) b--;
  if (b > a) bounds.push([a, b]);
}

const FULL_STOP = 0x3002; // 。

/**
 * One pass over the text: the positions of the 。 (`stops`), and the brackets that are closed,
 * in text order, each as one number (see bracketEvent). A closer pairs with the nearest open
 * bracket of its own kind (one stack per kind keeps this linear); an unclosed bracket (a typo,
 * a cut) is left out, so it cannot swallow the rest of the block.
 */
function scanMarks(text: string): { stops: number[]; brackets: number[] } {
  const stops: number[] = [];
  const matched: number[] = [];
  const stacks: number[][] = BRACKETS.map(() => []);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === FULL_STOP) {
      stops.push(i);
      continue;
    }
    // Most characters (kanji, kana, ASCII) are outside the three bracket ranges: skip them
    // before the pair lookup.
    if (c < 0x28 || (c > 0x29 && c < 0x300c) || (c > 0x3011 && c < 0xff08) || c > 0xff3d) continue;
    const kind = bracketKind(c);
    if (kind < 0) continue;
    if (kind % 2 === 0) stacks[kind >> 1].push(i);
    else {
      const open = stacks[kind >> 1].pop();
      if (open !== undefined) matched.push(bracketEvent(open, true), bracketEvent(i, false));
    }
  }
  // Pairs were found in closing order; the events must be in text order.
  // (One pair, or pairs that do not nest, are in order already: sorting copies the array.)
  return { stops, brackets: ascending(matched) ? matched : matched.sort((x, y) => x - y) };
}

function ascending(xs: number[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i - 1] > xs[i]) return false;
  return true;
}

/** A bracket as one sortable number: its position, and whether it opens (positions are distinct). */
const bracketEvent = (position: number, opens: boolean): number => position * 2 + (opens ? 1 : 0);
const bracketPosition = (event: number): number => event >> 1;
const bracketDelta = (event: number): number => (event & 1 ? 1 : -1);

/** 2k for the opening bracket of pair k, 2k+1 for its closer, -1 for anything else. */
function bracketKind(c: number): number {
  for (let k = 0; k < BRACKETS.length; k++) {
    if (c === BRACKETS[k][0]) return 2 * k;
    if (c === BRACKETS[k][1]) return 2 * k + 1;
  }
  return -1;
}

function makeSentence(block: Block, a: number, b: number): Sentence {
  // A view on the block's map, not a copy: sentences only read it.
  const clean = new MappedText(block.clean.text.slice(a, b), block.clean.origin.subarray(a, b));
  const origin = clean.origin;
  const span: Span = { start: origin[0], end: origin[origin.length - 1] + 1 };
  return {
    id: 0,
    text: clean.text,
    clean,
    span,
    pieces: block.parts ? piecesWithin(block.parts, origin) : [span],
    blockId: block.id,
    blockType: block.type,
    sectionId: block.sectionId,
  };
}

/** The sentence's extent within each block part it touches (origins increase along a block). */
function piecesWithin(parts: Span[], origin: Int32Array): Span[] {
  const pieces: Span[] = [];
  let p = 0;
  let pieceOf = -1;
  for (let i = 0; i < origin.length; i++) {
    const o = origin[i];
    while (p < parts.length - 1 && o >= parts[p].end) p++;
    if (p === pieceOf) pieces[pieces.length - 1].end = o + 1;
    else {
      pieces.push({ start: o, end: o + 1 });
      pieceOf = p;
    }
  }
  return pieces;
}
