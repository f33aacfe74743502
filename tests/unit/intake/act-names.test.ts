import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { actsFromPage, reminderForActName } from '../../../clinical/intake';
import { parseDate } from '../../../clinical/identity';
import { readActsTable } from '../../../sites/acts-table';

describe('vaccines listed by the record software', () => {
  it('maps generic and brand names to the reminder ids, and nothing else', () => {
    expect(reminderForActName('Grippe')).toBe('vaccin-grippe');
    expect(reminderForActName('VAXIGRIP TETRA')).toBe('vaccin-grippe');
    expect(reminderForActName('dTcaP (Boostrix)')).toBe('vaccin-dtp');
    expect(reminderForActName('Revaxis')).toBe('vaccin-dtp');
    expect(reminderForActName('ROR')).toBe('vaccin-ror');
    expect(reminderForActName('Hexavalent')).toBe('vaccin-hexavalent');
    expect(reminderForActName('Méningocoque B')).toBe('vaccin-meningocoque-b');
    expect(reminderForActName('Shingrix')).toBe('vaccin-zona');
    expect(reminderForActName('Prevenar 20')).toBe('vaccin-pneumocoque');
    expect(reminderForActName('Erreur de saisie')).toBeNull();
    expect(reminderForActName('Fièvre jaune')).toBeNull();
  });

  it('adds recognised acts once, keeps unknown names and unreadable or future dates aside', () => {
    const r = actsFromPage(
      [
        { name: 'Grippe', date: '20/10/2025' },
        { name: 'Grippe', date: '20/10/2025' },
        { name: 'dTP', date: '02/05/2019' },
        { name: 'Fièvre jaune', date: '01/01/2010' },
        { name: 'ROR', date: 'en 2020' },
        { name: 'Covid', date: '01/01/2027' },
      ],
      [{ id: 'vaccin-dtp', date: '2019-05-02' }],
      '2026-11-23',
      parseDate,
    );
    expect(r.added).toEqual([{ id: 'vaccin-grippe', date: '2025-10-20' }]);
    expect(r.unknown).toEqual(['Fièvre jaune (01/01/2010)', 'ROR (en 2020)', 'Covid (01/01/2027)']);
  });

  it('keeps the product kind that changes the schedule: RotaTeq is three doses, not Rotarix\'s two', () => {
    const r = actsFromPage([{ name: 'RotaTeq', date: '02/02/2026' }, { name: 'Rotarix', date: '03/03/2026' }], [], '2026-11-23', parseDate);
    expect(r.added).toEqual([{ id: 'vaccin-rotavirus', date: '2026-02-02', kind: 'rotateq' }, { id: 'vaccin-rotavirus', date: '2026-03-03' }]);
  });

  it('reads a visible table headed "Vaccin" and "Date", not a hidden one nor another table', () => {
    const w = new Window();
    w.document.body.innerHTML = `
      <table><thead><tr><th>Vaccin</th><th>Date</th></tr></thead><tbody><tr><td>Grippe</td><td>20/10/2025</td></tr></tbody></table>
      <table style="display:none"><thead><tr><th>Vaccin</th><th>Date</th></tr></thead><tbody><tr><td>ROR</td><td>01/01/2000</td></tr></tbody></table>
      <table><thead><tr><th>Traitement</th><th>Date</th></tr></thead><tbody><tr><td>Amlodipine</td><td>01/01/2020</td></tr></tbody></table>`;
    const doc = w.document as unknown as Document;
    // happy-dom has no layout: treat every element not hidden by display:none as rendered.
    for (const t of doc.querySelectorAll('table')) (t as HTMLElement).getClientRects = () => ((t as HTMLElement).style.display === 'none' ? [] : [{}]) as unknown as DOMRectList;
    expect(readActsTable(doc)).toEqual([{ name: 'Grippe', date: '20/10/2025' }]);
  });
});
