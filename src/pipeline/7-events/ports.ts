/**
 * Foreign ports and naval bases Japan's ships call at (data/events/ports.json, codebook 366): 「スービック港に入港」
 * 「ダーウィンに寄港」「カムラン入港」 name the host country by its port alone. Read only right before a call's word, and only
 * when the sentence names no country: a port is no partner anywhere else.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { alternation } from '../word-alternation.js';

const PortsFileSchema = z.object({ ports: z.array(z.object({ ja: z.array(z.string().min(1)), country: z.string().regex(/^[A-Z]{3}$/) })) });

let portPattern: { re: RegExp; countryOf: Map<string, string> } | undefined;

function load(): { re: RegExp; countryOf: Map<string, string> } {
  if (portPattern) return portPattern;
  const file = new URL('../../../data/events/ports.json', import.meta.url);
  const parsed = PortsFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`data/events/ports.json is malformed: ${parsed.error.message}`);
  const countryOf = new Map<string, string>();
  for (const p of parsed.data.ports) for (const name of p.ja) countryOf.set(name, p.country);
  const names = alternation([...countryOf.keys()]);
  // The port as a whole word (not the tail of a longer katakana name), then 港/軍港/海軍基地 and に/へ, up to the call's word.
  portPattern = { re: new RegExp(`(?<![\\p{Script=Katakana}ー・])(${names})(?:港|軍港|海軍基地|基地)?(?:に|へ)?$`, 'u'), countryOf };
  return portPattern;
}

/** The country of the foreign port written right before a call's word at `triggerStart`, if the gazetteer knows it. */
export function portCountryBefore(text: string, triggerStart: number): string | undefined {
  const { re, countryOf } = load();
  const m = re.exec(text.slice(Math.max(0, triggerStart - 20), triggerStart));
  return m ? countryOf.get(m[1]) : undefined;
}
