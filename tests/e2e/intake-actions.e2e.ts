import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launch, overlay, type Session } from './harness';
import { countActions, type ActionCounter } from './action-counter';

// The scripted-user measure of the intake's promise: the same intake, the same measured values,
// typed by hand into MédiDémo's note and constantes form, then done with Préconsult's
// Pré-consultation tab and « Transmettre au dossier ». Every character, key and click counts, in
// both flows (tests/e2e/action-counter.ts). Préconsult must save at least 70 % of the actions, for
// an adult on the general-medicine template and for a child on the paediatric one, and the record
// must then hold the same values (note and constantes fields). The figures are printed and are in
// the README.
let s: Session;
beforeAll(async () => { s = await launch(); });
afterAll(async () => { await s?.close(); });

const panelFrame = (page: Page): Frame => {
  // The overlay's panel carries its mount secret in the fragment (panel.html#…).
  const f = page.frames().find((x) => new URL(x.url()).pathname === '/panel.html');
  if (!f) throw new Error('panel frame not found');
  return f;
};
const focused = (page: Page) => panelFrame(page).evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return el?.dataset.testid || el?.id || el?.tagName || '';
});

/** The consultation page, its note and constantes form loaded (the record fetches them). */
async function recordPage(id: string): Promise<Page> {
  const page = await s.newPage(`/patients/${id}`);
  await page.locator('.md-status').filter({ hasText: /^$/ }).waitFor({ state: 'attached' });
  await page.locator('.md-vitals__status').filter({ hasText: /^$/ }).waitFor({ state: 'attached' });
  return page;
}

/** The record as the server keeps it once saved: the note, and the constantes as numbers where they are. */
function saved(id: string) {
  const values = Object.fromEntries(Object.entries(s.demo.constantes.get(id) ?? {}).filter(([, v]) => v !== '')
    .map(([k, v]) => [k, /^\d+([,.]\d+)?$/.test(v) ? Number(v.replace(',', '.')) : v]));
  return { note: s.demo.notes.get(id) ?? '', constantes: values };
}

async function saveRecord(page: Page, c: ActionCounter) {
  await c.click(page.getByRole('button', { name: 'Enregistrer la note' }));
  await expect.poll(() => page.locator('.md-status').textContent()).toBe('Enregistré');
  await c.click(page.getByRole('button', { name: 'Enregistrer les constantes' }));
  await expect.poll(() => page.locator('.md-vitals__status').textContent()).toBe('Enregistré');
}

/** By hand: the whole pre-consultation typed into the note, the constantes into the record's form (Tab between fields). */
async function byHand(id: string, note: string, constantes: { first: string; typed: (string | null)[] }) {
  const page = await recordPage(id);
  const c = countActions(page);
  await c.click(page.locator('#note-consultation'));
  await c.type(note);
  await c.click(page.locator(`.md-vitals input[name="${constantes.first}"]`));
  for (const [i, v] of constantes.typed.entries()) {
    if (i > 0) await c.press('Tab');
    if (v) await c.type(v);
  }
  await saveRecord(page, c);
  await page.close();
  return c;
}

