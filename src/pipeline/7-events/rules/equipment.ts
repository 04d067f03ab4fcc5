/**
 * Equipment and technology cooperation (移転, 引渡し, 無償譲渡, 共同研究, 契約…): the common shape of a
 * trigger, its date and its partner (rules/anchored.ts), plus what projects and deliveries tell:
 * several projects named in one sentence are several events (「「…共同研究」と「…共同研究」が開始」);
 * a project or delivery told with its start and its end (「…を開始し、本共同研究は17年7月に完了」「引渡しを
 * 開始し、同年9月に引渡しを完了」「（平成30年3月終了）」) is one event from the start to the end; a word
 * that names the subject of something else (「共同研究に関する取決め」「共同研究のための…」) is no act.
 */
import type { TimeMention } from '../../../model/time.js';
import { findTriggers, windowTime, writtenName, type TriggerHit } from '../helpers.js';
import type { SentenceContext } from '../types.js';
import { anchoredRule, quoteAround } from './anchored.js';

/** Right after a trigger: it names the subject of something else (an instrument, a body, a purpose). */
const SUBJECT_OF = /^[」]?(?:など|等)?(?:に関する|に係る|にかかる|に関わる|のための|を認め得る)/;
/** What is moved in a relocation of forces, bases or training (「航空機訓練移転」「海兵隊のグアム移転」), not a transfer of equipment. */
const RELOCATED = /訓練|部隊|海兵隊|基地|司令部|飛行場|米軍|グアム|施設|移設/;
/** Right after a trigger: the act begins (its end may be told later in the sentence). */
const BEGINS = /^[」]?(?:を|が)開始/;
/** After a date: the project or delivery it dates was completed then (「17年7月に成功裏に完了」「平成30年3月終了」). */
const COMPLETED_AFTER = /^(?:に|には)?[^、。（）()]{0,12}?(?:完了|終了)/;

/** The completion date told after an act that begins: the first date after it that is followed by 完了/終了. */
function completion(ctx: SentenceContext, hit: TriggerHit): TimeMention | undefined {
  const from = quoteAround(ctx.text, hit.local.end)?.close ?? hit.local.end;
  const after = ctx.times.filter((t) => t.local.start >= from && t.dates.length);
  const next = after[0];
  // Only the next date, and only if no other project is named before it.
  if (!next || !COMPLETED_AFTER.test(ctx.text.slice(next.local.end))) return undefined;
  const between = findTriggers(ctx, 'equipment').filter((h) => h.local.start > hit.local.end && h.local.end <= next.local.start && !h.trigger.weak);
  return between.some((h) => !/^(?:を|が)?(?:完了|終了)/.test(ctx.text.slice(h.local.end))) && !/^[（(]/.test(ctx.text.slice(from)) ? undefined : next;
}

export const equipmentRule = anchoredRule({
  id: 'equipment.trigger',
  kind: 'equipment',
  description: 'an equipment/technology act (移転, 引渡し, 無償譲渡, 共同研究, 契約…) with a date and a partner; a start and an end told together are one act',
  // 「2019年3月から…引渡しを開始し、同年9月に…完了」: the start of an act whose end the sentence tells dates it.
  startDates: (ctx) => /完了|終了/.test(ctx.text),
  fields: (ctx, hit) => {
    const after = ctx.text.slice(quoteAround(ctx.text, hit.local.end)?.close ?? hit.local.end);
    // 「防衛装備品及び技術の移転に関する…協定」「共同研究のための…移転が…認め得る案件に該当」: a subject, not an act.
    if (SUBJECT_OF.test(ctx.text.slice(hit.local.end))) return 'the trigger names the subject of something else';
    // 「…引渡しを開始し、同年9月に引渡しを完了」: the completion of an act begun before in the sentence.
    const own = windowTime(ctx, hit.local.start);
    const earlier = findTriggers(ctx, 'equipment').filter((h) => h.local.end <= hit.local.start && !h.trigger.weak && BEGINS.test(ctx.text.slice(h.local.end)));
    if (own && /^(?:を|が)?(?:完了|終了)/.test(after) && earlier.some((h) => completion(ctx, h) === own)) return 'the completion of an act begun before in the sentence';
    const end = BEGINS.test(ctx.text.slice(hit.local.end)) || quoteAround(ctx.text, hit.local.end) ? completion(ctx, hit) : undefined;
    const { name, quoted } = writtenName(ctx, hit.local);
    if (hit.trigger.text === '移転' && RELOCATED.test(name)) return 'a relocation of forces or training, not a transfer of equipment';
    return {
      name,
      // Projects named in quotes are told apart by their names (two started in one month are two).
      ...(quoted ? { distinct: name } : {}),
      ...(end?.dates.length ? { dateEnd: end.end ?? end.dates[end.dates.length - 1] } : {}),
    };
  },
});
