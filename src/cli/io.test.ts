import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { KoryuError } from '../model/errors.js';
import { fixturesDir, SAMPLE_TEXT } from '../../test/fixtures/encodings/make.js';
import { parseFormat, readInput, writeOutput } from './io.js';

describe('readInput', () => {
  it('decodes a file, detecting or forcing the encoding', async () => {
    expect((await readInput(path.join(fixturesDir, 'sjis.txt'), {})).text).toBe(SAMPLE_TEXT);
    expect((await readInput(path.join(fixturesDir, 'eucjp.txt'), { encoding: 'euc-jp' })).encoding).toBe('euc-jp');
  });

  it('throws the decoder KoryuErrors', async () => {
    await expect(readInput(path.join(fixturesDir, 'empty.txt'), {})).rejects.toThrow(KoryuError);
  });
});

describe('writeOutput', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'koryu-io-'));

  it('writes to a file, creating parent folders and leaving no temporary file', () => {
    const target = path.join(tmp, 'a', 'b', 'out.json');
    writeOutput('{"x":1}\n', target);
    expect(readFileSync(target, 'utf8')).toBe('{"x":1}\n');
    expect(readdirSync(path.dirname(target))).toEqual(['out.json']);
  });

  it('replaces an existing file whole', () => {
    const target = path.join(tmp, 'replace.txt');
    writeFileSync(target, 'old content that is longer than the new one');
    writeOutput('new', target);
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it('writes to stdout when no file is given', () => {
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      writeOutput('hello\n');
      expect(spy).toHaveBeenCalledWith('hello\n');
    } finally {
      spy.mockRestore();
    }
  });

  it('refuses a directory as target with E_BAD_VALUE and cleans up', () => {
    const dir = path.join(tmp, 'adir');
    writeOutput('x', path.join(dir, 'f.txt'));
    let err: unknown;
    try {
      writeOutput('x', dir);
    } catch (e) {
      err = e;
    }
    expect((err as KoryuError).code).toBe('E_BAD_VALUE');
    expect(readdirSync(dir)).toEqual(['f.txt']);
    expect(readdirSync(tmp).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('parseFormat', () => {
  it('accepts an allowed value', () => {
    expect(parseFormat('json', ['json', 'text'] as const, '--format')).toBe('json');
  });

  it('rejects others with E_BAD_VALUE and the documented message', () => {
    try {
      parseFormat('xml', ['json', 'text'] as const, '--format');
      expect.unreachable();
    } catch (e) {
      expect((e as KoryuError).code).toBe('E_BAD_VALUE');
      expect((e as KoryuError).message).toBe("--format: expected one of json, text; got 'xml'");
      expect((e as KoryuError).exitCode).toBe(2);
    }
  });
});
