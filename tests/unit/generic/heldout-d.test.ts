import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { detect, who } from './detect-body';

// Wrong patients found on the fourth held-out batch (tests/fixtures/corpus/HOLDOUT-2026-12-03d.md).

beforeAll(() => vi.useFakeTimers({ now: new Date('2026-06-15T10:00:00'), toFake: ['Date'] }));
afterAll(() => vi.useRealTimers());

// CommCare HQ's case page: rows of « th caption | td value » pairs, several pairs per row.
const cc = (rows: string[][][]) => `<table>${rows.map((r) => `<tr>${r.map(([k, v]) => `<th>${k}</th><td>${v}</td>`).join('')}</tr>`).join('')}</table>`;

describe('a table of caption / value cells, several pairs per row (CommCare HQ)', () => {
  test('a name’s value ends at the next header cell', () => {
    const page = cc([[['Name', 'Mwanaisha Said'], ['Opened On', 'Oct 14, 2025 09:12 EAT'], ['Owner', 'Kilimani CHV Group']]]) +
      cc([[['Date of Birth', '1994-02-17'], ['Sex', 'female'], ['Age', '32']]]);
    expect(who(detect(page, 'en'))).toBe('Said Mwanaisha 1994-02-17 F');
  });

  test('a name beside a caption no name label matches (« Husband’s Name », « Mother’s Name ») is not read as the patient’s', () => {
    const page = (kin: string) => cc([[['Name', 'Baraka Juma'], ['Opened On', 'Aug 20, 2025 08:31 EAT']]]) +
      cc([[['Date of Birth', '2025-08-19'], ['Sex', 'male'], ['Age (months)', '9']], [[kin, 'Rehema Juma'], ['Birth Weight (kg)', '3.1']]]);
    expect(who(detect(page('Mother’s Name'), 'en'))).toBe('Juma Baraka 2025-08-19 M');
    // The same in a definition list.
    const dl = '<dl><dt>Name</dt><dd>Mwanaisha Said</dd></dl><dl><dt>Date of Birth</dt><dd>1994-02-17</dd><dt>Husband</dt><dd>Said Omari</dd></dl>';
    expect(who(detect(dl, 'en'))).toBe('Said Mwanaisha 1994-02-17 -');
  });
});

describe('SanteDB’s patient view (SanteMPI)', () => {
  test('the badge naming a name’s use (« Legal ») is no first name', () => {
    const row = (k: string, v: string) => `<div class="row"><label class="control-label">${k}</label><div class="col">${v}</div></div>`;
    const page = row('Name', '<ul><li><span><span class="badge badge-dark"> Legal </span> Awa Mariam Diallo </span></li></ul>') +
      row('Date of Birth', '<span>1984-09-23 <span>(41 years)</span></span>') + row('Gender', '<span><i class="fas fa-female"></i> Female</span>');
    expect(who(detect(page, 'en'))).toBe('Diallo Awa Mariam 1984-09-23 F');
  });

  test('the status menu inside the name’s heading is no part of the name', () => {
    const page = '<div class="card"><h5>Ousmane Bah <div class="d-inline"><button type="button" class="btn"> Active <div class="dropdown-menu"><a>Inactivate</a><a>Obsolete</a><a>Nullify</a></div></button></div></h5>' +
      '<div class="d-flex"><div class="p-2"><i class="fas fa-male"></i> Male</div><div class="p-2"><i class="fas fa-birthday-cake"></i> 1971-12-30 ( 54 years )</div></div></div>';
    expect(who(detect(page, 'en'))).toBe('Bah Ousmane 1971-12-30 M');
  });
});
