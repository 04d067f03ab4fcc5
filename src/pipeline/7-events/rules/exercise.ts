/**
 * Exercises: a named exercise (「マラバール2020」) or a joint/goodwill training trigger
 * (共同訓練, 親善訓練, 共同演習). A trigger and the name it introduces 「日米豪共同訓練（コープ・ノース21）」
 * are one anchor. Partners: the counterparts written with the anchor (日米豪, 豪海軍と), else the
 * exercise's standing participants from the gazetteer, else the section's subject.
 */
import type { Mention } from '../../6-mentions/types.js';
import type { TimeMention } from '../../../model/time.js';
import type { TriggerHit } from '../helpers.js';
import { allActOccurrencesOf, counterpartCodes, findTriggers, isPlanned, listedAsTopic, makeCandidate, namesForeignParticipation, subjectCodes, windowStart } from '../helpers.js';
import type { SentenceContext } from '../types.js';
import type { Candidate, Rule, RuleOutcome, ToldExercise } from '../types.js';
import { datesForAnchor } from './anchored.js';
import { foreignOnly, subjectTrainingWithJapan } from '../foreign.js';
import { loadGazetteer } from '../../../gazetteer/index.js';

const RULE_ID = 'exercise.anchor';
/** A name within this many characters after a trigger belongs to it (「共同訓練（マラバール2020）」). */
const NAME_REACH = 3;

interface Anchor {
  start: number;
  end: number;
  name?: Mention;
  /** Japan hosted it (「…訓練を主催」「海自主催により」): an event even when no participant is named. */
  hosted?: boolean;
}

/**
 * Japan hosted it: 「…訓練を主催した」 after the training word, or 「海自主催により」「自衛隊主催の」 before
 * it (「豪空軍主催の…」 is Australia's). After the word, the host is the sentence's subject: Japan's
 * unit when one is named before the training and no foreign party is the subject.
 */
// 「…訓練をわが国として初めて海自が主催し」: Japan's unit may be named between the training and the verb.
const HOSTED_AFTER = /^(?:」)?(?:（[^）]*）)?(?:\d+)?を([^、。]{0,16}?)主催/;
const HOSTED_BEFORE = /(?:自衛隊|自|防衛省|わが国|我が国|日本)(?:が|の)?主催(?:により|で|の|する|した)、?[^、。]{0,40}$/;
/** After a foreign party, up to the training word: it hosted the training (「豪海軍主催の」「米軍が主催する」). */
// 「米・インドネシア陸軍主催、豪州、英国参加による…訓練」: the participants it names may follow the host (codebook 341).
const FOREIGN_HOST_AFTER = /^(?:の)?(?:海軍|陸軍|空軍|軍)?(?:が)?(?:共同)?(?:主催|共催)(?:の|する|した|による)?(?:、[^。]{0,40}?参加(?:による|の|する))?[^、。]{0,20}$/;
/** Between two hosts or participants of one list (「米・タイ共同主催」「米国及びインドネシア共催」「豪州、英国参加による」). */
const HOST_JOINER = /^(?:の)?(?:海軍|陸軍|空軍|軍)?(?:・|、|及び|および|並びに|と)$/;
/** After a participant of a foreign-hosted training: 「…参加による」「…が参加する」 before the training word. */
const PARTICIPANT_AFTER = /^(?:の)?(?:海軍|陸軍|空軍|軍)?(?:等|など)?(?:が)?参加(?:による|の|する)[^、。]{0,20}$/;

/**
 * The foreign parties that hosted a training, and those the host clause names as taking part: the party right before
 * 「主催」 and every party joined to it by ・/及び/と (「米・インドネシア陸軍主催」「米国及びインドネシア共催」), and the
 * participants listed before 「参加による」 (codebook 341).
 */
