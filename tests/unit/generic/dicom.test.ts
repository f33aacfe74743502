import { describe, expect, test } from 'vitest';
import { detectPatient } from '../../../sites/generic';
import { dicomName } from '../../../sites/generic/fields';
import type { Detection } from '../../../clinical/identity/patient-context';
import { parsePage } from './load-page';

// PACS web viewers (Orthanc Explorer, OHIF, dcm4chee, Weasis web) show the DICOM tags' keywords as
// labels (`PatientName`, `PatientBirthDate`, `PatientSex`, `PatientID`) and the names as DICOM
// writes them, `FAMILY^GIVEN^MIDDLE`. Each was unread before (no birth date, no name).
const detect = (body: string) => detectPatient(parsePage(`<!doctype html><html lang="en"><body>${body}</body></html>`), 'https://pacs.example');
const who = (d: Detection) => (d.kind === 'patient' ? [d.patient.birthName, d.patient.firstNames, d.patient.birthDate, d.patient.sex, d.patient.recordId].join(' ') : d.kind);
const tag = (k: string, v: string) => `<p>${k}: <strong>${v}</strong></p>`;

describe('DICOM tags as labels', () => {
  test('Orthanc Explorer: the name in a heading, the other tags below it', () => {
    const info = `<ul><li>Patient</li><li><div><h3>GARNIER^JULIEN</h3>${tag('PatientID', 'IPP0391127')}${tag('PatientBirthDate', 'Monday, March 2, 1981')}${tag('PatientSex', 'M')}</div></li></ul>`;
    expect(who(detect(info))).toBe('GARNIER JULIEN 1981-03-02 M IPP0391127');
  });

  test('a labelled name with a middle name, a compact birth date', () => {
    expect(who(detect(`${tag('PatientName', 'DUBOIS^ANNE^MARIE')}${tag('PatientBirthDate', '19680825')}${tag('PatientSex', 'F')}`))).toBe('DUBOIS ANNE MARIE 1968-08-25 F ');
    expect(who(detect(`${tag('PatientName', 'VAN DER BERG^ANNE')}${tag('PatientBirthDate', '19680825')}${tag('PatientSex', 'F')}`))).toBe('VAN DER BERG ANNE 1968-08-25 F ');
  });

  test('a compact date is a birth date only under a birth date’s label', () => {
    expect(detect(`${tag('PatientName', 'DUBOIS^ANNE')}${tag('StudyDate', '20260930')}`).kind).toBe('none');
    expect(detect(`<h3>DUBOIS^ANNE</h3><p>19680825</p><p>58 yrs</p>`).kind).toBe('none');
  });

  test('the referring physician’s name under its own tag is no patient’s', () => {
    expect(detect(`${tag('PatientBirthDate', '19810302')}${tag('ReferringPhysicianName', 'LEFEBVRE^PAUL')}`).kind).toBe('none');
  });

  test('a patients list (one row per patient) stays a list', () => {
    const row = (n: string, d: string) => `<li><h3>${n}</h3>${tag('PatientBirthDate', d)}</li>`;
    expect(detect(`<ul>${row('BENALI^SAMIRA', '19930714')}${row('GARNIER^JULIEN', '19810302')}${row('LAMBERT^LUCAS', '20180505')}</ul>`).kind).toBe('none');
  });
});

describe('dicomName', () => {
  test.each([
    ['GARNIER^JULIEN', 'GARNIER, JULIEN'],
    ['DUBOIS^ANNE^MARIE', 'DUBOIS, ANNE MARIE'],
    ['SMITH^JOHN^^DR^', 'SMITH, JOHN'],
    ['GARNIER^JULIEN PatientID: IPP1', 'GARNIER, JULIEN'],
    ['Jean Dupont', 'Jean Dupont'],
    ['A ^ B', 'A ^ B'],
  ])('%s → %s', (s, out) => expect(dicomName(s)).toBe(out));
});
