import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../src/gazetteer/index.js';
import { buildDocument, decodeFileSync, extractEvents } from '../src/pipeline/index.js';
import { renderAllReports, renderContext, renderReport, REPORT_NAMES } from '../src/reports/index.js';
import { sampleAvailable, samplePath } from './corpus.js';

describe.skipIf(!sampleAvailable())('reports on the sample', () => {
  // Speed is measured by `npm run bench`, not asserted here.
  it('renders every report from the sample’s events', () => {
    const { events } = extractEvents(buildDocument(decodeFileSync(samplePath())));
    const gaz = loadGazetteer();
    const ctx = renderContext(events, gaz, 'ja');
    for (const name of [...REPORT_NAMES, 'country-IND']) {
      const html = renderReport(name, events, gaz, { format: 'html' }, ctx);
      expect(html).toContain('</html>');
    }
    const files = renderAllReports(events, gaz);
    expect(files.some((f) => f.file === 'index.html')).toBe(true);
    // Reports say which period they cover: the sample's latest complete fiscal year is FY2020.
    const hl = JSON.parse(files.find((f) => f.file === 'high-level.json')!.content);
    expect([hl.from, hl.to]).toEqual(['2020-04', '2021-03']);
  });
});
