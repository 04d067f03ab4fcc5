import { describe, expect, it } from 'vitest';
import { readNumber } from './numerals.js';

describe('readNumber', () => {
  it.each([
    ['12', 12], ['元', 1], ['三', 3], ['十', 10], ['十二', 12], ['二十', 20], ['三十一', 31], ['一〇', 10], [' 7', 7],
  ])('%j → %d', (s, n) => {
    expect(readNumber(s)).toBe(n);
  });

  it.each(['', '十十', '二十三四', 'x', '百'])('%j is not a number', (s) => {
    expect(readNumber(s)).toBeNaN();
  });
});
