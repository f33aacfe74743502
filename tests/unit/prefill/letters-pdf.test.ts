import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { letterPdf } from '../../../components/prefill/letter-pdf';
import { loadPractice, savePractice, type LocalArea } from '../../../messaging/practice-settings';
import { PRACTICE_KEY } from '../../../messaging/storage-keys';

function area(initial: Record<string, unknown> = {}): LocalArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return { data, get: async (k: string) => ({ [k]: data[k] }), set: async (items) => void Object.assign(data, items) };
}

describe('the practice header of the letters', () => {
  it('is saved when valid, trimmed, and refused whole with the field named when too long', async () => {
    const a = area();
    expect(await savePractice(a, { name: ' Cabinet des Tilleuls ', address: '1 rue des Lilas\n01000 Bourg-en-Bresse', doctor: 'Dr Claire Fontaine' }))
      .toMatchObject({ ok: true, practice: { name: 'Cabinet des Tilleuls' } });
    expect(await savePractice(a, { name: 'x'.repeat(121), address: '', doctor: '' })).toEqual({ ok: false, field: 'name', max: 120 });
    expect(await loadPractice(a)).toMatchObject({ name: 'Cabinet des Tilleuls', doctor: 'Dr Claire Fontaine' });
  });

  it('reads a damaged stored header as no header', async () => {
    expect(await loadPractice(area({ [PRACTICE_KEY]: { name: 42 } }))).toEqual({ name: '', address: '', doctor: '' });
  });
});

describe('a letter as PDF', () => {
  it('is an A4 document titled, on as many pages as its text needs, accents and letters outside the fonts included', async () => {
    const header = { name: 'Cabinet médical des Tilleuls', address: '1 rue des Lilas\n01000 Bourg-en-Bresse', doctor: 'Dr Claire Fontaine' };
    const short = await PDFDocument.load(await letterPdf('Je vous adresse Mme Jeanne DUPONT, née le 01/12/1944, pour « avis ».\nŁukasz 李', header, 'Courrier d’adressage'));
    expect(short.getPageCount()).toBe(1);
    expect(short.getTitle()).toBe('Courrier d’adressage');
    expect(short.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    const long = await PDFDocument.load(await letterPdf(Array.from({ length: 120 }, (_, i) => `Ligne ${i} du courrier, assez longue pour être coupée à la largeur de la page A4 si besoin.`).join('\n'), header, 'x'));
    expect(long.getPageCount()).toBeGreaterThan(2);
  });
});
