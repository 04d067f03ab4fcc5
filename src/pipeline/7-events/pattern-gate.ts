/**
 * A cheap gate before the pattern triggers: whether some pattern of a list matches a text, found
 * without running every pattern over every sentence.
 *
 * Most sentences hold no pattern trigger, yet one alternation of them all, tried at every place of
 * every sentence, costs more than any other regex of the rules (the patterns open with lookbehinds
 * and classes, so the engine has no first character to skip to). Each pattern instead gets the
 * literal strings one of which every match of it must contain (「お会い」「お目」「お話」 for the humble
 * forms, 「派遣」 for a dispatch), read off its source (parsed by regexpp, the parser ESLint's regex rules use); one walk of the
 * sentence over a trie of those strings tells which patterns may match, and only those are tried. A
 * pattern whose literals cannot be read (a back-reference, a source regexpp rejects) has none: it is
 * tried on every text, as before. The answer is always exactly what `new RegExp(p).test(text)` of
 * some pattern gives: the literals only skip patterns that cannot match.
 */
import { type AST, RegExpParser, RegExpSyntaxError } from '@eslint-community/regexpp';
import { Edges } from '../6-mentions/trie.js';

/** More strings than this in one set of alternatives: too many to be worth it (the set is dropped). */
const MAX_SET = 64;

type Atom =
  | { t: 'char'; c: string }
  | { t: 'class'; chars: string[] | null }
  | { t: 'group'; alt: Seq[] }
  | { t: 'zero' };
interface Item {
  atom: Atom;
  min: number;
  max: number;
}
type Seq = Item[];

class Unsupported extends Error {}

/** The trigger patterns are compiled without flags: read with the same (Annex B) syntax. */
const regexParser = new RegExpParser({ ecmaVersion: 2025 });

/** A pattern's source as alternatives of items, read by regexpp: enough to find its literals. */
function parseSource(source: string): Seq[] {
  return alternativesOf(regexParser.parsePattern(source, 0, source.length, { unicode: false }).alternatives);
}

function alternativesOf(alternatives: AST.Alternative[]): Seq[] {
  return alternatives.map((a) => a.elements.map(itemOf));
}

function itemOf(e: AST.Element): Item {
  if (e.type === 'Quantifier') return { atom: atomOf(e.element), min: e.min, max: e.max };
  return { atom: atomOf(e), min: 1, max: 1 };
}

function atomOf(e: AST.Element): Atom {
  switch (e.type) {
    // Without the u flag every character is one UTF-16 code unit, as the gate's walk reads the text.
    case 'Character':
      return { t: 'char', c: String.fromCharCode(e.value) };
    case 'CharacterSet': // \d \s \w .
      return { t: 'class', chars: null };
    case 'CharacterClass': {
      // The characters it lists when it lists a few (no range, no set, no negation), else any.
      const chars: string[] = [];
      for (const c of e.elements) {
        if (c.type !== 'Character') return { t: 'class', chars: null };
        chars.push(String.fromCharCode(c.value));
      }
      return { t: 'class', chars: e.negate || !chars.length ? null : [...new Set(chars)] };
    }
    case 'Group':
    case 'CapturingGroup':
      return { t: 'group', alt: alternativesOf(e.alternatives) };
    case 'Assertion': // ^ $ \b and lookarounds match no character
      return { t: 'zero' };
    default: // a back-reference: what it matches is not in the source
      throw new Unsupported(e.type);
  }
}

/** The strings an atom matched once stands for, when it is a few fixed strings; else null. */
function fixedStrings(atom: Atom): string[] | null {
  switch (atom.t) {
    case 'char':
      return [atom.c];
    case 'class':
      return atom.chars;
    case 'group': {
      const out = new Set<string>();
      for (const branch of atom.alt) {
        const strings = fixedSeq(branch);
        if (!strings) return null;
        for (const s of strings) out.add(s);
        if (out.size > MAX_SET) return null;
      }
      return [...out];
    }
    case 'zero':
      return null;
  }
}

/** The strings a sequence stands for, when each of its items is matched once and is a few fixed strings. */
function fixedSeq(seq: Seq): string[] | null {
  let acc = [''];
  for (const item of seq) {
    if (item.min !== 1 || item.max !== 1) return null;
    const strings = fixedStrings(item.atom);
    if (!strings) return null;
    const next: string[] = [];
    for (const a of acc) for (const s of strings) next.push(a + s);
    if (next.length > MAX_SET) return null;
    acc = next;
  }
  return acc;
}

