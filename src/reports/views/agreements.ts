import { partnerName } from '../gazetteer.js';
import { label } from '../labels.js';
import { agreementMatrix, buildAgreements, cellKey, type AgreementRow, type AgreementsReport } from '../models/agreements.js';
import { formatDate } from '../period.js';
import { esc, n1 } from '../render/escape.js';
import { eventLinks, numberLink } from '../render/html.js';
import { dataEvents, svgDocument, textWidth } from '../render/svg.js';
import { ids, text } from '../render/table.js';
import type { RenderContext } from '../types.js';
import type { ReportView } from './view.js';

/** Cell colours by the latest milestone: in force green, signed pale green, pending yellow, ended red. */
const MILESTONE_FILLS: Record<string, string> = {
  'in-force': '#b9e3b0',
  operational: '#b9e3b0',
  revised: '#b9e3b0',
  signed: '#e2f2c6',
  approved: '#e2f2c6',
  'negotiation-start': '#fff0b3',
  'agreed-in-principle': '#fff0b3',
  'termination-notice': '#f6c6cb',
  suspended: '#f6c6cb',
};

const milestoneText = (r: AgreementRow, ctx: RenderContext) =>
  `${r.milestone ? label(ctx.lang, `milestone.${r.milestone}`) : '—'} ${formatDate(r.date, ctx.lang)}`;

const title = (_m: AgreementsReport, ctx: RenderContext) => label(ctx.lang, 'title.agreements');

export const agreementsView: ReportView<AgreementsReport> = {
  build: (events, _gaz, opts) => buildAgreements(events, opts),
  title,
  subtitle: (m, ctx) => label(ctx.lang, 'desc.agreements'),
  eventIds: (m) => m.rows.flatMap((r) => r.events),
  table: (m, ctx) => ({
    columns: ['partners', 'instrument', 'milestone', 'date', 'name', 'events'].map((c) => label(ctx.lang, `col.${c}`)),
    rows: m.rows.map((r) => [
      text(r.partners.map((p) => partnerName(ctx.gaz, p, ctx.lang)).join('・')),
      text(r.instrument ? label(ctx.lang, `instrumentShort.${r.instrument}`) : ''),
      text(r.milestone ? label(ctx.lang, `milestone.${r.milestone}`) : ''),
      { text: r.date, sort: r.date },
      text(r.name),
      ids(r.events),
    ]),
  }),
  htmlSections: (m, ctx) => {
    const mx = agreementMatrix(m);
    const head = mx.instruments.map((i) => `<th scope="col" title="${esc(label(ctx.lang, `instrument.${i}`))}">${esc(label(ctx.lang, `instrumentShort.${i}`))}</th>`).join('');
    const rows = mx.partners.map((p) => {
      const cells = mx.instruments.map((i) => {
        const cell = mx.cells.get(cellKey(p, i));
        if (!cell) return '<td></td>';
        const history = cell.history
          .map((r) => `<li>${esc(milestoneText(r, ctx))}${r.name ? ` 「${esc(r.name)}」` : ''} ${eventLinks(r.events, ctx)}</li>`)
          .join('');
        const events = cell.history.flatMap((r) => r.events);
        return (
          `<td class="ms-${esc(cell.latest.milestone ?? 'none')}" data-partner="${esc(p)}" data-instrument="${esc(i)}" data-milestone="${esc(cell.latest.milestone ?? '')}" data-date="${esc(cell.latest.date)}">` +
          `<details class="history"><summary>${esc(milestoneText(cell.latest, ctx))} ${cell.history.length > 1 ? numberLink(cell.history.length, events) : numberLink(1, events)}</summary><ol>${history}</ol></details></td>`
        );
      });
      return `<tr><th scope="row">${esc(partnerName(ctx.gaz, p, ctx.lang))}</th>${cells.join('')}</tr>`;
    });
    return [
      `<section class="matrix-section"><h2>${esc(ctx.lang === 'ja' ? '相手国・協定別の最新の段階' : 'Latest milestone by partner and instrument')}</h2>` +
        `<table class="data matrix"><thead><tr><th>${esc(label(ctx.lang, 'col.partner'))}</th>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table></section>`,
    ];
  },
  svg: (m, ctx) => {
    const { lang } = ctx;
    const mx = agreementMatrix(m);
    const names = mx.partners.map((p) => partnerName(ctx.gaz, p, lang));
    const left = Math.max(120, ...names.map((n) => textWidth(n, 13) + 24));
    const colW = 128;
    const rowH = 30;
    const top = 90;
    const W = Math.round(left + colW * mx.instruments.length + 20);
    const H = top + rowH * Math.max(1, mx.partners.length) + 30;
    const body: string[] = [`<text x="20" y="32" font-size="20" font-weight="bold">${esc(title(m, ctx))}</text>`];
    mx.instruments.forEach((ins, j) => {
      const x = left + j * colW + colW / 2;
      body.push(`<text class="col-head" x="${n1(x)}" y="${top - 14}" font-size="13" font-weight="bold" text-anchor="middle"><title>${esc(label(lang, `instrument.${ins}`))}</title>${esc(label(lang, `instrumentShort.${ins}`))}</text>`);
    });
    mx.partners.forEach((p, i) => {
      const y = top + i * rowH;
      if (i % 2 === 0) body.push(`<rect x="10" y="${y}" width="${W - 20}" height="${rowH}" fill="#f6f8fa"/>`);
      body.push(`<text class="row-head" x="20" y="${y + 20}" font-size="13">${esc(names[i])}</text>`);
      mx.instruments.forEach((ins, j) => {
        const cell = mx.cells.get(cellKey(p, ins));
        if (!cell) return;
        const x = left + j * colW;
        const hist = cell.history.map((r) => milestoneText(r, ctx)).join(' → ');
        const events = cell.history.flatMap((r) => r.events);
        body.push(
          `<g class="cell hit" data-partner="${p}" data-instrument="${ins}" data-milestone="${esc(cell.latest.milestone ?? '')}"${dataEvents(events)}>` +
            `<title>${esc(`${names[i]} ${label(lang, `instrumentShort.${ins}`)}: ${hist}`)}</title>` +
            `<rect x="${x + 3}" y="${y + 3}" width="${colW - 6}" height="${rowH - 6}" rx="3" fill="${MILESTONE_FILLS[cell.latest.milestone ?? ''] ?? '#eee'}" stroke="#999" stroke-width="0.5"/>` +
            `<text x="${n1(x + colW / 2)}" y="${y + 19}" font-size="11.5" text-anchor="middle">${esc(milestoneText(cell.latest, ctx))}</text></g>`,
        );
      });
    });
    if (!mx.partners.length) body.push(`<text x="20" y="${top + 20}" font-size="13" class="muted">${esc(label(lang, 'noEvents'))}</text>`);
    return svgDocument({ id: 'agreements', width: W, height: H, title: title(m, ctx), desc: label(lang, 'desc.agreements'), body: body.join('\n') + '\n' });
  },
};
