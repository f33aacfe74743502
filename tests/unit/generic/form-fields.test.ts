import { describe, expect, test } from 'vitest';
import { detectPatient } from '../../../sites/generic';
import { parsePage } from './load-page';
import { who } from './detect-body';

// A record's edit form (OpenELIS Global 2's patient form, Ottehr's patient profile), read as a
// person reads it: each field's caption names its own control; a select with many choices still
// says the sex chosen; the responsible party's block is another person's.
const detect = (body: string, title = 'Patient') =>
  detectPatient(parsePage(`<!doctype html><html lang="en"><head><title>${title}</title></head><body>${body}</body></html>`), 'https://x.example');
const field = (id: string, label: string, value: string) => `<div class="item"><label for="${id}">${label}</label><input id="${id}" name="${id}" value="${value}"></div>`;
const sex = (id: string, options: string[], chosen: string) =>
  `<div class="item"><label for="${id}">${id}</label><select id="${id}" name="${id}">${options.map((o) => `<option${o === chosen ? ' selected' : ''}>${o}</option>`).join('')}</select></div>`;

describe('form fields', () => {
  test('a heading read as a label (« Patient ») takes no other field’s caption as its value', () => {
    // Was mixed names: « Patient » paired with « Unique Health ID number », read as a name.
    const form = `<h4>Patient</h4>${field('subjectNumber', 'Unique Health ID number', '1214')}${field('lastName', 'Last Name', 'KOMPAORE')}${field('firstName', 'First Name', 'Aïcha')}${field('dob', 'Date of Birth', '2021-04-17')}`;
    expect(who(detect(form))).toBe('KOMPAORE Aïcha 2021-04-17 -');
  });

  test('a sex select with more than three choices still gives the sex chosen', () => {
    const form = `${field('patient-last-name', 'Last name', 'Nguyen')}${field('patient-first-name', 'First name', 'Minh Anh')}${field('patient-dob', 'Date of birth', '2016-05-09')}${sex('patient-birth-sex', ['Select', 'Male', 'Female', 'Intersex'], 'Female')}`;
    // happy-dom shows the first option whatever `selected` says: the chosen one is marked as a browser does.
    const doc = parsePage(`<!doctype html><html lang="en"><body>${form}</body></html>`);
    for (const s of Array.from(doc.querySelectorAll('select'))) Array.from(s.options).find((o) => o.hasAttribute('selected'))!.selected = true;
    expect(who(detectPatient(doc, 'https://x.example'))).toBe('Nguyen Minh Anh 2016-05-09 F');
  });

  test('a responsible party’s identity and birth date, under its section title, are not the patient’s', () => {
    const patient = `<section><h2>Patient information</h2>${field('pl', 'Last name', 'Nguyen')}${field('pf', 'First name', 'Minh Anh')}${field('pd', 'Date of birth', '2016-05-09')}</section>`;
    const party = `<section><h2>Responsible party information</h2>${field('rf', 'First name', 'Thi Lan')}${field('rl', 'Last name', 'Nguyen')}${field('rd', 'Date of birth', '1985-01-17')}</section>`;
    // Was two patients. The page's title names the patient; without it, still refused.
    expect(who(detect(patient + party, 'Nguyen, Minh Anh | Patient Profile'))).toBe('Nguyen Minh Anh 2016-05-09 -');
    expect(detect(patient + party, 'Patient Profile').kind).not.toBe('patient');
    // The responsible party's block alone (an intake page's form): no patient.
    expect(detect(party, 'Nguyen, Thi Lan').kind).toBe('none');
  });

  test('a birth date typed in three boxes (year, month, day) is read whole', () => {
    // OSCAR's edit form: « DOB (yyyymmdd): » then year_of_birth, month_of_birth, date_of_birth. Was: no birth date.
    const boxes = (y: string, m: string, d: string) =>
      `<table><tr><td><b>Last Name: </b></td><td><input name="last_name" value="TREMBLAY"></td><td><b>First Name: </b></td><td><input name="first_name" value="Élodie"></td></tr>
      <tr><td><b>DOB</b><font>(yyyymmdd)</font><b>:</b></td><td><input name="year_of_birth" value="${y}"> <input name="month_of_birth" value="${m}"> <input name="date_of_birth" value="${d}"></td></tr></table>`;
    expect(who(detect(boxes('1983', '06', '14')))).toBe('TREMBLAY Élodie 1983-06-14 -');
    expect(who(detect(boxes('1983', '6', '4')))).toBe('TREMBLAY Élodie 1983-06-04 -');
    // A month's name, as in SORMAS's boxes (one mechanism for both).
    expect(who(detect(boxes('1983', 'jun', '14')))).toBe('TREMBLAY Élodie 1983-06-14 -');
    // A part missing, or neither a number nor a month: no birth date.
    expect(detect(boxes('', '06', '14')).kind).toBe('none');
    expect(detect(boxes('1983', 'xx', '14')).kind).toBe('none');
    expect(detect(boxes('1983', '06', '')).kind).toBe('none');
  });

  describe('a birth date in three fields named for their parts: one reading for every naming', () => {
    const names = `<p>Last Name: <b>TREMBLAY</b></p><p>First Name: <b>Élodie</b></p>`;
    const select = (name: string, v: string) => `<select name="${name}"><option>--</option><option selected>${v}</option></select>`;
    test.each([
      // « <part> of birth », the day not named as the whole date, each box in its own cell. Was: no birth date.
      ['day/month/year of birth, in separate cells', `<table><tr><td><input name="day_of_birth" value="14"></td><td><input name="month_of_birth" value="6"></td><td><input name="year_of_birth" value="1983"></td></tr></table>`],
      // OSCAR's boxes, each in its own cell. Was: no birth date (the boxes had to share one parent).
      ['OSCAR’s boxes in separate cells', `<table><tr><td><input name="year_of_birth" value="1983"></td><td><input name="month_of_birth" value="06"></td><td><input name="date_of_birth" value="14"></td></tr></table>`],
      // French, the part first, in selects. Was: no birth date (only text boxes were read so).
      ['jour / mois / année de naissance in selects', `<div>${select('jour_naissance', '14')}${select('mois_naissance', 'juin')}${select('annee_naissance', '1983')}</div>`],
      // The part last, in camel case (SORMAS).
      ['birthdateDD / MM / YYYY', `<div>${select('birthdateDD', '14')}${select('birthdateMM', '6')}${select('birthdateYYYY', '1983')}</div>`],
      ['dobJJ / dobMM / dobAAAA', `<div><input name="dobJJ" value="14"><input name="dobMM" value="06"><input name="dobAAAA" value="1983"></div>`],
    ])('%s', (_, boxes) => expect(who(detect(names + boxes))).toBe('TREMBLAY Élodie 1983-06-14 -'));

    test('a whole date in a field whose name holds a part word is read as one', () => {
      expect(who(detect(`${names}<p><input name="birth_date" value="1983-06-14"></p>`))).toBe('TREMBLAY Élodie 1983-06-14 -');
      expect(who(detect(`${names}<p><input name="date_of_birth" value="14/06/1983"></p>`))).toBe('TREMBLAY Élodie 1983-06-14 -');
    });

    test('parts of another date (a card’s expiry) are no birth date', () => {
      expect(detect(`${names}<div><input name="expiry_day" value="14"><input name="expiry_month" value="06"><input name="expiry_year" value="2029"></div>`).kind).toBe('none');
      expect(detect(`${names}<div><input name="day_of_visit" value="14"><input name="month_of_visit" value="06"><input name="year_of_visit" value="2025"></div>`).kind).toBe('none');
    });
  });
});

describe('a breadcrumb is navigation, never a name', () => {
  // BLIS: « Home / Patient / Edit Patient » above the edit form. Was: « Patient » read as a label
  // and « Edit Patient » as its value, a name (PATIENT Edit) beside the birth date.
  const crumbs = `<ol class="breadcrumb"><li><a href="#">Home</a></li><li><a href="#">Patient</a></li><li class="active">Edit Patient</li></ol>`;
  test('its items are no label and no value', () => {
    expect(detect(`${crumbs}<p>Date of Birth: 1979-02-05</p>`).kind).toBe('none');
    expect(detect(`<nav aria-label="Breadcrumb"><span>Patient</span> › <span>Martin Dupont</span></nav><p>DOB: 1979-02-05</p><p>46 yrs</p>`).kind).toBe('none');
  });
  test('the form below it is read as before', () => {
    expect(who(detect(`${crumbs}<form>${field('name', 'Name', 'Peter Mwangi Kariuki')}${field('dob', 'Date of Birth', '1979-02-05')}</form>`))).toBe('Kariuki Peter Mwangi 1979-02-05 -');
  });
});
