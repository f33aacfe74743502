import { describe, expect, it } from 'vitest';
import { computeIntake, parseBlock, putBlock, renderBlock, type IntakeSummary } from '../../../clinical/intake';
import { adultInput } from './fixtures';
import { frenchSummary, inFrench } from '../../i18n';

const summary = () => computeIntake(adultInput()).summary;

describe('hand-off block in the record note', () => {
  it('is human-readable and clearly delimited', () => {
    const text = renderBlock(summary(), inFrench);
    const lines = text.split('\n');
    expect(lines[0]).toBe('--- Préconsult : pré-consultation du 23/11/2026 ---');
    expect(lines.at(-1)).toBe('--- fin Préconsult ---');
    expect(lines).toContain('Modèle : Médecine générale adulte');
    expect(lines).toContain('État : terminée');
    expect(lines).toContain('À signaler :');
    expect(lines).toContain('! TA élevée (≥ 140/90 mmHg), à confirmer en dehors du cabinet');
    expect(lines).toContain('· IMC de 25 à 29,9 : surpoids');
    expect(lines).toContain('- Tension artérielle : 149/94 mmHg (moyenne de 2 mesures : 152/96, 146/92, bras droit)');
    expect(lines).toContain('- Motif de consultation : Renouvellement / traitement HTA');
  });

  it('parses back into the same summary (round trip)', () => {
    const s = summary();
    expect(parseBlock(renderBlock(s, inFrench))).toEqual(frenchSummary(s));
  });

  it('round-trips an open intake with an alert and no flags at all', () => {
    const a: IntakeSummary = { date: '2026-01-05', templateName: 'Cardiologie', finished: false, flags: [{ level: 'alerte', text: 'TA très élevée (≥ 180/110 mmHg)' }], vitals: [{ label: 'TA', value: '185/100 mmHg' }], checklist: [] };
    expect(parseBlock(renderBlock(a, inFrench))).toEqual(a);
    const b: IntakeSummary = { ...a, flags: [], vitals: [] };
    expect(renderBlock(b, inFrench)).toContain('Rien à signaler.');
    expect(parseBlock(renderBlock(b, inFrench))).toEqual(b);
  });

  it('finds the block among the doctor’s own text, with Windows line ends, and takes the last one', () => {
    const older = renderBlock({ ...summary(), date: '2025-06-01', flags: [] }, inFrench);
    const newer = renderBlock(summary(), inFrench);
    const note = `Patient vu pour HTA.\r\n\r\n${older.replace(/\n/g, '\r\n')}\r\nExamen : RAS.\r\n${newer.replace(/\n/g, '\r\n')}\r\nConclusion : poursuite.`;
    expect(parseBlock(note)).toEqual(frenchSummary(summary()));
  });

  it('ignores an unfinished block and a note without block', () => {
    expect(parseBlock('Note libre')).toBeNull();
    expect(parseBlock(renderBlock(summary(), inFrench).replace('--- fin Préconsult ---', ''))).toBeNull();
  });

  it('keeps a flag line edited by hand as information rather than dropping it', () => {
    const text = renderBlock(summary(), inFrench).replace('À signaler :', 'À signaler :\nvoir ECG de mars');
    expect(parseBlock(text)!.flags[0]).toEqual({ level: 'info', text: 'voir ECG de mars' });
  });

  it('appends to the note the first time, replaces the same day’s block the second time', () => {
    const first = renderBlock({ ...summary(), finished: false }, inFrench);
    const note1 = putBlock('Motif : contrôle.\n', first, '2026-11-23');
    expect(note1).toBe(`Motif : contrôle.\n\n${first}`);
    const second = renderBlock(summary(), inFrench);
    const note2 = putBlock(`${note1}\nSuite écrite par le médecin.`, second, '2026-11-23');
    expect(note2).toBe(`Motif : contrôle.\n\n${second}\nSuite écrite par le médecin.`);
    expect(putBlock('', second, '2026-11-23')).toBe(second);
    // Another day's block stays, the new one is added after it.
    expect(putBlock(second, first.replace('23/11/2026', '24/11/2026'), '2026-11-24').split('--- fin Préconsult ---').length).toBe(3);
  });

  it('reads and writes page text made of long runs of spaces in one pass (it comes from the record page)', () => {
    // No timing asserted: quadratic work on 200 000 spaces (the old /\s+$/) takes minutes, linear work a blink.
    const note = `${' '.repeat(200_000)}x${' '.repeat(200_000)}`;
    expect(parseBlock(note)).toBeNull();
    const put = putBlock(note, '--- fin Préconsult ---', '2026-11-23');
    expect(put.endsWith('x\n\n--- fin Préconsult ---')).toBe(true);
  });
});