/** With Préconsult: the panel, the checklist from the keyboard, the hand-off, then the record's own save buttons. */
async function withPreconsult(id: string, name: string, entry: (c: ActionCounter, page: Page) => Promise<void>) {
  s.demo.notes.delete(id);
  s.demo.constantes.delete(id);
  const page = await recordPage(id);
  const c = countActions(page);
  // A flow that stopped midway may have left the panel open (the overlay remembers it): start
  // from the launcher, uncounted.
  await page.locator('preconsult-overlay :is([data-testid="pc-launcher"], [data-testid="pc-panel"])').first().waitFor();
  const collapse = page.locator('preconsult-overlay [data-testid="pc-panel"] button[aria-label="Réduire"]');
  if (await collapse.isVisible()) await collapse.click();
  await page.locator('preconsult-overlay [data-testid="pc-launcher"]').waitFor();
  await c.click(overlay.launcher(page));
  await expect.poll(() => overlay.panelPatient(page).textContent()).toContain(name);
  const f = overlay.frame(page);
  await c.click(f.getByRole('tab', { name: 'Pré-consultation' }));
  await c.click(f.locator('[data-testid="ik-start"]'));
  await expect.poll(() => focused(page)).toBe('ik-in-motif');
  await entry(c, page);
  // Finished from the keyboard: the hand-off button has the focus.
  await expect.poll(() => focused(page)).toBe('ik-transmit');
  await expect.poll(() => f.locator('[data-testid="ik-vitals-preview"] li').count()).toBeGreaterThan(0);
  await c.press('Enter');
  await expect.poll(() => f.locator('[data-testid="ik-handoff-status"]').textContent()).toContain('constantes écrites dans les champs du dossier');
  await saveRecord(page, c);
  // Uncounted, after the measure: the next flow starts from the launcher, as this one did.
  await page.locator('preconsult-overlay [data-testid="pc-panel"] button[aria-label="Réduire"]').click();
  await page.close();
  return c;
}

/** The review items once the record's lists are proposed (the assistant reads them, then one key each). */
async function reviewsUnchanged(c: ActionCounter, page: Page, proposed: Record<string, string>) {
  const f = overlay.frame(page);
  for (const [topic, text] of Object.entries(proposed)) {
    await expect.poll(() => f.locator(`[data-testid="ik-review-page-${topic}"]`).textContent()).toBe(`Dans le dossier\u00a0: ${text}`);
    await expect.poll(() => focused(page)).toBe(`ik-review-${topic}`);
    await c.press('Enter');
  }
}

function report(label: string, hand: ActionCounter, pc: ActionCounter) {
  const reduction = 1 - pc.count / hand.count;
  console.log(`${label}: by hand ${hand.count} actions (${JSON.stringify(hand.detail)}), with Préconsult ${pc.count} (${JSON.stringify(pc.detail)}): ${Math.round(reduction * 100)} % fewer`);
  return reduction;
}

