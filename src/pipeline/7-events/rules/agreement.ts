/**
 * Agreements: one event per milestone (署名, 発効, 国会承認, 大筋合意, 終了通告…) of an instrument
 * (ACSA, 情報保護協定, 防衛装備品・技術移転協定…). A milestone applies to the instruments written
 * since the previous milestone (「…覚書が、2015年12月には…協定及び…協定が署名され」: three), each
 * dated by the date written nearest before it; partners come with the instrument (日豪ACSA), else
 * from the sentence, else from the section.
 */
import type { Mention } from '../../6-mentions/types.js';
import type { TimeMention } from '../../../model/time.js';
import { counterpartCodes, isPlanned, makeCandidate, namedCodes, occurrencesOf, subjectCodes } from '../helpers.js';
import type { Candidate, Rule, RuleOutcome, SentenceContext } from '../types.js';

const RULE_ID = 'agreement.milestone';
/** How far after a milestone an instrument may still be its object (「署名された日印ACSA」). */
const INSTRUMENT_AFTER_REACH = 12;
/**
 * A milestone named as the topic of something else restates it (「日印ACSAの署名や…を歓迎」,
 * 「覚書への署名を踏まえ」): the sentence's date is not the milestone's.
 */
const RESTATED_AFTER = /^(?:や|を歓迎|を踏まえ|について|に関|を含む|など|に向け|の際)/;
/**
 * A date separated from what it dates by more than this many list commas belongs to another item
 * (「2018年10月、…の対応、同年12月の…事案、…訓練、日韓GSOMIAの終了通告…」).
 */
const MAX_COMMAS_FROM_DATE = 1;

/** 「協定」「同協定」「本覚書」: a reference to an instrument named before, not a name. */
export const INSTRUMENT_REFERENCE = /^(?:同|本|両|新たな|この)?(?:協定|覚書|取決め|文書)$/;
/** Between two milestones of one act (「署名・発効」「署名、即日発効」): they share its date. */
const JOINED_MILESTONES = /^[・、及びと即日]{0,4}$/;
/** A list comma: after a noun (「…対応、…事案7、」), not after a particle (「2020年10月には、」). */
const LIST_COMMA = /[\p{Script=Han}\p{Script=Katakana}ー0-9０-９）」]、/gu;

/** The instrument a mention stands for: a reference resolves to the last one named in the sentence or section. */
function resolveInstrument(ctx: SentenceContext, m: Mention, instruments: Mention[]): Mention | undefined {
  if (!INSTRUMENT_REFERENCE.test(m.text)) return m;
  // 「同様の覚書」「別の協定」: another instrument of the kind, not the one named before.
  if (/(?:同様の|類似の|別の|新たな)$/.test(ctx.text.slice(Math.max(0, m.local.start - 4), m.local.start))) return m.instrument !== 'other' ? m : undefined;
  // 「…の移転に関する日本国政府と…政府との間の協定」: an official title names its subject.
  if (!/^(?:同|本|両)/.test(m.text)) {
    const phrase = ctx.text.slice(Math.max(0, ctx.text.lastIndexOf('、', m.local.start) + 1), m.local.start);
    const subject = ctx.vocab.instrumentSubjects.find((x) => x.pattern.test(phrase));
    if (subject) return { ...m, instrument: subject.instrument, name: phrase.replace(/^.*?(?=[^、]*に関する)/, '') + m.text };
  }
  const named = instruments.filter((i) => i.local.end <= m.local.start && !INSTRUMENT_REFERENCE.test(i.text));
  const resolved = named[named.length - 1] ?? ctx.previousInstrument;
  // Keep the reference's own place: dates are read around where the sentence refers to it.
  if (resolved) return { ...resolved, local: m.local };
  return m.instrument !== 'other' ? m : undefined;
}

function instrumentsFor(ctx: SentenceContext, milestone: Mention, instruments: Mention[], from: number): Mention[] {
  const before = instruments.filter((i) => i.local.end <= milestone.local.start && i.local.start >= from);
  const after = instruments.find((i) => i.local.start >= milestone.local.end && i.local.start - milestone.local.end <= INSTRUMENT_AFTER_REACH);
  const found = before.length ? before : after ? [after] : [];
  return [...new Set(found.map((m) => resolveInstrument(ctx, m, instruments)).filter((m): m is Mention => !!m))];
}

/** The date written nearest before `pos` (not before `from`), if no more than a couple of list items away. */
function dateBefore(ctx: SentenceContext, pos: number, from: number): TimeMention | undefined {
  const candidates = ctx.times.filter((t) => t.local.end <= pos && t.local.start >= from && t.dates.length);
  const t = candidates[candidates.length - 1];
  if (!t) return undefined;
  const commas = (ctx.text.slice(t.local.end, pos).match(LIST_COMMA) ?? []).length;
  return commas <= MAX_COMMAS_FROM_DATE ? t : undefined;
}

/** 「共同宣言」「共同声明」: a generic word, as long as this. */
const GENERIC_DECLARATION_LENGTH = 4;

