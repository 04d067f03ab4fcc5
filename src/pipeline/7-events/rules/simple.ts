/** Kinds whose rule is a trigger, a date and a partner: port calls, personnel, other acts (equipment: rules/equipment.ts). */
import { findTriggers, windowStart } from '../helpers.js';
import { anchoredRule } from './anchored.js';
import { TRIP_LABEL } from '../abroad.js';
import { inReliefOperation } from './relief.js';
import type { SentenceContext } from '../types.js';

export const portCallRule = anchoredRule({
  id: 'port-call.trigger',
  kind: 'port-call',
  description:
    'a port call or airfield visit (寄港, 寄航, 入港, 国外運航訓練, a ship\'s 訪日/訪露) with a date; one event per host country or foreign flag, else the section',
  // Ships and aircraft make port calls: the Japanese side is a unit (codebook jpRole). A visit named
  // as a noun (「海自艦艇の訪中」) is an act only when its own clause dates it (「7月に海自艦艇の訪露」);
  // in a list of what was agreed, or as 「相互訪問」, it is a topic.
  fields: (ctx, hit) => {
    if (/の(?:訪|入港|寄港)/.test(ctx.text.slice(hit.local.start, hit.local.end))) {
      const clauseStart = ctx.text.lastIndexOf('、', hit.local.start - 1) + 1;
      // 「…艦艇の訪日は、平成28年9月以来21回目」: the topic, dated by its last occurrence (codebook rule 206).
      const recurrence = /^(?:は|も)、?[^。、]{0,24}以来/.test(ctx.text.slice(hit.local.end));
      if (!recurrence && !ctx.times.some((t) => t.dates.length && t.local.start >= clauseStart && t.local.end <= hit.local.start)) return 'a visit named as a noun, not dated in its clause';
    }
    if (/相互訪問$/.test(ctx.text.slice(hit.local.start, hit.local.end))) return 'mutual visits named as a topic';
    return { jpRole: 'unit' as const };
  },
  perPartner: true,
  portBefore: true,
});

export const personnelRule = anchoredRule({
  id: 'personnel.trigger',
  kind: 'personnel',
  // 「能力構築支援として…教官を派遣し」: in capacity building, sending instructors is its method.
  // Instructors sent to teach (「教官を派遣し、…教育を実施」) are capacity building's method, strong
  // trigger or not.
  fields: (ctx, hit) => {
    // Students are taught by definition (「…留学生として…教育訓練中」): their schooling is no capacity building (codebook 284).
    if (hit.trigger.text !== STUDENTS && findTriggers(ctx, 'capacity-building').length) return 'a dispatch of instructors for capacity building';
    // 「…操作訓練に、陸上自衛官20名を教官団として派遣」: instructors sent to teach are capacity building's method (rule 22).
    if (/教官/.test(ctx.text.slice(hit.local.start, hit.local.end))) return 'instructors sent to teach: capacity building, not a posting';
    // 「さらに、同月21日より、陸自ヘリコプター3機および要員を追加派遣し」: a step of the relief operation the section tells,
    // part of that one act (codebook rule 252).
    if (inReliefOperation(ctx)) return 'a step of an international relief operation, not a posting';
    // 「…米国主催第1回国際海上訓練(指揮所演習)にも海自から要員を派遣した」: people sent to an exercise took part in it —
    // the exercise, not a posting (codebook rule 253).
    if (SENT_TO_EXERCISE.test(ctx.text.slice(Math.max(0, hit.local.start - 40), hit.local.start))) return 'people sent to an exercise: the exercise, not a posting';
    // 「…ミッションにおいて…豪軍要員2名を…受け入れる」: the people's own force, written on them, is the partner,
    // not the mission or the country where they served.
    const own = ctx.mentions.filter((m) => (m.type === 'country' || m.type === 'organization') && !m.compound && m.local.end <= hit.local.start + 2 && hit.local.start - m.local.end <= 2 && m.local.start < hit.local.start);
    if (own.length) return { jpRole: 'unit' as const, partners: own[own.length - 1].codes.filter((c) => c !== 'JPN') };
    // 「…UNMIS司令部要員として自衛官2名が派遣された」 under 「国連スーダン・ミッション」: staff of a UN mission serve the UN, not the
    // country it is deployed in (codebook rule 253).
    if ([ctx.text, ctx.subject?.label ?? '', ctx.doc.subject?.label ?? ''].some((t) => UN_MISSION.test(t))) return { jpRole: 'unit' as const, partners: ['UN'] };
    return { jpRole: 'unit' as const };
  },
  description: 'an exchange of people (連絡将校, 連絡官, 留学生, 自衛官を…派遣) with a date and a partner',
  startDates: true,
});

