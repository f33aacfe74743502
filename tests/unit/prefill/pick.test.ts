import { describe, expect, it } from 'vitest';
import { cancelPick, fieldLabel, insertText, pickField } from '../../../entrypoints/prefill.content/pick';
import { asPageRequest } from '../../../messaging/prefill-page';
import { mountInDocument } from '../forms/parse-html';

describe('pointing at a page field to write into', () => {
  it('waits for a click on a text field, ignoring other clicks, and shows a hint meanwhile', async () => {
    const root = mountInDocument('<p id="p">texte</p><input id="ro" readonly><label for="t">Note de consultation</label><textarea id="t">Début fin</textarea>');
    const picking = pickField('Cliquez dans le champ');
    expect(document.querySelector('preconsult-prefill-pick')).not.toBeNull();
    root.querySelector<HTMLElement>('#p')!.click();
    root.querySelector<HTMLElement>('#ro')!.click();
    const area = root.querySelector<HTMLTextAreaElement>('#t')!;
    area.click();
    expect(await picking).toBe(area);
    expect(document.querySelector('preconsult-prefill-pick')).toBeNull();
    expect(fieldLabel(area)).toBe('Note de consultation');
  });

  it('is cancelled by Escape', async () => {
    mountInDocument('<textarea></textarea>');
    const picking = pickField('…');
    dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(await picking).toBe('cancelled');
  });

  it('inserts at the caret, with the events frameworks listen to', () => {
    const root = mountInDocument('<textarea id="t">Début fin</textarea>');
    const area = root.querySelector<HTMLTextAreaElement>('#t')!;
    const seen: string[] = [];
    area.addEventListener('input', () => seen.push(area.value));
    area.setSelectionRange(6, 6);
    expect(insertText(area, 'milieu ')).toBe(true);
    expect(area.value).toBe('Début milieu fin');
    expect(seen).toEqual(['Début milieu fin']);
    area.setAttribute('readonly', '');
    expect(insertText(area, 'x')).toBe(false);
  });

  it('checks the page messages', () => {
    expect(asPageRequest({ type: 'pf.pick', hint: 'h' })).not.toBeNull();
    expect(asPageRequest({ type: 'pf.pick' })).toBeNull();
    expect(asPageRequest({ type: 'pf.insert', token: 't', text: 'x' })).not.toBeNull();
    expect(asPageRequest({ type: 'pf.insert', token: 't', text: 3 })).toBeNull();
  });
});

describe('cancelling a pick from the panel', () => {
  it('ends the wait without a field', async () => {
    mountInDocument('<textarea></textarea>');
    const picking = pickField('…');
    cancelPick();
    expect(await picking).toBe('cancelled');
    expect(document.querySelector('preconsult-prefill-pick')).toBeNull();
  });
});
