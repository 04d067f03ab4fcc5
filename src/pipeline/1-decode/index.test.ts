import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CP932_TEXT, fixtureFiles, fixturesDir, SAMPLE_TEXT } from '../../../test/fixtures/encodings/make.js';
import { errorOf, rejectionOf } from '../../../test/koryu-error.js';
import { decodeBytes, decodeFile, decodeFileSync, decodeSource } from './index.js';

const fixture = (name: string): string => path.join(fixturesDir, name);

describe('fixtures', () => {
  it('on disk match their generator (run test/fixtures/encodings/make.ts after editing it)', () => {
    for (const [name, bytes] of Object.entries(fixtureFiles())) {
      expect(Buffer.compare(readFileSync(fixture(name)), Buffer.from(bytes)), name).toBe(0);
    }
  });
});

describe('decodeFile: encodings', () => {
  it.each([
    ['utf8.txt', 'utf-8'],
    ['utf8-bom.txt', 'utf-8'],
    ['utf16le-bom.txt', 'utf-16le'],
    ['utf16be-bom.txt', 'utf-16be'],
    ['sjis.txt', 'shift_jis'],
    ['eucjp.txt', 'euc-jp'],
  ])('%s decodes as %s to the same text', (name, encoding) => {
    const d = decodeFileSync(fixture(name));
    expect(d.encoding).toBe(encoding);
    expect(d.format).toBe('text');
    expect(d.text).toBe(SAMPLE_TEXT);
    expect(d.path).toBe(fixture(name));
  });

  it('strips the BOM so that offset 0 is the first character', () => {
    const d = decodeFileSync(fixture('utf8-bom.txt'));
    expect(d.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(d.text.startsWith('（2）')).toBe(true);
  });

  it('hashes the raw bytes (so each encoding has its own hash)', async () => {
    const a = await decodeFile(fixture('utf8.txt'));
    const b = decodeFileSync(fixture('sjis.txt'));
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.contentHash).not.toBe(b.contentHash);
    expect(a.contentHash).toBe(createHash('sha256').update(readFileSync(fixture('utf8.txt'))).digest('hex'));
  });

  it('decodes Shift_JIS as cp932: NEC/IBM extensions and the full-width tilde', () => {
    const d = decodeFileSync(fixture('cp932-extensions.txt'));
    expect(d.encoding).toBe('shift_jis');
    expect(d.text).toBe(CP932_TEXT);
    expect(d.text).toContain('①');
    expect(d.text).toContain('～');
    expect(d.text).toContain('髙');
  });

  it('reads BOM-less UTF-16 by where its NUL bytes fall', () => {
    const le = decodeBytes(iconv.encode(SAMPLE_TEXT, 'utf-16le'), 'x.txt');
    const be = decodeBytes(iconv.encode(SAMPLE_TEXT, 'utf-16be'), 'x.txt');
    expect([le.encoding, be.encoding]).toEqual(['utf-16le', 'utf-16be']);
    expect(le.text).toBe(SAMPLE_TEXT);
    expect(be.text).toBe(SAMPLE_TEXT);
  });

  it('reads ISO-2022-JP (JIS) mail-style text', () => {
    const jis = Buffer.from('\x1b$B%$%s%I%M%7%"\x1b(B 2020\n', 'latin1');
    const d = decodeBytes(jis, 'x.txt');
    expect(d.encoding).toBe('iso-2022-jp');
    expect(d.text).toBe('インドネシア 2020\n');
  });

  it('honours --encoding, and accepts common spellings', () => {
    const sjis = readFileSync(fixture('sjis.txt'));
    expect(decodeBytes(sjis, 'x.txt', { encoding: 'SJIS' }).text).toBe(SAMPLE_TEXT);
    expect(decodeBytes(sjis, 'x.txt', { encoding: 'Shift_JIS' }).encoding).toBe('shift_jis');
    expect(decodeBytes(sjis, 'x.txt', { encoding: 'windows-31j' }).text).toBe(SAMPLE_TEXT);
    const le = readFileSync(fixture('utf16le-bom.txt'));
    expect(decodeBytes(le, 'x.txt', { encoding: 'utf16le' }).text).toBe(SAMPLE_TEXT);
    expect(decodeBytes(le, 'x.txt', { encoding: 'UTF-16' }).text).toBe(SAMPLE_TEXT);
    const bom = readFileSync(fixture('utf8-bom.txt'));
    expect(decodeBytes(bom, 'x.txt', { encoding: 'utf-8' }).text).toBe(SAMPLE_TEXT);
  });

  it('rejects an unknown --encoding with E_BAD_VALUE listing valid names', () => {
    const e = errorOf(() => decodeBytes(Buffer.from('abc'), 'x.txt', { encoding: 'klingon' }));
    expect(e.code).toBe('E_BAD_VALUE');
    expect(e.message).toMatch(/^--encoding: unknown encoding 'klingon'; expected a name such as utf-8, .*shift_jis/);
  });
});

