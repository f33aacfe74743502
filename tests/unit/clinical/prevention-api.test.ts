// preventionDue's contract: input validation (French messages), output shape, rules as data.
import { describe, expect, it } from 'vitest';
import {
  CONDITIONS,
  PreventionInputError,
  REMINDER_IDS,
  REMINDER_LABELS,
  RULES_2025,
  SOURCES,
  checkPreventionInput,
  preventionDue,
} from '../../../clinical/prevention';
import { inEnglish, inFrench } from '../../i18n';

/** The messages, rendered in French. */
function messagesOf(input: unknown): readonly string[] {
  const result = checkPreventionInput(input);
  return result.ok ? [] : result.messages.map(inFrench);
}

describe('preventionDue — input validation', () => {
  it('refuses a birth date after asOf, with a French message', () => {
    expect(() => preventionDue({ birthDate: '2026-01-02', sex: 'F', asOf: '2025-11-15' })).toThrow(PreventionInputError);
    expect(messagesOf({ birthDate: '2026-01-02', sex: 'F', asOf: '2025-11-15' })).toEqual([
      'La date de naissance (02/01/2026) est postérieure à la date de référence (15/11/2025).',
    ]);
  });

  it('refuses impossible dates and other formats', () => {
    expect(messagesOf({ birthDate: '2025-02-29', sex: 'F', asOf: '2025-11-15' })).toEqual([
      'La date de naissance est invalide : date attendue au format AAAA-MM-JJ (par exemple 1980-04-23).',
    ]);
    expect(messagesOf({ birthDate: '1980-01-01', sex: 'F', asOf: '15/11/2025' })).toHaveLength(1);
  });

  it('refuses an unknown sex, act id or condition', () => {
    expect(messagesOf({ birthDate: '1980-01-01', sex: 'X', asOf: '2025-11-15' })).toEqual([
      'Le sexe est invalide : « F » ou « M » attendu.',
    ]);
    expect(
      messagesOf({ birthDate: '1980-01-01', sex: 'F', asOf: '2025-11-15', history: [{ id: 'vaccin-dtcap', date: '2020-01-01' }] }),
    ).toEqual(['Acte inconnu dans l’historique : « vaccin-dtcap ».']);
    expect(messagesOf({ birthDate: '1980-01-01', sex: 'F', asOf: '2025-11-15', conditions: ['asthme'] })).toEqual([
      'Situation inconnue : « asthme ».',
    ]);
  });

  it('refuses acts dated after asOf or before birth', () => {
    expect(
      messagesOf({
        birthDate: '1980-01-01',
        sex: 'F',
        asOf: '2025-11-15',
        history: [
          { id: 'vaccin-dtp', date: '2025-12-01' },
          { id: 'vaccin-ror', date: '1979-01-01' },
        ],
      }),
    ).toEqual([
      'L’acte « Vaccin diphtérie, tétanos, poliomyélite (± coqueluche) » est daté du 01/12/2025, après la date de référence (15/11/2025).',
      'L’acte « Vaccin rougeole, oreillons, rubéole (ROR) » est daté du 01/01/1979, avant la date de naissance (01/01/1980).',
    ]);
  });

  it('refuses a missing field', () => {
    expect(messagesOf({ sex: 'F', asOf: '2025-11-15' })).toEqual([
      'La date de naissance est invalide : date attendue au format AAAA-MM-JJ (par exemple 1980-04-23).',
    ]);
  });
});

