import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPanel, overlay, whenRegistered, type Session } from './harness';

// A schema upgrade in real Chromium: a database as version 2 wrote it (patient keys holding the
// names in clear) is upgraded by the extension's own Dexie on its next start, and the note is
// found again on the record page, under the new key.
let s: Session;
beforeAll(async () => {
  s = await launch();
  await whenRegistered(s);
});
afterAll(async () => { await s?.close(); });

const NOTE = "Note écrite avant la mise à jour";

describe('database upgrade', () => {
  it('v2 → v3 in the browser: keys without names, the note found again', async () => {
    // A page of the extension without any script: nothing wakes the background meanwhile.
    const quiet = await s.context.newPage();
    await quiet.goto(`chrome-extension://${s.extensionId}/privacy.html`);
    for (const p of s.context.pages()) if (p !== quiet) await p.close();
    await s.stopServiceWorker();

    const origin = s.demo.url;
    await quiet.evaluate(async ({ origin, text }) => {
      const req = <T,>(r: IDBRequest<T>) => new Promise<T>((ok, ko) => { r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error); });
      await new Promise<void>((ok, ko) => { const d = indexedDB.deleteDatabase('preconsult'); d.onsuccess = () => ok(); d.onerror = () => ko(d.error); d.onblocked = () => ko(new Error('blocked')); });
      // Dexie's version 2 is IndexedDB version 20, with these stores and indexes.
      const open = indexedDB.open('preconsult', 20);
      open.onupgradeneeded = () => {
        const db = open.result;
        const store = (name: string, keyPath: string | string[] | null, indexes: string[], autoIncrement = false) => {
          const s = db.createObjectStore(name, { keyPath, autoIncrement });
          for (const i of indexes) s.createIndex(i, i);
        };
        store('patients', 'key', ['origin', 'lastSeen']);
        store('notes', 'id', ['patientKey', 'updatedAt']);
        store('audit', 'seq', ['at', 'patientKey'], true);
        store('intakes', 'id', ['patientKey', 'startedAt']);
        store('templates', 'id', []);
        store('profiles', 'patientKey', []);
        store('formMappings', 'signature', []);
        const sets = db.createObjectStore('documentSets', { keyPath: ['patientKey', 'setId'] });
        sets.createIndex('patientKey', 'patientKey');
        store('referrals', 'id', ['patientKey']);
        store('siteRules', 'id', ['origin']);
      };
      const db = await req(open);
      const key = `${origin}#traits:MARTIN|JEAN PIERRE|1948-04-03`;
      const tx = db.transaction(['patients', 'notes', 'audit'], 'readwrite');
      tx.objectStore('patients').add({ key, origin, adapter: 'generic', birthName: 'MARTIN', firstNames: 'Jean-Pierre', birthDate: '1948-04-03', firstSeen: 1, lastSeen: Date.now() });
      tx.objectStore('notes').add({ id: '4f1c2b3a-5d6e-4f70-8a9b-0c1d2e3f4a5b', patientKey: key, text, createdAt: 1, updatedAt: 2 });
      tx.objectStore('audit').add({ at: 1, action: 'note.create', patientKey: key, noteId: '4f1c2b3a-5d6e-4f70-8a9b-0c1d2e3f4a5b' });
      await new Promise((ok) => { tx.oncomplete = ok; });
      db.close();
    }, { origin, text: NOTE });

    // The record page wakes the background, whose Dexie upgrades the database on opening it.
    const page = await s.newPage('/fixtures/pages/banner.html');
    await openPanel(page);
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain('MARTIN Jean-Pierre');
    await expect.poll(() => overlay.note(page).inputValue(), { timeout: 10_000 }).toBe(NOTE);

    const disk = await quiet.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, ko) => { const r = indexedDB.open('preconsult'); r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error); });
      const all = async (t: string) => new Promise<unknown[]>((ok) => { const r = db.transaction(t).objectStore(t).getAll(); r.onsuccess = () => ok(r.result); });
      const out = { version: db.version, patients: await all('patients'), notes: await all('notes'), audit: await all('audit') };
      db.close();
      return out;
    });
    expect(disk.version).toBe(30);
    const keys = JSON.stringify([disk.patients.map((p) => (p as { key: string }).key), disk.notes.map((n) => (n as { patientKey: string }).patientKey), disk.audit.map((a) => (a as { patientKey: string }).patientKey)]);
    expect(keys).not.toContain('MARTIN');
    expect(keys).toMatch(/#traits:[0-9a-f]{32}/);
    expect(disk.patients).toHaveLength(1);
  });
});
