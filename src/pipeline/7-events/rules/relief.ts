/**
 * International disaster relief (国際緊急援助活動, codebook rule 252): Japan's forces sent to a stricken country are
 * an `other` act with that country. Two wordings tell it, both with a dispatch told as done:
 *  - a disaster named with its country and date, then 「…に際して(の)…派遣」: 「同10月パキスタン等大地震、本年5月の
 *    インドネシア・ジャワ島中部地震に際しての陸・空自衛隊の部隊の派遣など」 — one operation per disaster listed, each
 *    with the date and country of its own list item;
 *  - a relief team sent (「…国際緊急医療援助隊の派遣などを行った」「…国際緊急航空援助隊の先遣隊20名を派遣する」),
 *    dated by the day before it (a start, 「翌14日以降」, dates it too), its country the one the sentence names.
 * The steps of an operation (輸送を開始, 追加派遣, 終結命令, 帰国) are parts of it, never acts of their own.
 */
import type { KoryuDocument } from '../../../model/document.js';
import type { TimeMention } from '../../../model/time.js';
import { isPlanned, makeCandidate, occurrencesOf } from '../helpers.js';
import type { Candidate, Rule, RuleOutcome, SentenceContext } from '../types.js';

const RULE_ID = 'other.disaster-relief';

/** A disaster or a rescue at sea, the occasion of a relief operation. */
const DISASTER = /(?:大規模|大)?(?:地震|津波|水害|洪水|台風|ハリケーン|サイクロン|噴火|豪雨|山火事|森林火災)(?:災害)?|(?:潜水艇|潜水艦|船舶)の?救助/g;
/** After the disasters listed: the operation was for them (「…地震に際しての…部隊の派遣」). */
const ON_OCCASION = /^(?:[^。、]{0,12}?)(?:に際し|に対し|を受け)/;
/** A relief team of Japan's (国際緊急援助隊, 国際緊急医療援助隊, 国際緊急航空援助隊…) and its sending. */
const TEAM_SENT = /国際緊急[^。、]{0,4}?援助隊[^。、]{0,16}?(?:の派遣|を派遣)/g;
/** A dispatch told as done (「派遣を行った」「派遣など、…果たしており」「…を派遣するとともに」「派遣した」). */
const DISPATCHED = /派遣(?:を行っ|を行い|など|するとともに|し[、た]|され|を実施)/g;
/** Before a date: nothing but the list's separator (the date opens an item of the list). */
const ITEM_BREAK = /[、や]|及び|および/;

/** The last dated time in [from, to), a start (「以降」「から」) included: the dispatch began then. */
function lastTime(ctx: SentenceContext, from: number, to: number): TimeMention | undefined {
  const all = [...ctx.times, ...(ctx.deadTimes ?? [])].filter((t) => t.dates.length && t.local.start >= from && t.local.end <= to && t.kind !== 'fiscal-year');
  all.sort((a, b) => a.local.start - b.local.start);
  return all[all.length - 1];
}

/** The stricken countries named in [from, to): countries only (an organization sends help, it is not struck). */
function countriesIn(ctx: SentenceContext, from: number, to: number): string[] {
  const codes = new Set<string>();
  for (const m of ctx.mentions) if (m.type === 'country' && !m.compound && m.local.start >= from && m.local.end <= to) m.codes.forEach((c) => codes.add(c));
  codes.delete('JPN');
  return [...codes].sort();
}

function relief(ctx: SentenceContext, t: TimeMention, partners: string[], byMonth = false): Candidate[] {
  return occurrencesOf(t)
    .slice(0, 1)
    .map((occ) => makeCandidate(ctx, RULE_ID, { kind: 'other', date: byMonth ? occ.date.slice(0, 7) : occ.date, partners, jpRole: 'unit', confidence: 0.7, distinct: 'relief' }));
}

