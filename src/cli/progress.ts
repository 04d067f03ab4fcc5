/**
 * Progress over many files: a bar (cli-progress) when stderr is a terminal, one plain line per
 * file otherwise (logs, pipes, CI). Messages about a file print above the bar without breaking it.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  /** A file is done; `line` says how it went (printed as is when there is no bar). */
  done(file: string, line: string): void;
  /** A message that must be seen (a skipped file, a warning). */
  log(line: string): void;
  stop(): void;
}

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < 2) {
    let n = 0;
    return {
      done: (_file, line) => void stream.write(total > 1 ? `[${++n}/${total}] ${line}\n` : ''),
      log: (line) => void stream.write(line + '\n'),
      stop: () => undefined,
    };
  }
  const multi = new cliProgress.MultiBar(
    {
      stream,
      format: ' {bar} {value}/{total} files | {file}',
      hideCursor: true,
      clearOnComplete: false,
      autopadding: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = multi.create(total, 0, { file: '' });
  const short = (file: string) => (file.length > 50 ? '…' + file.slice(-49) : file);
  // Extraction is synchronous work: the bar's own timer may not fire between files, so each step
  // redraws at once (which also prints any logged line above the bar).
  return {
    done: (file) => {
      bar.increment(1, { file: short(file) });
      multi.update();
    },
    log: (line) => {
      multi.log(line + '\n');
      multi.update();
    },
    stop: () => multi.stop(),
  };
}
