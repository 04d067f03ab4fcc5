/**
 * 「2021年4月以来、2回目となる…」「2011年以来、3年ぶりの寄港」「平成30年11月以来であり、今回が…14回目」: a
 * point followed by 以来 and a count of the times or of the while since is the last time the engagement
 * told with it took place — a past occurrence of its own (codebook 81), not the start of a program.
 */
export const RECURRENCE_AFTER = /^以来(?:であり(?:ます)?(?:ので|が)?|で)?[、,]?[^。、]{0,16}?(?:ぶり|振り|[回度]目)/;
