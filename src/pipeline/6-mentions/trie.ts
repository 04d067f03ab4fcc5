/**
 * A character trie over surface forms, built once from the gazetteer. Walking it from a position
 * finds every entry that starts there in one pass, so the finder costs one walk per position
 * instead of one indexOf per name.
 */

/**
 * A trie node. Most nodes below the first level have one or two children: a linear scan of a
 * small array beats hashing, so a Map is only built for wide nodes.
 */
interface Node<V> {
  keys: number[];
  kids: Node<V>[];
  map?: Map<number, Node<V>>;
  values?: V[];
}

const WIDE = 8;

const newNode = <V>(): Node<V> => ({ keys: [], kids: [] });

function child<V>(node: Node<V>, c: number): Node<V> | undefined {
  if (node.map) return node.map.get(c);
  const keys = node.keys;
  for (let k = 0; k < keys.length; k++) if (keys[k] === c) return node.kids[k];
  return undefined;
}

function addChild<V>(node: Node<V>, c: number): Node<V> {
  const kid = newNode<V>();
  node.keys.push(c);
  node.kids.push(kid);
  if (node.map) node.map.set(c, kid);
  else if (node.keys.length > WIDE) node.map = new Map(node.keys.map((k, i) => [k, node.kids[i]]));
  return kid;
}

/** Full-width ASCII (ＡＳＥＡＮ, ２０２０) reads as ASCII: PDF extractions and HTML mix both. */
export function fold(code: number): number {
  return code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
}

export interface TrieMatch<V> {
  /** End offset (exclusive) of the match in the text. */
  end: number;
  values: V[];
}

export class Trie<V> {
  private readonly root: Node<V> = newNode<V>();
  /** First characters of all entries (folded): positions starting with anything else are skipped. */
  readonly firstChars = new Set<number>();
  /** First two characters of all entries (by pairKey), and one-character entries: a cheap pre-check before a walk. */
  readonly firstPairs = new Uint8Array(PAIR_SPACE);
  readonly singles = new Uint8Array(0x10000);

  add(surface: string, value: V): void {
    const c0 = fold(surface.charCodeAt(0));
    if (surface.length === 1) this.singles[c0] = 1;
    else this.firstPairs[pairKey(c0, fold(surface.charCodeAt(1)))] = 1;
    let node = this.root;
    for (let i = 0; i < surface.length; i++) {
      const c = fold(surface.charCodeAt(i));
      if (i === 0) this.firstChars.add(c);
      node = child(node, c) ?? addChild(node, c);
    }
    (node.values ??= []).push(value);
  }

  /** Every entry starting at `start`, longest first; empty when none. */
  matchesAt(text: string, start: number): TrieMatch<V>[] {
    let node: Node<V> | undefined = this.root;
    let found: TrieMatch<V>[] | undefined;
    for (let i = start; i < text.length; i++) {
      node = child(node, fold(text.charCodeAt(i)));
      if (!node) break;
      if (node.values) (found ??= []).push({ end: i + 1, values: node.values });
    }
    return found ? found.reverse() : NONE;
  }

  /** End of the longest entry starting at `start`, or -1. */
  longestEnd(text: string, start: number): number {
    let node: Node<V> | undefined = this.root;
    let end = -1;
    for (let i = start; i < text.length; i++) {
      node = child(node, fold(text.charCodeAt(i)));
      if (!node) break;
      if (node.values) end = i + 1;
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
