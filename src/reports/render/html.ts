import type { KoryuEvent } from '../../model/event.js';
import { partnerName } from '../gazetteer.js';
import { label } from '../labels.js';
import { formatDate } from '../period.js';
import type { RenderContext } from '../types.js';
import { esc } from './escape.js';
import { FONT_STACK } from './svg.js';
import type { Cell, Table } from './table.js';
import { readableText } from '../text.js';

export interface HtmlPage {
  title: string;
  subtitle?: string;
  /** Inline SVG chart. */
  figure?: string;
  /** Extra HTML between the figure and the table (e.g. the agreement matrix). */
  sections?: string[];
  table?: Table;
  /** Every event any number on the page refers to. */
  eventIds: Iterable<string>;
}

/** A self-contained page: inline CSS and JS, no network; every number leads to its events. */
export function htmlPage(page: HtmlPage, ctx: RenderContext): string {
  const { lang } = ctx;
  const parts = [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(page.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<header><nav><a href="index.html">${esc(label(lang, 'reports'))}</a></nav><h1>${esc(page.title)}</h1>`,
    page.subtitle ? `<p class="subtitle">${esc(page.subtitle)}</p>` : '',
    '</header>',
    '<main>',
    page.figure ? `<figure class="chart">${page.figure}</figure>` : '',
    ...(page.sections ?? []),
    page.table ? htmlTable(page.table, ctx) : '',
    evidenceList([...page.eventIds], ctx),
    '</main>',
    `<div id="tip" role="tooltip" hidden></div>`,
    `<script>${JS}</script>`,
    '</body>',
    '</html>',
  ];
  return parts.filter((p) => p !== '').join('\n') + '\n';
}

/** A number that links to its first event and carries all of them for the highlight script. */
export function numberLink(n: number | string, events: readonly string[]): string {
  if (!events.length) return `<span class="num zero">${esc(n)}</span>`;
  return `<a class="num" href="#ev-${esc(events[0])}" data-events="${esc(events.join(' '))}">${esc(n)}</a>`;
}

export function eventLinks(events: readonly string[], ctx: RenderContext): string {
  return events
    .map((id) => {
      const e = ctx.events.get(id);
      const text = e ? formatDate(e.date, ctx.lang) : id;
      return `<a class="ev" href="#ev-${esc(id)}" data-events="${esc(id)}">${esc(text)}</a>`;
    })
    .join(' ');
}

export function htmlCell(c: Cell, ctx: RenderContext, tag = 'td'): string {
  const sort = c.sort !== undefined ? ` data-sort="${esc(c.sort)}"` : '';
  let inner: string;
  if (c.role === 'num') inner = numberLink(c.text, c.events ?? []);
  else if (c.role === 'ids') inner = eventLinks(c.events ?? [], ctx);
  else inner = esc(c.text);
  const cls = c.role === 'num' ? ' class="n"' : c.wrap || c.role === 'ids' ? ' class="wrap"' : '';
  return `<${tag}${sort}${cls}>${inner}</${tag}>`;
}

export function htmlTable(t: Table, ctx: RenderContext, caption?: string): string {
  const head = t.columns.map((h, i) => `<th scope="col" data-col="${i}" tabindex="0">${esc(h)}</th>`).join('');
  const body = t.rows.map((r) => `<tr>${r.map((c) => htmlCell(c, ctx)).join('')}</tr>`).join('\n');
  return (
    `<section class="table"><p class="hint">${esc(label(ctx.lang, 'sortHint'))}</p>` +
    `<table class="data sortable">${caption ? `<caption>${esc(caption)}</caption>` : ''}<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></section>`
  );
}

/** The events behind the page's numbers, each with its evidence sentences, anchored #ev-<id>. */
export function evidenceList(ids: string[], ctx: RenderContext): string {
  const events = [...new Set(ids)]
    .map((id) => ctx.events.get(id))
    .filter((e): e is KoryuEvent => !!e)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const items = events.map((e) => evidenceItem(e, ctx)).join('\n');
  return (
    `<section id="evidence"><h2>${esc(label(ctx.lang, 'evidence'))}</h2>` +
    (events.length ? `<ol class="events">\n${items}\n</ol>` : `<p>${esc(label(ctx.lang, 'noEvents'))}</p>`) +
    `</section>`
  );
}

function evidenceItem(e: KoryuEvent, ctx: RenderContext): string {
  const { lang } = ctx;
  const facts = [
    label(lang, `kind.${e.kind}`),
    e.partners.map((p) => partnerName(ctx.gaz, p, lang)).join('・'),
    e.jpRole ? label(lang, `jpRole.${e.jpRole}`) : '',
    e.mode ? label(lang, `mode.${e.mode}`) : '',
    e.method ? label(lang, `method.${e.method}`) : '',
    e.instrument ? label(lang, `instrumentShort.${e.instrument}`) : '',
    e.milestone ? label(lang, `milestone.${e.milestone}`) : '',
    e.name ?? '',
    e.field ?? '',
  ].filter(Boolean);
  const date = formatDate(e.date, lang) + (e.dateEnd ? `～${formatDate(e.dateEnd, lang)}` : '');
  const quotes = e.evidence
    .map((ev) => `<blockquote data-start="${ev.start}" data-end="${ev.end}">${esc(readableText(ev.text))}</blockquote>`)
    .join('');
  return (
    `<li id="ev-${esc(e.id)}"><p><span class="date">${esc(date)}</span> ${esc(facts.join(' / '))} ` +
    `<code class="id">${esc(e.id)}</code>${e.source ? ` <span class="src">${esc(e.source)}</span>` : ''}</p>${quotes}</li>`
  );
}

const CSS = `
body{font-family:${FONT_STACK};margin:0;color:#222;background:#fafafa;line-height:1.5}
header{background:#1f3b57;color:#fff;padding:12px 24px}
header a{color:#cfe3f5}
h1{font-size:22px;margin:4px 0}
.subtitle{margin:0;color:#dde8f2}
main{padding:16px 24px;max-width:1280px}
figure.chart{margin:0 0 16px;background:#fff;border:1px solid #ddd;padding:8px;overflow-x:auto}
figure.chart svg{max-width:100%;height:auto}
table.data{border-collapse:collapse;background:#fff;font-size:14px}
table.data th,table.data td{border:1px solid #ccc;padding:3px 8px;vertical-align:top;text-align:left}
table.data th{background:#eef2f6;cursor:pointer;user-select:none}
table.data th[aria-sort=ascending]::after{content:" ▲"}
table.data th[aria-sort=descending]::after{content:" ▼"}
table.data td{white-space:nowrap}table.data td.wrap{white-space:normal;min-width:220px}
td.n{text-align:right}
a.num{font-weight:bold;color:#0b5394}
a.ev{font-size:12px;color:#0b5394;margin-right:4px}
.hint{font-size:12px;color:#666;margin:4px 0}
#evidence ol{padding-left:20px}
#evidence li{margin:8px 0;padding:4px 8px;border-left:3px solid transparent}
#evidence li.hl,#evidence li:target{background:#fff6d5;border-left-color:#e0a800}
#evidence blockquote{margin:4px 0 4px 12px;font-size:13px;color:#333;border-left:2px solid #ccc;padding-left:8px}
.date{font-weight:bold}
code.id,.src{font-size:11px;color:#888}
#tip{position:fixed;pointer-events:none;background:#222;color:#fff;font-size:12px;padding:4px 8px;border-radius:4px;max-width:360px;z-index:10}
details.history summary{cursor:pointer}
.matrix td{min-width:110px}
.matrix .ms-in-force{background:#d9f0d3}.matrix .ms-signed,.matrix .ms-approved{background:#eef7d8}
.matrix .ms-negotiation-start,.matrix .ms-agreed-in-principle{background:#fff3cd}
.matrix .ms-termination-notice,.matrix .ms-suspended{background:#f8d7da}
`;

/** Highlight the events behind a clicked number or chart element; sort tables; hover tips. */
const JS = `
(function(){
function show(ids){var list=document.querySelectorAll('#evidence li.hl');for(var i=0;i<list.length;i++)list[i].classList.remove('hl');
var first=null;ids.forEach(function(id){var li=document.getElementById('ev-'+id);if(li){li.classList.add('hl');if(!first)first=li;}});
if(first)first.scrollIntoView({block:'center'});}
document.addEventListener('click',function(ev){var t=ev.target.closest&&ev.target.closest('[data-events]');if(!t)return;
var ids=t.getAttribute('data-events').split(' ');ev.preventDefault();history.replaceState(null,'','#ev-'+ids[0]);show(ids);});
var tip=document.getElementById('tip');
document.addEventListener('mousemove',function(ev){var t=ev.target.closest&&ev.target.closest('svg [data-events]');
if(!t){tip.hidden=true;return;}var ti=t.querySelector('title');tip.textContent=ti?ti.textContent:'';tip.hidden=!tip.textContent;
tip.style.left=(ev.clientX+12)+'px';tip.style.top=(ev.clientY+12)+'px';});
document.querySelectorAll('table.sortable th').forEach(function(th){th.addEventListener('click',function(){
var table=th.closest('table'),col=+th.getAttribute('data-col'),tb=table.tBodies[0],rows=[].slice.call(tb.rows);
var dir=th.getAttribute('aria-sort')==='descending'?1:-1;if(!th.hasAttribute('aria-sort'))dir=-1;
table.querySelectorAll('th').forEach(function(h){h.removeAttribute('aria-sort');});th.setAttribute('aria-sort',dir>0?'ascending':'descending');
function key(r){var c=r.cells[col];if(!c)return '';var s=c.getAttribute('data-sort');var v=s!==null?s:c.textContent;var n=Number(v);return v!==''&&!isNaN(n)?n:v;}
rows.sort(function(a,b){var x=key(a),y=key(b);return (x<y?-1:x>y?1:0)*dir;});rows.forEach(function(r){tb.appendChild(r);});});});
if(location.hash.indexOf('#ev-')===0)show([location.hash.slice(4)]);
})();
`;
