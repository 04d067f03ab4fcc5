/**
 * The sample as a white-paper PDF: its blocks are set as HTML in the white paper's layout (two
 * columns on A4, ruby over the names the text glosses, captions and footnotes in small type, a
 * running head and page numbers), printed by headless Chromium at test time, and read back. The
 * PDF must give the events the text gives. Needs the sample and Chromium; outside CI each
 * missing one skips this file with a notice.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGold } from '../src/eval/gold.js';
import { scoreEvents } from '../src/eval/score.js';
import type { KoryuDocument } from '../src/model/document.js';
import type { KoryuEvent } from '../src/model/event.js';
import { buildDocument, decodeFile, decodeFileSync, extractEvents } from '../src/pipeline/index.js';
import { repoRoot, sampleAvailable, samplePath } from './corpus.js';

const CHROMIUM = '/usr/bin/chromium';

function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`CI=true but ${CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk)`);
  console.warn(`[koryu tests] ${CHROMIUM} not found: skipping the sample-as-PDF test`);
  return false;
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The document's blocks as a white-paper page: what a ministry's PDF of it would look like. */
export function whitePaperHtml(doc: KoryuDocument): string {
  const readings = doc.annotations.filter((a) => a.kind === 'reading' && a.base.length >= 2);
  const body: string[] = [];
  for (const b of doc.blocks) {
    let text = escape(b.clean.text);
    switch (b.type) {
      case 'heading': {
        const s = doc.sections.find((x) => x.span.start === b.span.start);
        if (!s) break;
        body.push(s.level === 1 ? `<h1>${escape(s.title)}${escape(s.marker)}</h1>` : `<h${Math.min(s.level + 1, 5)}>${escape(s.marker)}${/^[0-9０-９ア-ン]+$/.test(s.marker) ? '\u3000' : ''}${escape(s.title)}</h${Math.min(s.level + 1, 5)}>`);
        break;
      }
      case 'paragraph':
        // The names the text glosses get their reading as ruby.
        for (const a of readings) {
          if (a.span.start >= b.span.start && a.span.end <= b.span.end) {
            text = text.replace(escape(a.base), `<ruby>${escape(a.base)}<rt>${escape(a.value)}</rt></ruby>`);
          }
        }
        body.push(`<p>${text}</p>`);
        break;
      case 'caption':
      case 'figure':
        body.push(`<figure><div class="photo"></div><figcaption>${text}</figcaption></figure>`);
        break;
      case 'footnote':
        body.push(`<div class="note">${b.id % 9 + 1}\u3000${text}</div>`);
        break;
      case 'sidebar':
        body.push(`<div class="box">${text}</div>`);
        break;
      default:
        // References, media lines and the text's own furniture are not printed again.
        break;
    }
  }
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>
  @page { size: A4; margin: 20mm 16mm; }
  html { font-family: "Noto Sans CJK JP", sans-serif; font-size: 9pt; line-height: 1.75; }
  body { margin: 0; column-count: 2; column-gap: 7mm; }
  h1 { font-size: 14pt; column-span: all; } h2, h3 { font-size: 11pt; } h4, h5 { font-size: 9.5pt; }
  h1, h2, h3, h4, h5 { margin: 0.6em 0 0.3em; line-height: 1.5; break-after: avoid; }
  p { margin: 0; text-indent: 1em; text-align: justify; }
  rt { font-size: 50%; }
  figure { margin: 0.5em 0; break-inside: avoid; } .photo { height: 20mm; background: #ddd; }
  figcaption, .note, .box { font-size: 6.5pt; line-height: 1.45; }
  .note { margin: 0.4em 0; } .box { border: 0.5pt solid #888; padding: 0.4em; margin: 0.5em 0; }
</style></head><body>
${body.join('\n')}
</body></html>`;
}

const HEADER = `<div style="font-family:'Noto Sans CJK JP',sans-serif;font-size:7pt;width:100%;margin:0 16mm;display:flex;justify-content:space-between">
  <span>第Ⅲ部　わが国の防衛の三つの柱</span><span>第3章　安全保障協力</span></div>`;
const FOOTER = `<div style="font-family:'Noto Sans CJK JP',sans-serif;font-size:7pt;width:100%;margin:0 16mm">
  <span class="pageNumber"></span>　令和3年版　防衛白書</div>`;

describe.skipIf(!sampleAvailable() || !chromiumAvailable())('the sample printed as a two-column PDF', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'koryu-pdf-sample-'));
  let text: KoryuDocument;
  let pdf: KoryuDocument;
  let textEvents: KoryuEvent[];
  let pdfEvents: KoryuEvent[];

  beforeAll(async () => {
    text = buildDocument(decodeFileSync(samplePath()));
    textEvents = extractEvents(text).events;
    const html = path.join(dir, 'sample.html');
    writeFileSync(html, whitePaperHtml(text));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(html).href);
      await page.pdf({
        path: path.join(dir, 'sample.pdf'),
        format: 'A4',
        displayHeaderFooter: true,
        headerTemplate: HEADER,
        footerTemplate: FOOTER,
        preferCSSPageSize: true,
        printBackground: true,
      });
    } finally {
      await browser.close();
    }
    pdf = buildDocument(await decodeFile(path.join(dir, 'sample.pdf')));
    pdfEvents = extractEvents(pdf).events;
  }, 120_000);
  afterAll(() => {
    if (process.env.KORYU_KEEP_PDF) console.log(`[koryu tests] the sample's PDF is in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  });

  it('is read as a multi-page PDF whose running heads and page numbers are furniture', () => {
    const pages = pdf.source.layout!.pages.length;
    expect(pages).toBeGreaterThan(10);
    const furniture = pdf.blocks.filter((b) => b.type === 'furniture').map((b) => b.clean.text).join('|');
    expect(furniture).toContain('令和3年版防衛白書');
    const running = pdf.blocks.filter((b) => b.type === 'paragraph').map((b) => b.clean.text).join('');
    expect(running).not.toMatch(/令和3年版防衛白書|わが国の防衛の三つの柱/);
  });

  it('keeps 鄭景斗 whole, with its reading as an annotation', () => {
    const sentences = pdf.sentences.filter((s) => s.blockType === 'paragraph').map((s) => s.text);
    expect(sentences.filter((s) => s.includes('鄭景斗韓国国防部長官')).length).toBe(2);
    expect(sentences.join('')).not.toContain('チョン');
    expect(pdf.annotations.some((a) => a.kind === 'reading' && a.base === '鄭景斗' && a.value === 'チョン・ギョンドゥ')).toBe(true);
  });

  it('gives the events the text gives (agreement F1 ≥ 0.95) and scores like the text against the gold', () => {
    const agreement = scoreEvents(textEvents, pdfEvents).overall;
    console.log(
      `[koryu tests] sample as PDF: ${pdf.source.layout!.pages.length} pages, ${pdfEvents.length} events vs ${textEvents.length} from the text; ` +
        `agreement P ${agreement.precision.toFixed(3)} R ${agreement.recall.toFixed(3)} F1 ${agreement.f1.toFixed(3)}`,
    );
    expect(agreement.f1).toBeGreaterThanOrEqual(0.95);
    const gold = loadGold(path.join(repoRoot, 'gold', 'dow2021-iii-3-1.gold.jsonl'));
    const fromPdf = scoreEvents(gold, pdfEvents).overall.f1;
    const fromText = scoreEvents(gold, textEvents).overall.f1;
    console.log(`[koryu tests] against the gold: F1 ${fromPdf.toFixed(3)} from the PDF, ${fromText.toFixed(3)} from the text`);
    expect(fromPdf).toBeGreaterThanOrEqual(0.9);
  });

  it('points every evidence into the PDF rendering', () => {
    for (const e of pdfEvents) for (const ev of e.evidence) expect(pdf.source.text.slice(ev.start, ev.end)).toBe(ev.text);
  });
});
