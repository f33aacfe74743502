// Every descriptor clinical/ produces, over a wide range of inputs, renders completely in French
// and in English: its key exists, and the message uses exactly the substitutions given (none
// dropped, none missing). Complements tests/unit/locales.test.ts, which checks the keys statically.
import { describe, expect, it } from 'vitest';
import fr from '../../../public/_locales/fr/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { render, type Catalogue, type Text } from '../../../clinical/message';
import * as V from '../../../clinical/vitals';
import { CONDITION_LABELS, REMINDER_IDS, REMINDER_LABELS, STATUS_LABELS, checkPreventionInput, preventionDue } from '../../../clinical/prevention';
import { formatAge, identityProblems, parseNir } from '../../../clinical/identity';
import { DOCUMENT_SETS, PROFILE_FIELDS, createAdminProfileSchema, emptyAdminProfile, typed, validateEmail, validatePastDate, validatePhone, validatePostalCode } from '../../../clinical/admin';
import { checkTemplate, checkTemplateJson, DEFAULT_TEMPLATES } from '../../../clinical/templates';
import { computeIntake } from '../../../clinical/intake';
import { issueText } from '../../../clinical/message';
import { adultInput, fullValues, PED } from '../intake/fixtures';

type Messages = Record<string, { message: string }>;

/** A catalogue that fails on an unknown key or on substitutions that do not match the placeholders. */
function strict(messages: Messages, locale: string): Catalogue {
  return {
    locale,
    message(key, subs) {
      const m = messages[key]?.message;
      if (m === undefined) throw new Error(`${locale}: no message ${key}`);
      const used = [...new Set(m.match(/\$\d/g) ?? [])].map((p) => Number(p.slice(1))).sort();
      const expected = subs.map((_, i) => i + 1);
      if (used.join() !== expected.join()) throw new Error(`${locale}: ${key} uses ${used.join()} but is given ${subs.length} substitution(s)`);
      return m.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1]!);
    },
  };
}
const FR = strict(fr as Messages, 'fr');
const EN = strict(en as Messages, 'en-US');

