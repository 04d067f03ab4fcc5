/**
 * A meeting the question tells held, and the answer reports (codebook 422).
 *
 * In a press conference a journalist's question reports nothing by itself (speaker.ts), but one that tells the
 * speaker's meeting of that very day with a counterpart it names, and asks what was said there —
 * 「Q:先程、…氏との会談で、…と発言されていましたが、…」「Q:今日、米海軍の幹部の皆様とも懇談されていましたが、
 * そこでは、どのような話をされたのでしょうか」 — is answered by the speaker's own report of it (「A:…というお話を
 * 致しました。」). The meeting is the speaker's, on the conference's day, with the counterpart the question names,
 * when the answer's first sentence tells it as done. A question about a meeting to come (明日, 予定, これから), one
 * with no day of the conference (a meeting of last month is the answer's to date, rule 188), one naming no
 * counterpart (a 日X compound naming the meeting names its parties: 「今日の日豪防衛相会談の成果は」), or an answer that does not report (a plan, 「…したいと思います」) tells none.
 */
import { loadGazetteer } from '../../gazetteer/index.js';
import type { Mode } from '../../model/event.js';
import type { Mention } from '../6-mentions/types.js';

/** The conference's own day in the question (「今日」「本日」「先程」「今朝」, rule 190). */
const SAME_DAY = /今日|本日|先程|先ほど|さきほど|今朝/;
/** Words of an earlier occasion than the conference's: 「前回の会談」「これまでの会談」. */
const EARLIER = /前回|以前|かつて|これまで|先般|先日|先月|先週|昨年|去年|昨日/;
/** A question about what the press reported (「…と報じられていますが」), not about the meeting itself. */
const PRESS_REPORTS = /報じ|報道|伝えられて/;
/** Words of a meeting still to come: the question asks about a plan. */
const TO_COME = /明日|明後日|来週|来月|今後|これから|予定|に向け|に臨|される際|する際|の前に/;
/** After a counterpart: a few words of their side (「の幹部の皆様」「氏」), then と(の|も) and the meeting noun. */
const MEETING_WITH = /^[^、。？?]{0,10}?と(?:の|も)?[^、。？?]{0,12}?(?<mode>電話|テレビ|ビデオ|オンライン)?(?:会談|懇談|意見交換)/;
/** After the meeting noun: the question places itself in it or tells it had (「で、」「では」「されて…ましたが」「ということですが」). */
const HELD_AFTER = /^、(?:具体的に|どのような|どういう|どんな|いかが|何か|率直)|^[^。？?]{0,24}?(?:で、|では|において|の(?:中|席上|場)で|され(?:て(?:い|いらっしゃい|おられ))?ました|(?:が|も)(?:行われ|開かれ|実施され)(?:まし)?た|ということ(?:です|でした)?(?:が|けれども|けど)|を終え)|^(?:の(?:成果|内容|結果|所感|受け止め)|について|に関して|につき)/;
/** After a 日X compound: the meeting it names (「今日の日豪防衛相会談の成果は」「本日の日比防衛相会談について」). */
const COMPOUND_MEETING = /^[^、。？?とはが]{0,8}?(?<mode>電話|テレビ|ビデオ|オンライン)?(?:会談|懇談|協議)/;
/** A counterpart known by name with 氏 (「デンプシー氏」): the gazetteer's persons (rule 217). */
const NAME_WITH_TITLE_OF_COURTESY = /([\u30a1-\u30fc・]{2,20})氏/g;
/** The answer reports what was done: its first sentence closes in the past (「…をお話しました。」「…が行われたと思います。」). */
const REPORTED = /(?:まし|[しっいきれ]|でき|出来)た(?:と(?:思い|考え)(?:ます|ております))?(?:ところ(?:です|であります))?[。．]?$/;
const NOT_REPORTED = /予定|たいと|つもり/;

/** The mode a meeting's word names: 電話 a phone call, テレビ/ビデオ/オンライン a video call, none in person. */
const modeOf = (word: string | undefined): Mode => (word === '電話' ? 'phone' : word ? 'video' : 'in-person');

export const ASKED_RULE_ID = 'talks.asked-held';

export interface AskedMeeting {
  partners: string[];
  mode: Mode;
  /** The question's sentence, for the evidence. */
  span: { start: number; end: number };
}

/** The meeting a journalist's question tells the speaker held that day, if it does. */
export function askedMeeting(text: string, mentions: Mention[], span: { start: number; end: number }, undatedOnOccasion = false): AskedMeeting | undefined {
  // 「Q:オーストラリアの国防相との会談、具体的に…」 at a temporary press conference: no day of its own, and no word of an earlier
  // one, is the conference's day (codebook 390).
  const sameDay = SAME_DAY.test(text);
  if (!(sameDay || (undatedOnOccasion && !EARLIER.test(text) && !PRESS_REPORTS.test(text))) || TO_COME.test(text)) return undefined;
  const found: { end: number; codes: string[] }[] = [];
  for (const m of mentions) {
    if (!m.codes.length) continue;
    // 「今日の日豪防衛相会談の成果は」: a 日X compound names the meeting and its parties.
    if (m.compound) {
      const meeting = COMPOUND_MEETING.exec(text.slice(m.local.end));
      const rest = meeting ? text.slice(m.local.end + meeting[0].length) : '';
      if (meeting && HELD_AFTER.test(rest)) {
        return { partners: m.codes.filter((c) => c !== 'JPN'), mode: modeOf(meeting.groups?.mode), span };
      }
      continue;
    }
    if (m.type === 'foreign-title' || m.type === 'country' || m.type === 'organization') found.push({ end: m.local.end, codes: m.codes });
  }
  const persons = loadGazetteer().foreignPersons;
  for (const x of text.matchAll(NAME_WITH_TITLE_OF_COURTESY)) {
    const name = x[1];
    const person = persons.find((p) => p.ja.includes(name) || p.ja.includes(name.slice(name.lastIndexOf('・') + 1)));
    if (person) found.push({ end: x.index + x[0].length, codes: [person.country] });
  }
  // With no day of its own, a question naming several parties (「ベトナムやタイの国防大臣と」) asks about none in particular.
  if (!sameDay && new Set(found.flatMap((f) => f.codes)).size > 1) return undefined;
  for (const f of found.sort((a, b) => a.end - b.end)) {
    const rest = text.slice(f.end);
    const meeting = MEETING_WITH.exec(rest);
    if (!meeting || !HELD_AFTER.test(rest.slice(meeting[0].length))) continue;
    return { partners: f.codes.filter((c) => c !== 'JPN'), mode: modeOf(meeting.groups?.mode), span };
  }
  return undefined;
}

/** Whether the answer's first sentence reports, as done, what the question asked about. */
export function answerReports(text: string): boolean {
  return REPORTED.test(text.trim()) && !NOT_REPORTED.test(text);
}