/** The trigger of foreign students received (data/events/triggers.json). */
const STUDENTS = '留学生';

/** A UN mission (「国連スーダン・ミッション」「UNMIS司令部」「国連南スーダン共和国ミッション」). */
const UN_MISSION = /UNM[A-Z]{1,5}|国連[^。、]{0,14}?ミッション/;

/** Right before the people sent: the exercise they were sent to (「…訓練(指揮所演習)にも海自から」「…演習へ」). */
const SENT_TO_EXERCISE = /(?:訓練|演習)[」』）)]*(?:（[^）]*）|\([^)]*\))?[」』）)]*(?:に|へ)(?:も|は)?[^、。]{0,12}$/;

/** The trigger of an inspection of a foreign force's facility (data/events/triggers.json). */
const FACILITY_INSPECTION = '施設の視察';

export const otherRule = anchoredRule({
  id: 'other.trigger',
  kind: 'other',
  description: 'another dated act of cooperation (急患輸送, 物資供与, 観艦式, 部隊間交流, 地上展示, 研修, 武官団セミナー…)',
  // 「…司令部を研修」「…国軍とともに…を視察」: a study visit or an inspection is an act with the party named in its
  // own clause; in capacity building, a 研修 is that project's (codebook rule 160).
  // Acts of different kinds on one day with one partner (a static display and an exchange at one air show) are two.
  fields: (ctx, hit) => {
    // 「…研究所を視察いたしました」: the speaker's own inspection, told in a press conference on a trip abroad (codebook 434).
    if (hit.trigger.text === FACILITY_INSPECTION) {
      if (!ctx.documentPrincipal || ctx.subject?.label !== TRIP_LABEL) return 'an inspection of a facility told by no speaker on a trip abroad';
      return { distinct: hit.trigger.act, jpRole: ctx.documentPrincipal };
    }
    if (hit.trigger.partnerBefore === 'clause' && capacityBuildingContext(ctx)) return 'a study programme of capacity building';
    if (observersOfAJointExercise(ctx, hit.local.start)) return 'foreign observers at an exercise held with partners: no act, no partner (codebook 544)';
    return hit.trigger.act ? { distinct: hit.trigger.act } : {};
  },
  // An international fleet review, a seminar for the attachés in Tokyo: an occasion of many, whose
  // participants the text seldom names, is an act of its own (codebook rules 97, 207; the trigger's `forum`).
  allowNoPartner: (hit) => !!hit.trigger.forum,
  // 「英空軍及び…パキスタン空軍、カナダ空軍…の輸送機部隊等と部隊間交流を実施」: exchanges with units listed one by one are
  // one exchange each, as meetings are (codebook rule 203; the trigger's `oneEach`), but a 日X compound names one
  // occasion of them all (rule 160).
  perPartner: (ctx, hit) => !!hit.trigger.oneEach && !ctx.mentions.some((m) => m.compound && m.local.end <= hit.local.end && m.local.start >= windowStart(ctx, hit.local.start)),
  // 「…航空幕僚長は、統合幕僚長とともに、米空軍の輸送機を視察」: Japanese officials together, the foreign party only what
  // they saw, make no act (codebook rule 208): the counterpart is named before the trigger.
  partnersBefore: (hit) => hit.trigger.partnerBefore,
});

