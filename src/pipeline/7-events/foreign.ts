/**
 * Acts of other countries among themselves (codebook rule 200). A white paper's survey of the region
 * (「中国は、…ロシアと合同演習を実施した」「ASEANは、…。米国との間では、…海上共同演習を実施し」) tells
 * exercises in which Japan is no party: a foreign subject acting with another foreign party, and no
 * Japanese party named in the sentence. Japan's own exercises leave Japan unnamed too (「豪海軍と共同訓練を
 * 実施した」), so the test is the foreign subject, not the missing Japanese one.
 */
import type { Mention } from '../6-mentions/types.js';

/** Japan named as a party in words the gazetteer does not hold as mentions. */
const JAPAN_WORDS = /わが国|我が国|日本(?!海)|防衛省|防衛庁|自衛|海自|陸自|空自|統幕|統合幕僚/;

/** Whether the sentence names Japan as a party: its principal or unit, a 日X compound, or Japan's own words. */
export function namesJapan(text: string, mentions: readonly Mention[]): boolean {
  if (JAPAN_WORDS.test(text)) return true;
  return mentions.some(
    (m, i) => (m.type === 'jp-principal' && !GENERIC_UNIT.test(m.text) && !ownedAbroad(text, mentions[i - 1], m)) || m.compound || m.codes.includes('JPN'),
  );
}

/**
 * Unit words that name no one's force (「艦艇の寄港・補給が可能となる」「部隊の派遣」): in a sentence whose subject
 * is foreign they are that party's, so they do not make the sentence Japan's.
 */
const GENERIC_UNIT = /^(?:艦艇|艦船|部隊|航空機)$/;

/** 「中国海軍の艦艇」「ロシア軍部隊」: a unit word owned by the foreign party right before it is no Japanese unit. */
function ownedAbroad(text: string, before: Mention | undefined, m: Mention): boolean {
  return !!before && foreignParty(before) && /^の?$/.test(text.slice(before.local.end, m.local.start));
}

/** A foreign party, not Japan and not a 日X compound. */
const foreignParty = (m: Mention): boolean => (m.type === 'country' || m.type === 'organization') && !m.compound && m.codes.length > 0 && !m.codes.includes('JPN');

/** After a party: it is the topic-subject of its clause (「中国は、」「米韓両国は」「ASEAN諸国は」); not 「とは」「には」「では」. */
const SUBJECT_AFTER = /^(?:[（(][^）)]{0,30}[）)])?(?:両国|両軍|各国|諸国|海軍|陸軍|空軍|軍)?(?:の?(?:艦艇|艦船|艦隊|部隊|航空機|哨戒機|艦))?は(?!じめ)/;
/** After a party: its ship, named by its kind (and its name), is the subject with が (「中国海軍の駆逐艦が」, codebook 343). */
const SHIP_SUBJECT_AFTER = /^(?:海軍|軍)?の?(?:艦艇|艦船|艦隊|駆逐艦|フリゲート|巡洋艦|補給艦|練習艦|潜水艦|揚陸艦|空母|コルベット)(?:「[^」]{1,12}」)?(?:[0-9０-９]+隻)?が/;
/** After a party: the place a ship called at (「ロシアのウラジオストクに」「中国の青島に」「カンボジアに」). */
const PLACE_CALLED_AFTER = /^(?:の[^、。]{1,12}?)?(?:に|へ)/;

/**
 * The same with 「が」 (「中国がソロモン諸島との間で…協定を締結」): a document's parties are named as its signers,
 * so for an agreement a subject in が is as plain as one in は. Not for exercises: 「米国が主催する…訓練に参加」
 * leaves Japan, the participant, unnamed.
 */
const SIGNER_AFTER = /^(?:[（(][^）)]{0,30}[）)])?(?:両国|各国|諸国|政府)?(?:は(?!じめ)|が)/;

/** After a party: the topic of the sentence (「ロシアとの間では、」). */
const TOPIC_AFTER = /^(?:[（(][^）)]{0,30}[）)])?との間(?:で|においては|では)、/;
/** Between a party and the exercise: it is the party trained with (「ASEAN諸国との海軍共同演習」). */
const WITH_BEFORE = /^(?:諸国|各国|両国)?(?:と|との)(?:初の|初となる)?[^、。とは]{0,12}$/;

/** Right before a sentence's opening subject: at most a connective. */
const OPENING_BEFORE = /^(?:(?:一方|また|さらに|なお|他方|このほか|その後)、)?$/;

