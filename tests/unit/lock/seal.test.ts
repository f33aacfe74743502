import { describe, expect, it } from 'vitest';
import { isSealed, openRow, sealRow, SEAL_FIELD } from '../../../storage/lock/seal';

const key = new Uint8Array(32).fill(7);
const note = { id: 'n1', patientKey: 'site#id:P1', updatedAt: 5, text: 'Allergie pénicilline', createdAt: 4 };
const clear = ['id', 'patientKey', 'updatedAt'];

describe('row sealing', () => {
  it('keeps keys and indexed fields clear and nothing else', () => {
    const s = sealRow('notes', note, clear, key);
    expect(Object.keys(s).sort()).toEqual([SEAL_FIELD, 'id', 'patientKey', 'updatedAt'].sort());
    expect(isSealed(s)).toBe(true);
    const bytes = JSON.stringify(Array.from((s[SEAL_FIELD] as { ct: Uint8Array }).ct));
    expect(new TextDecoder().decode((s[SEAL_FIELD] as { ct: Uint8Array }).ct)).not.toContain('pénicilline');
    expect(bytes).not.toContain('Allergie');
  });

  it('opens back to the same row', () => {
    expect(openRow('notes', sealRow('notes', note, clear, key) as never, key)).toEqual(note);
  });

  it('uses a fresh IV for every write', () => {
    const a = sealRow('notes', note, clear, key)[SEAL_FIELD] as { iv: Uint8Array };
    const b = sealRow('notes', note, clear, key)[SEAL_FIELD] as { iv: Uint8Array };
    expect(Array.from(a.iv)).not.toEqual(Array.from(b.iv));
  });

  it('refuses a wrong key', () => {
    const s = sealRow('notes', note, clear, key);
    expect(() => openRow('notes', s as never, new Uint8Array(32).fill(8))).toThrow();
  });

  it('refuses a body moved to another patient or another table', () => {
    const s = sealRow('notes', note, clear, key);
    expect(() => openRow('notes', { ...s, patientKey: 'site#id:P2' } as never, key)).toThrow();
    expect(() => openRow('intakes', s as never, key)).toThrow();
  });

  it('does not mistake a plain row for a sealed one', () => {
    expect(isSealed(note)).toBe(false);
    expect(isSealed({ [SEAL_FIELD]: 'x' })).toBe(false);
  });
});
