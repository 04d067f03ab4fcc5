/** An event's page: its fields, its sources, and each evidence sentence highlighted in its paragraph. */
import { ApiError, getJson, type EventDetail } from '../api.js';
import { eventTitle, kindChip, partnerLink, type App } from '../app.js';
import { flow, h, type Child } from '../dom.js';
import { label, levelLabel, sourceKindLabel, t } from '../i18n.js';


function paragraph(ev: EventDetail['evidence'][number]): HTMLElement {
  if (!ev.context) return h('blockquote', { class: 'paragraph' }, h('mark', { class: 'evidence' }, flow(ev.text)));
  const c = ev.context;
  const a = Math.max(0, ev.start - c.start);
  const b = Math.min(c.text.length, ev.end - c.start);
  return h('blockquote', { class: 'paragraph' }, flow(c.text.slice(0, a)), h('mark', { class: 'evidence' }, flow(c.text.slice(a, b))), flow(c.text.slice(b)));
}

export async function eventView(app: App, id: string): Promise<HTMLElement> {
  const { lang } = app;
  let d: EventDetail;
  try {
    d = await getJson<EventDetail>(`/api/events/${encodeURIComponent(id)}`);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      return h('div', { class: 'content' }, h('h1', { tabindex: '-1' }, t(lang, 'notFound')), h('p', null, t(lang, 'eventNotFound')), app.link({ ...app.state, route: { view: 'home' } }, null, t(lang, 'back')));
    }
    throw e;
  }
  Object.assign(app.names, d.names);
  const e = d.event;
  const sources = new Map(e.sources.map((s) => [s.id, s]));
  const row = (k: string, v: Child) => (v === undefined || v === null || v === '' ? null : [h('dt', null, k), h('dd', null, v)]);
  const fields = h(
    'dl',
    { class: 'fields' },
    row(t(lang, 'kind'), kindChip(lang, e.kind)),
    row(t(lang, 'date'), e.date),
    row(t(lang, 'dateEnd'), e.dateEnd),
    row(t(lang, 'partners'), e.partners.length ? e.partners.flatMap((p, i) => [i ? (lang === 'ja' ? '・' : ', ') : '', partnerLink(app, p)]) : '—'),
    row(t(lang, 'format'), label(lang, `format.${e.format}`)),
    row(t(lang, 'level'), e.level && levelLabel(lang, e.level)),
    row(t(lang, 'jpRole'), e.jpRole && label(lang, `jpRole.${e.jpRole}`)),
    row(t(lang, 'mode'), e.mode && label(lang, `mode.${e.mode}`)),
    row(t(lang, 'name'), e.name),
    row(t(lang, 'instrument'), e.instrument && label(lang, `instrument.${e.instrument}`)),
    row(t(lang, 'milestone'), e.milestone && label(lang, `milestone.${e.milestone}`)),
    row(t(lang, 'method'), e.method && label(lang, `method.${e.method}`)),
    row(t(lang, 'field'), e.field),
    row(t(lang, 'isHighLevel'), e.highLevel ? t(lang, 'yes') : t(lang, 'no')),
    row(t(lang, 'confidence'), String(e.confidence)),
    row(t(lang, 'rule'), e.rule && h('code', null, e.rule)),
    row(t(lang, 'id'), h('code', null, e.id)),
  );
  const evidence = d.evidence.map((ev, i) => {
    const src = sources.get(ev.source);
    return h(
      'figure',
      { class: 'evidence-block', 'data-source': ev.source },
      paragraph(ev),
      h(
        'figcaption',
        null,
        h('span', { class: 'n' }, `[${i + 1}] `),
        src?.kind ? h('span', { class: 'source-kind' }, sourceKindLabel(lang, src.kind)) : null,
        src?.published ? ` ${src.published} ` : ' ',
        h('span', { class: 'source-path' }, src?.path ?? ev.source),
        ev.section?.length ? h('span', { class: 'section' }, ` § ${ev.section.join(' › ')}`) : null,
        h('span', { class: 'muted' }, ` (${t(lang, 'chars', { start: ev.start, end: ev.end })})`),
        ev.context ? null : h('span', { class: 'muted' }, ` ${t(lang, 'noContext')}`),
      ),
    );
  });
  return h(
    'div',
    { class: 'content event-page', 'data-event': e.id },
    app.link({ ...app.state, route: { view: 'home' } }, { class: 'back' }, t(lang, 'back')),
    h('h1', { tabindex: '-1' }, h('span', { class: 'date' }, e.dateEnd ? `${e.date} – ${e.dateEnd}` : e.date), ' ', label(lang, `kind.${e.kind}`), lang === 'ja' ? '：' : ': ', eventTitle(app, e)),
    h('section', { class: 'panel', 'aria-labelledby': 'ev-h' }, h('h2', { id: 'ev-h' }, t(lang, 'evidence')), evidence),
    h(
      'div',
      { class: 'columns' },
      h('section', { class: 'panel', 'aria-labelledby': 'f-h' }, h('h2', { id: 'f-h' }, t(lang, 'fields')), fields),
      h(
        'section',
        { class: 'panel', 'aria-labelledby': 's-h' },
        h('h2', { id: 's-h' }, t(lang, 'sources')),
        h('ul', { class: 'sources' }, e.sources.map((s) => h('li', null, s.kind ? `${sourceKindLabel(lang, s.kind)} ` : '', s.published ? `${s.published} ` : '', h('span', { class: 'source-path' }, s.path)))),
        e.conflicts?.length
          ? [
              h('h3', null, t(lang, 'conflicts')),
              h('ul', null, e.conflicts.map((c) => h('li', null, `${c.field}: `, c.values.map((v) => `${v.value} (${v.sources.map((id) => sources.get(id)?.path ?? id).join(', ')})`).join(' / ')))),
            ]
          : null,
      ),
    ),
  );
}
