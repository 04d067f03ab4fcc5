/**
 * The files a command reads, from the paths a user gave: a file as named (whatever its
 * extension), a directory recursively for the documents Koryu reads. Hidden entries (.git,
 * .DS_Store…) are passed over; a path that does not exist is reported, not fatal.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';

/** Extensions collected from directories (a file named directly is read whatever its name). */
export const DOCUMENT_EXTENSIONS = ['.txt', '.html', '.htm', '.pdf'] as const;

export interface InputProblem {
  path: string;
  reason: string;
}

export interface ExpandedInputs {
  /** Absolute paths, each once: named files in the order given, each directory's files sorted. */
  files: string[];
  problems: InputProblem[];
}

function walk(dir: string, out: string[], problems: InputProblem[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ path: dir, reason: `cannot be listed (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    // Symbolic links to folders are not followed (no cycles); links to files are read.
    if (entry.isDirectory()) walk(full, out, problems);
    else if ((entry.isFile() || entry.isSymbolicLink()) && (DOCUMENT_EXTENSIONS as readonly string[]).includes(path.extname(entry.name).toLowerCase())) {
      out.push(full);
    }
  }
}

export function expandInputs(paths: readonly string[]): ExpandedInputs {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  for (const given of paths) {
    const abs = path.resolve(given);
    let isDir = false;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      // Left to the reader of the file, which names the problem (no such file, permission…).
    }
    if (!isDir) {
      files.push(abs);
      continue;
    }
    const found: string[] = [];
    walk(abs, found, problems);
    if (found.length === 0) problems.push({ path: given, reason: `no ${DOCUMENT_EXTENSIONS.join(', ')} files in this folder` });
    files.push(...found);
  }
  return { files: [...new Set(files)], problems };
}
