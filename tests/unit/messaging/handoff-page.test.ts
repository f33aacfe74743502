import { describe, expect, it } from 'vitest';
import { asHandoffRequest, asListsReply, asVitalsFillReply, asVitalsPreviewReply } from '../../../messaging/handoff-page';

// The hand-off script's boundary: what the panel may ask the record page, and what the panel
// takes back from it, checked by hand-written guards (no Zod in the page script).
describe('hand-off page messages', () => {
  it('accepts the lists and vital-signs requests', () => {
    expect(asHandoffRequest({ type: 'ho.lists' })).toEqual({ type: 'ho.lists' });
    expect(asHandoffRequest({ type: 'ho.vitalsPreview' })).toEqual({ type: 'ho.vitalsPreview' });
    expect(asHandoffRequest({ type: 'ho.vitalsUndo' })).toEqual({ type: 'ho.vitalsUndo' });
    expect(asHandoffRequest({ type: 'ho.vitalsFill', token: 't', plan: [{ index: 2, key: 'bpSys' }], values: { bpSys: '149' } }))
      .toEqual({ type: 'ho.vitalsFill', token: 't', plan: [{ index: 2, key: 'bpSys' }], values: { bpSys: '149' } });
  });

  it.each([
    ['an unknown field kind', { plan: [{ index: 0, key: 'nir' }], values: {} }],
    ['a negative index', { plan: [{ index: -1, key: 'weight' }], values: {} }],
    ['a value for an unknown key', { plan: [], values: { nir: '1' } }],
    ['a value that is not text', { plan: [], values: { weight: 82 } }],
    ['an overlong value', { plan: [], values: { weight: '8'.repeat(21) } }],
    ['no token', { token: undefined, plan: [], values: {} }],
  ])('refuses a fill request with %s', (_name, over) => {
    expect(asHandoffRequest({ type: 'ho.vitalsFill', token: 't', ...over })).toBeNull();
  });

  it('keeps only well-formed lines and fields from the page', () => {
    expect(asListsReply({ lists: { allergies: ['Iode', 3, 'x'.repeat(201)], traitements: 'Metformine', autre: ['?'] } })).toEqual({ lists: { allergies: ['Iode'] } });
    expect(asListsReply({})).toBeNull();
    expect(asVitalsPreviewReply({ token: 't', fields: [{ index: 1, key: 'weight', label: 'Poids' }, { index: 2, key: 'nir', label: 'NIR' }] }))
      .toEqual({ token: 't', fields: [{ index: 1, key: 'weight', label: 'Poids' }] });
    expect(asVitalsFillReply({ current: true, filled: [1, 'x'], skipped: [{ index: 2, reason: 'alreadyFilled' }, { index: 'y' }] }))
      .toEqual({ current: true, filled: [1], skipped: [{ index: 2, reason: 'alreadyFilled' }] });
  });
});