describe('preventionDue — output', () => {
  it('gives French reason and official source on every line, most urgent first', () => {
    // Man of 74 (see the screening tests): overdue lines come before due, then upcoming.
    const items = preventionDue({
      birthDate: '1951-02-01',
      sex: 'M',
      asOf: '2025-11-15',
      history: [{ id: 'vaccin-dtp', date: '2016-01-01' }],
    });
    const rank = { overdue: 0, due: 1, upcoming: 2 };
    const ranks = items.map((i) => rank[i.status]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const item of items) {
      expect(inFrench(item.reason)).toMatch(/\u00a0: .+\.$/); // French typography: no-break space before « : »
      expect(inEnglish(item.reason)).toMatch(/: .+\.$/);
      expect(item.source.length).toBeGreaterThan(10);
    }
    const zona = items.find((i) => i.id === 'vaccin-zona');
    expect(inFrench(zona!.reason)).toContain('à faire depuis le 01/02/2016');
    expect(inEnglish(zona!.reason)).toContain('due since 2/1/2016');
    expect(zona?.source).toContain('HAS');
  });

  it('says "à faire" without a date when the start depends on a condition', () => {
    const [zona] = preventionDue({
      birthDate: '1985-03-03',
      sex: 'M',
      asOf: '2025-11-15',
      history: [{ id: 'vaccin-dtp', date: '2010-04-01' }, { id: 'vaccin-ror', date: '1986-03-03' }, { id: 'vaccin-ror', date: '1986-07-03' }],
      conditions: ['immunodepression'],
    }).filter((i) => i.id === 'vaccin-zona');
    expect(inFrench(zona!.reason)).toMatch(/; à faire\.$/);
  });

  it('applies no 2025 rule before the calendar took effect', () => {
    // validFrom 2025-01-01: an asOf in 2024 gets nothing from the 2025 table.
    expect(preventionDue({ birthDate: '1950-01-01', sex: 'F', asOf: '2024-12-31' })).toEqual([]);
  });
});

describe('rules table', () => {
  it('uses only known reminder ids and sources, with valid validity dates', () => {
    const keys = new Set<string>();
    for (const rule of RULES_2025) {
      expect(REMINDER_IDS).toContain(rule.id);
      expect(keys.has(rule.key)).toBe(false);
      keys.add(rule.key);
      expect(rule.sources.length).toBeGreaterThan(0);
      for (const source of rule.sources) expect(Object.keys(SOURCES)).toContain(source);
      expect(rule.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (rule.validTo !== null) expect(rule.validTo >= rule.validFrom).toBe(true);
    }
  });

  it('covers every reminder id and labels each one (French rendering)', () => {
    expect(new Set(RULES_2025.map((r) => r.id))).toEqual(new Set(REMINDER_IDS));
    for (const id of REMINDER_IDS) expect(inFrench(REMINDER_LABELS[id]).length).toBeGreaterThan(5);
    expect(CONDITIONS).toEqual([
      'grossesse',
      'diabete',
      'insuffisance-cardiaque',
      'insuffisance-respiratoire',
      'immunodepression',
      'obesite-severe',
    ]);
  });

  it('lets a new calendar replace a rule by data only', () => {
    // Close the 2025 breast rule at the end of 2025 and open a hypothetical 45–74 rule in 2026.
    const breast = RULES_2025.find((r) => r.key === 'sein');
    if (!breast || breast.kind !== 'periodic') throw new Error('sein rule missing');
    const rules = [
      ...RULES_2025.filter((r) => r !== breast),
      { ...breast, validTo: '2025-12-31' },
      { ...breast, key: 'sein-2026', validFrom: '2026-01-01', eligibility: [{ sex: 'F' as const, fromAge: { months: 45 * 12 }, untilAge: { months: 75 * 12 } }] },
    ];
    // Woman born 1980-03-01, DTP at 45 given, bilan done. On 2026-03-01 (46) only the 2026
    // breast rule fires: due since her 45th birthday 2025-03-01, exactly 12 months → still "due".
    const input = (asOf: string) => ({
      birthDate: '1980-03-01',
      sex: 'F' as const,
      asOf,
      history: [
        { id: 'vaccin-dtp', date: '2025-01-01' },
        { id: 'vaccin-ror', date: '1981-03-01' },
        { id: 'vaccin-ror', date: '1981-07-01' },
        { id: 'bilan-prevention', date: '2025-04-01' },
        { id: 'depistage-cancer-col-uterus', date: '2024-01-01', kind: 'test-hpv' },
      ],
    });
    expect(preventionDue(input('2025-12-31'), rules)).toEqual([]);
    expect(preventionDue(input('2026-03-01'), rules).map((i) => [i.id, i.status])).toEqual([
      ['depistage-cancer-sein', 'due'],
    ]);
  });
});
