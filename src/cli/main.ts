import { Command, CommanderError } from 'commander';
import { isKoryuError } from '../model/errors.js';
import { registerCommands } from './commands/index.js';

/** Build the CLI program. Exported so tests can drive it without spawning a process. */
export function buildProgram(): Command {
  const program = new Command('koryu')
    .description(
      "Koryu (交流): turn Japan's defense white paper and ministry texts into source-linked data on " +
        'defense cooperation and exchanges — talks, exercises, port calls, capacity building, agreements — ' +
        'each record traceable to the sentence it came from.',
    )
    .version('0.1.0')
    .showHelpAfterError('(run `koryu help <command>` for the options and examples)')
    .addHelpText(
      'after',
      `
Typical session:
  $ koryu inspect paper.txt                 # see how the text was cleaned, segmented and dated
  $ koryu extract paper.txt --format table  # events, no database
  $ koryu ingest paper.txt                  # store events in ./koryu.db (or $KORYU_DB)
  $ koryu events --partner AUS --high-level # query the store
  $ koryu report high-level --from 2020-04 --to 2021-03
  $ koryu report all --out reports/         # every report as HTML/SVG, with an index
  $ koryu eval --gold gold/dow2021-iii-3-1.gold.jsonl paper.txt`,
    );
  registerCommands(program);
  return program;
}

/** Entry point: parse, run, and map errors to one line and an exit status. */
export async function main(argv: string[]): Promise<void> {
  quietOnClosedPipe();
  const program = buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // Commander already printed its message (help, version, or a usage error).
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    if (isKoryuError(e)) {
      process.stderr.write(`koryu: ${e.message}\n`);
      process.exitCode = e.exitCode;
      return;
    }
    process.stderr.write(`koryu: internal error (a bug, please report it):\n${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 70;
  }
}

/**
 * `koryu … | head` closes the pipe while Koryu is still writing. Like any Unix filter, stop quietly
 * then instead of dying on an unhandled EPIPE with a stack trace: whatever was being written is
 * unwanted, and the store is safe to leave at any point (each source is one transaction).
 */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
}
