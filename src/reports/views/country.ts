import { EVENT_KINDS } from '../../model/event.js';
import { partnerName } from '../gazetteer.js';
import { label } from '../labels.js';
import { buildCountry, type ChronologyRow, type CountryReport, type YearCoverage } from '../models/country.js';
import { formatDate, monthIndex, titleWithPeriod } from '../period.js';
import { esc, n1 } from '../render/escape.js';
import { dataEvents, legendSwatch, svgDocument } from '../render/svg.js';
import { ids, text, type Cell } from '../render/table.js';
import type { RenderContext } from '../types.js';
import type { ReportView } from './view.js';

export { KIND_FILLS } from '../palette.js';
import { KIND_FILLS } from '../palette.js';

const title = (m: CountryReport, ctx: RenderContext) =>
  titleWithPeriod(`${partnerName(ctx.gaz, m.partner, ctx.lang)}${ctx.lang === 'ja' ? '：' : ': '}${label(ctx.lang, 'title.country')}`, m, ctx.lang);

/** One line: what happened, with whom, how; then the evidence in brief. */
export function summaryOf(r: ChronologyRow, ctx: RenderContext): string {
  const { lang } = ctx;
  const partners = r.counterpart.partners.map((p) => partnerName(ctx.gaz, p, lang)).join(lang === 'ja' ? '・' : ', ');
  const what = r.name ?? label(lang, `kind.${r.kind}`);
  const mode = r.mode && r.mode !== 'unknown' ? label(lang, 'summary.modeSuffix', { mode: label(lang, `mode.${r.mode}`) }) : '';
  const s = `${label(lang, 'summary.with', { partners, what })}${mode}`;
  return lang === 'en' ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

const counterpartOf = (r: ChronologyRow, ctx: RenderContext) => {
  const name = partnerName(ctx.gaz, r.counterpart.partners[0], ctx.lang);
  const t = r.counterpart.title;
  return t ? `${name} ${ctx.lang === 'ja' ? t.ja : t.en}` : name;
};

function eventRow(r: ChronologyRow, ctx: RenderContext): Cell[] {
  return [
    { text: formatDate(r.date, ctx.lang) + (r.dateEnd ? `～${formatDate(r.dateEnd, ctx.lang)}` : ''), sort: r.date },
    text(label(ctx.lang, `kind.${r.kind}`)),
    text(r.principal ? label(ctx.lang, `jpRole.${r.principal}`) : ''),
    text(counterpartOf(r, ctx)),
    text(r.mode ? label(ctx.lang, `mode.${r.mode}`) : ''),
    { text: `${summaryOf(r, ctx)} — ${r.excerpt}`, wrap: true },
    ids(r.events),
  ];
}

/** A year without events says whether a source covers it: "no event" is not "not covered". */
function yearRow(y: YearCoverage, ctx: RenderContext): Cell[] {
  const note = y.sources.length
    ? label(ctx.lang, 'coverage.yearNoEvent', { sources: y.sources.map((p) => p.split('/').pop()).join(', ') })
    : label(ctx.lang, 'coverage.yearNotCovered');
  return [{ text: String(y.year), sort: String(y.year) }, text(''), text(''), text(''), text(''), { text: note, wrap: true }, text('')];
}

/** The event rows in their order, each empty year's row before the first event after it. */
function withYearRows(m: CountryReport, ctx: RenderContext): Cell[][] {
  const empty = (m.years ?? []).filter((y) => y.events === 0);
  const out: Cell[][] = [];
  let i = 0;
  for (const r of m.rows) {
    while (i < empty.length && empty[i].year < Number(r.date.slice(0, 4))) out.push(yearRow(empty[i++], ctx));
    out.push(eventRow(r, ctx));
  }
  while (i < empty.length) out.push(yearRow(empty[i++], ctx));
  return out;
}

export function countryView(partner: string): ReportView<CountryReport> {
  return {
    build: (events, _gaz, opts) => buildCountry(events, partner, opts),
    title,
    subtitle: (m, ctx) => label(ctx.lang, 'desc.country'),
    eventIds: (m) => m.rows.flatMap((r) => r.events),
    table: (m, ctx) => ({
      columns: ['date', 'kind', 'principal', 'counterpart', 'mode', 'summary', 'events'].map((c) => label(ctx.lang, `col.${c}`)),
      rows: withYearRows(m, ctx),
    }),
    svg: (m, ctx) => {
      const { lang } = ctx;
      const kinds = EVENT_KINDS.filter((k) => m.rows.some((r) => r.kind === k));
      const left = 150;
      const W = 1000;
      const laneH = 34;
      const top = 70;
      const H = top + Math.max(1, kinds.length) * laneH + 60;
      const from = monthIndex(m.from)!;
      const to = monthIndex(m.to)!;
      const span = Math.max(1, to - from + 1);
      const xOf = (month: number) => left + ((month - from + 0.5) / span) * (W - left - 30);
      const body: string[] = [`<text x="20" y="32" font-size="18" font-weight="bold">${esc(title(m, ctx))}</text>`];
      // Years no source covers are hatched: there, no dot does not mean no event.
      const uncovered = (m.years ?? []).filter((y) => y.sources.length === 0);
      if (uncovered.length) {
        body.push(
          `<defs><pattern id="not-covered-${esc(m.partner)}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
            `<rect width="6" height="6" fill="#f6f6f6"/><line x1="0" y1="0" x2="0" y2="6" stroke="#d0d0d0" stroke-width="2"/></pattern></defs>`,
        );
        const unit = (W - left - 30) / span;
        for (const y of uncovered) {
          const a = Math.max(from, y.year * 12);
          const b = Math.min(to, y.year * 12 + 11);
          if (a > b) continue;
          body.push(
            `<rect class="not-covered" data-year="${y.year}" x="${n1(left + (a - from) * unit)}" y="${top - 6}" width="${n1((b - a + 1) * unit)}" height="${H - 40 - (top - 6)}" fill="url(#not-covered-${esc(m.partner)})"><title>${esc(`${y.year}: ${label(lang, 'coverage.yearNotCovered')}`)}</title></rect>`,
          );
        }
        body.push(legendSwatch(W - 330, 56, `url(#not-covered-${esc(m.partner)})`, label(lang, 'coverage.notCovered'), '#bbb'));
      }
      // Year ticks.
      for (let i = from; i <= to; i++) {
        if (i % 12 !== 0 && i !== from) continue;
        const x = xOf(i) - ((0.5 / span) * (W - left - 30));
        body.push(`<line x1="${n1(x)}" x2="${n1(x)}" y1="${top - 6}" y2="${H - 40}" stroke="#ddd"/><text x="${n1(x + 3)}" y="${H - 26}" font-size="11" class="muted">${Math.floor(i / 12)}</text>`);
      }
      kinds.forEach((k, li) => {
        const y = top + li * laneH + laneH / 2;
        body.push(`<text x="${left - 10}" y="${y + 4}" font-size="13" text-anchor="end">${esc(label(lang, `kind.${k}`))}</text>`);
        body.push(`<line x1="${left}" x2="${W - 30}" y1="${y}" y2="${y}" stroke="#eee"/>`);
        const stack = new Map<number, number>();
        for (const r of m.rows.filter((x) => x.kind === k)) {
          const mi = monthIndex(r.date) ?? Number(r.date.slice(0, 4)) * 12 + 6;
          const nth = stack.get(mi) ?? 0;
          stack.set(mi, nth + 1);
          body.push(
            `<circle class="event hit" data-kind="${k}" cx="${n1(xOf(mi))}" cy="${n1(y - 8 + (nth % 3) * 8)}" r="5" fill="${KIND_FILLS[k]}" stroke="#fff"${dataEvents(r.events)}>` +
              `<title>${esc(`${formatDate(r.date, lang)} ${summaryOf(r, ctx)}`)}</title></circle>`,
          );
        }
      });
      if (!kinds.length) body.push(`<text x="${left}" y="${top + 20}" font-size="13" class="muted">${esc(label(lang, 'noEvents'))}</text>`);
      return svgDocument({ id: `country-${m.partner}`, width: W, height: H, title: title(m, ctx), desc: label(lang, 'desc.country'), body: body.join('\n') + '\n' });
    },
  };
}