/**
 * 「共同宣言を発表」「発表された「日英安全保障共同宣言」」: issuing a declaration is its signature. A
 * milestone mention is made for it, placed right after the declaration.
 */
function declarationsIssued(ctx: SentenceContext, instruments: Mention[]): Mention[] {
  return instruments
    // A named declaration (「日英安全保障共同宣言」), not a summit's generic 「共同声明」.
    .filter((i) => i.instrument === 'declaration' && (i.text.length > GENERIC_DECLARATION_LENGTH || quoteStart(ctx.text, i.local.start) < i.local.start))
    .filter(
      (i) =>
        ctx.vocab.declarationIssuedAfter.test(ctx.text.slice(i.local.end)) ||
        ctx.vocab.declarationIssuedBefore.test(ctx.text.slice(Math.max(0, i.local.start - 12), quoteStart(ctx.text, i.local.start))),
    )
    .map((i) => ({ type: 'milestone', local: { start: i.local.end, end: i.local.end }, text: '', codes: [], milestone: 'signed' }) as Mention);
}

/** Where the quoted name holding `pos` opens (「…共同宣言」), or `pos` itself. */
function quoteStart(text: string, pos: number): number {
  const open = text.lastIndexOf('「', pos);
  return open >= 0 && text.indexOf('」', open) >= pos ? open + 1 : pos;
}

export const agreementRule: Rule = {
  id: RULE_ID,
  description: 'a milestone of an agreement or instrument, with its date and partners',
  apply(ctx): RuleOutcome {
    const instruments = ctx.mentions.filter((m) => m.type === 'instrument' && m.instrument);
    const milestones = [...ctx.mentions.filter((m) => m.type === 'milestone' && m.milestone), ...declarationsIssued(ctx, instruments)].sort(
      (a, b) => a.local.start - b.local.start,
    );
    if (!milestones.length) return { candidates: [] };
    if (!instruments.length) return { candidates: [], miss: 'milestone without an instrument' };
    const candidates: Candidate[] = [];
    let miss: string | undefined;
    let previousEnd = 0;
    // 「署名が行われ、同年4月の国会承認を経て同年9月に発効した」: later milestones of the same instrument.
    let previousObjects: Mention[] = [];
    let previousTime: TimeMention | undefined;
    for (const ms of milestones) {
      // A skipped milestone (a plan, a restatement) does not close the segment: its date and
      // instrument stay for the next one.
      const segmentStart = previousEnd;
      const joined = previousEnd > 0 && JOINED_MILESTONES.test(ctx.text.slice(previousEnd, ms.local.start));
      const made = candidates.length;
      // The instruments are read even for a milestone that is skipped: the next one may be theirs
      // (「…協定（ACSA）の締結に向けた交渉が開始され」).
      let objects = instrumentsFor(ctx, ms, instruments, segmentStart);
      if (!objects.length) objects = previousObjects;
      previousObjects = objects;
      // The issuing of a declaration (a milestone made from 「…を発表」) is itself the act.
      if (ms.text && isPlanned(ctx, ms.local.end, ms.local.start)) {
        miss ??= `「${ms.text}」 is planned`;
        continue;
      }
      if (RESTATED_AFTER.test(ctx.text.slice(ms.local.end))) {
        miss ??= `「${ms.text}」 is restated as the topic of something else`;
        continue;
      }
      if (!objects.length) {
        miss ??= `「${ms.text}」 without an instrument`;
        continue;
      }
      const milestoneDate = dateBefore(ctx, ms.local.start, segmentStart) ?? (joined ? previousTime : undefined);
      previousTime = milestoneDate;
      for (const instrument of objects) {
        const own = instrument.local.start >= segmentStart ? dateBefore(ctx, instrument.local.start, segmentStart) : undefined;
        const time = own ?? milestoneDate;
        if (!time) {
          miss ??= `「${ms.text}」 of 「${instrument.text}」 without a date`;
          continue;
        }
        const instrStart = Math.max(segmentStart, instrument.local.start - 12);
        let partners = instrument.codes.length ? [...instrument.codes] : counterpartCodes(ctx, instrStart, instrument.local.end);
        if (!partners.length) partners = namedCodes(ctx, 0, ctx.text.length);
        if (!partners.length) partners = subjectCodes(ctx);
        if (!partners.length) {
          miss ??= `「${ms.text}」 without a partner`;
          continue;
        }
        for (const occ of occurrencesOf(time).slice(-1)) {
          candidates.push(
            makeCandidate(ctx, RULE_ID, {
              kind: 'agreement',
              date: occ.date,
              partners,
              instrument: instrument.instrument!,
              milestone: ms.milestone!,
              name: instrument.name ?? instrument.text,
              confidence: 0.85,
            }),
          );
        }
      }
      if (candidates.length > made) previousEnd = ms.local.end;
    }
    return candidates.length
      ? { candidates, reason: `agreement milestone(s) (${candidates.length})` }
      : { candidates, miss: miss ?? 'agreement milestone without what an event needs' };
  },
};
