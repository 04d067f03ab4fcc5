/**
 * A training page told by its fact lines (codebook 361): a unit's page titled by a training (「…機雷戦訓練…及び掃海特別訓練」)
 * whose sentences tell no exercise, and whose fact lines give one period (期間) and the foreign forces taking part
 * (「訓練統制官 …」「米海軍:…指揮官」, 「訓練参加国 …」): the facts are the exercise — its period, those forces, the name its
 * title gives when the gazetteer knows it.
 */
import { findMentions } from '../../6-mentions/find.js';
import { actOccurrencesOf, makeCandidate, type Occurrence } from '../helpers.js';
import type { Sentence } from '../../../model/document.js';
import { portCountryBefore } from '../ports.js';
import type { Candidate, SentenceContext } from '../types.js';

const RULE_ID = 'exercise.fact-lines';
/** A title that names a training (訓練, 演習), not a plan or a call for it. */
const TRAINING_TITLE = /(?:訓練|演習)/;
const NOT_HELD_TITLE = /(?:予定|募集|中止|延期)/;

/** How many lines at the head of a page may hold its title, under the site's furniture (「活動情報」「NEWS」). */
const TITLE_LINES = 3;

/** The page's title naming a training: one of its first lines, whole (a sentence run into it is no title line). */
function pageTitle(text: string): string | undefined {
  const head = text.split('\n').map((x) => x.trim()).filter(Boolean).slice(0, TITLE_LINES);
  const title = head.find((x) => TRAINING_TITLE.test(x));
  return title && !NOT_HELD_TITLE.test(title) && !title.includes('。') ? title : undefined;
}

export function exerciseOfFacts(ctx: SentenceContext): Candidate[] {
  const facts = ctx.pageFacts;
  if (!facts?.when || facts.project || !facts.participants.length) return [];
  const title = pageTitle(ctx.doc.source.text);
  if (!title) return [];
  const named = findMentions(title).find((m) => m.type === 'exercise');
  return actOccurrencesOf(facts.when)
    .slice(0, 1)
    .map((occ) =>
      makeCandidate(ctx, RULE_ID, {
        kind: 'exercise',
        date: occ.date,
        ...(occ.dateEnd ? { dateEnd: occ.dateEnd } : {}),
        partners: facts.participants,
        jpRole: 'unit',
        ...(named ? { name: named.name ?? named.text } : {}),
        confidence: 0.6,
      }),
    );
}

/**
 * The one period of a training page (its fact line 「期間 …」, a page titled by a training, not a white paper nor a
 * transcript), which dates what its photo log heads: none on any other page.
 */
function trainingPagePeriod(ctx: SentenceContext): Occurrence | undefined {
  const facts = ctx.pageFacts;
  if (!facts?.when || facts.project) return undefined;
  const kind = ctx.doc.context.kind;
  if (kind === 'whitepaper' || kind === 'transcript' || !pageTitle(ctx.doc.source.text)) return undefined;
  return actOccurrencesOf(facts.when)[0];
}

const PHOTO_LOG_RULE_ID = 'exercise.photo-log-heading';
/**
 * A photo log's heading that names a bilateral training by its 日X compound alone (「日米共同訓練」「日インドネシア親善訓練」,
 * a heading cut short at the page's edge too: 「日印共同訓」), nothing else on its line.
 */
const PHOTO_LOG_EXERCISE = /^【?日[^\s、。・]{1,12}?(?:共同|親善)訓(?:練)?】?$/;

/**
 * Whether a sentence is a photo log's heading naming a training: the whole of its line, and its first mention the 日X
 * compound of one foreign country.
 */
export function isPhotoLogExercise(ctx: SentenceContext): boolean {
  const line = ctx.text.trim();
  if (!PHOTO_LOG_EXERCISE.test(line)) return false;
  const first = ctx.mentions.find((m) => m.type === 'country' || m.type === 'organization');
  return !!first && !!first.compound && first.local.start === line.indexOf('日') && first.codes.filter((c) => c !== 'JPN').length >= 1;
}

/**
 * The trainings a training page's photo log heads by name, dated by the page's one period (codebook 365): on the page of a
 * deployment (「令和2年度インド太平洋方面派遣訓練」, fact line 「期間 …」), a heading 「日米共同訓練」 over its photos tells that
 * training done within the period. Only on a page titled by a training whose facts state one period.
 */
