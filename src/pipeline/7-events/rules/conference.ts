/**
 * Conferences: Japan's participation in, or hosting of, a multilateral meeting — a named forum of
 * the gazetteer, or any meeting noun (…会議, …会合, …対話, …フォーラム) — governed by a participation
 * verb (出席, 参加, 開催, 主催, 表明…) in the same clause, with a date and a Japanese participant.
 * Partners: the forum's standing membership when the gazetteer fixes it, else the partners the
 * sentence names (hosts, co-hosts, the counterparts met there).
 */
import type { Span } from '../../../model/span.js';
import { findTriggers, isPlanned, makeCandidate, modeFromCues, namedCodes, seniorRole, subjectCodes } from '../helpers.js';
import type { Candidate, Rule, RuleOutcome, SentenceContext } from '../types.js';
import { datesForAnchor } from './anchored.js';

const RULE_ID = 'conference.forum-participation';
/** A participation verb this far after the forum still governs it (「ADMMプラスにオンライン形式で出席」). */
const VERB_REACH = 45;
/**
 * A meeting not in the gazetteer: a quoted name, or a run of name characters, ending in a meeting
 * noun and followed by 「に」/「へ」/「において」 (「空軍参謀長等会議にオンライン形式で参加」).
 */
const MEETING =
  /「([^」]{2,40}(?:会議|会合|対話|フォーラム|セミナー|シンポジウム|ダイアログ|ダイアローグ|サミット))」|(?:会議|会合|フォーラム)「([^」]{2,40})」|((?:[一-龥ァ-ヶー・A-Za-z0-9]){2,24}?(?:会議|会合|対話|フォーラム|シンポジウム))(?=（|に|へ|において|では)/g;
const MEETING_NOUN = /会議|会合|対話|フォーラム|セミナー|シンポジウム|ダイアログ|ダイアローグ|サミット/;
/** Meeting nouns that are bilateral talks, not fora (handled by the talks rule). */
const NOT_A_FORUM = /(?:首脳会議|首脳会談|^電話会議$|^テレビ会議$|防衛相会談|次官級|当局間|^同|^本|^両)/;

interface Forum {
  local: Span;
  name: string;
  codes: string[];
  fixed: boolean;
}

function foraIn(ctx: SentenceContext): Forum[] {
  const found: Forum[] = ctx.mentions
    .filter((m) => m.type === 'forum')
    .map((m) => ({ local: m.local, name: m.name ?? m.text, codes: [...m.codes], fixed: m.codes.length > 0 }));
  MEETING.lastIndex = 0;
  // The meeting pattern backtracks; most sentences hold no meeting noun at all.
  const hasMeeting = MEETING_NOUN.test(ctx.text);
  for (let m = hasMeeting ? MEETING.exec(ctx.text) : null; m; m = MEETING.exec(ctx.text)) {
    // 「国際会議「ライシナ・ダイアログ」」: the quoted name after a generic meeting noun.
    const name = (m[1] ?? m[2] ?? m[3]).replace(/^(?:第\d+回|初の|初めての)/, '');
    const local = { start: m.index, end: m.index + m[0].length };
    if (NOT_A_FORUM.test(name) || found.some((f) => f.local.start < local.end && local.start < f.local.end)) continue;
    // A meeting named after Japan and its partners (日米韓参謀総長級会議) is Japan's own talks.
    if (ctx.mentions.some((x) => x.compound && x.local.start >= local.start && x.local.end <= local.end)) continue;
    found.push({ local, name, codes: [], fixed: false });
  }
  found.sort((a, b) => a.local.start - b.local.start);
  // 「インド太平洋参謀長等会議（CHOD…）」: the bracketed abbreviation is the same meeting.
  return found.filter((f, i) => !(i > 0 && ctx.text[f.local.start - 1] === '（' && f.local.start - found[i - 1].local.end <= 1));
}

export const conferenceRule: Rule = {
  id: RULE_ID,
  description: 'a forum or meeting with a participation/hosting verb, a date and a Japanese participant',
  apply(ctx): RuleOutcome {
    const forums = foraIn(ctx);
    if (!forums.length) return { candidates: [] };
    const verbs = findTriggers(ctx, 'conference');
    const principals = ctx.mentions.filter((m) => m.type === 'jp-principal');
    // The participant may be the subject of the sentence before (「…統幕長は、…。また、…会議に参加し」).
    const participant = seniorRole(principals.map((m) => m.jpRole)) ?? ctx.previousPrincipal;
    if (!participant && !/わが国|日本/.test(ctx.text)) return { candidates: [], miss: 'a meeting without a Japanese participant' };
    const candidates: Candidate[] = [];
    let miss: string | undefined;
    let previousEnd = 0;
    const seen = new Set<string>();
    for (const f of forums) {
      const segmentStart = previousEnd;
      previousEnd = f.local.end;
      // A bracketed abbreviation or English name after the forum does not count toward the reach.
      const reach = (v: { local: { start: number } }) => ctx.text.slice(f.local.end, v.local.start).replace(/（[^）]*）/g, '').length;
      const verb = verbs.find((v) => v.local.start >= f.local.end && reach(v) <= VERB_REACH && !/[。]/.test(ctx.text.slice(f.local.end, v.local.start)));
      if (!verb) {
        miss ??= `「${f.name}」 without a participation verb`;
        continue;
      }
      if (isPlanned(ctx, verb.local.end, f.local.start)) {
        miss ??= `「${f.name}」 is planned`;
        continue;
      }
      const times = datesForAnchor(ctx, f.local.start, segmentStart, verb.local.end);
      if (!times.length) {
        miss ??= `「${f.name}」 without a date`;
        continue;
      }
      const role = participant;
      const mode = modeFromCues(ctx, ctx.text.slice(segmentStart, verb.local.end));
      let partners = f.codes;
      if (!f.fixed) {
        partners = namedCodes(ctx, 0, ctx.text.length);
        // 「同国が主催する…フォーラム」: the country the running text is about.
        if (/同国/.test(ctx.text.slice(segmentStart, f.local.start))) partners = [...new Set([...partners, ...subjectCodes(ctx)])];
      }
      for (const t of times) {
        for (const date of t.dates.slice(0, t.kind === 'list' ? undefined : 1)) {
          if (seen.has(`${f.name}|${date}`)) continue;
          seen.add(`${f.name}|${date}`);
          candidates.push(
            makeCandidate(ctx, RULE_ID, {
              kind: 'conference',
              date,
              ...((t.kind === 'span' || t.kind === 'period') && t.end && t.end !== date ? { dateEnd: t.end } : {}),
              partners,
              isForum: true,
              ...(role ? { jpRole: role } : {}),
              mode: mode === 'video' ? 'video' : mode === 'phone' ? 'phone' : 'in-person',
              name: f.name,
              confidence: f.fixed ? 0.85 : 0.7,
            }),
          );
        }
      }
    }
    return candidates.length
      ? { candidates, reason: `participation in a forum (${candidates.length})` }
      : { candidates, miss: miss ?? 'forum without participation' };
  },
};
