/**
 * A character trie over surface forms, built once from the gazetteer. Walking it from a position
 * finds every entry that starts there in one pass, so the finder costs one walk per position
 * instead of one indexOf per name.
 */

/**
 * The edges of all nodes in one open-addressing hash table of typed arrays, keyed by (node, character):
 * one probe or two per character walked, instead of a Map look-up at wide nodes and a linear scan at
 * narrow ones, and no object per node. Node 0 is the root.
 */
export class Edges {
  /** Per slot: the parent node + 1 (0 = empty slot), the character, the child node. */
  private parent = new Int32Array(1024);
  private char = new Int32Array(1024);
  private kid = new Int32Array(1024);
  private mask = 1023;
  private size = 0;
  /** Nodes made so far (the root is 0). */
  private nodes = 1;

  private slot(node: number, c: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & this.mask;
  }

  /** The child of `node` by `c`, or -1. */
  get(node: number, c: number): number {
    const parent = this.parent;
    const want = node + 1;
    for (let h = this.slot(node, c); ; h = (h + 1) & this.mask) {
      const p = parent[h];
      if (p === 0) return -1;
      if (p === want && this.char[h] === c) return this.kid[h];
    }
  }

  /** The child of `node` by `c`, made (numbered after every node made so far) when there is none. */
  getOrAdd(node: number, c: number): number {
    const kid = this.get(node, c);
    if (kid >= 0) return kid;
    this.set(node, c, this.nodes);
    return this.nodes++;
  }

  private set(node: number, c: number, kid: number): void {
    if (2 * (this.size + 1) > this.parent.length) this.grow();
    let h = this.slot(node, c);
    while (this.parent[h] !== 0) h = (h + 1) & this.mask;
    this.parent[h] = node + 1;
    this.char[h] = c;
    this.kid[h] = kid;
    this.size++;
  }

  private grow(): void {
    const { parent, char, kid } = this;
    const n = parent.length * 2;
    this.parent = new Int32Array(n);
    this.char = new Int32Array(n);
    this.kid = new Int32Array(n);
    this.mask = n - 1;
    this.size = 0;
    for (let h = 0; h < parent.length; h++) if (parent[h] !== 0) this.set(parent[h] - 1, char[h], kid[h]);
  }
}

/**
 * Full-width ASCII (ＡＳＥＡＮ, ２０２０) reads as ASCII: PDF extractions and HTML mix both. Hiragana べ and ぺ, which look
 * the same, are typed for katakana ベ and ペ inside names (「べトナム」, codebook 484): they read as katakana (unlike へ,
 * a particle that runs into the next katakana word: 「…へスキップ」).
 */
export function fold(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  return code === 0x3079 || code === 0x307a ? code + 0x60 : code;
}

export interface TrieMatch<V> {
  /** End offset (exclusive) of the match in the text. */
  end: number;
  values: V[];
}

export class Trie<V> {
  private readonly edges = new Edges();
  /** Per node: the values of the entries ending there. */
  private readonly values: (V[] | undefined)[] = [];
  /** First characters of all entries (folded): positions starting with anything else are skipped. */
  readonly firstChars = new Set<number>();
  /** First two characters of all entries (by pairKey), and one-character entries: a cheap pre-check before a walk. */
  readonly firstPairs = new Uint8Array(PAIR_SPACE);
  readonly singles = new Uint8Array(0x10000);

  add(surface: string, value: V): void {
    const c0 = fold(surface.charCodeAt(0));
    if (surface.length === 1) this.singles[c0] = 1;
    else this.firstPairs[pairKey(c0, fold(surface.charCodeAt(1)))] = 1;
    let node = 0;
    for (let i = 0; i < surface.length; i++) {
      const c = fold(surface.charCodeAt(i));
      if (i === 0) this.firstChars.add(c);
      node = this.edges.getOrAdd(node, c);
      while (this.values.length <= node) this.values.push(undefined); // dense: read on every character walked
    }
    (this.values[node] ??= []).push(value);
  }

  /** Every entry starting at `start`, longest first; empty when none. */
  matchesAt(text: string, start: number): TrieMatch<V>[] {
    let node = 0;
    let found: TrieMatch<V>[] | undefined;
    for (let i = start; i < text.length; i++) {
      node = this.edges.get(node, fold(text.charCodeAt(i)));
      if (node < 0) break;
      const values = this.values[node];
      if (values) (found ??= []).push({ end: i + 1, values });
    }
    return found ? found.reverse() : NONE;
  }

  /** End of the longest entry starting at `start`, or -1. */
  longestEnd(text: string, start: number): number {
    let node = 0;
    let end = -1;
    for (let i = start; i < text.length; i++) {
      node = this.edges.get(node, fold(text.charCodeAt(i)));
      if (node < 0) break;
      if (this.values[node]) end = i + 1;
    }
    return end;
  }
}

const NONE: never[] = [];

const PAIR_BITS = 9;
const PAIR_SPACE = 1 << (2 * PAIR_BITS);
const PAIR_MASK = (1 << PAIR_BITS) - 1;

/**
 * Two folded UTF-16 code units hashed into an index of a flat table (a missing second one is
 * -1). Collisions only let a few more positions through to the trie walk, which decides; a
 * table look-up is several times cheaper than a Set's hash look-up on every character.
 */
export const pairKey = (a: number, b: number): number => ((a & PAIR_MASK) << PAIR_BITS) | (b & PAIR_MASK);