function foreignHosts(ctx: SentenceContext, from: number, anchorStart: number): string[] {
  const parties = ctx.mentions.filter((m) => (m.type === 'country' || m.type === 'organization') && !m.compound && m.local.start >= from && m.local.end <= anchorStart);
  const hosts = new Set(parties.filter((m) => FOREIGN_HOST_AFTER.test(ctx.text.slice(m.local.end, anchorStart)) || PARTICIPANT_AFTER.test(ctx.text.slice(m.local.end, anchorStart))));
  if (!hosts.size) return [];
  for (let i = parties.length - 2; i >= 0; i--) {
    const next = parties[i + 1];
    const between = ctx.text.slice(parties[i].local.end, next.local.start);
    if (hosts.has(next) && (HOST_JOINER.test(between) || (/^[^、。]*?(?:参加|主催)/.test(ctx.text.slice(next.local.end)) && HOST_JOINER.test(between.replace(/^(?:の)?(?:海軍|陸軍|空軍|軍)?(?:が)?(?:共同)?(?:主催|共催)(?=、)/, ''))))) hosts.add(parties[i]);
  }
  const found = parties.filter((m) => hosts.has(m));
  const codes = found.flatMap((m) => m.codes);
  // 「米・インドネシア陸軍主催」: a one-character short form joined by ・ to the first host is a host too (the mention
  // reader keeps a lone short form only before a service noun).
  const first = found[0];
  const glued = first && /(?<!\p{Script=Han})(\p{Script=Han})・$/u.exec(ctx.text.slice(Math.max(from, first.local.start - 3), first.local.start));
  const short = glued ? loadGazetteer().countryOfShort(glued[1]) : undefined;
  if (short) codes.push(short);
  return codes;
}

/** After the training: Japan took part, or it was held (not a noun phrase of a note: 「…が主催した第1回…訓練」). */
// A reading in brackets may stand after a space (「SEACAT2023 (Southeast Asia …)」に参加」).
const TOLD_AFTER = /^(?:[」）)]|\s*（[^）]*）|\s*\([^)]*\))*[0-9０-９]?(?:(?:に|へ)[^、。]{0,20}?参加|(?:を|が)?(?:実施|行|開催))/;
/** After a training: Japan sent people to it (「…にも海自から要員を派遣した」). */
const SENT_PEOPLE_AFTER = /^(?:[」）)]|（[^）]*）|\([^)]*\))*(?:に|へ)(?:も|は)?[^、。]{0,12}?(?:要員|隊員|自衛官|幹部|部隊|艦艇|航空機)(?:[0-9０-９]+名)?を派遣(?:し|した|しました)/;
const FOREIGN_SUBJECT_AFTER = /^(?:[^、。]{0,6})?(?:が|は)/;
/** A foreign force the training was done with: 「露海軍と」「米軍との」 before the training word. */
// 「米海軍及び韓国海軍とともに、わが国周辺海域において…訓練を、日本海において…訓練を」: 「とともに、」 governs the
// clauses after it up to their one predicate.
const WITH_BEFORE = /^(?:の)?(?:[^、。]{0,4})?(?:(?:と|との|とともに|と共に)[^、。]{0,20}|(?:とともに|と共に)、(?:[^、。]{0,30}(?<![しいき])、)?[^、。]{0,30})$/;

function isHosted(ctx: SentenceContext, start: number, end: number): boolean {
  if (HOSTED_BEFORE.test(ctx.text.slice(Math.max(0, start - 60), start))) return true;
  const after = HOSTED_AFTER.exec(ctx.text.slice(end));
  if (!after) return false;
  const between = { start: end, end: end + after[0].length };
  const inBetween = ctx.mentions.filter((m) => m.local.start >= between.start && m.local.end <= between.end);
  if (inBetween.some((m) => (m.type === 'country' || m.type === 'organization') && !m.codes.includes('JPN'))) return false;
  if (after[1] && !inBetween.some((m) => m.type === 'jp-principal') && !/^(?:初めて|はじめて)$/.test(after[1]) && !/わが国|我が国|日本/.test(after[1])) return false;
  const before = ctx.mentions.filter((m) => m.local.end <= start || inBetween.includes(m));
  const japanese = before.some((m) => m.type === 'jp-principal');
  const foreignSubject = before.some((m) => (m.type === 'country' || m.type === 'organization') && !m.compound && FOREIGN_SUBJECT_AFTER.test(ctx.text.slice(m.local.end)));
  return japanese && !foreignSubject;
}

/**
 * A bare 訓練/演習 is an exercise when the sentence says with whom (「露海軍と捜索・救難訓練を行った」)
 * or that Japan hosted it (「多国間捜索救難訓練を主催」); alone it is any training.
 */
