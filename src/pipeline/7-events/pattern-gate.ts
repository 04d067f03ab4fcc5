/**
 * A cheap gate before the pattern triggers: whether some pattern of a list matches a text, found
 * without running every pattern over every sentence.
 *
 * Most sentences hold no pattern trigger, yet one alternation of them all, tried at every place of
 * every sentence, costs more than any other regex of the rules (the patterns open with lookbehinds
 * and classes, so the engine has no first character to skip to). Each pattern instead gets the
 * literal strings one of which every match of it must contain (「お会い」「お目」「お話」 for the humble
 * forms, 「派遣」 for a dispatch), read off its source; one walk of the sentence over a trie of those
 * strings tells which patterns may match, and only those are tried. A pattern whose source this
 * reader cannot take apart (a back-reference, a construct it does not know) has no literals: it is
 * tried on every text, as before. The answer is always exactly what `new RegExp(p).test(text)` of
 * some pattern gives: the literals only skip patterns that cannot match.
 */
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

/** A parser of the regex syntax the trigger patterns use (no flags): enough to read their literals. */
class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Seq[] {
    const alt = this.alt();
    if (this.i !== this.src.length) throw new Unsupported('trailing');
    return alt;
  }

  private alt(): Seq[] {
    const branches: Seq[] = [this.seq()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.seq());
    }
    return branches;
  }

  private seq(): Seq {
    const items: Seq = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      items.push({ atom, min, max });
    }
    return items;
  }

  private quantifier(): [number, number] {
    const c = this.src[this.i];
    let q: [number, number] = [1, 1];
    if (c === '?') q = [0, 1];
    else if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Unsupported('brace');
      const min = Number(m[1]);
      const max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      this.i += m[0].length;
      if (this.src[this.i] === '?') this.i++;
      return [min, max];
    } else return q;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy
    return q;
  }

  private atom(): Atom {
    const c = this.src[this.i];
    if (c === '(') {
      this.i++;
      let look = false;
      if (this.src.startsWith('?:', this.i)) this.i += 2;
      else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) {
        this.i += 2;
        look = true;
      } else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) {
        this.i += 3;
        look = true;
      } else if (c === '(' && this.src[this.i] === '?') throw new Unsupported('group kind'); // named groups, modifiers
      const alt = this.alt();
      if (this.src[this.i] !== ')') throw new Unsupported('unclosed group');
      this.i++;
      return look ? { t: 'zero' } : { t: 'group', alt };
    }
    if (c === '[') return this.cls();
    if (c === '.') {
      this.i++;
      return { t: 'class', chars: null };
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { t: 'zero' };
    }
    if (c === '\\') return this.escape();
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') throw new Unsupported(`stray ${c}`);
    const cp = this.src.codePointAt(this.i)!;
    if (cp > 0xffff) throw new Unsupported('astral'); // matched as two code units without the u flag
    this.i++;
    return { t: 'char', c };
  }

  private escape(): Atom {
    const e = this.src[this.i + 1];
    if (e === undefined) throw new Unsupported('escape at end');
    if ('dDsSwWpP'.includes(e)) {
      this.i += 2;
      if (e === 'p' || e === 'P') {
        const close = this.src.indexOf('}', this.i);
        if (this.src[this.i] !== '{' || close < 0) throw new Unsupported('property');
        this.i = close + 1;
      }
      return { t: 'class', chars: null };
    }
    if (e === 'b' || e === 'B') {
      this.i += 2;
      return { t: 'zero' };
    }
    const c = this.escapedChar();
    return { t: 'char', c };
  }

  /** A character written as an escape (\., \(, \u3000, \n…); anything else is unsupported. */
  private escapedChar(): string {
    const e = this.src[this.i + 1];
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
    if (e in simple && !(e === '0' && /[0-9]/.test(this.src[this.i + 2] ?? ''))) {
      this.i += 2;
      return simple[e];
    }
    if (e === 'u') {
      const m = /^[0-9A-Fa-f]{4}/.exec(this.src.slice(this.i + 2));
      if (!m) throw new Unsupported('\\u');
      this.i += 6;
      return String.fromCharCode(parseInt(m[0], 16));
    }
    if (e === 'x') {
      const m = /^[0-9A-Fa-f]{2}/.exec(this.src.slice(this.i + 2));
      if (!m) throw new Unsupported('\\x');
      this.i += 4;
      return String.fromCharCode(parseInt(m[0], 16));
    }
    if (/[\^$\\.*+?()[\]{}|/\-]/.test(e) || e === '、' || e === '。') {
      this.i += 2;
      return e;
    }
    throw new Unsupported(`escape \\${e}`);
  }

  /** A character class: the characters it lists when it lists a few (no range, no negation), else any. */
  private cls(): Atom {
    this.i++;
    let negated = false;
    if (this.src[this.i] === '^') {
      negated = true;
      this.i++;
    }
    const chars: string[] = [];
    let open = false;
    let first = true;
    while (this.i < this.src.length && (this.src[this.i] !== ']' || first)) {
      first = false;
      const c = this.src[this.i];
      if (c === ']') throw new Unsupported('empty class');
      if (c === '\\') {
        const e = this.src[this.i + 1];
        if ('dDsSwWpP'.includes(e)) {
          this.i += 2;
          if (e === 'p' || e === 'P') {
            const close = this.src.indexOf('}', this.i);
            if (this.src[this.i] !== '{' || close < 0) throw new Unsupported('property');
            this.i = close + 1;
          }
          open = true;
          continue;
        }
        if (e === 'b') throw new Unsupported('\\b in class');
        chars.push(this.escapedChar());
        continue;
      }
      if (c === '-' && chars.length && this.src[this.i + 1] !== ']') {
        // A range: any of many characters (its end read as a character, to stay in step).
        this.i++;
        if (this.src[this.i] === '\\') this.escapedChar();
        else if ((this.src.codePointAt(this.i) ?? 0) > 0xffff) throw new Unsupported('astral');
        else this.i++;
        open = true;
        continue;
      }
      const cp = this.src.codePointAt(this.i)!;
      if (cp > 0xffff) throw new Unsupported('astral');
      chars.push(c);
      this.i++;
    }
    if (this.src[this.i] !== ']') throw new Unsupported('unclosed class');
    this.i++;
    return { t: 'class', chars: negated || open || !chars.length ? null : [...new Set(chars)] };
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
    const strings = necessaryAlt(new Parser(source).parse());
    return strings && strings.length && strings.every((s) => s.length > 0) ? strings : null;
  } catch (e) {
    if (e instanceof Unsupported) return null;
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
