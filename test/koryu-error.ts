/** The KoryuError a call throws or a promise rejects with; the test fails if there is none. */
import { expect } from 'vitest';
import { KoryuError } from '../src/model/errors.js';

function asKoryuError(e: unknown): KoryuError {
  expect(e).toBeInstanceOf(KoryuError);
  return e as KoryuError;
}

export function errorOf(fn: () => unknown): KoryuError {
  try {
    fn();
  } catch (e) {
    return asKoryuError(e);
  }
  throw new Error('expected a KoryuError');
}

export async function rejectionOf(p: Promise<unknown>): Promise<KoryuError> {
  try {
    await p;
  } catch (e) {
    return asKoryuError(e);
  }
  throw new Error('expected a KoryuError');
}
