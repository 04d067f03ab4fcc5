import type { Span } from './span.js';

/**
 * A derived text together with, for each of its characters, the index in the original
 * text of the character it came from. Normalization builds one of these so that any span
 * of clean text can be shown in the original.
 */
export class MappedText {
  constructor(
    readonly text: string,
    /** origin[i] = index in the original text of text[i]; length === text.length. */
    readonly origin: Int32Array,
  ) {
    if (origin.length !== text.length) {
      throw new Error(`MappedText: origin has ${origin.length} entries for ${text.length} characters`);
    }
  }

  /** The identity mapping over `text` (offset by `base` in the original). */
  static identity(text: string, base = 0): MappedText {
    const origin = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) origin[i] = base + i;
    return new MappedText(text, origin);
  }

  /** Map a non-empty span of this text to the smallest original span that covers it. */
  toOriginal(span: Span): Span {
    if (span.end <= span.start) {
      const at = span.start < this.origin.length ? this.origin[span.start] : this.originEnd();
      return { start: at, end: at };
    }
    let start = Infinity;
    let end = -Infinity;
    for (let i = span.start; i < span.end; i++) {
      const o = this.origin[i];
      if (o < start) start = o;
      if (o + 1 > end) end = o + 1;
    }
    return { start, end };
  }

  /** The original spans covered by a span of this text, split wherever the origin jumps. */
  toOriginalPieces(span: Span): Span[] {
    const pieces: Span[] = [];
    for (let i = span.start; i < span.end; i++) {
      const o = this.origin[i];
      const last = pieces[pieces.length - 1];
      if (last && o === last.end) last.end = o + 1;
      else pieces.push({ start: o, end: o + 1 });
    }
    return pieces;
  }

  private originEnd(): number {
    return this.origin.length ? this.origin[this.origin.length - 1] + 1 : 0;
  }

  slice(start: number, end: number): MappedText {
    return new MappedText(this.text.slice(start, end), this.origin.slice(start, end));
  }
}

/**
 * Origin maps are many and mostly short (one per block part, block and sentence), and a typed
 * array of more than 64 bytes costs an off-heap allocation of its own (about a microsecond and
 * later GC work). Stages that build many maps carve them out of shared chunks instead: each map
 * is a view on a chunk. Maps are never written after they are built, so sharing is safe; a
 * chunk is freed with the last map that uses it.
 */
const ORIGIN_CHUNK = 1 << 18; // 256 Ki entries (1 MiB)
let originChunk = new Int32Array(0);
let originChunkUsed = 0;

/** A zeroed, writable origin array of exactly `length` entries (a view on a shared chunk). */
export function allocateOrigins(length: number): Int32Array {
  if (length > ORIGIN_CHUNK / 8) return new Int32Array(length); // long maps stand alone
  if (originChunkUsed + length > originChunk.length) {
    originChunk = new Int32Array(ORIGIN_CHUNK);
    originChunkUsed = 0;
  }
  const view = originChunk.subarray(originChunkUsed, originChunkUsed + length);
  originChunkUsed += length;
  return view;
}

/** Builds a MappedText piece by piece. */
export class MappedTextBuilder {
  private chars: string[] = [];
  private origins: number[] = [];

  /** Append `s`, whose characters come one-to-one from the original starting at `originStart`. */
  pushCopy(s: string, originStart: number): this {
    for (let i = 0; i < s.length; i++) {
      this.chars.push(s[i]);
      this.origins.push(originStart + i);
    }
    return this;
  }

  /** Append one character (or a short replacement string) attributed to original index `origin`. */
  pushAt(s: string, origin: number): this {
    for (const ch of s) {
      for (let i = 0; i < ch.length; i++) {
        this.chars.push(ch[i]);
        this.origins.push(origin);
      }
    }
    return this;
  }

  /** Append a piece of another mapped text (composition keeps origins). */
  pushMapped(m: MappedText, start = 0, end = m.text.length): this {
    for (let i = start; i < end; i++) {
      this.chars.push(m.text[i]);
      this.origins.push(m.origin[i]);
    }
    return this;
  }

  get length(): number {
    return this.chars.length;
  }

  build(): MappedText {
    return new MappedText(this.chars.join(''), Int32Array.from(this.origins));
  }
}

/** Compose: `outer` maps into `inner.text`; the result maps straight into inner's original. */
export function composeMapped(outer: MappedText, inner: MappedText): MappedText {
  const origin = new Int32Array(outer.text.length);
  for (let i = 0; i < origin.length; i++) origin[i] = inner.origin[outer.origin[i]];
  return new MappedText(outer.text, origin);
}