/** Right before 「オブザーバー」: a foreign party (or the last of a list) as its subject (「…インド海軍が」「カナダ及び英国は」). */
const FOREIGN_OBSERVER_SUBJECT = /^(?:の?(?:海軍|陸軍|空軍|国軍|軍|海兵隊))?(?:は|が|も)、?(?:[^、。]{0,12}に)?$/;
/** An exercise the clause refers back to: 「本訓練には」「同演習に」. */
const EXERCISE_REFERRED = /(?:本|同|この|当該)(?:共同)?(?:訓練|演習)(?:に(?:は|も)?|へ(?:は|も)?)、?/;
/** An exercise held with partners, told in the running text just before: a joint training word and a foreign force. */
const JOINT_EXERCISE_BEFORE = /(?:共同訓練|合同訓練|共同演習|多国間訓練|親善訓練)/;
/**
 * 「…米海軍及び豪海軍と共同訓練を実施し、インド海軍はオブザーバーとして参加」「…共同訓練を実施しました。本訓練には、…海軍が
 * オブザーバーとして参加」: foreign observers at an exercise held with partners are no partners and no act of their own
 * (codebook 97: observers invited leave it an exercise; 544). Observers at an exercise of Japan's own (「陸上自衛隊の演習に、
 * …陸軍がオブザーバーとして参加」) stay an act, the observers' country its partner.
 */
function observersOfAJointExercise(ctx: SentenceContext, at: number): boolean {
  const parties = ctx.mentions.filter((m) => (m.type === 'country' || m.type === 'organization') && m.codes.some((c) => c !== 'JPN'));
  const last = parties.findIndex((m) => !m.compound && m.local.end <= at && FOREIGN_OBSERVER_SUBJECT.test(ctx.text.slice(m.local.end, at)));
  if (last < 0) return false;
  // The observers: the party before 「オブザーバー」 and those listed with it (「フランス海軍及びカナダ海軍が」).
  let first = last;
  while (first > 0 && OBSERVER_LIST.test(ctx.text.slice(parties[first - 1].local.end, parties[first].local.start))) first--;
  const observers = new Set(parties.slice(first, last + 1).flatMap((m) => m.codes));
  // An exercise of the sentence held with partners besides the observers.
  const others = parties.some((m) => m.codes.some((c) => c !== 'JPN' && !observers.has(c)));
  if (others && findTriggers(ctx, 'exercise').some((h) => !h.trigger.weak)) return true;
  // 「本訓練には、」: the exercise just told, when the text before tells a joint one with a foreign force.
  if (!EXERCISE_REFERRED.test(ctx.text.slice(0, parties[first].local.start))) return false;
  const before = ctx.doc.source.text.slice(Math.max(0, ctx.sentence.span.start - 240), ctx.sentence.span.start);
  return JOINT_EXERCISE_BEFORE.test(before) && /(?:海軍|陸軍|空軍|海兵隊|軍)(?:と|及び|および|、)/.test(before);
}

/** Between observers listed together: 「フランス海軍及びカナダ海軍」「カナダ、英国」. */
const OBSERVER_LIST = /^(?:の?(?:海軍|陸軍|空軍|国軍|軍|海兵隊))?[\s、・]*(?:及び|および|並びに|と|や)?[\s、・]*$/;

/** A sentence that tells capacity building: its own trigger (能力構築支援, 招へい), its section, or a field taught. */
function capacityBuildingContext(ctx: SentenceContext): boolean {
  return ctx.subject?.kind === 'capacity-building' || ctx.mentions.some((m) => m.type === 'field') || findTriggers(ctx, 'capacity-building').some((h) => !h.trigger.weak);
}
