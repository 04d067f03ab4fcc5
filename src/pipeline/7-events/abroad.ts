/**
 * A press conference held abroad (codebook 430): the minister speaks on a trip, and the counterparts of the trip are
 * often named by their title alone (「先ほど、国防大臣と会談いたしました」「国王事務所大臣とも会談」). The country of the
 * trip stands in for them, as a section's country does in a white paper (rule 12).
 *
 * The conference is abroad when its head says so: a time given 「(日本時間)」 or 「(現地時間)」, a place (「場所 …国防省」)
 * naming a foreign country, or a remark naming the trip (「備考 …大臣オマーン訪問」). The trip's country is, in order:
 * the one the head's place or remark names; the one country the speaker visited (「本日、…を訪問し」「…に来て」) in the
 * running text; else the one foreign country the text names most, when no other is named as often. A conference at a
 * multilateral forum (its head or its first sentences naming one) has no one country: the host is no counterpart there.
 */
import type { KoryuDocument, SectionSubject } from '../../model/document.js';
import { loadGazetteer } from '../../gazetteer/index.js';
import { findMentions } from '../6-mentions/find.js';
import type { Mention } from '../6-mentions/types.js';
import { QuestionTracker } from './speaker.js';

/** The label of a trip's country as a subject: what tells a conference abroad from a section's country. */
export const TRIP_LABEL = '(trip)';

/** How far into the text the head is read. */
const HEAD_CHARS = 240;
/** A time given in Japan's time or in the local one: said only when the two differ. */
const TIME_ABROAD = /[（(](?:日本時間|現地時間)[）)]/;
/** The head's place and remark. */
const PLACE = /場所[:：\s]*([^\n]*?)(?=備考|$)/m;
const REMARK = /備考[:：\s]*([^\n]*)/m;
/** After a country: a visit to it (「オマーン訪問」「…を公式訪問し」「…に来て」「…に到着し」). */
const VISITED_AFTER = /^(?:を(?:公式)?)?(?:訪問|訪れ)|^(?:に|へ)(?:来|参り|到着|入り)/;
/** After a country: a topic, not a party (「北朝鮮情勢」「中国について」). */
const TOPIC_AFTER = /^(?:等|など)?(?:の)?(?:地域)?(?:情勢|問題|について|に関して|をめぐ|を巡|による|が|は、)/;
/** A plan: 「来週…を訪問します」「…を訪問する予定」. */
const PLAN = /予定|つもり|したい|します[。]?$|する[。]?$|来週|来月|明日/;

/** Organizations' codes: an organization met beside the host (「国連特別代表」) is no other country. */
const ORGANIZATIONS = new Set(loadGazetteer().organizations.map((o) => o.code));

const foreignCountries = (ms: Mention[]): Mention[] => ms.filter((m) => m.type === 'country' && m.codes.length > 0 && !m.codes.includes('JPN'));

/** The one country named, if exactly one. */
function single(ms: Mention[]): string | undefined {
  const codes = new Set(ms.flatMap((m) => m.codes));
  return codes.size === 1 ? [...codes][0] : undefined;
}

/** The country of the trip a press conference abroad was held on, as the document's subject; undefined if none or not abroad. */
export function tripSubject(doc: KoryuDocument): SectionSubject | undefined {
  if (doc.context.kind !== 'transcript') return undefined;
  const head = doc.source.text.slice(0, HEAD_CHARS);
  const place = PLACE.exec(head)?.[1] ?? '';
  const remark = REMARK.exec(head)?.[1] ?? '';
  const placeMentions = place ? findMentions(place) : [];
  const remarkMentions = remark ? findMentions(remark) : [];
  const remarkVisits = foreignCountries(remarkMentions).filter((m) => !m.compound && VISITED_AFTER.test(remark.slice(m.local.end)));
  const placeCountries = foreignCountries(placeMentions).filter((m) => !m.compound);
  if (!TIME_ABROAD.test(head) && !placeCountries.length && !remarkVisits.length) return undefined;
  // A forum's host is no counterpart (「シャングリラ会合」 in Singapore, ADMMプラス in Bangkok).
  if ([...placeMentions, ...remarkMentions, ...findMentions(head)].some((m) => m.type === 'forum')) return undefined;
  const subject = (code: string, label: string): SectionSubject => ({ kind: 'country', codes: [code], label });

  // The counterparts the conference names with their country (「日比」「タイ国防大臣」), questions included: of one
  // country at most, else the trip met several (a forum's sidelines) and no country stands in for a bare title.
  const questions = new QuestionTracker();
  const partners = new Set<string>();
  const visited: Mention[] = [];
  const counts = new Map<string, number>();
  for (const s of doc.sentences) {
    const asked = questions.inQuestion(s.text, s.blockType);
    const found = findMentions(s.text);
    for (const m of found) if (m.type === 'foreign-title' || (m.type === 'country' && m.compound)) m.codes.filter((c) => c !== 'JPN' && !ORGANIZATIONS.has(c)).forEach((c) => partners.add(c));
    // The running text: the speaker's answers and statements, never a journalist's question.
    if (asked || s.blockType !== 'paragraph') continue;
    for (const m of foreignCountries(found)) {
      const after = s.text.slice(m.local.end, m.local.end + 12);
      if (!m.compound && VISITED_AFTER.test(after) && !PLAN.test(s.text)) visited.push(m);
      if (!m.compound && TOPIC_AFTER.test(after)) continue;
      for (const c of m.codes) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  const agrees = (code: string | undefined): code is string => !!code && [...partners].every((c) => c === code);
  const fromHead = single(placeCountries) ?? single(remarkVisits);
  if (fromHead) return agrees(fromHead) ? subject(fromHead, TRIP_LABEL) : undefined;
  const fromVisit = single(visited);
  if (visited.length) return agrees(fromVisit) ? subject(fromVisit, TRIP_LABEL) : undefined;
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const most = ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : undefined;
  return agrees(most) ? subject(most, TRIP_LABEL) : undefined;
}

/** Before a bare 首相: Japan's own (「日本の首相」「わが国の首相」「安倍首相」 carries its name and is read so already). */
const JAPAN_BEFORE = /(?:日本|わが国|我が国|日本国)(?:の)?$/;
/** After a bare 首相 met: a counterpart's link (「首相との会談」「首相と会談」「首相を表敬」「首相への表敬」). */
const MET_AFTER = /^(?:と(?:の|も)?|への|を|に)(?:[^、。]{0,6}?)(?:会談|表敬|懇談|面会|会い|お会い|お目にかか)/;

/**
 * On a trip abroad, a bare 首相 the speaker met (「その後、首相との会談でも…」「首相を表敬しました」) is the host's head of
 * government, a counterpart named by title alone — not Japan's prime minister (codebook 430).
 */
export function hostTitles(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((m) =>
    m.type === 'jp-principal' && m.jpRole === 'prime-minister' && m.text === '首相' && !m.personName && !JAPAN_BEFORE.test(text.slice(0, m.local.start)) && MET_AFTER.test(text.slice(m.local.end))
      ? { ...m, type: 'foreign-title' as const, jpRole: undefined, foreignLevel: 'leaders' as const }
      : m,
  );
}
