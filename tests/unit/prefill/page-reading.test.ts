import { describe, expect, it, vi } from 'vitest';
import { readLabelValuePairs } from '../../../sites/label-pairs';
import { asPageRequest } from '../../../messaging/prefill-page';
import { parseHtml } from '../forms/parse-html';

describe('label/value pairs of a record page', () => {
  it('reads definition lists, two-cell rows and label/value siblings, only where rendered', () => {
    const doc = parseHtml(`
      <section><span class="md-banner__label">Nom de naissance</span><span class="md-banner__value">LE GALL-DUPUIS</span></section>
      <dl><div><dt>Prénom(s)</dt><dd>Marie-Hélène Anne</dd></div><dt>Ville :</dt><dd>Lannion</dd></dl>
      <table><tr><th>Code postal</th><td>22300</td></tr><tr><td>a</td><td>b</td></tr></table>
      <dl hidden><dt>Nom de naissance</dt><dd>AUTRE PATIENT</dd></dl>
      <div style="display:none"><span class="label">Téléphone</span><span class="value">01 02 03 04 05</span></div>`);
    expect(readLabelValuePairs(doc)).toEqual([
      { label: 'Prénom(s)', value: 'Marie-Hélène Anne' },
      { label: 'Ville', value: 'Lannion' },
      { label: 'Code postal', value: '22300' },
      { label: 'Nom de naissance', value: 'LE GALL-DUPUIS' },
    ]);
  });

  it('reads same-origin frames, not others', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const doc = parseHtml('<dl><dt>Ville</dt><dd>Lannion</dd></dl><frame id="same"><frame id="other">');
    const inner = parseHtml('<dl><dt>NIR</dt><dd>2 74 04 22 118 090 68</dd></dl>');
    Object.defineProperty(doc.getElementById('same'), 'contentDocument', { get: () => inner });
    Object.defineProperty(doc.getElementById('other'), 'contentDocument', {
      get: () => { throw new DOMException('Blocked a frame with origin', 'SecurityError'); },
    });
    expect(readLabelValuePairs(doc)).toEqual([{ label: 'Ville', value: 'Lannion' }, { label: 'NIR', value: '2 74 04 22 118 090 68' }]);
  });
});

describe('messages to the page script', () => {
  it('accepts well-formed requests only', () => {
    expect(asPageRequest({ type: 'pf.collect' })).toEqual({ type: 'pf.collect' });
    expect(asPageRequest({ type: 'pf.fill', token: 't', plan: [{ index: 0, key: 'nir' }], values: { nir: '1' } })).not.toBeNull();
    expect(asPageRequest({ type: 'pf.fill', token: 't', plan: [{ index: -1, key: 'nir' }], values: {} })).toBeNull();
    expect(asPageRequest({ type: 'pf.fill', token: 't', plan: [], values: { nir: 1 } })).toBeNull();
    expect(asPageRequest({ type: 'pf.outline', token: 't', items: [{ index: 0 }] })).toBeNull();
    expect(asPageRequest({ type: 'tab.getDetection' })).toBeNull();
    expect(asPageRequest(null)).toBeNull();
  });
});
