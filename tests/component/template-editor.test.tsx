import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import Dexie from 'dexie';
import { TemplatesSection } from '../../components/options/TemplatesSection';
import { openDb, type PreconsultDb } from '../../storage/db';
import { createIntakeService } from '../../storage/intake-service';
import { intakeHandlers } from '../../background/handlers/intake';
import type { Handlers } from '../../background/server';
import type { Send } from '../../messaging/client';
import { checkTemplateJson, DEFAULT_TEMPLATES, type Template } from '../../clinical/templates';
import { sendThrough } from '../send-through';

let db: PreconsultDb;
beforeEach(() => { db = openDb(`test-${Math.random()}`); });
afterEach(async () => { db.close(); await Dexie.delete(db.name); });

function setup() {
  const service = createIntakeService({ db, now: () => 0 });
  const inner = sendThrough(intakeHandlers(service) as unknown as Handlers);
  const saved: Template[] = [];
  // Records what the section hands to the background, then lets the real service store it.
  const send = ((m: { type: string; template?: Template }) => {
    if (m.type === 'intake.template.save') saved.push(structuredClone(m.template!));
    return (inner as (x: unknown) => Promise<unknown>)(m);
  }) as unknown as Send;
  render(<TemplatesSection send={send} />);
  return saved;
}

const labels = () => screen.getAllByTestId('op-item-label').map((i) => (i as HTMLInputElement).value);

describe('template editor (form fields)', () => {
  it('copies a default, renames it, adds, moves and removes items, shows a French error next to an empty label, then saves what was edited', async () => {
    const saved = setup();
    const rows = await screen.findAllByTestId('op-template-row');
    fireEvent.click(within(rows[0]!).getByRole('button', { name: 'Copier' }));
    const source = DEFAULT_TEMPLATES.find((x) => x.id === 'cardiologie')!;
    expect(labels()).toEqual(source.items.map((i) => i.label));

    // Every field has its label.
    const name = screen.getByLabelText('Nom du modèle') as HTMLInputElement;
    expect(name.value).toBe('Cardiologie (cabinet)');
    fireEvent.input(name, { target: { value: 'Cardiologie du cabinet' } });

    // Add a measure at the end, then move it up one place.
    fireEvent.change(screen.getByLabelText('Type du nouvel élément'), { target: { value: 'measure' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un élément' }));
    const n = source.items.length + 1;
    expect(screen.getAllByTestId('op-item')).toHaveLength(n);
    const last = screen.getAllByTestId('op-item')[n - 1]!;
    expect((within(last).getByLabelText('Type') as HTMLSelectElement).value).toBe('measure');
    // Each code of the schema is offered by its name, in the reader's language.
    expect([...(within(last).getByLabelText('Mesure') as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['Tension artérielle', 'Fréquence cardiaque', 'Poids', 'Taille', 'Tour de taille', 'Température', 'SpO2', 'Glycémie capillaire', 'Douleur (EVA)']);
    expect((within(last).getByRole('button', { name: `Descendre l’élément ${n}` }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(last).getByRole('button', { name: `Monter l’élément ${n}` }));
    expect(labels()[n - 2]).toBe('');
    expect(labels()[n - 1]).toBe(source.items[n - 2]!.label);
    // The keyboard focus follows the moved item, so it can be moved again.
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe(`Monter l’élément ${n - 1}`));
    // Every button of the editor looks like the rest of the options page.
    expect([...screen.getByTestId('op-form').querySelectorAll('button')].filter((b) => !b.classList.contains('pc-btn'))).toEqual([]);

    // Remove the first item.
    fireEvent.click(screen.getByRole('button', { name: 'Retirer l’élément 1' }));
    expect(labels()[0]).toBe(source.items[1]!.label);

    // Saving with the new item's label empty: refused, the schema's French message beside the field.
    fireEvent.click(screen.getByTestId('op-save'));
    const error = await screen.findByTestId('op-field-error');
    expect(error.textContent).toBe('Le libellé ne peut pas être vide.');
    const emptyLabel = screen.getAllByTestId('op-item-label')[n - 3] as HTMLInputElement;
    expect(emptyLabel.getAttribute('aria-invalid')).toBe('true');
    expect(emptyLabel.getAttribute('aria-describedby')).toBe(error.id);
    expect(screen.getByTestId('op-errors').textContent).toContain(`items[${n - 3}].label\u00a0: Le libellé ne peut pas être vide.`);
    expect(saved).toHaveLength(0);

    // Fixing the field removes its error at once.
    fireEvent.input(emptyLabel, { target: { value: 'Glycémie capillaire' } });
    expect(screen.queryByTestId('op-field-error')).toBeNull();
    fireEvent.change(screen.getAllByTestId('op-item')[n - 3]!.querySelector('select[id$="-measure"]')!, { target: { value: 'glycemie' } });
    fireEvent.click(screen.getByTestId('op-save'));
    await waitFor(() => expect(saved).toHaveLength(1));

    const expected = source.items.slice(1);
    expected.splice(n - 3, 0, { id: `element-${n}`, kind: 'measure', label: 'Glycémie capillaire', required: false, measure: 'glycemie' });
    expect(saved[0]).toEqual({ ...source, id: 'cardiologie-cabinet', name: 'Cardiologie du cabinet', basedOn: 'cardiologie', items: expected });
    expect(checkTemplateJson(JSON.stringify(saved[0]))).toEqual({ ok: true, template: saved[0] });
    await waitFor(() => expect(screen.getAllByTestId('op-template-row')).toHaveLength(5));
    expect(screen.getAllByTestId('op-template-row')[4]!.textContent).toContain('Cardiologie du cabinet');
    expect((await db.templates.get('cardiologie-cabinet'))?.source).toBe('cabinet');
  });

  it('keeps the JSON and the form in step: JSON pasted in « Avancé » fills the form, the form rewrites the JSON', async () => {
    setup();
    fireEvent.click(within((await screen.findAllByTestId('op-template-row'))[3]!).getByRole('button', { name: 'Copier' }));
    const box = screen.getByLabelText('Le modèle en JSON, à copier ou à remplacer') as HTMLTextAreaElement;
    const json = JSON.parse(box.value) as Template;
    json.items = json.items.slice(0, 2);
    fireEvent.input(box, { target: { value: JSON.stringify(json) } });
    expect(labels()).toEqual(json.items.map((i) => i.label));
    fireEvent.click(screen.getByRole('button', { name: 'Retirer l’élément 2' }));
    expect(JSON.parse(box.value).items).toEqual(json.items.slice(0, 1));
    // Half-typed JSON, or items the form cannot draw, leave the form as it was.
    fireEvent.input(box, { target: { value: '{"items": [' } });
    expect(labels()).toEqual([json.items[0]!.label]);
    fireEvent.input(box, { target: { value: '{"items": [null, 3]}' } });
    expect(labels()).toEqual([json.items[0]!.label]);
  });
});
