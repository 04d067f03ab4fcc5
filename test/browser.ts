/**
 * Headless Chromium for the rendering tests (Debian's `chromium`, driven by playwright-core):
 * where it is, whether to skip without it (never on CI), how to launch it, and colours as the
 * browser reports them.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Whether the browser tests can run; on CI a missing browser is an error, elsewhere a notice. */
export function chromiumAvailable(what: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`CI=true but ${CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk)`);
  console.warn(`[koryu tests] ${CHROMIUM} not found: skipping ${what}`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** '#08306b' as getComputedStyle reports it: 'rgb(8, 48, 107)'. */
export const hex = (c: string): string => {
  const n = parseInt(c.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};