function corroborated(ctx: SentenceContext, hit: TriggerHit): boolean {
  if (isHosted(ctx, hit.local.start, hit.local.end) || coHostsAfter(ctx, hit.local.end).length || mutualDeployment(ctx, hit.local.start)) return true;
  const from = windowStart(ctx, hit.local.start);
  // 「米国主催第1回国際海上訓練(指揮所演習)にも海自から要員を派遣した」: a foreign-hosted training Japan sent people to
  // (codebook rules 202, 253).
  if (SENT_PEOPLE_AFTER.test(ctx.text.slice(hit.local.end)) && ctx.mentions.some((m) => (m.type === 'country' || m.type === 'organization') && !m.compound && m.local.start >= from && m.local.end <= hit.local.start && FOREIGN_HOST_AFTER.test(ctx.text.slice(m.local.end, hit.local.start)))) return true;
  return ctx.mentions.some(
    (m) =>
      (m.type === 'country' || m.type === 'organization') &&
      m.local.start >= from &&
      m.local.end <= hit.local.start &&
      WITH_BEFORE.test(ctx.text.slice(m.local.end, hit.local.start)),
  );
}

const AS_ROLE_AFTER = /^として/;

/** Japan as one of hosts listed with their years in brackets, up to the training: 「わが国(02(同14)年)、…が主催した」. */
const JAPAN_HOST_ITEM = /(?:わが国|我が国|日本)[（(]([^（()）]*(?:[（(][^（()）]*[）)])?[^（()）]*年)[）)]([^。]*?)(?:が|の)主催(?:した|する|の)[^、。]{0,24}$/;
/** Between Japan's item and 「が主催」: only the other items of the list (each a party and its year in brackets). */
const OTHER_HOST_ITEMS = /^(?:(?:、|及び|および|並びに|と)[^、。（(]{1,20}[（(][^（()）]*(?:[（(][^（()）]*[）)])?[^（()）]*[）)])*$/;

function japanHostYear(ctx: SentenceContext, from: number, anchorStart: number): TimeMention | undefined {
  const before = ctx.text.slice(from, anchorStart);
  const m = JAPAN_HOST_ITEM.exec(before);
  if (!m || !OTHER_HOST_ITEMS.test(m[2])) return undefined;
  const open = from + m.index + m[0].indexOf(m[1]);
  return ctx.times.find((t) => t.dates.length && t.local.start >= open && t.local.end <= open + m[1].length);
}

/**
 * Right before a training word: both sides' forces deployed to each other, told done (「両国のF-35A戦闘機が相互に展開した訓練」
 * 「日豪の戦闘機が相互に展開して行った訓練」): a training with the partner the sentence names (codebook 536).
 */
const MUTUAL_DEPLOYMENT_BEFORE = /(?:両国|双方|日[^\s、。の]{1,4})の[^、。]{0,24}?が(?:相互に|互いに|相互)展開(?:した|して(?:行った|実施した|行われた))(?:共同)?$/;
const mutualDeployment = (ctx: SentenceContext, start: number): boolean => MUTUAL_DEPLOYMENT_BEFORE.test(ctx.text.slice(Math.max(0, start - 50), start));

/** After a named exercise: a principal inspected it, told done (「…を、陸上幕僚長として視察できた」「…を視察しました」). */
const OBSERVED_DONE = /^[0-9０-９]{0,2}[」）)]*を、?[^、。]{0,16}?視察(?:しました|した|できた|できました|いたしました|することができ(?:た|ました))/;

/** Right after a bare training word that ends an item of a list: 「…において指揮所演習、」. */
const ITEM_END_AFTER = /^、/;
/** Between that item and the next anchor: no predicate closes a clause (「…し、」「…た」). */
const NO_PREDICATE = /^[^。]*$/;
const PREDICATE_BETWEEN = /(?:し|行い|実施し|参加し)、|た[。、]/;

/**
 * 「1月から2月にかけて…において指揮所演習、10月から11月にかけて、…日米共同統合演習(…)を実施した」: a bare training word
 * that closes an item of a list, dated by a date of its own in its window, with the next item a training word or a named
 * exercise after a date of its own, told by the one predicate after both, is an exercise of its own (codebook 533).
 */
