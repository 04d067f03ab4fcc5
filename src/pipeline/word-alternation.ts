/**
 * Lists of words from data/ turned into regex sources: every stage that reads a vocabulary builds its
 * patterns this way.
 */

/** A word as a regex source matching it literally. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alternation of words, longest first so that no word shadows a longer one it begins. */
export const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
