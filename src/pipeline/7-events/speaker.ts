/**
 * Who speaks in a document, and when someone else does.
 *
 * - The author of a first-person document: a press conference (「防衛大臣記者会見」「大臣臨時会見概要」), a
 *   chief of staff's message (「航空幕僚長挨拶」「陸上幕僚長より皆さまへ」「陸上幕僚長の吉田圭秀です」), a
 *   principal's activity page (「小野田防衛大臣政務官の動静」). Their sentences say 「私は」 or leave the
 *   subject out (「先ほど、…国防大臣と会談を行いました」): the principal is the author.
 * - A journalist's question (「Q:…」 until the answer 「A:…」) reports nothing: it is not an event however
 *   many sentences it runs over.
 */
import type { JpRole } from '../../model/event.js';
import type { KoryuDocument } from '../../model/document.js';
import { findMentions } from '../6-mentions/find.js';
import { ANSWER_LABEL, QUESTION_LABEL } from '../3-segment/speakers.js';

/** How far into the text the author is looked for: the head of the page. */
const HEAD_LINES = 10;
const HEAD_CHARS = 500;
/** A line naming the author: 「…記者会見」「…挨拶」「…より」「…の動静」「…の(名前)です」. */
const AUTHOR_LINE = /記者会見|会見概要|臨時会見|定例会見|挨拶|より|の動静|メッセージ|日記|の[^\s、。]{1,8}です/;
/** 「司令官日記」「総監日記」: a commander below the chiefs writes, named by the title alone (working level). */
const COMMANDER_DIARY = /(?:司令官|総監|司令|団長|隊長)(?:の)?日記/;
/** 「大臣臨時会見概要」: the minister, written without 防衛. */
const MINISTER_CONFERENCE = /大臣[^\n。]{0,6}会見/;

/** The principal who writes or speaks the document, if its head says so. */
export function documentPrincipal(doc: KoryuDocument): JpRole | undefined {
  const lines = doc.source.text.slice(0, HEAD_CHARS).split(/\r?\n/).filter((l) => l.trim()).slice(0, HEAD_LINES);
  for (const line of lines) {
    if (!AUTHOR_LINE.test(line)) continue;
    const principal = findMentions(line).find((m) => m.type === 'jp-principal' && m.jpRole !== 'unit');
    if (principal?.jpRole) return principal.jpRole;
    if (MINISTER_CONFERENCE.test(line)) return 'minister';
    if (COMMANDER_DIARY.test(line)) return 'official';
  }
  return undefined;
}

/**
 * Follows the questions of a transcript sentence by sentence: `inQuestion` is true from a 「Q:」 (or 「記者:」)
 * up to the answer 「A:」 (or the principal's title, or a heading; speaker labels in 3-segment/speakers.ts).
 */
export class QuestionTracker {
  private open = false;

  /** Whether this sentence belongs to a journalist's question. */
  inQuestion(text: string, blockType: string): boolean {
    if (blockType === 'heading' || ANSWER_LABEL.test(text)) this.open = false;
    else if (QUESTION_LABEL.test(text)) this.open = true;
    return this.open;
  }
}

/** 「私は」「私から」「私が」: the author as principal of a clause. */
export const FIRST_PERSON = /私(?:は|が|から|も|自身|ども|たち)/;