export const reliefRule: Rule = {
  id: RULE_ID,
  description: 'international disaster relief (国際緊急援助): forces sent to a stricken country, one operation per disaster, with the country and date of its own',
  apply(ctx): RuleOutcome {
    // Every dispatch told starts with 派遣: most sentences have none, and no scan is needed.
    if (!ctx.text.includes('派遣')) return { candidates: [] };
    const dispatches = [...ctx.text.matchAll(DISPATCHED)];
    if (!dispatches.length) return { candidates: [] };
    const dispatched = dispatches[dispatches.length - 1];
    const candidates: Candidate[] = [];
    const seen = new Set<string>();
    const push = (made: Candidate[]) => {
      for (const c of made) {
        const key = `${c.date}|${c.partners.join(',')}`;
        if (!seen.has(key)) {
          seen.add(key);
          candidates.push(c);
        }
      }
    };
    // A relief team sent: dated by the day before it, its country the one the sentence names.
    const sent = new Set<string>();
    for (const m of ctx.text.matchAll(TEAM_SENT)) {
      if (isPlanned(ctx, m.index + m[0].length, m.index)) continue;
      const t = lastTime(ctx, 0, m.index);
      const partners = countriesIn(ctx, 0, ctx.text.length);
      if (t && t.dates[0].length >= 7 && partners.length) {
        push(relief(ctx, t, partners));
        partners.forEach((c) => sent.add(c));
      }
    }
    // Disasters listed before 「…に際して…派遣」: each is one operation, dated and placed by its own list item — by the
    // month (the day told is the disaster's, not the dispatch's), unless a team sent for that country dated it.
    const disasters = [...ctx.text.matchAll(DISASTER)].filter((m) => m.index < dispatched.index);
    const last = disasters[disasters.length - 1];
    const occasion = last && ON_OCCASION.test(ctx.text.slice(last.index + last[0].length, dispatched.index));
    if (occasion && !isPlanned(ctx, dispatched.index + 2, dispatched.index)) {
      let from = 0;
      let previousTime: TimeMention | undefined;
      for (const d of disasters) {
        const end = d.index + d[0].length;
        const partners = countriesIn(ctx, from, end);
        const own = lastTime(ctx, from, end);
        // 「…地震およびインド洋津波に際して」: a disaster with no country of its own is part of the one before it.
        const t = own ?? (ITEM_BREAK.test(ctx.text.slice(from, d.index)) ? undefined : previousTime);
        if (partners.length && t && !partners.some((c) => sent.has(c))) push(relief(ctx, t, partners, true));
        if (own) previousTime = own;
        from = end;
      }
    }
    return candidates.length
      ? { candidates, reason: `international disaster relief (${candidates.length} operation(s))` }
      : { candidates, miss: 'a dispatch without a disaster or relief team dated and placed' };
  },
};

/** A sentence, its section or the title line above it about an international relief operation: its dispatches are steps of that operation. */
export function inReliefOperation(ctx: SentenceContext): boolean {
  if (RELIEF_WORDS.test(ctx.text)) return true;
  const section = ctx.doc.sections[ctx.sentence.sectionId];
  if (section?.path.some((title) => RELIEF_WORDS.test(title))) return true;
  return reliefTitled(ctx.doc).has(ctx.sentence.id);
}
const RELIEF_WORDS = /国際緊急(?:医療|航空)?援助|緊急援助活動/;

/** A title line of a plain page (no 。, short): 「5 パキスタン等大地震に際しての国際緊急援助活動」. */
const TITLE_LINE = /^[^。]{1,40}$/;
const relieved = new WeakMap<KoryuDocument, Set<number>>();

/** The sentences under a title line about a relief operation, up to the next title line (one pass per document). */
function reliefTitled(doc: KoryuDocument): Set<number> {
  let ids = relieved.get(doc);
  if (ids) return ids;
  ids = new Set();
  let under = false;
  for (const s of doc.sentences) {
    if (TITLE_LINE.test(s.text)) under = RELIEF_WORDS.test(s.text);
    else if (under) ids.add(s.id);
  }
  relieved.set(doc, ids);
  return ids;
}
