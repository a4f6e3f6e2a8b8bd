import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // Scheduler and process tests spawn real shells; give them room on a 2-CPU machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One worker per core. Vitest's default leaves one idle (a single worker on 2 cores), yet most
    // of the suite's time is spent waiting on the shells, git and runners it starts: with 2 workers
    // the suite takes half the time on 2 cores (issue 29; docs/development.md).
    maxWorkers: os.availableParallelism(),
  },
});
