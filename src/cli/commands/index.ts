import type { Command } from 'commander';
import { registerInspect } from './inspect.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerEvents } from './events.js';
import { registerEvent } from './event.js';
import { registerEval } from './eval.js';
import { registerReport } from './report.js';
import { registerServe } from './serve.js';
import { registerSources } from './sources.js';
import { registerRelease } from './release.js';
import { registerExport } from './export.js';
import { registerCoverage } from './coverage.js';

/** Each command lives in its own file and registers itself here. */
export function registerCommands(program: Command): void {
  registerInspect(program);
  registerExtract(program);
  registerIngest(program);
  registerSources(program);
  registerEvents(program);
  registerEvent(program);
  registerEval(program);
  registerReport(program);
  registerRelease(program);
  registerExport(program);
  registerServe(program);
  registerCoverage(program);
}
