import type { Span } from '../../model/span.js';
import type { Instrument, JpRole, Level, Milestone } from '../../model/event.js';

export type MentionType =
  | 'country'
  | 'organization'
  | 'region'
  | 'jp-principal'
  | 'foreign-title'
  | 'instrument'
  | 'milestone'
  | 'exercise'
  | 'forum'
  | 'field';

export interface Mention {
  type: MentionType;
  /** Span in the sentence's clean text. */
  local: Span;
  /** As written. */
  text: string;
  /** Partner codes denoted: ['AUS']; 日米豪印 → ['AUS','IND','USA']; 印国防大臣 → ['IND']; a forum with fixed membership → its members; [] when none. */
  codes: string[];
  /** Came from a 日X compound (日豪, 日米豪): Japan is a party. */
  compound?: boolean;
  /** A visit's destination written as 訪 + short form (訪露): a host, never a counterpart of talks. */
  destination?: boolean;
  /** jp-principal. */
  jpRole?: JpRole;
  /** 岸防衛大臣 → '岸' when a surname directly precedes (best effort); a foreign title's katakana name. */
  personName?: string;
  /** foreign-title. */
  foreignLevel?: Level;
  instrument?: Instrument;
  milestone?: Milestone;
  /** A milestone word that counts only right next to its instrument (「取決めを作成」). */
  adjacent?: boolean;
  /** Exercise / forum / named instrument, as written (with its year suffix). */
  name?: string;
  /** Forum: its gazetteer id (ADMMプラス and 拡大ASEAN国防相会議 are one forum). */
  key?: string;
  /** Capacity-building field key. */
  field?: string;
  /** Region key. */
  region?: string;
}

/**
 * A mention with every optional field present (undefined until set), in one order: all the mentions the
 * finder makes share one object shape, so that the rules, which read them all the time, read them
 * through one shape instead of a dozen (what a field holds is unchanged; absent reads as undefined).
 */
export function blankMention(type: MentionType, start: number, end: number, text: string, codes: string[]): Mention {
  return {
    type,
    local: { start, end },
    text,
    codes,
    compound: undefined,
    destination: undefined,
    jpRole: undefined,
    personName: undefined,
    foreignLevel: undefined,
    instrument: undefined,
    milestone: undefined,
    adjacent: undefined,
    name: undefined,
    key: undefined,
    field: undefined,
    region: undefined,
  };
}
