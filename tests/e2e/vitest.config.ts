import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium on the demo record software.
// One browser at a time (2-core machines), generous timeouts, no retries (a flaky test is a bug).
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
