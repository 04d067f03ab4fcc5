/**
 * Drives one or more `registerX(program)` functions in-process, the way src/cli/main.ts does
 * (same error mapping), capturing stdout, stderr and the exit status. Commands get their
 * pipeline stubbed through their own parameters, never by mocking modules or the database.
 */
import { Command, CommanderError } from 'commander';
import { isKoryuError } from '../src/model/errors.js';

export interface CliRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export async function runCli(register: (program: Command) => void, args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const origOut = process.stdout.write.bind(process.stdout);
  const origErr = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
  let exitCode = 0;
  try {
    const program = new Command('koryu').exitOverride();
    program.configureOutput({ writeOut: (s) => (stdout += s), writeErr: (s) => (stderr += s) });
    register(program);
    for (const c of program.commands) {
      c.exitOverride();
      c.configureOutput({ writeOut: (s) => (stdout += s), writeErr: (s) => (stderr += s) });
    }
    await program.parseAsync(args, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) exitCode = e.exitCode === 0 ? 0 : 2;
    else if (isKoryuError(e)) {
      stderr += `koryu: ${e.message}\n`;
      exitCode = e.exitCode;
    } else throw e;
  } finally {
    process.stdout.write = origOut;
    process.stderr.write = origErr;
  }
  return { stdout, stderr, exitCode };
}
