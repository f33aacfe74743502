import { describe, expect, it, vi } from 'vitest';
import { Autosaver } from '../../../components/autosave';
import { type Draft } from '../../../messaging/storage-keys';
import { RequestError } from '../../../messaging/client';

const draft = (text: string, patientKey = 'A', noteId = 'note-a'): Draft => ({ patientKey, noteId, text, createdAt: 1 });

describe('autosave', () => {
  it('debounces typing into one save of the last text', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async (d: Draft) => d.text);
    const a = new Autosaver({ save, delayMs: 300 });
    a.update(draft('T'));
    a.update(draft('TA'));
    a.update(draft('TA 1'));
    await vi.advanceTimersByTimeAsync(299);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(draft('TA 1'));
  });

  it('flushes at once, keeping each draft bound to the patient it was typed for', async () => {
    const saved: Draft[] = [];
    const a = new Autosaver({ save: async (d: Draft) => { saved.push(d); } });
    a.update(draft('for A', 'A', 'note-a'));
    a.update(draft('for B', 'B', 'note-b'));
    await a.flush();
    expect(saved).toEqual([draft('for A', 'A', 'note-a'), draft('for B', 'B', 'note-b')]);
    expect(a.isDirty('note-a')).toBe(false);
  });

  it('keeps a failed draft and retries it; nothing typed is dropped', async () => {
    vi.useFakeTimers();
    let fail = true;
    const states: string[] = [];
    const save = vi.fn(async (d: Draft) => { if (fail) throw new Error('worker asleep'); return d; });
    const a = new Autosaver({ save, retryMs: 1000, onState: (s) => states.push(s) });
    a.update(draft('x'));
    await a.flush();
    expect(a.isDirty('note-a')).toBe(true);
    expect(states).toContain('error');
    fail = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(a.isDirty('note-a')).toBe(false);
    expect(states.at(-1)).toBe('saved');
  });

  it('does not drop text typed while a save was in flight', async () => {
    let release!: () => void;
    const sent: string[] = [];
    const save = (d: Draft) => { sent.push(d.text); return sent.length === 1 ? new Promise<void>((r) => { release = r; }) : Promise.resolve(); };
    const a = new Autosaver({ save });
    a.update(draft('one'));
    const f = a.flush();
    a.update(draft('one two'));
    release();
    await f;
    await a.flush();
    expect(sent).toEqual(['one', 'one two']);
  });

  it('saves text typed while a save was in flight once the delay runs out, and says saved only then', async () => {
    // The service worker restarting makes a save slow: the delay after the last keystroke runs out
    // while it is in flight. The text must still be saved, and « Enregistré » not shown before.
    vi.useFakeTimers();
    let release!: () => void;
    const sent: string[] = [];
    const states: string[] = [];
    const save = (d: Draft) => { sent.push(d.text); return sent.length === 1 ? new Promise<void>((r) => { release = r; }) : Promise.resolve(); };
    const a = new Autosaver({ save, delayMs: 300, onState: (s) => states.push(s) });
    a.update(draft('Avant'));
    await vi.advanceTimersByTimeAsync(300);
    a.update(draft('Avant arrêt.'));
    await vi.advanceTimersByTimeAsync(300);
    expect(states.at(-1)).toBe('pending');
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual(['Avant', 'Avant arrêt.']);
    expect(a.isDirty('note-a')).toBe(false);
    expect(states).toEqual(['pending', 'saving', 'pending', 'saving', 'saved']);
  });

  it('a draft refused for good is not retried and blocks no other draft, another patient’s included; the user is told', async () => {
    vi.useFakeTimers();
    const states: [string, string | undefined][] = [];
    const refused: string[] = [];
    const save = vi.fn(async (d: Draft) => {
      if (d.patientKey === 'A') throw new RequestError('Patient inconnu : il a été effacé de ce poste.', 'refused');
      return d;
    });
    const a = new Autosaver({ save, retryMs: 1000, onState: (s, e) => states.push([s, e]), onRefused: (d) => refused.push(d.noteId) });
    a.update(draft('pour A, effacé', 'A', 'note-a'));
    a.update(draft('pour B', 'B', 'note-b'));
    await a.flush();
    expect(save).toHaveBeenCalledTimes(2);
    expect(a.isDirty('note-b')).toBe(false);
    expect(a.isDirty('note-a')).toBe(false);
    expect(refused).toEqual(['note-a']);
    expect(states.at(-1)).toEqual(['error', 'Patient inconnu : il a été effacé de ce poste.']);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).toHaveBeenCalledTimes(2); // never retried
  });

  it('a draft that fails for now (service worker asleep) does not hold back the drafts behind it', async () => {
    vi.useFakeTimers();
    let asleep = true;
    const sent: string[] = [];
    const save = vi.fn(async (d: Draft) => {
      if (d.patientKey === 'A' && asleep) throw new Error('worker asleep');
      sent.push(d.text);
    });
    const a = new Autosaver({ save, retryMs: 1000 });
    a.update(draft('pour A', 'A', 'note-a'));
    a.update(draft('pour B', 'B', 'note-b'));
    await a.flush();
    expect(sent).toEqual(['pour B']);
    expect(a.isDirty('note-a')).toBe(true);
    asleep = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual(['pour B', 'pour A']);
    expect(a.isDirty('note-a')).toBe(false);
  });
});
