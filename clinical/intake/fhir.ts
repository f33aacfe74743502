// FHIR R4 export of the intake's vital signs: a collection Bundle holding the Patient and the
// Observations about them. The vital signs follow the R4 vital-signs profiles (category
// vital-signs, each profile's LOINC code, UCUM units, blood pressure as the 85354-9 panel with
// systolic and diastolic components, subject, effectiveDateTime, status) and claim them in
// meta.profile; the other measures (capillary glucose, waist, pain score) are not vital signs in
// R4 and carry their own category. The Patient carries the INS only for a qualified identity, as
// the INS rules (and FR Core's fr-core-patient-ins) require; see README for what FR Core adds.
import { checkNir } from '../identity/nir';
import type { IntakeVitals } from './vitals';

type Quantity = { value: number; unit: string; system: 'http://unitsofmeasure.org'; code: string };
type Coding = { system: string; code: string; display: string };
type Concept = { coding: Coding[]; text: string };
const q = (value: number, code: string, unit = code): Quantity => ({ value, unit, system: 'http://unitsofmeasure.org', code });
const loinc = (code: string, display: string): Coding => ({ system: 'http://loinc.org', code, display });
const concept = (...codings: Coding[]): Concept => ({ coding: codings, text: codings[0]!.display });
const category = (code: 'vital-signs' | 'laboratory' | 'exam' | 'survey', display: string) =>
  ({ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code, display }] });
const VITAL_SIGNS = category('vital-signs', 'Vital Signs');
const profile = (name: string) => `http://hl7.org/fhir/StructureDefinition/${name}`;

/** INS identifiers: OID of the NIR and of the NIA (temporary number), with FR Core's identifier types. */
export const INS_NIR_OID = 'urn:oid:1.2.250.1.213.1.4.8';
export const INS_NIA_OID = 'urn:oid:1.2.250.1.213.1.4.9';
const FR_CORE_ID_TYPES = 'https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203';

/** Who the observations are about, as read from the record page. */
export interface FhirPatientInput {
  birthName?: string;
  usedName?: string;
  firstNames?: string;
  birthDate: string;
  sex?: 'F' | 'M';
  nir?: string;
  insStatus?: string;
}

export interface FhirPatient {
  resourceType: 'Patient';
  id: string;
  identifier?: { use: 'official'; type: { coding: Coding[] }; system: string; value: string }[];
  name: { use: 'official' | 'usual'; family?: string; given?: string[] }[];
  gender: 'male' | 'female' | 'unknown';
  birthDate: string;
}

export interface FhirObservation {
  resourceType: 'Observation';
  id: string;
  meta?: { profile: string[] };
  status: 'final';
  category: ReturnType<typeof category>[];
  code: Concept;
  subject: { reference: string };
  effectiveDateTime: string;
  valueQuantity?: Quantity;
  component?: { code: Concept; valueQuantity: Quantity }[];
  note?: { text: string }[];
}

export interface FhirBundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: ({ fullUrl: string; resource: FhirPatient } | { fullUrl: string; resource: FhirObservation })[];
}

