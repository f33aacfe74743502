// The constraints of the FHIR R4 (4.0.1) vital-signs profiles that the export relies on, encoded
// for the tests (no network validator here). Sources: hl7.org/fhir/R4/vitalsigns.html and the
// StructureDefinitions vitalsigns, bp, heartrate, bodyweight, bodyheight, bmi, bodytemp,
// oxygensat; Bundle (bdl-7: fullUrl unique), Reference resolution inside a Bundle, the id and
// dateTime datatypes, and the INS identifier's OIDs. Returns the problems found, as paths.
type Json = Record<string, unknown>;
const UCUM = 'http://unitsofmeasure.org';
const LOINC = 'http://loinc.org';
const CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';

/** Per vital-signs profile: the LOINC code its `code` must contain and the UCUM units its value may use. */
export const VITAL_PROFILES: Record<string, { code: string; units: string[] }> = {
  'http://hl7.org/fhir/StructureDefinition/bp': { code: '85354-9', units: [] },
  'http://hl7.org/fhir/StructureDefinition/heartrate': { code: '8867-4', units: ['/min'] },
  'http://hl7.org/fhir/StructureDefinition/bodyweight': { code: '29463-7', units: ['kg', 'g', '[lb_av]'] },
  'http://hl7.org/fhir/StructureDefinition/bodyheight': { code: '8302-2', units: ['cm', '[in_i]'] },
  'http://hl7.org/fhir/StructureDefinition/bmi': { code: '39156-5', units: ['kg/m2'] },
  'http://hl7.org/fhir/StructureDefinition/bodytemp': { code: '8310-5', units: ['Cel', '[degF]'] },
  'http://hl7.org/fhir/StructureDefinition/oxygensat': { code: '2708-6', units: ['%'] },
};
const STATUS = ['registered', 'preliminary', 'final', 'amended', 'corrected', 'cancelled', 'entered-in-error', 'unknown'];
const ID = /^[A-Za-z0-9\-.]{1,64}$/;
const DATE_TIME = /^([0-9]{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;
const DATE = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
const UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const codings = (c: unknown): Json[] => (Array.isArray((c as Json | undefined)?.coding) ? ((c as Json).coding as Json[]) : []);
const hasCoding = (c: unknown, system: string, code: string) => codings(c).some((x) => x.system === system && x.code === code);

function quantity(qty: unknown, path: string, units: string[] | null, out: string[]) {
  const q = qty as Json | undefined;
  if (!q) return void out.push(`${path}: missing`);
  if (typeof q.value !== 'number' || !Number.isFinite(q.value)) out.push(`${path}.value: required decimal`);
  if (typeof q.unit !== 'string' || !q.unit) out.push(`${path}.unit: required`);
  if (q.system !== UCUM) out.push(`${path}.system: must be UCUM`);
  if (typeof q.code !== 'string' || !q.code) out.push(`${path}.code: required`);
  else if (units && !units.includes(q.code)) out.push(`${path}.code: ${q.code} not in ${units.join(', ')}`);
}

export function validateVitalSignsBundle(bundle: unknown): string[] {
  const out: string[] = [];
  const b = bundle as Json;
  if (b.resourceType !== 'Bundle') out.push('resourceType: Bundle expected');
  if (!['collection', 'document', 'transaction', 'batch', 'message', 'searchset', 'history'].includes(String(b.type))) out.push('type: invalid');
  const entries = Array.isArray(b.entry) ? (b.entry as Json[]) : [];
  const byUrl = new Map<string, Json>();
  entries.forEach((e, i) => {
    const url = String(e.fullUrl);
    if (!UUID.test(url)) out.push(`entry[${i}].fullUrl: not a urn:uuid`);
    if (byUrl.has(url)) out.push(`entry[${i}].fullUrl: duplicate (bdl-7)`);
    byUrl.set(url, e.resource as Json);
  });
  entries.forEach((e, i) => {
    const r = e.resource as Json;
    const at = `entry[${i}].resource`;
    if (typeof r?.id !== 'string' || !ID.test(r.id)) out.push(`${at}.id: invalid`);
    if (r?.resourceType === 'Patient') {
      if (r.birthDate !== undefined && !DATE.test(String(r.birthDate))) out.push(`${at}.birthDate: invalid date`);
      if (r.gender !== undefined && !['male', 'female', 'other', 'unknown'].includes(String(r.gender))) out.push(`${at}.gender: invalid`);
      for (const [j, id] of ((r.identifier as Json[] | undefined) ?? []).entries()) {
        if (id.system === 'urn:oid:1.2.250.1.213.1.4.8' && !hasCoding(id.type, 'https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203', 'INS-NIR')) out.push(`${at}.identifier[${j}].type: INS-NIR expected`);
        if (typeof id.value !== 'string' || !/^[0-9]{5}(?:[0-9]{2}|2A|2B)[0-9]{8}$/.test(id.value)) out.push(`${at}.identifier[${j}].value: not a 15-character matricule INS`);
      }
      return;
    }
    if (r?.resourceType !== 'Observation') return void out.push(`${at}.resourceType: Patient or Observation expected`);
    if (!STATUS.includes(String(r.status))) out.push(`${at}.status: required`);
    if (!codings(r.code).length) out.push(`${at}.code: required`);
    // Every Observation here needs a subject that resolves to the Bundle's Patient.
    const subject = (r.subject as Json | undefined)?.reference;
    if (typeof subject !== 'string') out.push(`${at}.subject: required`);
    else if ((byUrl.get(subject) as Json | undefined)?.resourceType !== 'Patient') out.push(`${at}.subject: does not resolve to a Patient in the Bundle`);
    const effective = r.effectiveDateTime;
    if (typeof effective !== 'string' || !DATE_TIME.test(effective)) out.push(`${at}.effectiveDateTime: invalid`);
    const vital = ((r.category as unknown[] | undefined) ?? []).some((c) => hasCoding(c, CATEGORY, 'vital-signs'));
    const profiles = ((r.meta as Json | undefined)?.profile as string[] | undefined) ?? [];
    const claimed = profiles.filter((p) => p in VITAL_PROFILES);
    if (!vital) {
      if (claimed.length) out.push(`${at}.category: vital-signs required by ${claimed.join(', ')}`);
      if (r.valueQuantity) quantity(r.valueQuantity, `${at}.valueQuantity`, null, out);
      return;
    }
    // vitalsigns: effective[x] 1..1 (vs-1: a dateTime at least to the day), subject 1..1, a specific profile here.
    if (typeof effective === 'string' && !/^\d{4}-\d{2}-\d{2}/.test(effective)) out.push(`${at}.effectiveDateTime: not to the day (vs-1)`);
    if (claimed.length !== 1) return void out.push(`${at}.meta.profile: one vital-signs profile expected`);
    const p = VITAL_PROFILES[claimed[0]!]!;
    if (!hasCoding(r.code, LOINC, p.code)) out.push(`${at}.code: LOINC ${p.code} required by ${claimed[0]}`);
    const components = (r.component as Json[] | undefined) ?? [];
    if (p.code === '85354-9') {
      if (r.valueQuantity !== undefined) out.push(`${at}.value[x]: the panel has no value of its own`);
      for (const [code, name] of [['8480-6', 'systolic'], ['8462-4', 'diastolic']] as const) {
        const c = components.filter((x) => hasCoding(x.code, LOINC, code));
        if (c.length !== 1) out.push(`${at}.component: exactly one ${name} (${code}) required`);
        else quantity(c[0]!.valueQuantity, `${at}.component[${name}].valueQuantity`, ['mm[Hg]'], out);
      }
    } else {
      // vs-2: without component or hasMember, a value or a dataAbsentReason.
      if (r.valueQuantity === undefined && r.dataAbsentReason === undefined && !components.length) out.push(`${at}: value or dataAbsentReason required (vs-2)`);
      if (r.valueQuantity !== undefined) quantity(r.valueQuantity, `${at}.valueQuantity`, p.units, out);
    }
    // vs-3: each component has a value or a dataAbsentReason.
    components.forEach((c, j) => { if (c.valueQuantity === undefined && c.dataAbsentReason === undefined) out.push(`${at}.component[${j}]: value or dataAbsentReason required (vs-3)`); });
  });
  return out;
}
