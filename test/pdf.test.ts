/**
 * PDF input, on PDFs the project prints itself (test/fixtures/pdf/, made by
 * scripts/make-pdf-fixtures.ts from two-column.ja.html): two columns, ruby over names, running
 * heads, page numbers, a margin tab, small captions and a footnote. The same HTML, read as HTML,
 * is the equivalent text the PDF must give the same events as.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerEval } from '../src/cli/commands/eval.js';
import { registerExtract } from '../src/cli/commands/extract.js';
import { registerIngest } from '../src/cli/commands/ingest.js';
import { registerInspect } from '../src/cli/commands/inspect.js';
import type { KoryuDocument } from '../src/model/document.js';
import type { KoryuEvent } from '../src/model/event.js';
import { normalizeInline } from '../src/pipeline/2-normalize/index.js';
import { buildDocument, decodeFile, decodeSource, extractEvents } from '../src/pipeline/index.js';
import { runCli } from './cli-harness.js';
import { rejectionOf } from './koryu-error.js';

const DIR = path.join(import.meta.dirname, 'fixtures', 'pdf');
const PDF = path.join(DIR, 'two-column.pdf');
const HTML = path.join(DIR, 'two-column.ja.html');
const tmp = mkdtempSync(path.join(tmpdir(), 'koryu-pdf-'));

let doc: KoryuDocument;
let events: KoryuEvent[];
let htmlEvents: KoryuEvent[];
beforeAll(async () => {
  doc = buildDocument(await decodeFile(PDF));
  events = extractEvents(doc).events;
  htmlEvents = extractEvents(buildDocument(await decodeFile(HTML))).events;
});

const blocksOf = (type: string) => doc.blocks.filter((b) => b.type === type).map((b) => b.clean.text);
const runningText = () => blocksOf('paragraph').join('');

describe('PDF input: the two-column fixture', () => {
  it('is decoded as a PDF with its pages and title', () => {
    const { source } = doc;
    expect(source.format).toBe('pdf');
    expect(source.title).toBe('二国間の防衛協力・交流（PDF試験用）');
    expect(source.layout!.pages.map((p) => p.page)).toEqual([1, 2]);
  });

  it('reads the columns in order, across a column break and a page break', () => {
    const sentences = doc.sentences.map((s) => s.text);
    // Bottom of page 1's left column → top of its right column.
    expect(sentences).toContain(
      '部隊間の交流では、同年10月、海自の護衛艦が、アラビア海においてインド海軍の艦艇と日印共同訓練を実施し、対潜戦や洋上補給の手順を確認した。',
    );
    // Bottom of page 1's right column → top of page 2, past the page number and the running heads.
    expect(sentences).toContain(
      'また、2022年6月には、日中防衛当局間の海空連絡メカニズムの年次会合をテレビ会議形式で開催し、不測の事態を回避するための連絡の手順について議論した。',
    );
    const order = ['インドは、シーレーン', '2020年9月', '部隊間の交流', '2019年11月', '2021年12月', '2021年6月', 'さらに、2022年1月'];
    const at = order.map((s) => runningText().indexOf(s));
    expect(at.every((x) => x >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('keeps names whole and their furigana as readings, out of the running text', () => {
    expect(runningText()).toContain('鄭景斗韓国国防部長官と日韓防衛相会談を行い');
    expect(runningText()).toContain('魏鳳和国務委員兼国防部長とテレビ会談');
    expect(runningText()).not.toMatch(/チョン|ギョンドゥ|ほうわ/);
    const readings = doc.annotations.filter((a) => a.kind === 'reading');
    expect(readings.map((a) => [a.base, a.value])).toEqual([
      ['鄭景斗', 'チョン・ギョンドゥ'],
      ['魏鳳和', 'ぎ・ほうわ'],
    ]);
    for (const a of readings) expect(doc.source.text.slice(a.span.start, a.span.end)).toBe(a.value);
  });

  it('drops running heads, page numbers and the margin tab as furniture', () => {
    const furniture = blocksOf('furniture').join('|');
    for (const f of ['第Ⅲ部防衛協力の取組', '第3章安全保障協力', '1令和3年版防衛白書', '2令和3年版防衛白書']) expect(furniture).toContain(f);
    const content = doc.blocks.filter((b) => b.type !== 'furniture').map((b) => b.clean.text).join('|');
    expect(content).not.toMatch(/防衛白書|第Ⅲ部|安全保障協力/);
  });

  it('types the small captions as captions and the footnote as a footnote, apart from the running text', () => {
    expect(blocksOf('caption')).toEqual(['インド国防大臣と電話会談を行う岸防衛大臣（2021年3月）', '韓国国防部長官と会談する河野防衛大臣（2019年11月）']);
    expect(blocksOf('footnote')).toEqual([
      '日韓防衛実務者協議は、両国の防衛当局の局長級が、安全保障環境の認識や防衛政策について意見を交換する枠組みである。',
    ]);
    expect(runningText()).not.toContain('会談する河野防衛大臣（');
    expect(doc.sections.map((s) => `${s.marker} ${s.title}`)).toEqual([
      '３ インド',
      '（１） インドとの防衛協力・交流の意義',
      '（２） 最近の主要な防衛協力・交流実績',
      '４ 韓国',
      '５ 中国',
      '６ オーストラリア',
    ]);
  });

  it('gives the same events as the equivalent text (the HTML it was printed from)', () => {
    const strip = (es: KoryuEvent[]) => es.map(({ evidence: _e, source: _s, ...rest }) => rest);
    expect(events.length).toBe(11);
    expect(strip(events)).toEqual(strip(htmlEvents));
  });

  it('keeps the offset contract: evidence, sentences and blocks point into the rendering', () => {
    const { text } = doc.source;
    for (const e of events) for (const ev of e.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    for (const s of doc.sentences) {
      expect(s.pieces.map((p) => normalizeInline(text.slice(p.start, p.end))).join('')).toBe(s.text);
    }
    for (const p of doc.source.layout!.pages) expect(p.span.end).toBeLessThanOrEqual(text.length);
  });
});

describe('PDF input: turned, scanned, locked and damaged PDFs', () => {
  it('a scan (no text layer): E_NO_TEXT, no OCR', async () => {
    const e = await rejectionOf(decodeFile(path.join(DIR, 'scanned.pdf')));
    expect(e.code).toBe('E_NO_TEXT');
    expect(e.message).toMatch(/scanned\.pdf: a PDF with no text layer \(1 page of images, e\.g\. a scan\); Koryu does not OCR/);
  });

  it('an encrypted PDF: E_PDF asking for an unprotected copy', async () => {
    const e = await rejectionOf(decodeSource(encryptedPdf(), 'locked.pdf'));
    expect(e.code).toBe('E_PDF');
    expect(e.message).toBe('locked.pdf: an encrypted PDF that needs a password; save an unprotected copy first');
  });

  it('a damaged or truncated PDF: E_PDF', async () => {
    const garbage = await rejectionOf(decodeSource(Buffer.from('%PDF-1.7\nnot really a PDF\n'), 'bad.pdf'));
    expect(garbage.code).toBe('E_PDF');
    expect(garbage.message).toMatch(/^bad\.pdf: a damaged or invalid PDF \(/);
    const cut = readFileSync(PDF).subarray(0, 40_000);
    const e = await rejectionOf(decodeSource(cut, 'cut.pdf'));
    expect(['E_PDF', 'E_NO_TEXT']).toContain(e.code);
    expect(e.message).not.toContain('\n');
  });

  it('a page turned with /Rotate is read as it is shown, upright', async () => {
    const d = await decodeSource(turnedPdf(), 'turned.pdf');
    expect(d.text).toBe('Koryu reads the turned page.');
    expect(d.layout!.regions).toEqual([]);
  });

  it('a PDF is told by its bytes, not its name', async () => {
    const renamed = path.join(tmp, 'renamed.txt');
    copyFileSync(PDF, renamed);
    expect((await decodeFile(renamed)).format).toBe('pdf');
  });
});

describe('PDF input: the commands', () => {
  it('inspect prints the rendering offsets point into, with the page of each block', async () => {
    const r = await runCli(registerInspect, ['inspect', PDF]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain("offsets point into the text rendering of the PDF's 2 page(s)");
    expect(r.stdout).toMatch(/ {2}page 1 \[0,\d+\)\n/);
    expect(r.stdout).toMatch(/\n +0 {2}furniture {2}第Ⅲ部　防衛協力の取組\n/);
    expect(r.stdout).toMatch(/\d+ {2}reading {4}チョン・ギョンドゥ\n/);
    expect(r.stdout).toMatch(/\[paragraph\] #\d+ \[\d+,\d+\) p\.1–2\n/);
    const json = JSON.parse((await runCli(registerInspect, ['inspect', PDF, '--format', 'json'])).stdout);
    expect(json.source.text).toBe(doc.source.text);
    expect(json.source.pages).toHaveLength(2);
    expect(json.blocks.every((b: { pages: number[] }) => b.pages.length === 2)).toBe(true);
  });

  it('extract, ingest and eval accept a PDF', async () => {
    const extracted = await runCli((p) => registerExtract(p), ['extract', PDF, '--format', 'jsonl']);
    expect(extracted.exitCode).toBe(0);
    expect(extracted.stdout.trim().split('\n')).toHaveLength(11);

    const db = path.join(tmp, 'k.db');
    const ingested = await runCli((p) => registerIngest(p), ['ingest', PDF, '--db', db]);
    expect(ingested.exitCode).toBe(0);
    expect(ingested.stdout).toMatch(/11 events/);

    // The HTML's events as a gold annotation: the PDF scores F1 1 against them.
    const gold = path.join(tmp, 'gold.jsonl');
    writeFileSync(gold, htmlEvents.map((e) => JSON.stringify({ ...e, confidence: 1 })).join('\n') + '\n');
    const scored = await runCli((p) => registerEval(p), ['eval', '--gold', gold, PDF, '--format', 'json']);
    expect(scored.exitCode).toBe(0);
    expect(JSON.parse(scored.stdout).overall.f1).toBe(1);
  });

  it('a scan fails the command with one line and exit status 1', async () => {
    const r = await runCli((p) => registerExtract(p), ['extract', path.join(DIR, 'scanned.pdf')]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^koryu: .*scanned\.pdf: a PDF with no text layer .*Koryu does not OCR.*\n$/);
  });
});

/** A minimal PDF of the given objects (1: catalog, 2: pages, 3: the page…) and trailer entries. */
function minimalPdf(objects: string[], trailer = ''): Buffer {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/**
 * Encrypted with the standard handler and a user password that is not empty (its /U entry
 * matches no password), as a protected PDF is.
 */
function encryptedPdf(): Buffer {
  return minimalPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
      `<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`,
    ],
    ` /Encrypt 4 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`,
  );
}

/** A landscape page stored turned: text drawn at 90° in a page shown with /Rotate 90. */
function turnedPdf(): Buffer {
  const content = 'BT /F1 12 Tf 0 1 -1 0 300 100 Tm (Koryu reads the turned page.) Tj ET';
  return minimalPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 600] /Rotate 90 /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}