export function exercisesOfPhotoLog(headings: SentenceContext[]): Candidate[] {
  const occ = headings.length ? trainingPagePeriod(headings[0]) : undefined;
  if (!occ) return [];
  return headings.map((ctx) =>
    makeCandidate(ctx, PHOTO_LOG_RULE_ID, {
      kind: 'exercise',
      date: occ.date,
      ...(occ.dateEnd ? { dateEnd: occ.dateEnd } : {}),
      partners: ctx.mentions.find((m) => m.type === 'country' || m.type === 'organization')!.codes.filter((c) => c !== 'JPN'),
      jpRole: 'unit',
      confidence: 0.5,
    }),
  );
}

const PHOTO_LOG_CALL_RULE_ID = 'port-call.photo-log-heading';
/** A photo log's heading that is a call at a port alone, its country perhaps in brackets: 「【カムラン入港(ベトナム)】」. */
const PHOTO_LOG_CALL = /^【?[^\s【】、。:：]{2,14}?入港(?:[（(][^）)]{1,16}[）)])?】?$/;

/**
 * The calls a training page's photo log heads by a foreign port (「【カムラン入港(ベトナム)】」), dated by the page's one
 * period as its trainings are (codebook 366): the port's country from the gazetteer of ports. `base` is the context of
 * the page's fact lines; each heading lends only its sentence.
 */
export function callsOfPhotoLog(base: SentenceContext, sentences: Sentence[]): Candidate[] {
  const occ = trainingPagePeriod(base);
  if (!occ) return [];
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const sentence of sentences) {
    const line = sentence.text.trim();
    if (!PHOTO_LOG_CALL.test(line)) continue;
    const country = portCountryBefore(line, line.indexOf('入港'));
    if (!country || seen.has(country)) continue;
    seen.add(country);
    out.push(
      makeCandidate({ ...base, sentence, text: sentence.text }, PHOTO_LOG_CALL_RULE_ID, {
        kind: 'port-call',
        date: occ.date,
        ...(occ.dateEnd ? { dateEnd: occ.dateEnd } : {}),
        partners: [country],
        jpRole: 'unit',
        confidence: 0.5,
      }),
    );
  }
  return out;
}

const DATED_LOG_CALL_RULE_ID = 'port-call.photo-log-entry';
/** A photo log's date heading alone on its line: 「【10月14日】」「【10月16、17日】」. */
const LOG_DATE_HEADING = /^【[^【】]{2,20}】$/;
/** An entry's list of what its photos show, with a call at a port among them: 「…:アプラ港入港、入港歓迎行事…の様子です。」. */
const LOG_ENTRY_CALL = /(?:^|[:：、])([^、:：「」【】]{2,14}?)入港(?=、|の様子|及び|と)/;
const LOG_ENTRY_END = /の様子(?:です)?。?$/;

/**
 * The calls a photo log tells under its date headings (codebook 367): an entry right under 「【10月14日】」 whose list of what
 * its photos show (「…の様子です」) holds a call at a foreign port the gazetteer knows (「アプラ港入港」) is that call, on that
 * date. `base` is any context of the page; each entry lends only its sentence.
 */
export function callsOfDatedLog(base: SentenceContext, sentences: Sentence[]): Candidate[] {
  const kind = base.doc.context.kind;
  if (kind === 'whitepaper' || kind === 'transcript') return [];
  const out: Candidate[] = [];
  for (let i = 1; i < sentences.length; i++) {
    const heading = sentences[i - 1];
    const entry = sentences[i];
    if (!LOG_DATE_HEADING.test(heading.text.trim()) || !LOG_ENTRY_END.test(entry.text.trim())) continue;
    const time = (heading.time ?? []).find((t) => t.dates.length);
    const call = LOG_ENTRY_CALL.exec(entry.text);
    if (!time || !call) continue;
    const at = call.index + call[0].length - '入港'.length;
    const country = portCountryBefore(entry.text, at);
    if (!country) continue;
    out.push(
      makeCandidate({ ...base, sentence: entry, text: entry.text }, DATED_LOG_CALL_RULE_ID, {
        kind: 'port-call',
        date: time.dates[0],
        partners: [country],
        jpRole: 'unit',
        confidence: 0.5,
      }),
    );
  }
  return out;
}