function listedWithItsPeriod(ctx: SentenceContext, hit: TriggerHit, strong: TriggerHit[], names: Mention[]): boolean {
  if (!ITEM_END_AFTER.test(ctx.text.slice(hit.local.end))) return false;
  const own = ctx.times.filter((t) => t.dates.length && t.local.end <= hit.local.start && t.local.start >= windowStart(ctx, hit.local.start));
  if (!own.length) return false;
  const next = [...strong.map((h) => h.local), ...names.map((n) => n.local)].filter((x) => x.start > hit.local.end).sort((a, b) => a.start - b.start)[0];
  if (!next) return false;
  const between = ctx.text.slice(hit.local.end, next.start);
  if (!NO_PREDICATE.test(between) || PREDICATE_BETWEEN.test(between)) return false;
  return ctx.times.some((t) => t.dates.length && t.local.start >= hit.local.end && t.local.end <= next.start);
}

/**
 * Right before an exercise's name: a capacity-building project it names (「…能力構築支援事業「ハリィ・ハムトゥック演習」
 * に参加」) — the project, not an exercise (codebook rule 251).
 */
const PROJECT_NAME_BEFORE = /能力構築支援(?:事業|プログラム)?(?:である|として|の)?$/;

/** Whether the name at `start` is a capacity-building project's: right after the project word, or in the quote that follows it. */
function projectName(text: string, start: number): boolean {
  const open = Math.max(text.lastIndexOf('「', start), text.lastIndexOf('『', start));
  const quoted = open >= 0 && !/[」』]/.test(text.slice(open, start));
  return PROJECT_NAME_BEFORE.test(text.slice(Math.max(0, (quoted ? open : start) - 16), quoted ? open : start));
}

/**
 * After an exercise: only observers took part, sent by Japan (「…にオブザーバーとして派遣」) or received at Japan's own
 * (「…演習にオブザーバー参加」); observers invited to an exercise held with a partner (「…共同訓練に、…オブザーバーの
 * 参加を得て」) leave it an exercise.
 */
const OBSERVED_AFTER = /^(?:[（(][^）)]{0,40}[）)])?[」）)]*[0-9０-９]{0,2}(?:に|へ)(?:[^。]{0,50}?オブザーバー(?:として|を)[^。、]{0,12}?派遣|オブザーバー(?:として)?参加)/;

/** 「インド、スリランカなどとの共同訓練」: partners listed with など trained with Japan one by one. */
const LISTED_ONE_BY_ONE = /^(?:の(?:海軍|陸軍|空軍|軍))?(?:など|等)(?:と|との)/;

/**
 * 「日米、日印、日豪など、合計5回の二国間の共同訓練」: 日X compounds listed before one training word are one
 * exercise each (as meetings are, codebook rule 60); undefined unless two or more are listed.
 */
function compoundsListed(ctx: SentenceContext, from: number, anchorStart: number): string[][] | undefined {
  const parties = ctx.mentions.filter((m) => (m.type === 'country' || m.type === 'organization') && m.local.start >= from && m.local.end <= anchorStart);
  if (parties.length < 2 || !parties.every((m) => m.compound)) return undefined;
  for (let i = 1; i < parties.length; i++) if (!/^(?:、|及び|および|並びに|や|と)$/.test(ctx.text.slice(parties[i - 1].local.end, parties[i].local.start))) return undefined;
  return parties.map((m) => [...m.codes].filter((c) => c !== 'JPN').sort());
}

/**
 * After a training: Japan and the parties that held it together with it, as the subject of its predicate — 「…演習を
 * わが国とインドネシアが共同で開催し」「…訓練を日本及び豪州が共催した」 (codebook 532).
 */
const CO_HOST_JAPAN = /^(?:[」）)]|（[^）]*）|\([^)]*\))*を(?:わが国|我が国|日本)(?:と|及び|および|、)$/;
const CO_HOST_VERB = /^(?:(?:の)?(?:海軍|陸軍|空軍|軍))?(?:が|は)、?(?:共同で|共同して|合同で)?(?:開催|主催|共催|実施)(?:し|した|しました)/;