describe('scripted user: a full intake, by hand and with Préconsult', () => {
  it('adult intake on the general-medicine template: at least 70 % fewer actions, same values in the record', async () => {
    const id = 'P0007';
    const hand = await byHand(id, [
      'Pré-consultation du 03/12/2026',
      'Motif : Renouvellement traitement HTA',
      'TA 152/96 puis 146/92 bras droit, FC 72',
      'Poids 82 kg, taille 176 cm, tour de taille 99 cm',
      'T 36,8 °C, SpO2 97 %, glycémie 1,10 g/L, EVA 2',
      'Allergies : aucune connue',
      'Traitements : Amlodipine 5 mg/j',
      'Antécédents : HTA',
      'Vaccins, dépistages : rien de fait',
      'Tabac : non',
      'Carte Vitale lue',
    ].join('\n'), { first: 'pas', typed: ['149', '94', 'd', '72', '82', '176', '99', '36,8', '97', '1,10', '2'] });
    const byHandRecord = saved(id);

    const pc = await withPreconsult(id, 'LEFEBVRE Nicolas', async (c, page) => {
      await c.type('Renouvellement traitement HTA'); await c.press('Enter');
      await c.type('152'); await c.press('Enter'); await c.type('96'); await c.press('Enter');
      await c.type('d'); await c.press('Tab'); await c.press('Enter'); // arm, then « another reading »
      await c.type('146'); await c.press('Enter'); await c.type('92'); await c.press('Enter');
      await c.press('Enter'); // arm already given
      for (const v of ['72', '82', '176', '99', '36,8', '97', '1,10', '2']) { await c.type(v); await c.press('Enter'); }
      await reviewsUnchanged(c, page, { allergies: 'Aucune allergie connue.', traitements: 'Amlodipine 5 mg/j', antecedents: 'HTA' });
      await expect.poll(() => focused(page)).toBe('ik-prevention');
      await c.press('Enter'); // nothing done today
      await c.type('n'); await c.press('Enter'); // tabac: non
      await c.press('Enter'); // no document brought
      await expect.poll(() => focused(page)).toBe('ik-in-carte-vitale');
      await c.press('Space'); await c.press('Enter');
      await expect.poll(() => focused(page)).toBe('ik-finish');
      await c.press('Enter');
    });
    const record = saved(id);
    const reduction = report('Adult intake', hand, pc);

    // The same values in the record's constantes fields (the mean of the two readings), and in the note.
    expect(record.constantes).toEqual(byHandRecord.constantes);
    expect(record.constantes).toEqual({ pas: 149, pad: 94, bras: 'droit', pouls: 72, poids: 82, taille: 176, tourTaille: 99, temperature: 36.8, spo2: 97, glycemie: 1.1, eva: 2 });
    for (const v of ['Renouvellement traitement HTA', '152/96', '146/92', 'droit', '72', '82 kg', '176 cm', '99 cm', '36,8', '97 %', '2', 'Amlodipine 5 mg/j', 'HTA']) {
      expect(record.note, v).toContain(v);
      expect(byHandRecord.note, v).toContain(v);
    }
    expect(record.note).toMatch(/1,1 g\/L/);
    expect(record.note).toMatch(/^--- Préconsult : pré-consultation du \d{2}\/\d{2}\/\d{4} ---\n/);
    expect(reduction).toBeGreaterThanOrEqual(0.7);
  });

  it('child’s intake on the paediatric template: at least 70 % fewer actions, same values in the record', async () => {
    const id = 'P0002';
    const hand = await byHand(id, [
      'Pré-consultation du 03/12/2026',
      'Motif : Certificat de sport',
      'Poids 24 kg, taille 122 cm',
      'T 37,2 °C, SpO2 98 %, EVA 0',
      'Carnet de santé apporté',
      'Vaccins : rien de fait',
      'Allergies : arachide',
      'Traitements : aucun',
      'Antécédents : asthme du nourrisson',
      'Carte Vitale lue',
    ].join('\n'), { first: 'poids', typed: ['24', '122', null, '37,2', '98', null, '0'] });
    const byHandRecord = saved(id);

    const pc = await withPreconsult(id, 'PETIT Lucas', async (c, page) => {
      const f = overlay.frame(page);
      expect(await f.locator('.ik-meta').first().textContent()).toContain('Pédiatrie');
      await c.type('Certificat de sport'); await c.press('Enter');
      for (const v of ['24', '122', '37,2', '98', '0']) { await c.type(v); await c.press('Enter'); }
      await expect.poll(() => focused(page)).toBe('ik-in-carnet-sante');
      await c.press('Space'); await c.press('Enter'); // carnet de santé brought
      await expect.poll(() => focused(page)).toBe('ik-prevention');
      await c.press('Enter'); // nothing done today
      await reviewsUnchanged(c, page, { allergies: 'Arachide', traitements: 'Aucun traitement en cours.', antecedents: 'Asthme du nourrisson' });
      await c.press('Space'); await c.press('Enter'); // carte Vitale
      await expect.poll(() => focused(page)).toBe('ik-finish');
      await c.press('Enter');
    });
    const record = saved(id);
    const reduction = report('Child intake', hand, pc);

    expect(record.constantes).toEqual(byHandRecord.constantes);
    expect(record.constantes).toEqual({ poids: 24, taille: 122, temperature: 37.2, spo2: 98, eva: 0 });
    for (const v of ['Certificat de sport', '24 kg', '122 cm', '37,2', '98 %', 'Arachide']) {
      expect(record.note.toLowerCase(), v).toContain(v.toLowerCase());
      expect(byHandRecord.note.toLowerCase(), v).toContain(v.toLowerCase());
    }
    expect(reduction).toBeGreaterThanOrEqual(0.7);
  });
});