describe('decodeFile: bad input', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'koryu-decode-'));
  const write = (name: string, bytes: Uint8Array | string): string => {
    const p = path.join(tmp, name);
    writeFileSync(p, bytes);
    return p;
  };

  it('a missing path: E_NOT_FOUND naming the file', async () => {
    const e = await rejectionOf(decodeFile('data/no-such-paper.txt'));
    expect(e.code).toBe('E_NOT_FOUND');
    expect(e.message).toMatch(/^data\/no-such-paper\.txt: no such file/);
  });

  it('a directory: E_NOT_A_FILE', async () => {
    const e = await rejectionOf(decodeFile(tmp));
    expect(e.code).toBe('E_NOT_A_FILE');
    expect(e.message).toBe(`${tmp}: a directory; give the path of one text, HTML or PDF file`);
  });

  it('an empty file: E_EMPTY with the expected formats', async () => {
    const e = await rejectionOf(decodeFile(fixture('empty.txt')));
    expect(e.code).toBe('E_EMPTY');
    expect(e.message).toBe(
      `${fixture('empty.txt')}: empty file (0 bytes); expected a white-paper text in UTF-8, UTF-16, Shift_JIS or EUC-JP`,
    );
  });

  it.each([
    ['spaces and newlines', ' \n\t\r\n'],
    ['ideographic spaces', '\u3000\u3000\n'],
    ['a BOM alone', '\ufeff'],
  ])('whitespace only (%s): E_EMPTY', (_label, content) => {
    const e = errorOf(() => decodeFileSync(write('blank.txt', content)));
    expect(e.code).toBe('E_EMPTY');
    expect(e.message).toMatch(/blank\.txt: no text \(\d+ bytes of whitespace only\); expected/);
  });

  it('a PNG renamed .txt: E_BINARY naming the type', () => {
    const e = errorOf(() => decodeFileSync(fixture('png-renamed.txt')));
    expect(e.code).toBe('E_BINARY');
    expect(e.message).toMatch(/png-renamed\.txt: a PNG image, not text; expected/);
  });

  it.each([
    ['a JPEG image', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]],
    ['a PDF document', [...Buffer.from('%PDF-1.7\n')]],
    ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
    ['a GIF image', [...Buffer.from('GIF89a')]],
  ])('magic numbers: %s', (name, bytes) => {
    const e = errorOf(() => decodeBytes(Uint8Array.from(bytes), 'x.txt'));
    expect(e.code).toBe('E_BINARY');
    expect(e.message).toContain(name);
  });

  it('PDF bytes are not text: decodeBytes points to the PDF reader', () => {
    const e = errorOf(() => decodeBytes(Buffer.from('%PDF-1.4 ...'), 'paper.pdf'));
    expect(e.code).toBe('E_BINARY');
    expect(e.message).toContain('decodeSource');
  });

  it('NUL bytes that are not UTF-16: E_BINARY', () => {
    const bytes = Uint8Array.from([0x41, 0x00, 0x00, 0x42, 0x01, 0x02, 0x00, 0x03, 0x04, 0x00, 0x43, 0x44]);
    const e = errorOf(() => decodeBytes(bytes, 'blob.txt'));
    expect(e.code).toBe('E_BINARY');
    expect(e.message).toMatch(/^blob\.txt: binary data \(NUL byte at offset 1\)/);
  });

  it('undecodable bytes: E_ENCODING naming the offset and suggesting --encoding', () => {
    // Latin-1 bytes that are valid in none of the Japanese encodings.
    const bytes = Buffer.from('caf\xe9 \xfe\xff \xfd\xfe and \xff\xfd\xfe more \xfe\xfd\n'.repeat(3), 'latin1');
    const e = errorOf(() => decodeBytes(bytes, 'odd.txt'));
    expect(e.code).toBe('E_ENCODING');
    expect(e.message).toMatch(/^odd\.txt: not valid [a-z0-9_-]+: invalid bytes at offset \d+ .*--encoding NAME/);
  });

  it('a forced encoding that does not fit: E_ENCODING', () => {
    const e = errorOf(() => decodeBytes(readFileSync(fixture('sjis.txt')), 'x.txt', { encoding: 'utf-8' }));
    expect(e.code).toBe('E_ENCODING');
    expect(e.message).toContain('with --encoding utf-8');
  });

  it('UTF-8 cut in the middle of a character: E_ENCODING at the cut, never mojibake', () => {
    const whole = Buffer.from('日本とインドの防衛相が電話会談を行った。');
    for (const cut of [1, 2]) {
      const bytes = whole.subarray(0, whole.length - cut);
      const e = errorOf(() => decodeBytes(bytes, 'cut.txt'));
      expect(e.code).toBe('E_ENCODING');
      expect(e.message).toContain(`cut.txt: not valid utf-8: invalid bytes at offset ${whole.length - 3} `);
      expect(e.message).toContain('a character cut short at the end?');
    }
    // Short cuts whose bytes happen to be valid Shift_JIS are still refused as damaged UTF-8.
    const e = errorOf(() => decodeBytes(Buffer.from('防衛').subarray(0, 5), 'short.txt'));
    expect(e.message).toMatch(/^short\.txt: not valid utf-8: invalid bytes at offset 3 /);
  });

  it('a stray broken byte is refused with its offset; --encoding utf-8 reads it replaced', () => {
    const text = SAMPLE_TEXT.repeat(10);
    const bytes = Buffer.concat([Buffer.from(text), Buffer.from([0xff]), Buffer.from(text)]);
    const e = errorOf(() => decodeBytes(bytes, 'x.txt'));
    expect(e.code).toBe('E_ENCODING');
    expect(e.message).toContain(`invalid bytes at offset ${Buffer.byteLength(text)} (ff `);
    const d = decodeBytes(bytes, 'x.txt', { encoding: 'utf-8' });
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('\ufffd');
  });

  it('Shift_JIS and EUC-JP with a broken byte, UTF-16 of odd length: E_ENCODING, no replacement characters', () => {
    const sjis = readFileSync(fixture('sjis.txt'));
    const broken = Buffer.concat([sjis.subarray(0, 40), Buffer.from([0x81, 0x20]), sjis.subarray(40)]);
    expect(errorOf(() => decodeBytes(broken, 'b.txt')).code).toBe('E_ENCODING');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('日本と豪州', 'utf16le'), Buffer.from([0x41])]);
    const e = errorOf(() => decodeBytes(utf16, 'u.txt'));
    expect(e.message).toMatch(/^u\.txt: not valid utf-16le: invalid bytes at offset 12 \(41: a character cut short/);
    // A lone surrogate.
    const lone = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('日本', 'utf16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
    expect(errorOf(() => decodeBytes(lone, 'l.txt')).code).toBe('E_ENCODING');
  });

  it('every message is one line', () => {
    for (const name of ['empty.txt', 'png-renamed.txt']) {
      expect(errorOf(() => decodeFileSync(fixture(name))).message).not.toContain('\n');
    }
  });
});