function coHostsAfter(ctx: SentenceContext, end: number): string[] {
  const clause = /^[^。]*/.exec(ctx.text.slice(end))![0];
  const parties = ctx.mentions.filter((m) => (m.type === 'country' || m.type === 'organization') && !m.compound && m.local.start >= end && m.local.end <= end + clause.length);
  const first = parties[0];
  if (!first || !CO_HOST_JAPAN.test(ctx.text.slice(end, first.local.start))) return [];
  const out: Mention[] = [first];
  for (let i = 1; i < parties.length && LIST_JOIN.test(ctx.text.slice(parties[i - 1].local.end, parties[i].local.start)); i++) out.push(parties[i]);
  if (!CO_HOST_VERB.test(ctx.text.slice(out[out.length - 1].local.end))) return [];
  return out.flatMap((m) => m.codes).filter((c) => c !== 'JPN');
}
const LIST_JOIN = /^(?:、|・|及び|および|並びに|と)$/;

/** Where the next anchor of the sentence starts (the end of the text after the last one). */
function nextAnchorStart(anchors: Anchor[], a: Anchor, end: number): number {
  const next = anchors.find((x) => x.start > a.start);
  return next ? next.start : end;
}

/** Whether the partners right before the anchor are a list closed by 「など」 (not a 日X compound). */
function listedOneByOne(ctx: SentenceContext, from: number, anchorStart: number, partners: string[]): boolean {
  if (partners.length < 2) return false;
  const parties = ctx.mentions.filter((m) => (m.type === 'country' || m.type === 'organization') && m.local.start >= from && m.local.end <= anchorStart);
  const last = parties[parties.length - 1];
  return !!last && !last.compound && LISTED_ONE_BY_ONE.test(ctx.text.slice(last.local.end, anchorStart));
}

export const exerciseRule: Rule = {
  id: RULE_ID,
  description: 'a named exercise or a joint/goodwill training trigger with a date; partners from the anchor, the name, or the section',
  apply(ctx): RuleOutcome {
    const names = ctx.mentions.filter((m) => m.type === 'exercise' && !namesForeignParticipation(ctx, m));
    // 「わが国が主催するはじめての多国間共同訓練として、…訓練を行った」: a trigger followed by として
    // says what the exercise was; the exercise itself is named after it.
    const all = findTriggers(ctx, 'exercise').filter((h) => !AS_ROLE_AFTER.test(ctx.text.slice(h.local.end)));
    const strong = all.filter((h) => !h.trigger.weak);
    // A bare 訓練 after an exercise already named (「「ピッチ・ブラック22」に参加し、米空軍とも訓練を
    // 行った」) goes on telling that exercise; it is an anchor of its own only when it comes first.
    const firstNamed = Math.min(...names.map((n) => n.local.start), ...strong.map((h) => h.local.start));
    // One Japan hosted is an exercise of its own wherever it comes (「…訓練を主催し、同年10月にも、…訓練を主催した」).
    const triggers = all.filter((h) => !h.trigger.weak || (h.local.start < firstNamed && corroborated(ctx, h)) || listedWithItsPeriod(ctx, h, strong, names) || !!japanHostYear(ctx, 0, h.local.start) || isHosted(ctx, h.local.start, h.local.end));
    const anchors = exerciseAnchors(names, triggers);
    for (const a of anchors) a.hosted = isHosted(ctx, a.start, a.end);
    if (!anchors.length) return anaphoric(ctx, all);
    anchors.sort((a, b) => a.start - b.start);
    const toldExercise = told(ctx, anchors);

    const candidates: Candidate[] = [];
    let miss: string | undefined;
    let previousEnd = 0;
    for (const a of anchors) {
      const segmentStart = previousEnd;
      previousEnd = a.end;
      const why = readAnchor(ctx, anchors, a, segmentStart, candidates);
      if (why) miss ??= why;
    }
    const outcome: RuleOutcome = candidates.length
      ? { candidates, reason: `exercise anchor(s) with dates (${candidates.length} event(s))` }
      : { candidates, miss: miss ?? 'exercise trigger without what an event needs' };
    return toldExercise ? { ...outcome, toldExercise } : outcome;
  },
};

