import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Detection } from '../../../clinical/identity/patient-context';
import { detect, who } from './detect-body';

// Patterns met on the sixth held-out batch (tests/fixtures/corpus/HOLDOUT-2026-12-03f.md): French
// web record software rebuilt from their documentation.

beforeEach(() => vi.useFakeTimers({ now: new Date('2026-12-03T10:00:00'), toFake: ['Date'] }));
afterAll(() => vi.useRealTimers());

const used = (d: Detection) => (d.kind === 'patient' ? d.patient.usedName : d.kind);

describe('« née » before a family name starting with LE is a birth name, not « née le » (AxiSanté)', () => {
  test('one text: « Mme BERTRAND Sylvie née LECLERC 11/04/1961 65 ans »', () => {
    // Was BERTRAND as the birth name: « née LE|CLERC 11/04/1961 » was read as the phrase « née le ».
    const d = detect('<div class="bar">Mme BERTRAND Sylvie née LECLERC 11/04/1961 65 ans</div><p>Consultation</p>');
    expect(d.kind === 'patient' && d.patient.birthName).not.toBe('BERTRAND');
  });

  test('« née LE GALL » too', () => {
    const d = detect('<div class="bar">Mme MOAL Anne née LE GALL 03/02/1970 56 ans</div>');
    expect(d.kind === 'patient' && d.patient.birthName).not.toBe('MOAL');
  });

  test('« née le » is still the birth phrase, in any case', () => {
    expect(who(detect('<div>Mme LEROY Anne, née le 03/02/1970</div>'))).toBe('LEROY Anne 1970-02-03 F');
    expect(who(detect('<div>Mme LEROY Anne — NÉE LE : 03/02/1970</div>'))).toBe('LEROY Anne 1970-02-03 F');
  });
});

describe('a name in its box and « née X » in the next box are one written identity (AxiSanté patient bar)', () => {
  const bar = (nee: string) => `<div class="patbar"><span class="nom">Mme BERTRAND Sylvie</span><span>${nee}</span><span>11/04/1961</span><span>65 ans</span></div>`;

  test('birth name LECLERC, used name BERTRAND', () => {
    // Was BERTRAND Sylvie with no used name: the title was read alone.
    const d = detect(bar('née LECLERC'));
    expect(who(d)).toBe('LECLERC Sylvie 1961-04-11 F');
    expect(used(d)).toBe('BERTRAND');
    expect(used(detect(bar('(née LECLERC)')))).toBe('BERTRAND');
  });

  test('a box that is no maiden name is not joined', () => {
    expect(who(detect(bar('Dossier 4471')))).toBe('BERTRAND Sylvie 1961-04-11 F');
  });
});

describe('a list whose title counts its entries holds entries, even one (lab results server)', () => {
  const card = '<div class="card"><span class="n">M. ROUX Michel</span><span>Né le 27/04/1952</span><span>Dossier n° 261203-0311</span><a href="#/cr/1">Voir le compte rendu</a></div>';

  test('« Nouveaux résultats (1) » above one card: no patient', () => {
    // Was ROUX Michel: one card reads like a banner line.
    expect(detect(`<main><h2>Nouveaux résultats (1)</h2>${card}</main>`).kind).toBe('none');
  });

  test('the same card under a title without a count is read', () => {
    expect(who(detect(`<main><h2>Compte rendu</h2>${card}</main>`))).toBe('ROUX Michel 1952-04-27 M');
  });
});
