import { taughtAdapter } from '../../sites/taught-adapter';
import { TAUGHT_READER } from '../../messaging/page-inject';

// The reader of rules the user taught, injected on demand into the pages of sites that have one
// (the record-page script asks for it): wiring only. It hands its adapter factory to the record
// script, which runs in the same isolated world.
export default defineContentScript({
  registration: 'runtime',
  main() {
    (globalThis as Record<string, unknown>)[TAUGHT_READER] = taughtAdapter;
  },
});
