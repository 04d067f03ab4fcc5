/**
 * A transcript's speaker labels (codebook 511): 「Q:」 or 「記者:」 opens a journalist's question, 「A:」 or the
 * principal's title (「大臣:」「副大臣:」「統合幕僚長:」) the answer. Segmentation starts a turn at either; the events
 * stage follows the questions by them (7-events/speaker.ts).
 */
export const QUESTION_LABEL = /^[\s　]*(?:[QＱ]|質問|問|記者)[\s　]*[:：]/;
export const ANSWER_LABEL = /^[\s　]*(?:[AＡ]|回答|答|(?:防衛)?(?:副)?大臣(?:政務官)?|政務官|[^\s:：。、]{0,4}幕僚長|長官|事務次官|審議官)[\s　]*[:：]/;
export const isSpeakerLabel = (line: string): boolean => QUESTION_LABEL.test(line) || ANSWER_LABEL.test(line);
