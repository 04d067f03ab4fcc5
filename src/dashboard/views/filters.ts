/** The filter form (period, kinds, level, mode, high-level), shared by the map and partner pages. */
import { KIND_FILLS } from '../../reports/palette.js';
import type { App } from '../app.js';
import { h } from '../dom.js';
import { label, levelLabel, t } from '../i18n.js';
import { noFilters, type Filters } from '../state.js';

/** Fiscal years (April–March) that the data spans, newest first. */
function fiscalYears(first: string | null, last: string | null): number[] {
  if (!first || !last) return [];
  const fy = (d: string) => (d.length >= 7 && Number(d.slice(5, 7)) < 4 ? Number(d.slice(0, 4)) - 1 : Number(d.slice(0, 4)));
  const out: number[] = [];
  for (let y = fy(last); y >= fy(first); y--) out.push(y);
  return out;
}

export function filterForm(app: App): HTMLElement {
  const { lang } = app;
  const f = app.state.filters;
  const set = (next: Partial<Filters>) => app.go({ ...app.state, filters: { ...f, ...next } });
  const id = (s: string) => `filter-${s}`;

  const fys = fiscalYears(app.meta.first, app.meta.last);
  const currentFy = fys.find((y) => f.from === `${y}-04` && f.to === `${y + 1}-03`);
  const fySelect = h(
    'select',
    {
      id: id('fy'),
      onchange: (e: Event) => {
        const v = (e.target as HTMLSelectElement).value;
        set(v ? { from: `${v}-04`, to: `${Number(v) + 1}-03` } : { from: undefined, to: undefined });
      },
    },
    h('option', { value: '' }, currentFy === undefined && (f.from || f.to) ? '—' : t(lang, 'allPeriod')),
    fys.map((y) => h('option', { value: String(y), selected: y === currentFy }, t(lang, 'fy', { y }))),
  );
  const month = (key: 'from' | 'to') =>
    h('input', {
      id: id(key),
      type: 'month',
      value: f[key] ?? '',
      min: app.meta.first?.slice(0, 4) ? `${app.meta.first.slice(0, 4)}-01` : null,
      max: app.meta.last?.slice(0, 4) ? `${app.meta.last.slice(0, 4)}-12` : null,
      onchange: (e: Event) => {
        const v = (e.target as HTMLInputElement).value;
        if (!v || /^\d{4}-\d{2}$/.test(v)) set({ [key]: v || undefined });
      },
    });

  const kinds = h(
    'fieldset',
    { class: 'kinds' },
    h('legend', null, t(lang, 'kinds')),
    app.meta.kinds.map((k) =>
      h(
        'label',
        { class: 'check' },
        h('input', {
          type: 'checkbox',
          id: id(`kind-${k}`),
          name: 'kind',
          value: k,
          checked: f.kinds.includes(k),
          onchange: (e: Event) => {
            const on = (e.target as HTMLInputElement).checked;
            set({ kinds: on ? [...f.kinds, k] : f.kinds.filter((x) => x !== k) });
          },
        }),
        h('span', { class: 'swatch', style: `background:${KIND_FILLS[k as keyof typeof KIND_FILLS]}`, 'aria-hidden': 'true' }),
        label(lang, `kind.${k}`),
      ),
    ),
  );
  const select = (key: 'level' | 'mode', values: string[], name: (v: string) => string) =>
    h(
      'select',
      { id: id(key), onchange: (e: Event) => set({ [key]: (e.target as HTMLSelectElement).value || undefined }) },
      h('option', { value: '' }, t(lang, 'any')),
      values.map((v) => h('option', { value: v, selected: f[key] === v }, name(v))),
    );

  const active = [f.from || f.to, f.kinds.length, f.level, f.mode, f.highLevel].filter(Boolean).length;
  // Open beside the content on a wide screen; folded above it on a phone (its summary counts what is set).
  const wide = window.matchMedia('(min-width: 821px)').matches;
  return h(
    'form',
    { class: 'filters', 'aria-label': t(lang, 'filters'), onsubmit: (e: Event) => e.preventDefault() },
    h(
      'details',
      { open: wide, class: 'filters-box' },
      h('summary', null, t(lang, 'filters'), active ? ` (${active})` : ''),
      h(
        'fieldset',
        { class: 'period' },
        h('legend', null, t(lang, 'period')),
        h('label', { for: id('fy') }, t(lang, 'fiscalYear')),
        fySelect,
        h('div', { class: 'months' }, h('label', { for: id('from') }, t(lang, 'from')), month('from'), h('label', { for: id('to') }, t(lang, 'to')), month('to')),
      ),
      kinds,
      h('div', { class: 'row' }, h('label', { for: id('level') }, t(lang, 'level')), select('level', app.meta.levels, (v) => levelLabel(lang, v))),
      h('div', { class: 'row' }, h('label', { for: id('mode') }, t(lang, 'mode')), select('mode', app.meta.modes, (v) => label(lang, `mode.${v}`))),
      h('label', { class: 'check high-level' }, h('input', { type: 'checkbox', id: id('hl'), checked: f.highLevel, onchange: (e: Event) => set({ highLevel: (e.target as HTMLInputElement).checked }) }), t(lang, 'highLevel')),
      h('button', { type: 'button', class: 'reset', onclick: () => app.go({ ...app.state, filters: noFilters() }) }, t(lang, 'reset')),
    ),
  );
}
