import { describe, expect, it } from 'vitest';
import { unmappedChars } from './index.js';

describe('unmappedChars', () => {
  it('counts replacement and private-use characters, the marks of glyphs without a Unicode map', () => {
    expect(unmappedChars('防衛\ue001\ue002\ufffd協力')).toBe(3);
    expect(unmappedChars('2021年3月、防衛大臣は会談した。')).toBe(0);
  });
});
