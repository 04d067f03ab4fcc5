/**
 * Joins the gold annotation's parts (gold/part-*.jsonl, annotated section by section) into
 * gold/dow2021-iii-3-1.gold.jsonl. An engagement annotated in two parts (a 2+2 told in a country
 * section and again in the multilateral section) becomes one record with both evidences, by the
 * same identity the extractor's merge uses.
 *
 *   npx tsx scripts/merge-gold.ts
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { KoryuEvent } from '../src/model/event.js';
import { identityKey } from '../src/pipeline/8-merge/index.js';

const dir = path.resolve(import.meta.dirname, '..', 'gold');
const parts = readdirSync(dir).filter((f) => /^part-\d+\.jsonl$/.test(f)).sort();
// Within one part the annotator already decided what is one engagement (two meetings of the same
// day stay two); only records of different parts are joined.
const events: KoryuEvent[] = [];
const fromEarlierParts = new Map<string, KoryuEvent>();
let read = 0;
for (const file of parts) {
  const thisPart: [string, KoryuEvent][] = [];
  for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const e = JSON.parse(line) as KoryuEvent;
    read++;
    const key = identityKey(e);
    const seen = fromEarlierParts.get(key);
    if (seen) {
      for (const ev of e.evidence) if (!seen.evidence.some((x) => x.start === ev.start)) seen.evidence.push(ev);
      seen.evidence.sort((a, b) => a.start - b.start);
    } else {
      const copy = { ...e, evidence: [...e.evidence] };
      events.push(copy);
      thisPart.push([key, copy]);
    }
  }
  for (const [key, e] of thisPart) if (!fromEarlierParts.has(key)) fromEarlierParts.set(key, e);
}
events.sort((a, b) => a.evidence[0].start - b.evidence[0].start);
writeFileSync(path.join(dir, 'dow2021-iii-3-1.gold.jsonl'), events.map((e) => JSON.stringify(e)).join('\n') + '\n');
console.log(`${parts.join(' + ')}: ${read} records → ${events.length} events`);
