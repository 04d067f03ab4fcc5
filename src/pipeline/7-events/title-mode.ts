/**
 * The way of meeting a document's title states (codebook 507): 「日比防衛相電話会談後の臨時記者会見」 over a body that says
 * only 「本日、…国防大臣と会談を実施いたしました」, 「日独防衛相テレビ会談について」 over 「…と会談を行った」. The meeting of the
 * document's day with the title's partners, told with no word of its mode, was held the way the title says.
 */
import type { KoryuDocument } from '../../model/document.js';
import { findMentions } from '../6-mentions/find.js';
import type { Candidate } from './types.js';
import type { Vocabulary } from './vocabulary.js';

/** A title is a short line with no full stop: the source's title, else the first line of a plain text. */
const TITLE_MAX = 60;
/** The title tells a meeting (not a conference, an exercise or a visit). */
const MEETING_WORD = /会談|懇談|協議/;

function titleOf(doc: KoryuDocument): string | undefined {
  if (doc.source.title) return doc.source.title;
  const first = doc.source.text.slice(0, 200).split(/\r?\n/).map((l) => l.trim()).find(Boolean);
  return first && first.length <= TITLE_MAX && !first.includes('。') ? first : undefined;
}

export function adoptTitleMode(doc: KoryuDocument, candidates: Candidate[], vocab: Vocabulary): void {
  const day = doc.context.published;
  if (!day || day.length !== 10 || !candidates.some((c) => c.modeAssumed && c.date === day)) return;
  const title = titleOf(doc);
  if (!title || !MEETING_WORD.test(title)) return;
  const mode = vocab.modeCues.find((cue) => cue.mode !== 'in-person' && cue.pattern.test(title))?.mode;
  if (!mode) return;
  const named = new Set(
    findMentions(title)
      .filter((m) => m.type === 'country' || m.type === 'organization')
      .flatMap((m) => m.codes)
      .filter((c) => c !== 'JPN'),
  );
  if (!named.size) return;
  for (const c of candidates) {
    if (c.kind !== 'talks' || !c.modeAssumed || c.date !== day || !c.partners.length) continue;
    if (!c.partners.every((p) => named.has(p))) continue;
    c.mode = mode;
    c.modeAssumed = undefined;
  }
}
