import { describe, expect, it } from 'vitest';
import { classifyField } from '../../../sites/forms/classify-field';
import { collectFields } from '../../../sites/forms/collect-fields';
import { CORPUS_FILES, loadFixture } from './load-fixture';

// The corpus: every fixture field carries data-expected (read here only; the collector
// never reads data-* attributes). A field counts as predicted when the classifier names a
// key; precision = right keys / keys named, recall = right keys / fields that have a key.

interface Row {
  file: string;
  expected: string | null;
  predicted: string | null;
  evidence: string;
  label: string;
}

function corpusRows(): Row[] {
  const rows: Row[] = [];
  for (const file of CORPUS_FILES) {
    const doc = loadFixture(file);
    const fields = collectFields(doc);
    const collected = new Set(fields.flatMap((f) => f.elements));
    for (const el of Array.from(doc.querySelectorAll('[data-expected]'))) {
      // A labelled field the collector missed is a recall loss, not a silent pass.
      if (!collected.has(el as HTMLElement)) rows.push({ file, expected: el.getAttribute('data-expected'), predicted: 'NOT COLLECTED', evidence: '', label: el.outerHTML.slice(0, 80) });
    }
    for (const field of fields) {
      const expectedAttr = field.elements[0]!.getAttribute('data-expected');
      const result = classifyField(field);
      const d = field.descriptor;
      rows.push({
        file,
        expected: expectedAttr === null ? 'MISSING data-expected' : expectedAttr === 'null' ? null : expectedAttr,
        predicted: result.key,
        evidence: result.evidence,
        label: d.labels[0] ?? (d.ariaLabel || d.placeholder || d.nearby || d.columnHeader || d.name),
      });
    }
  }
  return rows;
}

describe('classification corpus', () => {
  const rows = corpusRows();

  it('labels every collected field and collects every labelled field', () => {
    expect(rows.filter((r) => r.expected === 'MISSING data-expected' || r.predicted === 'NOT COLLECTED')).toEqual([]);
  });

  it('holds at least 40 labelled fields, positives and negatives, French and English', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(rows.filter((r) => r.expected === null).length).toBeGreaterThanOrEqual(10);
  });

  it('reaches precision ≥ 0.95 and recall ≥ 0.85', () => {
    const predicted = rows.filter((r) => r.predicted !== null && r.predicted !== 'NOT COLLECTED');
    const positives = rows.filter((r) => r.expected !== null);
    const correct = predicted.filter((r) => r.predicted === r.expected);
    const precision = correct.length / predicted.length;
    const recall = correct.length / positives.length;
    const errors = rows.filter((r) => r.predicted !== r.expected);
    console.log(
      `Corpus: ${rows.length} fields (${positives.length} with a key, ${rows.length - positives.length} negatives) — ` +
        `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
    );
    for (const e of errors) console.log(`  ✗ ${e.file} « ${e.label} »: expected ${e.expected}, got ${e.predicted} (${e.evidence})`);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });

  it('never reads data-expected: removing it changes no descriptor', () => {
    for (const file of CORPUS_FILES) {
      const doc = loadFixture(file);
      const before = collectFields(doc).map((f) => f.descriptor);
      for (const el of Array.from(doc.querySelectorAll('[data-expected]'))) el.setAttribute('data-expected', 'firstName');
      const tampered = collectFields(doc).map((f) => f.descriptor);
      for (const el of Array.from(doc.querySelectorAll('[data-expected]'))) el.removeAttribute('data-expected');
      const after = collectFields(doc).map((f) => f.descriptor);
      expect(tampered).toEqual(before);
      expect(after).toEqual(before);
      expect(JSON.stringify(before)).not.toContain('data-expected');
    }
  });
});
