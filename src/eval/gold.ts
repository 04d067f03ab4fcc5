/** The gold annotation: JSON lines of codebook records, validated where they enter. */
import { readFileSync } from 'node:fs';
import { KoryuError } from '../model/errors.js';
import type { KoryuEvent } from '../model/event.js';
import { parseKoryuEvent } from '../model/event-schema.js';

/**
 * Parse gold JSONL text. Blank lines are allowed; any other line must be one valid record.
 * Errors name the line and field, e.g. `gold.jsonl:12: field "date": expected a date …`.
 */
export function parseGold(text: string, label = 'gold'): KoryuEvent[] {
  const events: KoryuEvent[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((line, i) => {
    const lineNo = i + 1;
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new KoryuError('E_GOLD', `${label}:${lineNo}: not valid JSON (${(e as Error).message})`);
    }
    const r = parseKoryuEvent(value);
    if (!r.ok) {
      const first = r.issues[0];
      const more = r.issues.length > 1 ? ` (and ${r.issues.length - 1} more issue${r.issues.length > 2 ? 's' : ''})` : '';
      throw new KoryuError('E_GOLD', `${label}:${lineNo}: field "${first.field}": ${first.message}${more}`);
    }
    const dup = seen.get(r.event.id);
    if (dup !== undefined) {
      throw new KoryuError('E_GOLD', `${label}:${lineNo}: duplicate id "${r.event.id}" (first on line ${dup})`);
    }
    seen.set(r.event.id, lineNo);
    events.push(r.event);
  });
  return events;
}

/** Read and parse a gold file. */
export function loadGold(path: string): KoryuEvent[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new KoryuError('E_NOT_FOUND', `gold file not found: ${path}`);
    throw new KoryuError('E_GOLD', `cannot read gold file ${path}: ${(e as Error).message}`);
  }
  return parseGold(text, path);
}

/** Read several gold files as one annotation (e.g. one file per part of a document); ids must stay unique. */
export function loadGoldFiles(paths: string[]): KoryuEvent[] {
  const firstFile = new Map<string, string>();
  const all: KoryuEvent[] = [];
  for (const p of paths) {
    for (const e of loadGold(p)) {
      const other = firstFile.get(e.id);
      if (other !== undefined) throw new KoryuError('E_GOLD', `${p}: duplicate id "${e.id}" (also in ${other})`);
      firstFile.set(e.id, p);
      all.push(e);
    }
  }
  return all;
}
