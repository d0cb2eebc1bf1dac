import { defineConfig } from 'vitest/config';

// End-to-end tests drive the real extension in Debian's Chromium; one browser at a time on 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