function descriptors(): Text[] {
  const out: Text[] = [];
  const add = (...t: Text[]) => out.push(...t);
  const numbers = [-1, 0, 0.19, 0.5, 0.7, 1.1, 1.26, 2, 3.5, 4, 7, 11, 18, 21.9, 27, 32, 37, 42, 45, 49, 60, 89, 94, 99, 101, 120, 145, 185, 260, 700, 33.4, Number.NaN];
  for (const key of Object.keys(V.MEASURES) as V.MeasureKey[]) for (const v of numbers) { const r = V.checkMeasure(key, v); if (!r.ok) add(r.message); }
  for (const u of V.GLYCEMIA_UNITS) for (const v of numbers) { const r = V.checkGlycemia(v, u); if (!r.ok) add(r.message); }
  add(...V.checkBloodPressure(80, 90), ...V.checkBloodPressure(400, 10));
  for (const v of numbers) {
    for (const f of [...V.heartRateFlags(v), ...V.spo2Flags(v), ...V.temperatureFlags(v), ...V.painFlags(v), ...V.bmiFlags(v, 40), ...V.bmiFlags(v, 75), ...V.waistFlags(v, 'F')]) add(f.label);
    for (const fasting of [true, false, undefined]) for (const f of V.glycemiaFlags(v, 'g/L', fasting)) add(f.label);
    for (const d of [60, 95, 115]) for (const f of V.bloodPressureFlags(v, d)) add(f.label);
  }
  add(V.PEDIATRIC_NOTICE.label);
  add(...V.VitalsEntrySchema.safeParse({ heartRate: '72', glycemia: { value: 1, unit: 'mg/dL' }, weightKg: 700 }).error!.issues.map(issueText));

  add(...Object.values(STATUS_LABELS), ...Object.values(REMINDER_LABELS), ...Object.values(CONDITION_LABELS));
  const acts = ['vaccin-dtp', 'vaccin-hpv', 'vaccin-grippe', 'vaccin-covid', 'vaccin-zona', 'vaccin-ror', 'depistage-cancer-sein', 'bilan-prevention', 'vaccin-hexavalent', 'depistage-cancer-col-uterus'];
  for (let y = 1935; y <= 2025; y += 3) for (const sex of ['F', 'M'] as const) for (const n of [0, 1, 3]) {
    const birthDate = `${y}-03-15`;
    const history = acts.slice(0, n * 3).map((id, i) => ({ id, date: `${Math.max(y + 1, 2019 + i)}-06-01` })).filter((a) => a.date <= '2025-11-15');
    for (const item of preventionDue({ birthDate, sex, asOf: '2025-11-15', history, conditions: y % 2 ? ['immunodepression', 'grossesse'] : [] })) add(item.reason);
  }
  for (const bad of [
    { birthDate: '2026-01-02', sex: 'F', asOf: '2025-11-15' },
    { birthDate: '2025-02-29', sex: 'X', asOf: '15/11/2025', history: 'x', conditions: 'y' },
    { birthDate: '1980-01-01', sex: 'F', asOf: '2025-11-15', history: [{ id: 'nope', date: '2020-13-01', kind: 3 }, { id: 'vaccin-dtp', date: '2025-12-01' }, { id: 'vaccin-ror', date: '1979-01-01' }], conditions: ['asthme'] },
  ]) { const r = checkPreventionInput(bad); if (!r.ok) add(...r.messages); }

  for (const nir of ['', '1 48 04 75 116 042 68', '1 48 04 75 116 042', '1 48 04 75 116 042 6', '1 48 04 75 116 O42 69', '5 48 04 75 116 042 69', '1 48 13 75 116 042 69', '1 48 04 00 116 042 69']) {
    const r = parseNir(nir);
    if (!r.ok) add(r.error);
  }
  add(...identityProblems({ nir: '148047511604269', sex: 'F', birthDate: '1949-05-01' }), ...identityProblems({ nir: '248047511604269'.slice(0, 13) + '00', sex: 'M', birthDate: '1948-04-01' }));
  for (const age of [{ years: 69, months: 0, days: 0 }, { years: 1, months: 1, days: 0 }, { years: 1, months: 18, days: 0 }, { years: 0, months: 0, days: 1 }, { years: 0, months: 0, days: 0 }]) add(formatAge(age));

  for (const r of [validatePostalCode('2A004'), validatePostalCode('123'), validatePostalCode('99000'), validatePhone('12'), validateEmail('x'), validatePastDate('x', '2025-01-01'), validatePastDate('31/02/1980', '2025-01-01'), validatePastDate('2030-01-01', '2025-01-01')]) if (!r.ok) add(r.message);
  for (const f of PROFILE_FIELDS) {
    for (const [, label] of f.choices ?? []) add(label);
    for (const text of ['x'.repeat(201), 'Docteur', '1, 2, 3, 4, 5', 'zz']) { const r = f.parse(text, '2025-01-01'); if (!r.ok) add(r.message); }
  }
  const profile = { ...emptyAdminProfile(), insurance: { c2s: typed(true, new Date()), ame: typed(true, new Date()), vitaleRole: typed('assure' as const, new Date()), holder: { birthName: typed('X', new Date()) } }, ald: { active: typed(false, new Date()), conditions: typed(['HTA'], new Date()) }, employer: typed(' ', new Date()) };
  add(...createAdminProfileSchema({ today: '2025-01-01' }).safeParse(profile).error!.issues.map(issueText));
  for (const set of DOCUMENT_SETS) add(set.label, ...set.pieces.map((p) => p.label));

  const broken = structuredClone(DEFAULT_TEMPLATES[0]!) as unknown as Record<string, unknown> & { items: Record<string, unknown>[] };
  Object.assign(broken, { format: 2, id: 'X', version: 0.5, name: '', specialty: 'x' });
  broken.items[0] = { ...broken.items[0], id: 'A B', label: 'a : b', required: 'yes', answer: 'x', when: { minAge: -1, maxAge: 200, sex: 'X' } };
  broken.items[1] = { ...broken.items[1], measure: 'x' };
  broken.items[2] = { ...broken.items[2], kind: 'x' };
  broken.items[3] = { ...broken.items[3], id: broken.items[4]!.id, when: { minAge: 60, maxAge: 20 } };
  const reviews = broken.items.findIndex((i) => i.kind === 'review');
  broken.items[reviews] = { ...broken.items[reviews], topic: 'x' };
  for (const t of [broken, { ...broken, items: [] }, { ...broken, items: 'x', version: 'x', id: 3, name: 4 }]) { const r = checkTemplate(t); if (!r.ok) add(...r.errors); }
  const json = checkTemplateJson('{');
  if (!json.ok) add(...json.errors);

  const values = fullValues();
  values.poids = { text: '8200' };
  values.fc = { text: '7O' };
  values.ta = { readings: [{ sys: '80', dia: '9O' }], arm: 'gauche' };
  values.glycemie = { text: '1,3', unit: 'mmol/L', fasting: false };
  values.tabac = { yes: true, text: '10 PA' };
  values['carte-vitale'] = { yes: false };
  for (const input of [adultInput(), adultInput({ values, prevention: { history: [], conditions: ['diabete'] } }), adultInput({ patient: { birthDate: '1976-01-25' } }),
    adultInput({ values: {}, prevention: { history: [{ id: 'vaccin-dtp', date: '2030-01-01' }], conditions: [] } }),
    { ...adultInput(), template: PED, patient: { birthDate: '2016-05-02', sex: 'F' as const }, values: { poids: { text: '30' }, taille: { text: '120' }, temperature: { text: '39,2' } } }]) {
    const c = computeIntake(input);
    for (const f of c.summary.flags) add(f.text);
    for (const l of [...c.summary.vitals, ...c.summary.checklist]) add(l.label, l.value);
    for (const errs of Object.values(c.vitals.errors)) add(...(errs ?? []));
  }
  return out;
}

describe('clinical descriptors', () => {
  const all = descriptors();

  it('are many and varied', () => {
    const keys = new Set<string>();
    const walk = (t: Text): void => {
      if (typeof t !== 'object') return;
      if ('key' in t) keys.add(t.key);
      if ('plural' in t) keys.add(t.plural);
      if ('join' in t) t.join.forEach(walk);
      if ('subs' in t) t.subs?.forEach(walk);
    };
    all.forEach(walk);
    expect(all.length).toBeGreaterThan(500);
    expect(keys.size).toBeGreaterThan(200);
  });

  it('render completely in French and in English', () => {
    const failures = new Set<string>();
    for (const t of all) {
      for (const c of [FR, EN]) {
        try {
          render(t, c);
        } catch (e) {
          failures.add((e as Error).message);
        }
      }
    }
    expect([...failures]).toEqual([]);
  });
});