/** The anchors of a sentence's exercises: each name, widened by the triggers near it, and the triggers that stand alone. */
function exerciseAnchors(names: Mention[], triggers: TriggerHit[]): Anchor[] {
  const anchors: Anchor[] = [];
  for (const n of names) anchors.push({ start: n.local.start, end: n.local.end, name: n });
  for (const t of triggers) {
    const named = anchors.find(
      (a) => a.name && ((a.start >= t.local.end && a.start - t.local.end <= NAME_REACH) || (t.local.start >= a.end && t.local.start - a.end <= NAME_REACH) || (a.start <= t.local.start && a.end >= t.local.end)),
    );
    if (named) {
      named.start = Math.min(named.start, t.local.start);
      named.end = Math.max(named.end, t.local.end);
    } else anchors.push({ start: t.local.start, end: t.local.end });
  }
  return anchors;
}

/**
 * The exercises one anchor tells, pushed onto `candidates`; or why it tells none. (Its own function, apart from the rule's
 * apply: V8 optimizes small functions early, a long one late.)
 */
function readAnchor(ctx: SentenceContext, anchors: Anchor[], a: Anchor, segmentStart: number, candidates: Candidate[]): string | undefined {
    if (isPlanned(ctx, a.end, a.start)) {
      return 'the exercise is planned or postponed';
    }
    if (listedAsTopic(ctx.text, a.end)) {
      return 'the exercise is a topic agreed or to be furthered, not one held (codebook rule 201)';
    }
    if (projectName(ctx.text, a.start)) {
      return 'the name of a capacity-building project, not an exercise (codebook rule 251)';
    }
    // 「…共同訓練（コブラゴールド03）に…幹部自衛官をオブザーバーとして派遣した」: observers sent to it (or received
    // at Japan's own) are an `other` act, not Japan's exercise (codebook rule 80).
    if (OBSERVED_AFTER.test(ctx.text.slice(a.end, nextAnchorStart(anchors, a, ctx.text.length)))) {
      return 'observers sent to the exercise: an other act';
    }
    // 「中国は、…ロシアと合同演習を実施した」: foreign parties among themselves (codebook rule 200).
    if (foreignOnly(ctx.text, ctx.mentions, a.start, a.end, ctx.foreignSubject)) {
      return 'an exercise of foreign parties only, Japan named nowhere in the sentence';
    }
    // 「シンガポール(00(同12)年)、わが国(02(同14)年)、韓国(04(同16)年)…が主催した…訓練」: hosts listed with their years in
    // brackets; Japan's item is the edition Japan hosted, of its year, its participants unnamed (codebook 538).
    const japanHost = japanHostYear(ctx, segmentStart, a.start);
    if (japanHost) {
      for (const occ of allActOccurrencesOf([japanHost])) {
        candidates.push(makeCandidate(ctx, RULE_ID, { kind: 'exercise', date: occ.date, partners: [], jpRole: 'unit', ...(a.name ? { name: a.name.name ?? a.name.text } : {}), isForum: true, confidence: 0.7 }));
      }
      return undefined;
    }
    let times = datesForAnchor(ctx, a.start, segmentStart, a.end);
    // 「本年8月に…協定が発効し、両国のF-35A戦闘機が相互に展開した訓練に適用された」: a training of mutual deployment told
    // done in a relative clause is of the year of the date written before it in the sentence (codebook 536).
    if (!times.length && !a.name && mutualDeployment(ctx, a.start)) {
      const t = ctx.times.filter((x) => x.dates.length && x.local.end <= a.start).pop();
      if (t) times = [{ ...t, kind: 'point', dates: [t.dates[0].slice(0, 4)] }];
    }
    // 「…日米陸軍種間の…実動訓練となるこのオリエント・シールド21を、陸上幕僚長として視察できた」: a named exercise of Japan's
    // its principal inspected, told done with no date in its sentence, is under way on the occasion the page dates (codebook 535).
    if (!times.length && a.name && !ctx.times.length && OBSERVED_DONE.test(ctx.text.slice(a.end)) && (!!ctx.documentPrincipal || ctx.mentions.some((m) => m.type === 'jp-principal' && m.jpRole !== 'unit'))) {
      const occasion = ctx.statedTime ?? ctx.documentTime ?? ctx.actTime;
      if (occasion) times = [occasion];
    }
    if (!times.length) {
      return 'exercise without a date';
    }
    let partners = counterpartCodes(ctx, segmentStart, a.end);
    // 「豪海軍主催の多国間共同訓練に参加し」: the foreign host is a partner (codebook rule 36).
    const hosts = foreignHosts(ctx, segmentStart, a.start);
    if (hosts.length && (TOLD_AFTER.test(ctx.text.slice(a.end)) || SENT_PEOPLE_AFTER.test(ctx.text.slice(a.end)))) partners = [...new Set([...partners, ...hosts.filter((c) => c !== 'JPN')])].sort();
    // 「…実動演習(…)をわが国とインドネシアが共同で開催し」: the party that held it with Japan is a partner (codebook 532).
    const coHosts = coHostsAfter(ctx, a.end);
    if (coHosts.length) partners = [...new Set([...partners, ...coHosts])].sort();
    // 「インド海軍は、…海上自衛隊と共同訓練を実施した」: the foreign subject trained with Japan's side.
    const acting = subjectTrainingWithJapan(ctx.text, ctx.mentions, a.start);
    if (acting.length) partners = [...new Set([...partners, ...acting])].sort();
    let confidence = 0.85;
    // A named multilateral exercise: its standing participants and the forces the sentence goes
    // on to name (「「ピッチ・ブラック22」に参加し、米国、インド及びドイツの空軍とも…」).
    if (a.name) {
      const after = counterpartCodes(ctx, a.end, nextAnchorStart(anchors, a, ctx.text.length));
      partners = [...new Set([...partners, ...(partners.length ? [] : a.name.codes), ...after])].sort();
    }
    // The partners written elsewhere in the sentence, unless an exercise told before in it had them: then
    // a training word with none of its own (「…を実施したほか、…積極的に共同訓練…を行った」) tells no more.
    const told = candidates.length > 0;
    if (!partners.length && !a.hosted && !told) partners = counterpartCodes(ctx, 0, ctx.text.length);
    if (!partners.length && !a.hosted && told) {
      return 'exercise without a partner of its own after one told';
    }
    if (!partners.length && !a.hosted) {
      partners = subjectCodes(ctx);
      confidence = 0.6;
    }
    if (!partners.length && !a.hosted) {
      return 'exercise without a partner';
    }
    const compounds = compoundsListed(ctx, segmentStart, a.start);
    const groups = compounds ?? (listedOneByOne(ctx, segmentStart, a.start, partners) ? partners.map((p) => [p]) : [partners]);
    for (const occ of allActOccurrencesOf(times)) {
      for (const group of groups) {
        candidates.push(
          makeCandidate(ctx, RULE_ID, {
            kind: 'exercise',
            date: occ.date,
            ...(occ.dateEnd ? { dateEnd: occ.dateEnd } : {}),
            partners: group,
            jpRole: 'unit',
            ...(a.name ? { name: a.name.name ?? a.name.text } : {}),
            // A multilateral exercise Japan hosted, its participants unnamed.
            ...(!group.length ? { isForum: true } : {}),
            confidence,
          }),
        );
      }
    }
  return undefined;
}

