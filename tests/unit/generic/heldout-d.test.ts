import { describe, expect, test } from 'vitest';
import { detect, who } from './detect-body';

// Wrong patients found on the fourth held-out batch (tests/fixtures/corpus/HOLDOUT-2026-12-03d.md).

// Ages are left out where a label or an icon names the birth date: the tests hold whatever today is.
// CommCare HQ's case page: rows of « th caption | td value » pairs, several pairs per row.
const cc = (rows: string[][][]) => `<table>${rows.map((r) => `<tr>${r.map(([k, v]) => `<th>${k}</th><td>${v}</td>`).join('')}</tr>`).join('')}</table>`;

describe('a table of caption / value cells, several pairs per row (CommCare HQ)', () => {
  test('a name’s value ends at the next header cell', () => {
    const page = cc([[['Name', 'Mwanaisha Said'], ['Opened On', 'Oct 14, 2025 09:12 EAT'], ['Owner', 'Kilimani CHV Group']]]) +
      cc([[['Date of Birth', '1994-02-17'], ['Sex', 'female']]]);
    expect(who(detect(page, 'en'))).toBe('Said Mwanaisha 1994-02-17 F');
  });

  test('a name beside a caption no name label matches (« Husband’s Name », « Mother’s Name ») is not read as the patient’s', () => {
    const page = (kin: string) => cc([[['Name', 'Baraka Juma'], ['Opened On', 'Aug 20, 2025 08:31 EAT']]]) +
      cc([[['Date of Birth', '2025-08-19'], ['Sex', 'male']], [[kin, 'Rehema Juma'], ['Birth Weight (kg)', '3.1']]]);
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
      row('Date of Birth', '<span>1984-09-23</span>') + row('Gender', '<span><i class="fas fa-female"></i> Female</span>');
    expect(who(detect(page, 'en'))).toBe('Diallo Awa Mariam 1984-09-23 F');
  });

  test('the status menu inside the name’s heading is no part of the name', () => {
    const page = '<div class="card"><h5>Ousmane Bah <div class="d-inline"><button type="button" class="btn"> Active <div class="dropdown-menu"><a>Inactivate</a><a>Obsolete</a><a>Nullify</a></div></button></div></h5>' +
      '<div class="d-flex"><div class="p-2"><i class="fas fa-male"></i> Male</div><div class="p-2"><i class="fas fa-birthday-cake"></i> 1971-12-30</div></div></div>';
    expect(who(detect(page, 'en'))).toBe('Bah Ousmane 1971-12-30 M');
  });
});

describe('a DICOM viewer’s patient header (OHIF Viewer v3)', () => {
  const header = (rows: string) => `<div class="hdr"><span>OHIF</span><div class="pinfo"><div class="nm">MOREAU, ELISE ANNE</div>${rows}</div></div>`;
  const row = (id: string, sex: string, date: string) => `<div class="row"><div>${id}</div><div>${sex}</div><div>${date}</div></div>`;

  test('a sex letter alone in the box beside a date alone is one piece with it: the birth date', () => {
    expect(who(detect(header(row('HSP0042817', 'F', '07-Jun-1962')), 'en'))).toBe('MOREAU ELISE ANNE 1962-06-07 F');
  });

  test('not in a table’s or a list’s cells, nor for a recent date, nor twice', () => {
    // OSCAR's search results with one entry: its header row holds captions the reader does not take as labels.
    const table = '<table><tr><td>Demographic No</td><td>Name</td><td>Sex</td><td>DOB (yyyy-mm-dd)</td><td>Roster Status</td></tr><tr><td>3187</td><td>Gagnon, Louis</td><td>M</td><td>1952-11-02</td><td>RO</td></tr></table>';
    expect(who(detect(table, 'en'))).toBe('none');
    expect(who(detect('<ul><li><div>MOREAU, ELISE ANNE</div><div>F</div><div>07-Jun-1962</div></li></ul>', 'en'))).toBe('none');
    // A date of this year (a study date) is no birth date shown beside the sex.
    expect(who(detect(header(row('HSP0042817', 'F', `01-Jan-${new Date().getFullYear()}`)), 'en'))).toBe('none');
    expect(who(detect(header(row('HSP0042817', 'F', '07-Jun-1962') + row('HSP0051190', 'M', '23-Oct-1990')), 'en'))).toBe('none');
  });
});
