import type { RenderContext } from '../types.js';
import { esc } from './escape.js';
import { FONT_STACK } from './svg.js';

export interface IndexEntry {
  name: string;
  title: string;
  files: string[];
}

/** index.html: every report, its title and one link per written format. */
export function indexPage(
  entries: IndexEntry[],
  ctx: RenderContext,
  nameOf: (code: string) => string,
  title: string,
): string {
  const ja = ctx.lang === 'ja';
  const item = (e: IndexEntry, heading: string) => {
    const main = e.files.find((f) => f.endsWith('.html')) ?? e.files[0];
    const others = e.files
      .filter((f) => f !== main)
      .map((f) => `<a href="${esc(f)}">${esc(f.slice(f.lastIndexOf('.') + 1))}</a>`)
      .join(' ');
    return `<li><a class="report" href="${esc(main)}">${esc(heading)}</a> <span class="formats">${others}</span></li>`;
  };
  const fixed = entries.filter((e) => !e.name.startsWith('country-'));
  const countries = entries.filter((e) => e.name.startsWith('country-'));
  const countryItems = countries
    .map((e) => ({ e, name: nameOf(e.name.slice('country-'.length)) }))
    .map(({ e, name }) => item(e, `${name}（${e.name.slice('country-'.length)}）`));
  return (
    [
      '<!DOCTYPE html>',
      `<html lang="${ctx.lang}">`,
      '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${esc(title)}</title>`,
      `<style>body{font-family:${FONT_STACK};margin:24px;color:#222;line-height:1.6}h1{font-size:22px}` +
        `ul{padding-left:20px}a.report{font-weight:bold;color:#0b5394}.formats a{font-size:12px;color:#666;margin-left:6px}` +
        `.countries{columns:3}</style>`,
      '</head><body>',
      `<h1>${esc(title)}</h1>`,
      `<ul class="reports">${fixed.map((e) => item(e, e.title)).join('\n')}</ul>`,
      countries.length ? `<h2>${ja ? '国別の実績' : 'By country'}</h2><ul class="countries">${countryItems.join('\n')}</ul>` : '',
      '</body></html>',
    ].join('\n') + '\n'
  );
}
