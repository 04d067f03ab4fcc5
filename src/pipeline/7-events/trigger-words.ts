/**
 * The plain trigger words of every kind, in one character trie: a sentence is walked once, and each
 * kind's triggers are read from that walk, instead of one regex scan over the sentence per kind.
 *
 * It gives exactly what a global regex of each kind's words, longest alternative first, gives:
 * scanning left to right, at each place the longest word of the kind that starts there, the scan
 * resuming after it (words never overlap within a kind). Characters are compared as written (UTF-16
 * code units, no folding of full-width forms), as the regexes did.
 */
import type { EventKind } from '../../model/event.js';
import type { Trigger } from './vocabulary.js';

/** A word of one kind starting at `start`: the longest of that kind there. */
export interface TriggerWord {
  start: number;
  end: number;
  kind: EventKind;
  trigger: Trigger;
}

interface Node {
  next: Map<number, Node>;
  /** The triggers whose word ends here (one per kind). */
  ends?: Trigger[];
}

export class TriggerWords {
  private readonly root: Node = { next: new Map() };
  /** First code units of all words: positions starting with anything else are skipped. */
  private readonly first = new Uint8Array(0x10000);

  /** `byText`: per kind, its plain triggers by their text (the entry a match of that text stands for). */
  constructor(byText: Record<EventKind, Map<string, Trigger>>) {
    for (const kind of Object.keys(byText) as EventKind[]) {
      for (const [text, trigger] of byText[kind]) {
        let node = this.root;
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          let kid = node.next.get(c);
          if (!kid) node.next.set(c, (kid = { next: new Map() }));
          node = kid;
        }
        // A kind's texts are the keys of one Map: a node ends at most one trigger per kind.
        (node.ends ??= []).push(trigger);
      }
    }
    for (const c of this.root.next.keys()) this.first[c] = 1;
  }

  /** Every place where a word of some kind starts: per place, the longest word of each kind there, in text order. */
  scan(text: string): TriggerWord[] {
    let out: TriggerWord[] | undefined;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      if (!this.first[text.charCodeAt(i)]) continue;
      let at: TriggerWord[] | undefined;
      let node: Node | undefined = this.root;
      for (let j = i; j < n; j++) {
        node = node.next.get(text.charCodeAt(j));
        if (!node) break;
        if (!node.ends) continue;
        // Deeper nodes end longer words: a kind seen again at this place is replaced by the longer word.
        for (let k = 0; k < node.ends.length; k++) {
          const trigger = node.ends[k];
          let same: TriggerWord | undefined;
          if (at) for (let w = 0; w < at.length; w++) if (at[w].kind === trigger.kind) same = at[w];
          if (same) {
            same.end = j + 1;
            same.trigger = trigger;
          } else (at ??= []).push({ start: i, end: j + 1, kind: trigger.kind, trigger });
        }
      }
      if (at) for (let w = 0; w < at.length; w++) (out ??= []).push(at[w]);
    }
    return out ?? NONE;
  }
}

const NONE: TriggerWord[] = [];
