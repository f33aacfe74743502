import { describe, expect, it } from 'vitest';
import { clearMarks, showMarks } from '../../../entrypoints/prefill.content/marks';
import { collectFields } from '../../../sites/forms/collect-fields';
import { mountInDocument } from '../forms/parse-html';

const marks = () => document.querySelectorAll('preconsult-prefill-marks').length;

describe('preview marks on the page', () => {
  it('outlines the fields and puts their own outline back afterwards', () => {
    const root = mountInDocument('<label>Nom <input name="nom" style="outline: 1px solid red"></label><label>Ville <input name="ville"></label>');
    const fields = collectFields(document);
    const [nom, ville] = Array.from(root.querySelectorAll('input'));
    const own = nom!.style.outline;
    expect(own).toContain('red');
    expect(showMarks(fields.map((field) => ({ field, text: 'valeur' })))).toBe(2);
    expect(marks()).toBe(1);
    expect(nom!.style.outline).toContain('dashed');
    expect(ville!.style.outline).toContain('dashed');
    clearMarks();
    expect(marks()).toBe(0);
    expect(nom!.style.outline).toBe(own);
    expect(ville!.style.outline).toBe('');
  });

  it('go away by themselves when the page removes a marked field', async () => {
    const root = mountInDocument('<form><label>Nom <input name="nom"></label></form>');
    showMarks(collectFields(document).map((field) => ({ field, text: 'LE GALL-DUPUIS' })));
    expect(marks()).toBe(1);
    root.querySelector('form')!.remove();
    await new Promise((r) => setTimeout(r, 0));
    expect(marks()).toBe(0);
  });
});
