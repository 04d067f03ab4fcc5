/**
 * Background inside a sentence: a remark of the other side (codebook 98). After 「米側より、」「…国防長官
 * からは、」 the sentence reports what the counterpart said (「…の入港はこれを象徴するものであること…との発言が
 * あった」「…取決めの署名について歓迎の意が示され」), not Japan's acts: triggers and milestone or exercise
 * mentions there make no event, nor does what the Japanese side answers in the same sentence (「…、中谷大臣からは、
 * 共同訓練…を強化していきたい旨述べました」): the rest of the sentence reports speech.
 * A meeting the counterpart recalls (「…議長から、同年7月に初の…協議が開催されるなど…旨の発言」) was held with
 * Japan all the same: talks triggers are read there (helpers.scanTriggers).
 * A government's act told with から (「韓国政府から、…終了させる旨の通告があった」) is no remark: only a side
 * (米側) or a person's title speaks, and only a sentence that reports speech.
 */
import type { Span } from '../../model/span.js';
import type { Mention } from '../6-mentions/types.js';

/** After the speaker: 「(…)より、」「からは、」. */
const SPEAKS = /^(?:[（(][^）)]{0,12}[）)])?(?:から(?:は|も)?|より)、/;
/**
 * What reports speech: 「…との発言」「…旨述べ」「歓迎の意が示され」「謝意」, and as a minister says it in a press conference
 * (「…という話がありました」「…とのお話があった」「…と言われました」).
 */
const SPEECH = /発言|述べ|意が示され|意を示し|表明|謝意|言及|説明があ|強調|旨|話があ|と言われ|とのことでし/;
/** A remark opens the sentence or its first clause, not a list of counterparts further on. */
const REMARK_REACH = 40;

export interface Remark {
  start: number;
  end: number;
}

/** The other side's remark in the sentence, if it reports one. */
export function remarkOf(text: string, mentions: readonly Mention[]): Remark | undefined {
  for (const m of mentions) {
    if (m.local.start > REMARK_REACH) break;
    const side = m.type === 'foreign-title' || ((m.type === 'country' || m.type === 'organization') && !m.compound && (m.text.endsWith('側') || text.startsWith('側', m.local.end)));
    if (!side || m.codes.includes('JPN')) continue;
    const at = m.local.end + (text.startsWith('側', m.local.end) ? 1 : 0);
    const open = SPEAKS.exec(text.slice(at, at + 20));
    if (!open) continue;
    const start = at + open[0].length;
    if (SPEECH.test(text.slice(start))) return { start, end: text.length };
  }
  return undefined;
}

/** Whether a word at `span` lies inside the other side's remark. */
export function isBackground(span: Span, remark: Remark | undefined): boolean {
  return !!remark && span.start >= remark.start && span.start < remark.end;
}
