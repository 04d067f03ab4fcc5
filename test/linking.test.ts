import { describe, expect, it } from 'vitest';
import { sourceInput } from '../src/cli/commands/ingest.js';
import { buildDocument, decodeBytes, extractEvents } from '../src/pipeline/index.js';
import { openStore } from '../src/store/index.js';
import { LINK_CASES } from './linking/cases.js';

describe('linking test set: pairs that must link, pairs that must not', () => {
  for (const c of LINK_CASES) {
    it(`${c.expect === 'link' ? 'links' : 'keeps apart'}: ${c.name}`, async () => {
      const store = await openStore(':memory:');
      try {
        let records = 0;
        for (const d of c.docs) {
          const source = decodeBytes(new TextEncoder().encode(d.text), `/linking/${d.file}`);
          const doc = buildDocument(source, { kind: d.kind, published: d.published });
          const { events } = extractEvents(doc);
          const focus = events.filter((e) => e.kind === c.focus.kind && e.partners.includes(c.focus.partner));
          expect(focus.length, `${d.file}: records of the focus (${c.focus.kind} ${c.focus.partner})`).toBe(d.records);
          records += focus.length;
          await store.ingest(sourceInput({ source, context: doc.context }), events);
        }
        const got = await store.queryEvents({ kind: c.focus.kind, partner: c.focus.partner });
        if (c.expect === 'link') {
          const linked = got.filter((e) => e.sources.length === c.docs.length);
          expect(linked, 'one event holding every document').toHaveLength(1);
          if (c.date) expect(linked[0].date).toBe(c.date);
          if (c.conflict) expect(linked[0].conflicts?.map((x) => x.field)).toEqual([c.conflict]);
          else expect(linked[0].conflicts).toBeUndefined();
        } else {
          expect(got.map((e) => e.sources.length), 'one event per record, each from one source').toEqual(got.map(() => 1));
          expect(got).toHaveLength(records);
          expect(got.filter((e) => e.possibleDuplicates?.length)).toHaveLength(c.possibleDuplicates ?? 0);
        }
      } finally {
        await store.close();
      }
    });
  }
});
