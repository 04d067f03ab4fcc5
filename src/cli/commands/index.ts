import type { Command } from 'commander';
import { registerInspect } from './inspect.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerEvents } from './events.js';
import { registerEval } from './eval.js';
import { registerReport } from './report.js';

/** Each command lives in its own file and registers itself here. */
export function registerCommands(program: Command): void {
  registerInspect(program);
  registerExtract(program);
  registerIngest(program);
  registerEvents(program);
  registerEval(program);
  registerReport(program);
}
