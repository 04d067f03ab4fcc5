/** Kinds whose rule is a trigger, a date and a partner: port calls, personnel, other acts (equipment: rules/equipment.ts). */
import { findTriggers } from '../helpers.js';
import { anchoredRule } from './anchored.js';

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
});

export const personnelRule = anchoredRule({
  id: 'personnel.trigger',
  kind: 'personnel',
  // 「能力構築支援として…教官を派遣し」: in capacity building, sending instructors is its method.
  // Instructors sent to teach (「教官を派遣し、…教育を実施」) are capacity building's method, strong
  // trigger or not.
  fields: (ctx, hit) => {
    if (findTriggers(ctx, 'capacity-building').length) return 'a dispatch of instructors for capacity building';
    // 「…ミッションにおいて…豪軍要員2名を…受け入れる」: the people's own force, written on them, is the partner,
    // not the mission or the country where they served.
    const own = ctx.mentions.filter((m) => (m.type === 'country' || m.type === 'organization') && !m.compound && m.local.end <= hit.local.start + 2 && hit.local.start - m.local.end <= 2 && m.local.start < hit.local.start);
    return own.length ? { jpRole: 'unit' as const, partners: own[own.length - 1].codes.filter((c) => c !== 'JPN') } : { jpRole: 'unit' as const };
  },
  description: 'an exchange of people (連絡将校, 連絡官, 留学生, 自衛官を…派遣) with a date and a partner',
  startDates: true,
});

export const otherRule = anchoredRule({
  id: 'other.trigger',
  kind: 'other',
  description: 'another dated act of cooperation (急患輸送, 物資供与, 観艦式…)',
  // An international fleet review gathers navies the text seldom names: attended or hosted, it is an act
  // of its own (codebook rule 97).
  // A seminar for the foreign attachés in Tokyo (「武官団セミナー」) gathers many countries the text seldom names (codebook rule 207).
  allowNoPartner: (hit) => FLEET_REVIEW.test(hit.trigger.text) || ATTACHES.test(hit.trigger.text),
  // 「英空軍及び…パキスタン空軍、カナダ空軍…の輸送機部隊等と部隊間交流を実施」: exchanges with units listed one by one are
  // one exchange each, as meetings are (codebook rule 203).
  perPartner: (hit) => EXCHANGE.test(hit.trigger.text),
});

/** The triggers of an exchange between units or people (data/events/triggers.json, `other`). */
const EXCHANGE = /交流/;

/** The trigger of a seminar or a briefing for foreign attachés (data/events/triggers.json, `other`). */
const ATTACHES = /武官/;

/** The triggers of a fleet review (data/events/triggers.json, `other`). */
const FLEET_REVIEW = /観艦式/;
