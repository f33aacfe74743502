import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/preact';
import { IntakeTab, type IntakeDeps } from '../../components/intake/IntakeTab';
import { intakeBackend, P } from './intake-backend';
import type { Send } from '../../messaging/client';
import type { Workspace } from '../../components/notes/workspace';
import type { Values } from '../../clinical/intake';
import { fullValues } from '../unit/intake/fixtures';

// A fast typist: each key goes to whatever has the focus when the browser handles it. Between two
// keys only microtasks run (Preact's re-render is one); timers and after-paint effects may come
// later, so nothing may wait for them. Keys are dispatched natively, outside act(), which would
// flush effects that a browser runs after painting.
const backend_ = intakeBackend();

async function openWith(send: Send, values: Values) {
  const { intake } = await send({ type: 'intake.start', patientKey: 'k', templateId: 'medecine-generale-adulte', date: '2026-11-23' });
  await send({ type: 'intake.save', patientKey: 'k', intakeId: intake.id, values, prevention: { history: [], conditions: [] }, clientId: 'other' });
}

const active = () => document.activeElement as HTMLElement;
/** What runs between two input events in a browser, at the least: pending microtasks. */
const microtasks = async () => { for (let i = 0; i < 20; i++) await Promise.resolve(); };
const key = (el: HTMLElement, type: string, k: string) => el.dispatchEvent(new KeyboardEvent(type, { key: k, bubbles: true, cancelable: true }));

/** A character typed: into the focused field if it is one, lost otherwise (a button takes no text). */
async function type(text: string) {
  for (const ch of text) {
    const el = active();
    if (key(el, 'keydown', ch) && el instanceof HTMLInputElement && el.type !== 'checkbox') {
      el.value += ch;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
    key(el, 'keyup', ch);
    await microtasks();
  }
}

/** Enter as the browser does it: keydown, then a button's activation unless prevented. */
async function enter() {
  const el = active();
  if (key(el, 'keydown', 'Enter') && el instanceof HTMLButtonElement) el.click();
  key(active(), 'keyup', 'Enter');
  await microtasks();
}

/** Space on a check box: keydown, keyup, and the click that toggles it. */
async function space() {
  const el = active();
  key(el, 'keydown', ' ');
  if (key(el, 'keyup', ' ') && el instanceof HTMLInputElement) el.click();
  await microtasks();
}

describe('intake from the keyboard, keys typed without waiting for the screen', () => {
  it('a further blood-pressure reading takes the whole number typed at once, and Space then Enter on the last item lands on the finish button', async () => {
    const send = backend_.send();
    const { 'carte-vitale': _, ...values } = fullValues();
    await openWith(send, { ...values, ta: { readings: [{ sys: '152', dia: '96' }], arm: 'droit' } });
    const deps: IntakeDeps = { send, loadRole: async () => 'assistant', today: () => '2026-11-23', clientId: 'c', readDelays: [0] };
    render(<IntakeTab patient={P} patientKey="k" ws={{} as Workspace} deps={deps} />);
    // The form is up and has placed its first focus (an after-paint effect): then the keys start.
    await waitFor(() => expect(active().dataset.testid).toBe('ik-in-motif'));

    // Tab has reached « another reading »: Enter, then the second reading as fast as the first.
    screen.getByTestId('ik-ta-add').focus();
    await enter();
    await type('146'); await enter();
    await type('92'); await enter();
    expect((screen.getByTestId('ik-ta-sys-1') as HTMLInputElement).value).toBe('146');
    expect((screen.getByTestId('ik-ta-dia-1') as HTMLInputElement).value).toBe('92');
    expect(screen.queryByTestId('ik-err-ta')).toBeNull();
    expect(active().dataset.testid).toBe('ik-ta-arm'); // the arm, already given: the third value

    // The last item, a check box: Space then Enter, straight on.
    screen.getByTestId('ik-in-carte-vitale').focus();
    await space(); await enter();
    expect(active().dataset.testid).toBe('ik-finish');
    expect((active() as HTMLButtonElement).disabled).toBe(false);
    await waitFor(async () => expect((await backend_.db().intakes.toArray())[0]?.values).toMatchObject({
      ta: { readings: [{ sys: '152', dia: '96' }, { sys: '146', dia: '92' }], arm: 'droit' },
      'carte-vitale': { yes: true },
    }), { timeout: 2000 });
  });

  it('a review changed from the keyboard takes the text typed straight after', async () => {
    const send = backend_.send();
    await openWith(send, { motif: { text: 'Contrôle' } });
    const deps: IntakeDeps = { send, loadRole: async () => 'assistant', today: () => '2026-11-23', clientId: 'c', readDelays: [0] };
    render(<IntakeTab patient={P} patientKey="k" ws={{} as Workspace} deps={deps} />);
    await waitFor(() => expect(active().dataset.testid).toBe('ik-in-motif'));
    screen.getByTestId('ik-review-changed-allergies').focus();
    await enter();
    await type('Pénicilline');
    expect((screen.getByTestId('ik-review-text-allergies') as HTMLInputElement).value).toBe('Pénicilline');
  });
});