describe('decodeFile: HTML', () => {
  it('is recognised by extension and keeps format html', async () => {
    const d = await decodeFile(fixture('page.html'));
    expect(d.format).toBe('html');
    expect(d.encoding).toBe('utf-8');
    expect(d.title).toBe('日豪防衛相会談の概要 | 防衛省・自衛隊');
    expect(d.text.startsWith('日豪防衛相会談の概要\n\n')).toBe(true);
  });

  it('is sniffed from <!doctype html> whatever the extension, unless format says text', () => {
    const bytes = Buffer.from('<!doctype html><title>T</title><p>本文です。</p>');
    expect(decodeBytes(bytes, 'page.txt').format).toBe('html');
    expect(decodeBytes(bytes, 'page.txt').text).toBe('本文です。\n');
    expect(decodeBytes(bytes, 'page.txt', { format: 'text' }).format).toBe('text');
    expect(decodeBytes(Buffer.from('<p>本文</p>'), 'frag.txt', { format: 'html' }).text).toBe('本文\n');
  });

  it('an HTML page in Shift_JIS decodes too', () => {
    const html = '<html><head><meta charset="Shift_JIS"><title>会談</title></head><body><p>防衛相会談①</p></body></html>';
    const d = decodeBytes(iconv.encode(html, 'cp932'), 'p.htm');
    expect(d.encoding).toBe('shift_jis');
    expect(d.text).toBe('防衛相会談①\n');
  });

  it('an HTML page with no visible text: E_EMPTY', () => {
    const e = errorOf(() => decodeBytes(Buffer.from('<html><body><script>x()</script></body></html>'), 'p.html'));
    expect(e.code).toBe('E_EMPTY');
  });
});

describe('decodeBytes: round trips (property)', () => {
  // Japanese prose characters every encoding here can carry.
  const alphabet = [...'あいうえおかがきぎくにのはをんアイウエオカガキクンー防衛省自衛隊大臣会談訓練協定締結年月日、。「」（）・０１２ABCxyz019 \n'];
  const prose = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 200 }).map((cs) => 'これは' + cs.join(''));

  it.each([
    ['shift_jis', (s: string) => iconv.encode(s, 'cp932')],
    ['euc-jp', (s: string) => iconv.encode(s, 'euc-jp')],
    ['utf-8', (s: string) => Buffer.from(s, 'utf8')],
    ['utf-16le', (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(s, 'utf-16le')])],
  ])('text encoded as %s is detected and decoded back unchanged', (encoding, encode) => {
    fc.assert(
      fc.property(prose, (text) => {
        const d = decodeBytes(encode(text), 'p.txt');
        return d.encoding === encoding && d.text === text;
      }),
      { numRuns: 200 },
    );
  });
});

describe('decodeSource: dispatch', () => {
  it('text bytes go to the text decoder, whatever the name', async () => {
    const d = await decodeSource(Buffer.from('本文です。\n'), 'paper.pdf');
    expect(d.format).toBe('text');
    expect(d.text).toBe('本文です。\n');
  });
});
