/**
 * Stage 7: labelled rules turn each running-text sentence into event candidates.
 * Finding candidates is separate from merging them (stage 8).
 */
import type { KoryuDocument, Section, SectionSubject, Sentence } from '../../model/document.js';
import type { TimeMention } from '../../model/time.js';
import { findMentions } from '../6-mentions/find.js';
import { sentenceEvidence } from './helpers.js';
import { RULES } from './rules/index.js';
import type { Candidate, SentenceContext, SentenceTrace } from './types.js';
import { loadVocabulary } from './vocabulary.js';

export type { Candidate, SentenceTrace } from './types.js';
export { RULES } from './rules/index.js';

/** Only running text creates events: captions, footnotes, figures and sidebars never do (codebook). */
const EVENT_BLOCKS = new Set(['paragraph']);

/**
 * A point followed by 「から」「以降」「以来」 with no end of its own starts an ongoing program
 * (「2015年から…継続している」): not the date of one engagement (codebook, "Plans…").
 */
const ONGOING_AFTER = /^(?:から|以降|以来|より)(?![^。]{0,12}(?:まで|にかけ))/;

/** Sentences that only continue the previous meeting's story add evidence to it. */
const SAME_MEETING = /^(?:また、|さらに、|なお、)?(?:同会談|同会合|同会議|同電話会談|同テレビ会談|両大臣|両者|両首脳|両幕僚長)/;

function sectionPath(sections: Section[], id: number): string[] {
  return id >= 0 && sections[id] ? sections[id].path : [];
}

function subjectOf(sections: Section[], id: number): SectionSubject | undefined {
  for (let s: Section | undefined = sections[id]; s; s = s.parentId === null ? undefined : sections[s.parentId]) {
    if (s.subject) return s.subject;
  }
  return undefined;
}

function datedTimes(s: Sentence): { times: TimeMention[]; ongoing: boolean } {
  const times: TimeMention[] = [];
  let ongoing = false;
  for (const t of s.time ?? []) {
    if (t.kind === 'point' && ONGOING_AFTER.test(s.text.slice(t.local.end))) ongoing = true;
    else times.push(t);
  }
  return { times, ongoing };
}

export function extractCandidates(
  doc: KoryuDocument,
  options: { explain?: boolean } = {},
): { candidates: Candidate[]; trace?: SentenceTrace[] } {
  const vocab = loadVocabulary();
  const candidates: Candidate[] = [];
  const trace: SentenceTrace[] = [];
  let periodSection = -2;
  let period: TimeMention | undefined;
  let lastTalks: Candidate | undefined;

  for (const sentence of doc.sentences) {
    const t: SentenceTrace | undefined = options.explain
      ? {
          sentenceId: sentence.id,
          text: sentence.text,
          span: sentence.span,
          sectionPath: sectionPath(doc.sections, sentence.sectionId),
          blockType: sentence.blockType,
          fired: [],
        }
      : undefined;
    if (t) trace.push(t);
    if (!EVENT_BLOCKS.has(sentence.blockType)) {
      if (t) t.skipped = `${sentence.blockType}: only running text creates events`;
      continue;
    }
    if (sentence.sectionId !== periodSection) {
      periodSection = sentence.sectionId;
      period = undefined;
      lastTalks = lastTalks && lastTalks.sectionId === sentence.sectionId ? lastTalks : undefined;
    }
    const { times, ongoing } = datedTimes(sentence);
    const ctx: SentenceContext = {
      doc,
      sentence,
      text: sentence.text,
      mentions: findMentions(sentence.text),
      times,
      subject: subjectOf(doc.sections, sentence.sectionId),
      period: ongoing ? undefined : period,
      vocab,
    };
    const made: Candidate[] = [];
    const misses: string[] = [];
    for (const rule of RULES) {
      const out = rule.apply(ctx);
      if (out.candidates.length) {
        made.push(...out.candidates);
        t?.fired.push({ rule: rule.id, reason: out.reason ?? '' });
      } else if (out.miss) misses.push(`${rule.id}: ${out.miss}`);
    }
    candidates.push(...made);
    const talks = made.filter((c) => c.kind === 'talks');
    if (talks.length) lastTalks = talks[talks.length - 1];
    else if (!made.length && lastTalks && SAME_MEETING.test(sentence.text)) {
      lastTalks.evidence.push(sentenceEvidence(ctx));
      t?.fired.push({ rule: 'talks.same-meeting', reason: 'continues the previous meeting (同会談/両大臣…): evidence added' });
    }
    // A stated period dates the undated activities listed after it in the same section.
    const stated = times.find((x) => x.kind === 'period');
    if (stated) period = stated;
    if (t && !t.fired.length) {
      t.skipped = misses.length ? misses.join('; ') : times.length ? 'no event trigger' : 'no trigger and no date';
    }
  }
  return options.explain ? { candidates, trace } : { candidates };
}
