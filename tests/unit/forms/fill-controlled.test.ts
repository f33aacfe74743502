import { h, render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { collectFields } from '../../../sites/forms/collect-fields';
import { fill, undoFill } from '../../../sites/forms/fill';
import type { CollectedField } from '../../../sites/forms/field-descriptor';

// Framework-controlled inputs: the value must reach the component's state, not only the DOM.

function IdentityForm() {
  const [nom, setNom] = useState('');
  const [sexe, setSexe] = useState('');
  // A radio group cannot go back to "nothing chosen" through a user action, so start from a choice.
  const [civ, setCiv] = useState('Monsieur');
  const [c2s, setC2s] = useState(false);
  return h(
    'form',
    null,
    h('label', { for: 'nom' }, 'Nom de naissance'),
    h('input', { id: 'nom', value: nom, onInput: (e: Event) => setNom((e.currentTarget as HTMLInputElement).value) }),
    h('label', { for: 'sexe' }, 'Sexe'),
    h(
      'select',
      { id: 'sexe', value: sexe, onChange: (e: Event) => setSexe((e.currentTarget as HTMLSelectElement).value) },
      h('option', { value: '' }, '—'),
      h('option', { value: 'H' }, 'Homme'),
      h('option', { value: 'FE' }, 'FÉMININ'),
    ),
    h('fieldset', null, h('legend', null, 'Civilité'),
      ...['Monsieur', 'Madame'].map((text) =>
        h('label', null, h('input', { type: 'radio', name: 'civ', value: text, checked: civ === text, onChange: () => setCiv(text) }), text),
      ),
    ),
    h('label', null, h('input', { type: 'checkbox', checked: c2s, onChange: (e: Event) => setC2s((e.currentTarget as HTMLInputElement).checked) }), 'Bénéficiaire de la C2S'),
    h('output', { id: 'state' }, JSON.stringify({ nom, sexe, civ, c2s })),
  );
}

const state = () => JSON.parse(document.getElementById('state')!.textContent!) as Record<string, unknown>;
const field = (fields: CollectedField[], kind: string) => fields.find((f) => f.descriptor.kind === kind)!;

afterEach(() => {
  render(null, document.body);
  document.body.replaceChildren();
});

describe('fill on a Preact-controlled form', () => {
  it('updates component state through input/change events, and undo puts it back', async () => {
    render(h(IdentityForm, null), document.body);
    const fields = collectFields(document);
    const plan = [
      { field: field(fields, 'text'), key: 'birthName' as const },
      { field: field(fields, 'select'), key: 'sex' as const },
      { field: field(fields, 'radio'), key: 'civility' as const },
      { field: field(fields, 'checkbox'), key: 'c2s' as const },
    ];
    let result!: ReturnType<typeof fill>;
    await act(() => {
      result = fill(plan, { birthName: 'DURAND', sex: 'F', civility: 'Mme', c2s: 'true' });
    });
    expect(result.skipped).toEqual([]);
    expect(state()).toEqual({ nom: 'DURAND', sexe: 'FE', civ: 'Madame', c2s: true });
    expect((document.getElementById('nom') as HTMLInputElement).value).toBe('DURAND');

    await act(() => {
      const undone = undoFill(result.undo);
      expect(undone).toEqual({ restored: 4, skipped: [] });
    });
    expect(state()).toEqual({ nom: '', sexe: '', civ: 'Monsieur', c2s: false });
  });
});

describe('fill with a React-style value tracker', () => {
  it('uses the prototype setter so the tracker sees a change', () => {
    // React stores the last value it saw in an own `value` property; assigning el.value
    // updates that copy and React then ignores the input event. The native setter does not.
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'Prénom');
    document.body.append(input);
    const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
    let tracked = '';
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => proto.get!.call(input),
      set: (v: string) => {
        tracked = v;
        proto.set!.call(input, v);
      },
    });
    const seen: string[] = [];
    document.body.addEventListener('input', () => {
      const current = proto.get!.call(input) as string;
      if (current !== tracked) {
        tracked = current;
        seen.push(current);
      }
    });
    document.body.addEventListener('change', () => seen.push('change'));
    const [f] = collectFields(document);
    fill([{ field: f!, key: 'firstName' }], { firstName: 'Marie' });
    expect(seen).toEqual(['Marie', 'change']);
  });
});
