import { describe, expect, test } from 'vitest';
import { detectPatient } from '../../../sites/generic';
import { parsePage } from './load-page';

const RECORD = `<html lang="fr"><body><p>Nom : CASANOVA</p><p>Prénom : Dominique</p><p>Date de naissance : 05/11/1983</p><p>Sexe : M</p><p>NIR : 1 83 11 2B 033 112 97</p></body></html>`;
const OTHER = `<html lang="fr"><body><p>Nom : SANTONI</p><p>Prénom : Paule</p><p>Date de naissance : 21/07/1978</p></body></html>`;

/** A page with one iframe per given child (a Document, null for cross-origin, or 'throw'). */
function withFrames(children: (Document | null | 'throw')[], tag = 'iframe') {
  const doc = parsePage(`<html><body><h1>Portail</h1>${children.map(() => `<${tag}></${tag}>`).join('')}</body></html>`, 'https://portail.example.fr/');
  doc.querySelectorAll(tag).forEach((f, i) => {
    const c = children[i];
    Object.defineProperty(f, 'contentDocument', {
      get: () => {
        if (c === 'throw') throw new DOMException('Blocked a frame with origin', 'SecurityError');
        return c;
      },
    });
  });
  return doc;
}

describe('frames', () => {
  test('reads a same-origin iframe', () => {
    const d = detectPatient(withFrames([parsePage(RECORD, 'https://portail.example.fr/fiche?patientId=2210')]), 'https://portail.example.fr');
    expect(d).toMatchObject({ kind: 'patient', patient: { birthName: 'CASANOVA', nir: '183112B03311297', recordId: '2210' } });
  });

  test('skips cross-origin frames, whether contentDocument is null or throws', () => {
    const d = detectPatient(withFrames([null, 'throw', parsePage(RECORD)]), 'https://portail.example.fr');
    expect(d).toMatchObject({ kind: 'patient', patient: { birthName: 'CASANOVA' } });
    expect(detectPatient(withFrames([null, 'throw']), 'https://portail.example.fr').kind).toBe('none');
  });

  test('two frames showing two patients are ambiguous', () => {
    const d = detectPatient(withFrames([parsePage(RECORD), parsePage(OTHER)], 'frame'), 'https://portail.example.fr');
    expect(d.kind).toBe('ambiguous');
  });

  test('a hidden iframe is not read', () => {
    const doc = withFrames([parsePage(OTHER), parsePage(RECORD)]);
    doc.querySelector('iframe')!.setAttribute('style', 'display:none');
    expect(detectPatient(doc, 'https://portail.example.fr')).toMatchObject({ kind: 'patient', patient: { birthName: 'CASANOVA' } });
  });
});
