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
import { Edges } from '../6-mentions/trie.js';

/** A word of one kind starting at `start`: the longest of that kind there. */
export interface TriggerWord {
  start: number;
  end: number;
  kind: EventKind;
  trigger: Trigger;
}

export class TriggerWords {
  /** The trie's edges (node 0 is the root); per node, the triggers whose word ends there (one per kind). */
  private readonly edges = new Edges();
  private readonly ends: (Trigger[] | undefined)[] = [];
  /** First code units of all words: positions starting with anything else are skipped. */
  private readonly first = new Uint8Array(0x10000);

  /** `byText`: per kind, its plain triggers by their text (the entry a match of that text stands for). */
  constructor(byText: Record<EventKind, Map<string, Trigger>>) {
    for (const kind of Object.keys(byText) as EventKind[]) {
      for (const [text, trigger] of byText[kind]) {
        let node = 0;
        for (let i = 0; i < text.length; i++) {
          node = this.edges.getOrAdd(node, text.charCodeAt(i));
          while (this.ends.length <= node) this.ends.push(undefined); // dense: read on every character walked
        }
        // A kind's texts are the keys of one Map: a node ends at most one trigger per kind.
        (this.ends[node] ??= []).push(trigger);
        if (text.length) this.first[text.charCodeAt(0)] = 1;
      }
    }
  }

  /** Every place where a word of some kind starts: per place, the longest word of each kind there, in text order. */
  scan(text: string): TriggerWord[] {
    let out: TriggerWord[] | undefined;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      if (!this.first[text.charCodeAt(i)]) continue;
      let at: TriggerWord[] | undefined;
      let node = 0;
      for (let j = i; j < n; j++) {
        node = this.edges.get(node, text.charCodeAt(j));
        if (node < 0) break;
        const ends = this.ends[node];
        if (!ends) continue;
        // Deeper nodes end longer words: a kind seen again at this place is replaced by the longer word.
        for (let k = 0; k < ends.length; k++) {
          const trigger = ends[k];
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
