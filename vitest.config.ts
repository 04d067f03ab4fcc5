import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Browser-rendering tests share one Chromium; keep files in parallel but bounded (2 cores).
    maxWorkers: 2,
    minWorkers: 1,
  },
});
