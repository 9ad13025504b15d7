import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/tests/**/*.test.ts', 'tests/**/*.test.ts'],
    reporters: ['default', './scripts/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two files at a time: most of a file's time is spent waiting on a server, Chromium or a child
    // process, so on the 2-core CI machine two overlap well (Vitest's default there is one).
    maxWorkers: 2,
  },
});
