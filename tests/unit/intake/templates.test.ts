import { describe, expect, it } from 'vitest';
import { applicableItems, checkTemplate, checkTemplateJson, DEFAULT_TEMPLATES, defaultTemplateId, type Template } from '../../../clinical/templates';
import { inFrench } from '../../i18n';

const gp = () => structuredClone(DEFAULT_TEMPLATES.find((t) => t.id === 'medecine-generale-adulte')!) as Template;

describe('default checklist templates', () => {
  it('ships the four templates, each valid against the schema, with unique item ids', () => {
    expect(DEFAULT_TEMPLATES.map((t) => t.specialty)).toEqual(['medecine-generale', 'pediatrie', 'cardiologie', 'ophtalmologie']);
    for (const t of DEFAULT_TEMPLATES) {
      expect(checkTemplate(t)).toEqual({ ok: true, template: t });
      expect(new Set(t.items.map((i) => i.id)).size).toBe(t.items.length);
    }
  });

  it('uses every kind of item: question, measure, document, action, review, prevention', () => {
    const kinds = new Set(DEFAULT_TEMPLATES.flatMap((t) => t.items.map((i) => i.kind)));
    expect([...kinds].sort()).toEqual(['action', 'document', 'measure', 'prevention', 'question', 'review']);
  });

  it('picks paediatrics under 18 and general medicine from 18', () => {
    expect(defaultTemplateId(17)).toBe('pediatrie');
    expect(defaultTemplateId(18)).toBe('medecine-generale-adulte');
  });
});

describe('conditions on age and sex', () => {
  it('keeps the contraception item for a woman up to 55, not for a man nor at 56', () => {
    const t = gp();
    const has = (ageYears: number, sex?: 'F' | 'M') => applicableItems(t, { ageYears, sex }).some((i) => i.id === 'contraception');
    expect(has(30, 'F')).toBe(true);
    expect(has(55, 'F')).toBe(true);
    expect(has(56, 'F')).toBe(false);
    expect(has(30, 'M')).toBe(false);
    // Unknown sex: shown rather than hidden.
    expect(has(30)).toBe(true);
  });

  it('applies minAge inclusively (EVA from 4 years in paediatrics) and keeps template order', () => {
    const ped = DEFAULT_TEMPLATES.find((t) => t.id === 'pediatrie')!;
    expect(applicableItems(ped, { ageYears: 3 }).some((i) => i.id === 'eva')).toBe(false);
    expect(applicableItems(ped, { ageYears: 4 }).some((i) => i.id === 'eva')).toBe(true);
    const ids = applicableItems(ped, { ageYears: 1 }).map((i) => i.id);
    expect(ids.slice(0, 4)).toEqual(['motif', 'poids', 'taille', 'perimetre-cranien']);
  });
});

describe('validation of an edited template, with the place of each problem (French rendering)', () => {
  it('reports broken JSON without throwing', () => {
    const r = checkTemplateJson('{ "format": 1, ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(inFrench(r.errors[0]!)).toMatch(/^Le texte n’est pas du JSON valide/);
  });

  it('names the item and field of each error', () => {
    const t = gp() as unknown as { items: Record<string, unknown>[]; version: unknown };
    t.items[1]!.measure = 'poids-du-chat';
    t.items[2]!.label = '';
    t.items[3]!.kind = 'dessin';
    t.version = 0;
    const r = checkTemplate(t);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const errors = r.errors.map(inFrench);
    expect(errors).toContain('version : La version commence à 1.');
    expect(errors).toContain('items[1].measure : Mesure inconnue : valeurs possibles ta, fc, poids, taille, tour-taille, temperature, spo2, glycemie, eva.');
    expect(errors).toContain('items[2].label : Le libellé ne peut pas être vide.');
    expect(errors).toContain("items[3].kind : Type d’élément inconnu : valeurs possibles question, measure, document, action, review, prevention.");
  });

  it('refuses duplicate item ids, inverted age bounds and labels that would break the hand-off block', () => {
    const t = gp();
    t.items[2] = { ...t.items[2]!, id: 'motif' };
    t.items[4] = { ...t.items[4]!, when: { minAge: 60, maxAge: 20 } };
    t.items[5] = { ...t.items[5]!, label: 'Tour : taille' };
    const r = checkTemplate(t);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map(inFrench)).toEqual([
      'items[5].label : Le libellé ne doit contenir ni retour à la ligne ni « : » entouré d’espaces.',
      'items[2].id : Identifiant « motif » déjà utilisé par un autre élément.',
      'items[4].when : L’âge minimum dépasse l’âge maximum.',
    ]);
  });

  it('accepts a practice copy with a new id, version and basedOn', () => {
    const t = { ...gp(), id: 'medecine-generale-adulte-cabinet', version: 2, basedOn: 'medecine-generale-adulte', name: 'MG du cabinet' };
    t.items = t.items.filter((i) => i.id !== 'tabac');
    expect(checkTemplateJson(JSON.stringify(t)).ok).toBe(true);
  });
});