/**
 * The exercise a sentence names with its parties, held, planned or undated (「…米豪軍との実動訓練（サザン・ジャッカルー）
 * について」): what a later 「本訓練」「訓練を開始」 refers to (codebook rule 205). Foreign-only ones are not Japan's.
 */
function told(ctx: SentenceContext, anchors: Anchor[]): ToldExercise | undefined {
  let previousEnd = 0;
  let found: ToldExercise | undefined;
  for (const a of anchors) {
    const from = previousEnd;
    previousEnd = a.end;
    if (foreignOnly(ctx.text, ctx.mentions, a.start, a.end, ctx.foreignSubject)) continue;
    const partners = [...new Set([...counterpartCodes(ctx, from, a.end), ...(a.name?.codes ?? [])])].filter((c) => c !== 'JPN').sort();
    const name = a.name ? (a.name.name ?? a.name.text) : undefined;
    if (partners.length || name) found = { ...(name ? { name } : {}), partners };
  }
  return found;
}

/** A training referred back to: 「本訓練」「同演習」「この訓練」, or a bare 訓練 that starts or ends (「訓練を開始」「訓練開始以降」). */
const BACK_BEFORE = /(?:本|同|この|当該|今回の)$/;
// Not 「基本訓練」「合同演習」: a kanji before 本/同 makes one word of them.
const BACK_REFERENCE = /(?<!\p{Script=Han})[本同](?:訓練|演習)/gu;
const STARTS_OR_ENDS_AFTER = /^(?:を|が)?(?:開始|終了|完了|完遂)/;
const ENDS_AFTER = /^(?:を|が)?(?:終了|完了|完遂)/;
/** After a training referred back to: it was held, started or ended (not 「本訓練を通じ」「本訓練では」). */
const REFERRED_HELD_AFTER = /^(?:を|が|は)?(?:開始|終了|完了|完遂|実施|行)/;

