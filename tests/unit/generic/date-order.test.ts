import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { genericAdapter } from '../../../sites/generic-adapter';
import { reasons } from '../../../sites/generic/messages';
import { pageDateOrder } from '../../../sites/generic/date-order';

// An application writes its numeric dates in one order. On an English page without a region,
// « 05-01-1990 » alone says neither; a date whose day cannot be a month says it, on the same screen
// (date-order.ts) or on an earlier screen of the same application (Frappe Desk: « 14-09-1975 » on the
// previous patient's form, then « 05-01-1990 » on the next one's).
const form = (name: string, dob: string) =>
  `<div class="form"><div><label>First Name</label><div class="value">${name.split(' ')[0]}</div></div><div><label>Last Name</label><div class="value">${name.split(' ')[1]}</div></div><div><label>Date of Birth</label><div class="value">${dob}</div></div></div>`;

describe('the order of numeric dates', () => {
  test('shown by a date whose day cannot be a month, contradicted by none', () => {
    expect(pageDateOrder(['Date of Birth 14-09-1975', 'Visit 05-01-2024'])).toBe('dmy');
    expect(pageDateOrder(['06/25/2021', '09/03/1978'])).toBe('mdy');
    expect(pageDateOrder(['05-01-1990'])).toBeUndefined();
    expect(pageDateOrder(['14-09-1975', '09/25/2021'])).toBeUndefined();
  });

  test('learnt on an earlier screen of the same document, a single-page application', () => {
    const win = new Window({ url: 'https://desk.example/app/patient/PID-41' });
    const doc = win.document as unknown as Document;
    doc.documentElement.lang = 'en';
    const adapter = genericAdapter(reasons);
    const read = () => {
      const d = adapter.detect(doc, new URL(doc.URL));
      return d.kind === 'patient' ? `${d.patient.birthName} ${d.patient.birthDate}` : d.kind;
    };
    doc.body.innerHTML = form('Priya Raghavan', '14-09-1975');
    expect(read()).toBe('Raghavan 1975-09-14');
    win.history.pushState(null, '', '/app/patient/PID-57');
    doc.body.innerHTML = form('Arjun Mehta', '05-01-1990');
    expect(read()).toBe('Mehta 1990-01-05');
    // Without that earlier screen, the same page says no order: no birth date is read.
    expect(genericAdapter(reasons).detect(doc, new URL(doc.URL)).kind).toBe('none');
  });
});
