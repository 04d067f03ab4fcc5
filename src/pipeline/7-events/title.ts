/**
 * What a document's title tells of the day's meeting: the way it was held (codebook 507) and the parties met together (543).
 *
 * The way of meeting a document's title states (codebook 507): 「日比防衛相電話会談後の臨時記者会見」 over a body that says
 * only 「本日、…国防大臣と会談を実施いたしました」, 「日独防衛相テレビ会談について」 over 「…と会談を行った」. The meeting of the
 * document's day with the title's partners, told with no word of its mode, was held the way the title says.
 */
import type { KoryuDocument } from '../../model/document.js';
import { formatForPartners, isHighLevel } from '../../model/event.js';
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

/** A meeting told as one held together: its counterparts were met one by one or apart (「それぞれ」「個別に」). */
const APART = /それぞれ|個別|各々|別々/;

/**
 * The parties a document's title names for its one meeting (codebook 543): 「日米豪防衛相会談について」 over a body that says
 * 「…米国防長官及び…豪国防大臣と会談を行いました」 is one trilateral meeting, not a meeting with each. The meetings of one
 * sentence, of one date and level, whose partners together are the title's one compound (two or more partners), become
 * that meeting — unless the sentence says they were met apart. A title naming several meetings (「日米及び日豪防衛相会談」,
 * two compounds) leaves them apart.
 */
export function adoptTitleParties(doc: KoryuDocument, candidates: Candidate[]): void {
  const title = titleOf(doc);
  if (!title || !MEETING_WORD.test(title)) return;
  const mentions = findMentions(title).filter((m) => m.type === 'country' || m.type === 'organization');
  if (mentions.length !== 1 || !mentions[0].compound) return;
  const codes = [...new Set(mentions[0].codes)].filter((c) => c !== 'JPN').sort();
  if (codes.length < 2) return;
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.kind !== 'talks' || c.partners.length !== 1 || !codes.includes(c.partners[0])) continue;
    const key = [c.sentenceId, c.date, c.dateEnd ?? '', c.level ?? '', c.jpRole ?? '', c.mode ?? ''].join('|');
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const dropped = new Set<Candidate>();
  for (const group of groups.values()) {
    const met = [...new Set(group.map((c) => c.partners[0]))].sort();
    if (group.length !== codes.length || met.join() !== codes.join()) continue;
    if (group.some((c) => c.evidence.some((e) => APART.test(e.text)))) continue;
    const [kept, ...rest] = group;
    kept.partners = codes;
    kept.format = formatForPartners(codes);
    kept.highLevel = isHighLevel(kept);
    for (const r of rest) dropped.add(r);
  }
  // One pass over the candidates, however many groups were joined.
  if (dropped.size) {
    let at = 0;
    for (const c of candidates) if (!dropped.has(c)) candidates[at++] = c;
    candidates.length = at;
  }
}
