/**
 * Prints the PDF test fixtures (test/fixtures/pdf/) with headless Chromium, so that the tests
 * read committed PDFs and never need a browser:
 *
 *   npx tsx scripts/make-pdf-fixtures.ts      # needs /usr/bin/chromium (or $CHROMIUM)
 *
 * - two-column.pdf: two-column.ja.html printed on A5 with a running head and a page number
 *   (Chromium's page header and footer);
 * - scanned.pdf: a page whose text is pixels in an image (what a scanner gives): no text layer.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'pdf');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

const HEADER = `<div style="font-family:'Noto Sans CJK JP',sans-serif;font-size:6.5pt;width:100%;margin:0 14mm;display:flex;justify-content:space-between">
  <span>第Ⅲ部　防衛協力の取組</span><span>第3章　安全保障協力</span></div>`;
const FOOTER = `<div style="font-family:'Noto Sans CJK JP',sans-serif;font-size:7pt;width:100%;margin:0 14mm">
  <span class="pageNumber"></span>　令和3年版　防衛白書</div>`;

/** A "scan": the text is drawn into a canvas and printed as an image. */
const SCANNED = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>@page{size:A5;margin:15mm}</style></head>
<body><img id="scan" style="width:100%"><script>
  const c = document.createElement('canvas'); c.width = 600; c.height = 260;
  const g = c.getContext('2d'); g.fillStyle = '#fff'; g.fillRect(0, 0, 600, 260); g.fillStyle = '#222';
  g.font = '22px "Noto Sans CJK JP"';
  ['2021年6月、防衛大臣は、豪州の国防大臣と', 'テレビ会談を行い、部隊間の協力を', '一層進めることで一致した。']
    .forEach((line, i) => g.fillText(line, 20, 60 + i * 40));
  document.getElementById('scan').src = c.toDataURL('image/png');
</script></body></html>`;

const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  await page.goto('file://' + path.join(dir, 'two-column.ja.html'));
  await page.pdf({
    path: path.join(dir, 'two-column.pdf'),
    format: 'A5',
    displayHeaderFooter: true,
    headerTemplate: HEADER,
    footerTemplate: FOOTER,
    preferCSSPageSize: true,
    printBackground: true,
  });
  await page.setContent(SCANNED);
  await page.waitForFunction(() => (document.getElementById('scan') as HTMLImageElement).complete);
  await page.pdf({ path: path.join(dir, 'scanned.pdf'), format: 'A5' });
} finally {
  await browser.close();
}
for (const f of ['two-column.pdf', 'scanned.pdf']) {
  console.log(`${f}: ${statSync(path.join(dir, f)).size} bytes`);
}
