import type { SectionSubject, Sentence, KoryuDocument } from '../../model/document.js';
import type { EventKind, JpRole, KoryuEvent } from '../../model/event.js';
import type { Span } from '../../model/span.js';
import type { TimeMention } from '../../model/time.js';
import type { Mention } from '../6-mentions/types.js';
import type { Trigger, Vocabulary } from './vocabulary.js';
import type { TriggerWord } from './trigger-words.js';
import type { PageFacts } from './page-facts.js';

/** An event found in one sentence, before merging (no id yet). */
export type Candidate = Omit<KoryuEvent, 'id'> & {
  sentenceId: number;
  sectionId: number;
  /** Dated only by a period the text stated for a list of activities (codebook, Time). */
  periodDated?: boolean;
  /**
   * What tells this engagement apart from another of the same identity told in the same breath
   * (two joint statements adopted together, two projects started in one month): their own names.
   */
  distinct?: string;
  /**
   * A meeting whose way of meeting no word of the text stated: its mode is the vocabulary's default, and yields to
   * the mode another mention of the same meeting states (codebook 507).
   */
  modeAssumed?: boolean;
};

/** Everything a rule may read about one sentence. Rules never read the document directly. */
export interface SentenceContext {
  doc: KoryuDocument;
  sentence: Sentence;
  text: string;
  mentions: Mention[];
  /** Time mentions of the sentence (local spans), in order. */
  times: TimeMention[];
  /** Time mentions that date no engagement (an ongoing program's start, a reference point). */
  deadTimes?: TimeMention[];
  /** The subject of the sentence's section (inherited from parents), if any. */
  subject?: SectionSubject;
  /**
   * The foreign party the running text made its subject (「一方、ASEANは、…」), until a sentence names Japan
   * or opens with another subject: what it does with others is no act of Japan's (codebook rule 200).
   */
  foreignSubject?: string[];
  /** Partners the running text made its topic (「UAEとの間では、…」), until another topic or section. */
  topic?: string[];
  /** The Japanese principal of the last talks in the section (「また、…にもテレビ会談を行い」 names none). */
  previousTalksRole?: JpRole;
  /** The author of a first-person document (a press conference, a chief of staff's message): 「私は」, or no subject. */
  documentPrincipal?: JpRole;
  /**
   * The document's own date, when nothing else in it is dated (a unit's news page: 「…親善訓練を実施
   * しました」): an act done with no date in its sentence took place as of it.
   */
  statedTime?: TimeMention;
  /** Outside a white paper: the date the document last stated, else its own (for a meeting told with none). */
  documentTime?: TimeMention;
  /** On a page of another kind (a unit's news item): the date it last stated, for acts only (codebook rule 204). */
  actTime?: TimeMention;
  /** The partners of the last talks told in the section (for a meeting the speaker recalls, codebook 421). */
  lastTalksPartners?: string[];
  /** Whether a meeting (a talks event) was told earlier in the document: 「今回の会談では」 refers back to it. */
  meetingTold?: boolean;
  /** The most senior Japanese principal of the last sentence of the section that named one. */
  previousPrincipal?: JpRole;
  /** The fora the section has already told Japan attended, by their identity (gazetteer id, else name). */
  toldFora?: ReadonlyMap<string, Candidate>;
  /** The exercise the running text named last, a few sentences back at most (「本訓練」「訓練を開始」 refer to it). */
  previousExercise?: ToldExercise;
  /** The last forum of the gazetteer named in the section (for 「第1回会議」「同会議」「標記会合」). */
  previousForum?: Mention;
  /** The last instrument named by name in the section's running text (for 「同協定」). */
  previousInstrument?: Mention;
  /**
   * The engagement a sentence opening with 「同会議において」「会議においては」「その際」 refers to: what it
   * tells (a statement adopted, a document signed) happened there, on its date, among its partners.
   */
  occasion?: Candidate;
  /** A period stated earlier in the running text of the section (「…までの間に実施した…」). */
  period?: TimeMention;
  /** The page's labelled facts (「期間 …」「支援対象 …」「他支援国 …」, codebook rule 250). */
  pageFacts?: PageFacts;
  vocab: Vocabulary;
  /** The other side's remark (「米側より、…との発言があった」): what it says tells no event of Japan's. */
  remark?: { start: number; end: number };
  /** The plain trigger words of every kind in the sentence, in text order (filled by findTriggers). */
  triggerWords?: TriggerWord[];
  /** Whether some pattern trigger of some kind matches in the sentence (filled by findTriggers). */
  hasPatternTrigger?: boolean;
  /** Triggers found so far in this sentence, per kind (filled by findTriggers). */
  triggerCache?: Map<EventKind, { trigger: Trigger; local: Span }[]>;
}

/** What a rule says about a sentence: the candidates it made, or why it made none. */
export interface RuleOutcome {
  candidates: Candidate[];
  /** Set when the rule looked at the sentence (its trigger was present) but made nothing. */
  miss?: string;
  /** Why it fired (for --explain). */
  reason?: string;
  /** An exercise the sentence named with its parties, held or not: what 「本訓練」「同演習」 after it refer to (codebook rule 205). */
  toldExercise?: ToldExercise;
}

/** An exercise named in the running text, for the sentences that refer back to it. */
export interface ToldExercise {
  name?: string;
  partners: string[];
}

export interface Rule {
  /** Stable id stored with every event it makes, e.g. 'talks.principal-clause'. */
  id: string;
  /** One line for --explain and docs. */
  description: string;
  apply(ctx: SentenceContext): RuleOutcome;
}

export interface SentenceTrace {
  sentenceId: number;
  text: string;
  span: Span;
  sectionPath: string[];
  blockType: string;
  fired: { rule: string; reason: string; eventId?: string }[];
  skipped?: string;
}

/** Version of the rule set, stored with each event's rule id (`talks.principal-clause@1`). */
export const RULESET_VERSION = 1;
