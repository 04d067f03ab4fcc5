/**
 * Evidence as a reader should see it: PDF line breaks fall between Japanese characters and
 * are dropped there; elsewhere any run of whitespace becomes one space.
 */
export function readableText(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])/g, '')
    .trim();
}
