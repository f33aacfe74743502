import { collectFields } from './collect-fields';
import { looksGenerated } from './classify-field';
import type { FieldDescriptor } from './field-descriptor';
import { normalizeText } from './text-normalize';

// A stable name for a form, so a mapping the user confirmed can be remembered and offered
// again next time. Built from what identifies the fields (kind, type, name, stable id,
// autocomplete, main label), never from their values or generated ids, and independent of
// field order (layouts reflow; the same fields are the same form).

/** Signature of one field: stable across visits, usable as a key for a remembered mapping. */
export function fieldSignature(d: FieldDescriptor): string {
  const label = d.labels[0] ?? (d.ariaLabel || d.placeholder || d.nearby || d.group);
  const parts = [d.kind, d.type, d.name, looksGenerated(d.id) ? '' : d.id, d.autocomplete, normalizeText(label)];
  return `f1-${hash(parts.join('\u001f'))}`;
}

/** Signature of all visible fields under root: `form1-<hash>-<field count>`. */
export function formSignature(root: Document | Element): string {
  const fields = collectFields(root).map((f) => fieldSignature(f.descriptor));
  fields.sort();
  return `form1-${hash(fields.join('\n'))}-${fields.length}`;
}

/** cyrb53: a small, well-spread 53-bit string hash (not cryptographic; none needed). */
function hash(input: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