/** The foreign party a sentence opens with as its subject (「一方、ASEANは、…」), if any: its codes. */
export function openingForeignSubject(text: string, mentions: readonly Mention[]): string[] | undefined {
  const parties = mentions.filter(foreignParty);
  const first = parties[0];
  if (!first || !OPENING_BEFORE.test(text.slice(0, first.local.start))) return undefined;
  // 「中国とロシアは」: parties joined by と before one は are one subject.
  let last = first;
  const codes = new Set(first.codes);
  for (const m of parties.slice(1)) {
    if (!/^(?:と|及び|および|、|・)$/.test(text.slice(last.local.end, m.local.start))) break;
    last = m;
    m.codes.forEach((c) => codes.add(c));
  }
  return SUBJECT_AFTER.test(text.slice(last.local.end)) ? [...codes].sort() : undefined;
}

/**
 * Whether an exercise told at [start, end) is one of foreign parties only: no Japanese party in the
 * sentence, a foreign subject (its own, 「中国は、…ロシアと…演習」, or the running text's, `running`),
 * and another foreign party beside it. A subject acting alone (「豪空軍は、…共同訓練を行った」) trained
 * with Japan, as the running text assumes.
 */
export function foreignOnly(
  text: string,
  mentions: readonly Mention[],
  start: number,
  end: number,
  running: readonly string[] | undefined,
  act: 'act' | 'agreement' = 'act',
): boolean {
  if (namesJapan(text, mentions)) return false;
  const parties = mentions.filter((m) => foreignParty(m) && m.local.start < end);
  const codes = new Set(parties.flatMap((m) => m.codes));
  const subjectAfter = act === 'agreement' ? SIGNER_AFTER : SUBJECT_AFTER;
  // 「中国海軍の駆逐艦がロシアのウラジオストクに寄港」: a foreign ship calling at another foreign party's port (codebook 343);
  // several foreign ships calling in Japan (「仏海軍のフリゲートが…に入港し、韓国海軍の駆逐艦が…」) stay each one's.
  if (act === 'act') {
    const ship = parties.findIndex((m) => SHIP_SUBJECT_AFTER.test(text.slice(m.local.end)));
    const own = parties[ship];
    if (own && parties.slice(ship + 1).some((m) => !m.codes.some((c) => own.codes.includes(c)) && PLACE_CALLED_AFTER.test(text.slice(m.local.end)) && !SHIP_SUBJECT_AFTER.test(text.slice(m.local.end)))) return true;
  }
  const subjectIdx = parties.findIndex((m) => subjectAfter.test(text.slice(m.local.end)));
  let subject: Set<string>;
  if (subjectIdx >= 0) {
    const own = parties[subjectIdx];
    // 「米韓両国は」: one mention that is two parties.
    if (own.codes.length > 1) return true;
    subject = new Set(parties.slice(0, subjectIdx + 1).flatMap((m) => m.codes));
    if (subjectIdx > 0) return codes.size > 1;
  } else if (running?.length) subject = new Set(running);
  // 「X、Yとの間で…文書に署名したほか、Zとの…協定の署名に立ち会いました」: a document's 「…との間で」 names Japan's
  // partner; only a subject that signs makes it foreign.
  else if (act === 'agreement') return false;
  else {
    // 「ロシアとの間では、…ASEAN諸国との海軍共同演習を実施した」: the topic is one party, the exercise is with another.
    const topic = parties.find((m) => TOPIC_AFTER.test(text.slice(m.local.end)));
    const withParty = parties.filter((m) => m !== topic && WITH_BEFORE.test(text.slice(m.local.end, start))).pop();
    return !!topic && !!withParty && withParty.codes.some((c) => !topic.codes.includes(c));
  }
  return [...codes].some((c) => !subject.has(c));
}

/** Japan's side named as the one trained with: 「海上自衛隊と」「わが国及び米国と」「護衛艦「…」とともに」. */
const JAPAN_WITH = /(?:自衛隊|海自|陸自|空自|わが国|我が国|日本(?!海)|護衛艦(?:「[^」]{1,12}」)?)(?:(?:及び|および|並びに|、|や)[^、。]{1,16}?)?(?:と|との|とともに|と共に)(?:[^、。]{0,20})$/;

/**
 * 「インド海軍は、2020年11月、海上自衛隊と共同訓練を実施した」: a foreign subject that trained with Japan's side is a
 * partner of the exercise, though no 「と」 follows it. The codes of that subject, if any, before `start`.
 */
export function subjectTrainingWithJapan(text: string, mentions: readonly Mention[], start: number): string[] {
  const parties = mentions.filter((m) => foreignParty(m) && m.local.end <= start);
  const subject = parties.find((m) => SUBJECT_AFTER.test(text.slice(m.local.end)));
  if (!subject) return [];
  return JAPAN_WITH.test(text.slice(subject.local.end, start)) ? subject.codes.filter((c) => c !== 'JPN') : [];
}
