import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests. End-to-end tests have their own config (tests/e2e/vitest.config.ts).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // `npm test` runs these beside the type check and the builds: CPU-heavy tests (the backup's
    // PBKDF2, 600 000 iterations) get more than the default 5 s on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
