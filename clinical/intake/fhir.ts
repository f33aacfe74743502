// FHIR R4 export of the intake's vital signs: a collection Bundle of Observations coded with
// LOINC (vital-signs profile codes) and UCUM units. No patient identifier is included: the file
// is meant to be attached to the record it was exported from.
import type { IntakeVitals } from './vitals';

type Quantity = { value: number; unit: string; system: 'http://unitsofmeasure.org'; code: string };
const q = (value: number, code: string, unit = code): Quantity => ({ value, unit, system: 'http://unitsofmeasure.org', code });
const coding = (code: string, display: string) => ({ coding: [{ system: 'http://loinc.org', code, display }], text: display });
const VITAL_SIGNS = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs', display: 'Vital Signs' }] };

export interface FhirObservation {
  resourceType: 'Observation';
  id: string;
  status: 'final';
  category: (typeof VITAL_SIGNS)[];
  code: ReturnType<typeof coding>;
  effectiveDateTime: string;
  valueQuantity?: Quantity;
  component?: { code: ReturnType<typeof coding>; valueQuantity: Quantity }[];
  note?: { text: string }[];
}

export interface FhirBundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: FhirObservation }[];
}

/** `effective` is an ISO date-time (the intake's time). */
export function toFhirBundle(v: IntakeVitals, effective: string): FhirBundle {
  const obs: Omit<FhirObservation, 'resourceType' | 'id' | 'status' | 'category' | 'effectiveDateTime'>[] = [];
  const a = v.assessment;
  const e = v.entry;
  const ok = (k: keyof IntakeVitals['errors']) => !v.errors[k]?.length;
  if (a.meanBloodPressure && ok('ta')) {
    const n = e.bloodPressure?.length ?? 1;
    obs.push({
      code: coding('85354-9', 'Blood pressure panel with all children optional'),
      component: [
        { code: coding('8480-6', 'Systolic blood pressure'), valueQuantity: q(a.meanBloodPressure.systolic, 'mm[Hg]', 'mmHg') },
        { code: coding('8462-4', 'Diastolic blood pressure'), valueQuantity: q(a.meanBloodPressure.diastolic, 'mm[Hg]', 'mmHg') },
      ],
      ...(n > 1 ? { note: [{ text: `Mean of ${n} office readings` }] } : {}),
    });
  }
  const single = (k: keyof IntakeVitals['errors'], value: number | undefined, code: string, display: string, unit: Quantity) =>
    value !== undefined && ok(k) && obs.push({ code: coding(code, display), valueQuantity: { ...unit, value } });
  single('fc', e.heartRate, '8867-4', 'Heart rate', q(0, '/min'));
  single('poids', e.weightKg, '29463-7', 'Body weight', q(0, 'kg'));
  single('taille', e.heightCm, '8302-2', 'Body height', q(0, 'cm'));
  if (a.bmi !== null && ok('poids') && ok('taille')) obs.push({ code: coding('39156-5', 'Body mass index (BMI) [Ratio]'), valueQuantity: q(a.bmi, 'kg/m2') });
  single('temperature', e.temperature, '8310-5', 'Body temperature', q(0, 'Cel', '°C'));
  single('spo2', e.spo2, '59408-5', 'Oxygen saturation in Arterial blood by Pulse oximetry', q(0, '%'));
  // The checklist's glycaemia is capillary (glucometer); fasting has its own LOINC code.
  const glucose = e.glycemia?.fasting === true
    ? coding('41604-0', 'Fasting glucose [Mass/volume] in Capillary blood')
    : coding('41653-7', 'Glucose [Mass/volume] in Capillary blood by Glucometer');
  if (a.glycemia && ok('glycemie')) obs.push({ code: glucose, valueQuantity: q(a.glycemia.gPerL, 'g/L') });
  single('tour-taille', e.waistCm, '8280-0', 'Waist Circumference at umbilicus by Tape measure', q(0, 'cm'));
  single('eva', e.pain, '72514-3', 'Pain severity - 0-10 verbal numeric rating [Score] - Reported', q(0, '{score}'));
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: effective,
    entry: obs.map((o, i) => ({
      fullUrl: `urn:uuid:00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      resource: { resourceType: 'Observation', id: `obs-${i + 1}`, status: 'final', category: [VITAL_SIGNS], effectiveDateTime: effective, ...o },
    })),
  };
}
