import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// End-to-end tests: the built extension in real Chromium and Firefox ESR on the demo record
// software. Generous timeouts, no retries (a flaky test is a bug).
// The tests mostly wait on the browsers, so two files run at once, each with its own browser
// (E2E_WORKERS=1: one at a time); the longest start first, so that both workers end together
// (without Vitest's cache of past durations, as on a fresh CI machine, it would start the biggest
// files). Then, one at a time, the files that judge within bounded waits: the two corpus runs
// (each already reads with several browsers, CORPUS_BROWSERS) and the 1 000-switch soak.
const SOLO = ['tests/e2e/corpus.e2e.ts', 'tests/e2e/corpus-firefox.e2e.ts', 'tests/e2e/soak.e2e.ts'];
const LONGEST = ['store-package', 'prefill-scripted', 'a11y', 'faults'];
const rank = (f: TestSpecification) => {
  const i = LONGEST.findIndex((name) => f.moduleId.endsWith(`/${name}.e2e.ts`));
  return i < 0 ? LONGEST.length : i;
};
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.e2e.ts'], exclude: SOLO, maxWorkers: Math.max(1, Number(process.env.E2E_WORKERS) || 2), sequence: { groupOrder: 0 } },
      },
      { extends: true, test: { name: 'solo', include: SOLO, maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
});