/** Of two sets of alternatives, the one that says more: its shortest string longer, then fewer strings. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const la = Math.min(...a.map((s) => s.length));
  const lb = Math.min(...b.map((s) => s.length));
  if (la !== lb) return la > lb ? a : b;
  return a.length <= b.length ? a : b;
}

/** Strings one of which every match of the alternatives contains; null when there is no such set. */
function necessaryAlt(alt: Seq[]): string[] | null {
  const out = new Set<string>();
  for (const branch of alt) {
    const strings = necessarySeq(branch);
    if (!strings) return null;
    for (const s of strings) out.add(s);
    if (out.size > MAX_SET) return null;
  }
  return [...out];
}

function necessarySeq(seq: Seq): string[] | null {
  let best: string[] | null = null;
  // A run of items each matched once as a few fixed strings: written one after another in the text.
  let run: string[] | null = null;
  const endRun = () => {
    if (run && !(run.length === 1 && run[0] === '')) best = better(best, run);
    run = null;
  };
  for (const item of seq) {
    const strings = item.min === 1 && item.max === 1 ? fixedStrings(item.atom) : null;
    if (strings) {
      const prev: string[] = run ?? [''];
      const next: string[] = [];
      for (const a of prev) for (const s of strings) next.push(a + s);
      if (next.length <= MAX_SET) {
        run = next;
        continue;
      }
      endRun();
      run = strings.length <= MAX_SET ? strings : null;
      continue;
    }
    endRun();
    // Matched at least once: what it needs, the text needs.
    if (item.min >= 1) {
      const inner = item.atom.t === 'group' ? necessaryAlt(item.atom.alt) : fixedStrings(item.atom);
      best = better(best, inner);
    }
  }
  endRun();
  return best;
}

/** The literals one of which every match of `source` contains; null when they cannot be read off it. */
export function necessaryLiterals(source: string): string[] | null {
  try {
    const strings = necessaryAlt(parseSource(source));
    return strings && strings.length && strings.every((s) => s.length > 0) ? strings : null;
  } catch (e) {
    if (e instanceof Unsupported || e instanceof RegExpSyntaxError) return null;
    throw e;
  }
}

export class PatternGate {
  private readonly regexes: RegExp[];
  /** Patterns with no literals: tried on every text. */
  private readonly always: number[] = [];
  private readonly edges = new Edges();
  /** Per trie node, the patterns a literal ending there belongs to. */
  private readonly ends: (number[] | undefined)[] = [];
  private readonly first = new Uint8Array(0x10000);
  /** Per pattern, the text it was last marked for (a stamp, so nothing is cleared between texts). */
  private readonly marked: Int32Array;
  private stamp = 0;

  constructor(sources: string[]) {
    this.regexes = sources.map((s) => new RegExp(s));
    this.marked = new Int32Array(sources.length);
    sources.forEach((source, index) => {
      const literals = necessaryLiterals(source);
      if (!literals) {
        this.always.push(index);
        return;
      }
      for (const text of literals) {
        let node = 0;
        for (let i = 0; i < text.length; i++) {
          node = this.edges.getOrAdd(node, text.charCodeAt(i));
          while (this.ends.length <= node) this.ends.push(undefined);
        }
        const at = (this.ends[node] ??= []);
        if (!at.includes(index)) at.push(index);
        this.first[text.charCodeAt(0)] = 1;
      }
    });
  }

  /** Whether some pattern matches somewhere in `text` (what one alternation of them all would tell). */
  test(text: string): boolean {
    for (const i of this.always) if (this.regexes[i].test(text)) return true;
    if (this.stamp === 0x7fffffff) {
      this.marked.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      if (!this.first[text.charCodeAt(i)]) continue;
      let node = 0;
      for (let j = i; j < n; j++) {
        node = this.edges.get(node, text.charCodeAt(j));
        if (node < 0) break;
        const ends = this.ends[node];
        if (!ends) continue;
        for (let k = 0; k < ends.length; k++) {
          const p = ends[k];
          if (this.marked[p] === stamp) continue;
          this.marked[p] = stamp;
          if (this.regexes[p].test(text)) return true;
        }
      }
    }
    return false;
  }
}
