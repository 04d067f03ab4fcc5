import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAs, decodeStrictUtf8, detectEncoding } from './charset.js';

/** What decoding gave before the native fast path: detection, then iconv-lite. */
const slowUtf8 = (bytes: Uint8Array): string | undefined => (detectEncoding(bytes) === 'utf-8' ? decodeAs(bytes, 'utf-8') : undefined);

describe('decodeStrictUtf8 (the native fast path of detection + decoding)', () => {
  it('agrees with detection and iconv-lite on text', () => {
    const chars = fc.constantFrom('防', '衛', 'ア', 'a', ' ', '\n', '、', '。', '𠮷', '\u001b', '\ufeff', '①', '～');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 80 }), (cs) => {
        const bytes = Buffer.from(cs.join(''), 'utf8');
        if (bytes.length === 0) return;
        expect(decodeStrictUtf8(bytes)).toBe(slowUtf8(bytes));
      }),
    );
  });

  it('agrees with detection on arbitrary bytes (invalid UTF-8 is left to the slow path)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (bytes) => {
        expect(decodeStrictUtf8(bytes)).toBe(slowUtf8(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves bytes holding ESC (ISO-2022-JP) and Shift_JIS to detection', () => {
    expect(decodeStrictUtf8(Buffer.from('\u001b$B$3$s\u001b(B', 'latin1'))).toBeUndefined();
    expect(decodeStrictUtf8(Buffer.from([0x96, 0x68, 0x89, 0x71]))).toBeUndefined(); // 防衛 in Shift_JIS
    expect(decodeStrictUtf8(Buffer.from('日豪防衛相会談', 'utf8'))).toBe('日豪防衛相会談');
  });
});
