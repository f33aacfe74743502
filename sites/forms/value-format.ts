import { formatPhone } from '../../clinical/admin/phone';
import type { ProfileFieldKey } from '../../clinical/admin/field-keys';
import type { FieldDescriptor } from './field-descriptor';
import { DATE_FORMAT_HINTS } from './field-labels';
import { normalizeText } from './text-normalize';

// Shaping a profile value for one text field: dates in the format the field announces,
// phones without spaces when the field is too short for them, the 13-digit NIR body when
// the key sits in a separate box. Returns null when the value cannot fit.

const PHONE_KEYS = new Set<ProfileFieldKey>([
  'phone', 'phoneMobile', 'phoneHome', 'phoneWork', 'trustedPersonPhone', 'emergencyContactPhone',
]);

export function formatForTextField(d: FieldDescriptor, key: ProfileFieldKey, value: string): string | null {
  let out = value;
  if (key === 'birthDate') out = formatDate(d, value);
  else if (key === 'birthDate.year' && d.maxLength === 2) out = value.slice(-2);
  else if (key === 'birthDate.day' || key === 'birthDate.month') out = value.padStart(2, '0');
  else if (PHONE_KEYS.has(key) && d.maxLength !== null && d.maxLength < value.length) out = formatPhone(value, 'compact');
  else if ((key === 'nir' || key === 'insuredNir') && d.maxLength === 13) out = value.slice(0, 13);
  if (d.maxLength !== null && d.maxLength > 0 && out.length > d.maxLength) return null;
  return out;
}

function formatDate(d: FieldDescriptor, iso: string): string {
  if (d.type === 'date') return iso;
  const [y, m, day] = iso.split('-');
  const hint = normalizeText([d.placeholder, d.title, ...d.labels, d.ariaLabel].join(' '));
  const format = DATE_FORMAT_HINTS.find((h) => hint.includes(h.pattern))?.format ?? 'fr';
  if (format === 'iso') return iso;
  if (format === 'us') return `${m}/${day}/${y}`;
  return `${day}/${m}/${y}`;
}
