/**
 * The cues that tell a document's kind (data/context/kinds.json), validated once at load so that a
 * malformed file names itself. Adding a cue is a data change.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { SOURCE_KINDS } from '../../model/document.js';

const KINDS_FILE = new URL('../../../data/context/kinds.json', import.meta.url);

const KindsFileSchema = z.object({
  kinds: z.array(
    z.object({
      kind: z.enum(SOURCE_KINDS),
      strong: z.array(z.string().min(1)),
      weak: z.array(z.string().min(1)),
      filename: z.array(z.string().min(1)),
    }),
  ),
});

function load(): z.infer<typeof KindsFileSchema>['kinds'] {
  const parsed = KindsFileSchema.safeParse(JSON.parse(readFileSync(KINDS_FILE, 'utf8')));
  if (!parsed.success) throw new Error(`data/context/kinds.json: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data.kinds;
}

/** Kinds in the order they are tried: the first whose cues match wins. */
export const KIND_CUES = load();
