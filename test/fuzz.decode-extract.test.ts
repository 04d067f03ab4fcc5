/**
 * Fuzzing the way in: mutated documents (bytes flipped, cut short, encodings spliced, UTF-16
 * fragments dropped in, HTML cut inside a tag) go through decode → extract, and a few into a
 * store. Nothing but a KoryuError may escape — no RangeError, TypeError or stack overflow — and
 * what decodes without a forced encoding holds no replacement character.
 * fast-check with a fixed seed and a bounded number of runs: the same cases every time, in seconds.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceInput } from '../src/cli/commands/ingest.js';
import type { DecodedSource } from '../src/model/document.js';
import { isKoryuError } from '../src/model/errors.js';
import { buildDocument, decodeBytes, decodeSource, extractEvents } from '../src/pipeline/index.js';
import { openStore } from '../src/store/index.js';

const SEED = 20261201;

/** Samples in our own words, in the shapes Koryu reads. */
const TEXT = [
  '第3節 諸外国との防衛協力・交流',
  '',
  '1 オーストラリア',
  '令和3年6月9日、岸防衛大臣はオーストラリアのダットン国防大臣とテレビ会談を行い、「自由で開かれたインド太平洋」の実現に向けた協力を確認した。',
  '同年7月、海上自衛隊は豪海軍と共同訓練を実施した。',
  '',
  '2 インド',
  '令和2年12月22日、岸防衛大臣はインドのシン国防大臣と電話会談を行った。',
  '',
].join('\n');
const HTML = `<!doctype html><html><head><meta charset="utf-8"><title>防衛相会談</title>
<meta name="date" content="2020-12-22"></head><body><nav>トップ &gt; 報道資料</nav><main><h1>日印防衛相電話会談</h1>
<p>本日、岸防衛大臣は<ruby>シン<rt>しん</rt></ruby>国防大臣と電話会談を行った。</p><table><tr><td>日時</td><td>令和2年12月22日</td></tr></table>
<ol class="notes"><li>1 会談は約30分間行われた。</li></ol></main><footer>防衛省</footer></body></html>`;

const SAMPLES: Uint8Array[] = [
  Buffer.from(TEXT),
  Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]),
  iconv.encode(TEXT, 'cp932'),
  iconv.encode(TEXT, 'euc-jp'),
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]),
  iconv.encode(TEXT, 'utf-16be', { addBOM: true }),
  Buffer.from(TEXT, 'utf16le'),
  Buffer.from(HTML),
  iconv.encode(HTML.replace('utf-8', 'shift_jis'), 'cp932'),
];

/** One mutation of a sample: the operations a damaged download, a bad copy or a wrong save make. */
const mutated: fc.Arbitrary<{ bytes: Uint8Array; how: string }> = fc.oneof(
  // Bytes flipped (one to eight of them).
  fc.record({
    s: fc.nat(SAMPLES.length - 1),
    flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
  }).map(({ s, flips }) => {
    const bytes = Buffer.from(SAMPLES[s]!);
    for (const [at, v] of flips) bytes[at % bytes.length] = v;
    return { bytes, how: `sample ${s}, flipped ${JSON.stringify(flips)}` };
  }),
  // Cut short anywhere (in a character, in a tag).
  fc.record({ s: fc.nat(SAMPLES.length - 1), at: fc.nat() }).map(({ s, at }) => {
    const b = SAMPLES[s]!;
    return { bytes: b.subarray(0, at % (b.length + 1)), how: `sample ${s}, cut at ${at % (b.length + 1)}` };
  }),
  // Two encodings spliced: the head of one sample's bytes, the tail of another's.
  fc.record({ a: fc.nat(SAMPLES.length - 1), b: fc.nat(SAMPLES.length - 1), i: fc.nat(), j: fc.nat() }).map(({ a, b, i, j }) => {
    const x = SAMPLES[a]!;
    const y = SAMPLES[b]!;
    const bytes = Buffer.concat([x.subarray(0, i % (x.length + 1)), y.subarray(j % (y.length + 1))]);
    return { bytes, how: `head of ${a} to ${i % (x.length + 1)}, tail of ${b} from ${j % (y.length + 1)}` };
  }),
  // A UTF-16 fragment (odd or even length) dropped into a sample.
  fc.record({ s: fc.nat(SAMPLES.length - 1), at: fc.nat(), from: fc.nat(200), len: fc.integer({ min: 1, max: 41 }), be: fc.boolean() }).map(
    ({ s, at, from, len, be }) => {
      const frag = iconv.encode(TEXT, be ? 'utf-16be' : 'utf-16le').subarray(from, from + len);
      const x = SAMPLES[s]!;
      const k = at % (x.length + 1);
      return { bytes: Buffer.concat([x.subarray(0, k), frag, x.subarray(k)]), how: `sample ${s}, UTF-16 fragment at ${k}` };
    },
  ),
  // Random bytes, with or without a BOM or an HTML head.
  fc.record({ head: fc.constantFrom('', '\ufeff', '<!doctype html><p>'), body: fc.uint8Array({ maxLength: 300 }) }).map(({ head, body }) => ({
    bytes: Buffer.concat([Buffer.from(head), body]),
    how: `random after ${JSON.stringify(head)}`,
  })),
);