const uuid = (n: number) => `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The INS (matricule INS: NIR or NIA with its key) only when the identity is qualified and the number checks. */
function insIdentifier(p: FhirPatientInput): FhirPatient['identifier'] {
  if (p.insStatus !== 'qualifiee' || !p.nir) return undefined;
  const nir = checkNir(p.nir);
  if (!nir.ok) return undefined;
  const [code, display, system] = nir.temporary ? ['INS-NIA', 'NIR temporaire', INS_NIA_OID] : ['INS-NIR', 'NIR définitif', INS_NIR_OID];
  return [{ use: 'official', type: { coding: [{ system: FR_CORE_ID_TYPES, code, display }] }, system, value: nir.nir }];
}

export function toFhirPatient(p: FhirPatientInput): FhirPatient {
  const given = p.firstNames?.trim() ? p.firstNames.trim().split(/\s+/) : undefined;
  const identifier = insIdentifier(p);
  return {
    resourceType: 'Patient',
    id: 'patient',
    ...(identifier ? { identifier } : {}),
    name: [
      { use: 'official', ...(p.birthName ? { family: p.birthName } : {}), ...(given ? { given } : {}) },
      ...(p.usedName && p.usedName !== p.birthName ? [{ use: 'usual' as const, family: p.usedName, ...(given ? { given: [given[0]!] } : {}) }] : []),
    ],
    gender: p.sex === 'F' ? 'female' : p.sex === 'M' ? 'male' : 'unknown',
    birthDate: p.birthDate,
  };
}

type ObsBody = Pick<FhirObservation, 'code' | 'valueQuantity' | 'component' | 'note'> & { category: ReturnType<typeof category>; profile?: string };

/** `effective` is an ISO date-time (the intake's time). */
export function toFhirBundle(v: IntakeVitals, effective: string, patient: FhirPatientInput): FhirBundle {
  const obs: ObsBody[] = [];
  const a = v.assessment;
  const e = v.entry;
  const ok = (k: keyof IntakeVitals['errors']) => !v.errors[k]?.length;
  if (a.meanBloodPressure && ok('ta')) {
    const n = e.bloodPressure?.length ?? 1;
    obs.push({
      category: VITAL_SIGNS,
      profile: profile('bp'),
      code: concept(loinc('85354-9', 'Blood pressure panel with all children optional')),
      component: [
        { code: concept(loinc('8480-6', 'Systolic blood pressure')), valueQuantity: q(a.meanBloodPressure.systolic, 'mm[Hg]', 'mmHg') },
        { code: concept(loinc('8462-4', 'Diastolic blood pressure')), valueQuantity: q(a.meanBloodPressure.diastolic, 'mm[Hg]', 'mmHg') },
      ],
      ...(n > 1 ? { note: [{ text: `Mean of ${n} office readings` }] } : {}),
    });
  }
  const vital = (k: keyof IntakeVitals['errors'], value: number | undefined | null, name: string, code: Concept, unit: Quantity) => {
    if (value !== undefined && value !== null && ok(k)) obs.push({ category: VITAL_SIGNS, profile: profile(name), code, valueQuantity: { ...unit, value } });
  };
  vital('fc', e.heartRate, 'heartrate', concept(loinc('8867-4', 'Heart rate')), q(0, '/min', 'beats/minute'));
  vital('poids', e.weightKg, 'bodyweight', concept(loinc('29463-7', 'Body weight')), q(0, 'kg'));
  vital('taille', e.heightCm, 'bodyheight', concept(loinc('8302-2', 'Body height')), q(0, 'cm'));
  if (ok('poids') && ok('taille')) vital('poids', a.bmi, 'bmi', concept(loinc('39156-5', 'Body mass index (BMI) [Ratio]')), q(0, 'kg/m2'));
  vital('temperature', e.temperature, 'bodytemp', concept(loinc('8310-5', 'Body temperature')), q(0, 'Cel', '°C'));
  // The R4 oxygen-saturation profile fixes 2708-6; 59408-5 (by pulse oximetry) says how it was measured.
  vital('spo2', e.spo2, 'oxygensat', concept(loinc('2708-6', 'Oxygen saturation in Arterial blood'), loinc('59408-5', 'Oxygen saturation in Arterial blood by Pulse oximetry')), q(0, '%'));
  // Not vital signs in R4: the glucometer's capillary glucose (fasting has its own LOINC code), the waist, the pain score.
  const other = (k: keyof IntakeVitals['errors'], value: number | undefined, cat: ReturnType<typeof category>, code: Concept, unit: Quantity) => {
    if (value !== undefined && ok(k)) obs.push({ category: cat, code, valueQuantity: { ...unit, value } });
  };
  const glucose = e.glycemia?.fasting === true
    ? loinc('41604-0', 'Fasting glucose [Mass/volume] in Capillary blood')
    : loinc('41653-7', 'Glucose [Mass/volume] in Capillary blood by Glucometer');
  other('glycemie', a.glycemia?.gPerL, category('laboratory', 'Laboratory'), concept(glucose), q(0, 'g/L'));
  other('tour-taille', e.waistCm, category('exam', 'Exam'), concept(loinc('8280-0', 'Waist Circumference at umbilicus by Tape measure')), q(0, 'cm'));
  other('eva', e.pain, category('survey', 'Survey'), concept(loinc('72514-3', 'Pain severity - 0-10 verbal numeric rating [Score] - Reported')), q(0, '{score}'));

  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: effective,
    entry: [
      { fullUrl: uuid(0), resource: toFhirPatient(patient) },
      ...obs.map(({ category: cat, profile: p, ...o }, i) => ({
        fullUrl: uuid(i + 1),
        resource: {
          resourceType: 'Observation' as const,
          id: `obs-${i + 1}`,
          ...(p ? { meta: { profile: [p] } } : {}),
          status: 'final' as const,
          category: [cat],
          subject: { reference: uuid(0) },
          effectiveDateTime: effective,
          ...o,
        },
      })),
    ],
  };
}
