import type { RecordListTopic } from './record-list-words';

// MédiDémo's lists of allergies, current treatments and history on the consultation page
// (demo/src/RecordSummary.tsx). Kept apart from demo.ts, which the record-page script carries on
// every page: these are read only on demand, by the hand-off script. Pages they must match:
// tests/unit/sites/record-lists.test.tsx.
export const demoListSelectors: Readonly<Record<RecordListTopic, string>> = {
  allergies: '[data-md-list="allergies"]',
  traitements: '[data-md-list="traitements"]',
  antecedents: '[data-md-list="antecedents"]',
};