/** Run the way in; return the source when it decodes, undefined when a KoryuError refuses it. */
async function throughPipeline(bytes: Uint8Array, file: string): Promise<{ source: DecodedSource; events: ReturnType<typeof extractEvents>['events'] } | undefined> {
  let source: DecodedSource;
  try {
    source = await decodeSource(bytes, file);
  } catch (e) {
    if (isKoryuError(e)) return undefined;
    throw e;
  }
  const doc = buildDocument(source);
  const { events } = extractEvents(doc);
  return { source, events };
}

function checkDecoded(source: DecodedSource): void {
  expect(source.text, 'decoded without a forced encoding: no replacement character').not.toContain('\ufffd');
}

const RUNS = 400;

describe('fuzz: mutated documents through decode and extract', () => {
  it(`only KoryuErrors escape, and what decodes is clean (${RUNS} cases, seed ${SEED})`, async () => {
    let decoded = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(mutated, fc.constantFrom('x.txt', 'x.html'), async ({ bytes }, name) => {
        const r = await throughPipeline(bytes, name);
        if (!r) return void refused++;
        decoded++;
        // The original samples hold no U+FFFD; a flip can only create one as a whole EF BF BD.
        if (!Buffer.from(bytes).includes(Buffer.from([0xef, 0xbf, 0xbd]))) checkDecoded(r.source);
        for (const e of r.events) for (const ev of e.evidence) expect(r.source.text.slice(ev.start, ev.end)).toBe(ev.text);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    // Both outcomes are exercised: the mutations are neither all fatal nor all harmless.
    expect(decoded).toBeGreaterThan(RUNS / 10);
    expect(refused).toBeGreaterThan(RUNS / 10);
  });

  it('a forced encoding on mutated bytes: a KoryuError or a text, nothing else', () => {
    fc.assert(
      fc.property(mutated, fc.constantFrom('utf-8', 'shift_jis', 'euc-jp', 'utf-16le', 'iso-2022-jp'), ({ bytes }, encoding) => {
        try {
          decodeBytes(bytes, 'x.txt', { encoding });
        } catch (e) {
          if (!isKoryuError(e)) throw e;
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('a mutated PDF: E_PDF, E_NO_TEXT or a text (a few cases: the PDF reader is slow)', async () => {
    const pdf = readFileSync(path.resolve(import.meta.dirname, 'fixtures/pdf/scanned.pdf'));
    await fc.assert(
      fc.asyncProperty(fc.nat(pdf.length), fc.array(fc.tuple(fc.nat(pdf.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }), async (cut, flips) => {
        const bytes = Buffer.from(pdf.subarray(0, Math.max(cut, 8)));
        for (const [at, v] of flips) if (at >= 8 && at < bytes.length) bytes[at] = v;
        await throughPipeline(bytes, 'x.pdf');
      }),
      { seed: SEED, numRuns: 25 },
    );
  });

  const dir = mkdtempSync(path.join(tmpdir(), 'koryu-fuzz-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('what decodes ingests into a store, whole (a few cases)', async () => {
    const store = await openStore(path.join(dir, 'fuzz.db'));
    try {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(mutated, async ({ bytes }) => {
          const file = path.join(dir, `doc-${n++}.txt`);
          const r = await throughPipeline(bytes, file);
          if (!r) return;
          const events = r.events.map((e) => ({ ...e, source: file }));
          await store.ingest(sourceInput({ source: r.source, context: buildDocument(r.source).context }), events);
          const [held] = (await store.listSources()).filter((s) => s.path === file);
          expect(held?.contentHash).toBe(r.source.contentHash);
        }),
        { seed: SEED, numRuns: 30 },
      );
    } finally {
      await store.close();
    }
  });
});