/**
 * 「5月9日より、現地で実動訓練を開始しており」「3月4日の訓練開始以降、…本日をもって訓練を終了しました」: a training word
 * with no exercise of its own in the sentence, referring back to the exercise named a few sentences before, with a date of
 * its own and a predicate of holding, starting or ending, is that exercise, on that date; a start and an end told in one
 * sentence are its span (codebook rule 205).
 */
function anaphoric(input: SentenceContext, hits: TriggerHit[]): RuleOutcome {
  const previous = input.previousExercise;
  if (!previous) return { candidates: [] };
  // 「本訓練」「同演習」 are left out of the triggers (a reference back, helpers.isBackReference): read them here.
  const spans = [...hits.map((h) => h.local), ...[...input.text.matchAll(BACK_REFERENCE)].map((m) => ({ start: m.index + 1, end: m.index + m[0].length }))];
  const refs = spans
    .filter((h) => {
      const after = input.text.slice(h.end);
      return BACK_BEFORE.test(input.text.slice(Math.max(0, h.start - 4), h.start)) ? REFERRED_HELD_AFTER.test(after) : STARTS_OR_ENDS_AFTER.test(after);
    })
    .sort((a, b) => a.start - b.start);
  if (!refs.length) return { candidates: [] };
  if (!previous.partners.length) return { candidates: [], miss: 'a training referred back to an exercise with no partner' };
  // 「5月9日より…訓練を開始」: a start written with より/から dates the start (as a posting's, rules/anchored.ts).
  const starts = (input.deadTimes ?? []).filter((t) => /^(?:から|より)/.test(input.text.slice(t.local.end)));
  const ctx: SentenceContext = starts.length
    ? { ...input, times: [...input.times, ...starts].sort((a, b) => a.local.start - b.local.start), deadTimes: (input.deadTimes ?? []).filter((t) => !starts.includes(t)) }
    : input;
  const dated: { date: string; dateEnd?: string; ends: boolean }[] = [];
  let previousEnd = 0;
  for (const h of refs) {
    const from = previousEnd;
    previousEnd = h.end;
    if (isPlanned(ctx, h.end, h.start) || listedAsTopic(ctx.text, h.end)) continue;
    const times = datesForAnchor(ctx, h.start, from, h.end).filter((t) => t.text);
    for (const occ of allActOccurrencesOf(times)) dated.push({ date: occ.date, ...(occ.dateEnd ? { dateEnd: occ.dateEnd } : {}), ends: ENDS_AFTER.test(ctx.text.slice(h.end)) });
  }
  if (!dated.length) return { candidates: [], miss: 'a training referred back to an exercise, without a date of its own' };
  // 「…の訓練開始以降、…本日をもって訓練を終了しました」: the start and the end of one exercise.
  const first = dated[0];
  const last = dated[dated.length - 1];
  const occurrences = dated.length > 1 && !first.ends && last.ends && first.date < last.date ? [{ date: first.date, dateEnd: last.dateEnd ?? last.date }] : dated;
  const candidates = occurrences.map((o) =>
    makeCandidate(ctx, RULE_ID, {
      kind: 'exercise',
      date: o.date,
      ...(o.dateEnd ? { dateEnd: o.dateEnd } : {}),
      partners: previous.partners,
      jpRole: 'unit',
      ...(previous.name ? { name: previous.name } : {}),
      confidence: 0.6,
    }),
  );
  return { candidates, reason: `a training referred back to the exercise named before (${candidates.length} event(s))` };
}
