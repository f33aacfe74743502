import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openPanel, overlay, startFixturesDemo, whenRegistered, type Session } from './harness';
import type { DemoServer } from '../../demo/server.mjs';

// Faults a working day brings: a killed service worker, a tab closed at once, two tabs on one
// patient, a browser restart, a full disk, a damaged import, a hostile host page. In each case no
// note is lost or duplicated, and the user is told in French what happened.
let demo: DemoServer;
let s: Session;
beforeAll(async () => {
  demo = await startFixturesDemo();
  s = await launch({ demo });
  await whenRegistered(s);
});
afterAll(async () => {
  await s?.close();
  await demo?.close();
});

async function typeNote(page: Page, text: string) {
  await overlay.note(page).click();
  await overlay.note(page).press('End');
  await overlay.note(page).pressSequentially(text, { delay: 5 });
}
const saved = (page: Page) => expect.poll(() => overlay.save(page).textContent(), { timeout: 10_000 }).toBe('Enregistré');
const noteValue = (page: Page) => expect.poll(() => overlay.note(page).inputValue());
async function openFor(session: Session, path: string, name: string): Promise<Page> {
  const page = await session.newPage(path);
  await openPanel(page);
  await expect.poll(() => overlay.panelPatient(page).textContent()).toContain(name);
  return page;
}

/** Every note stored for a demo patient, read straight from the extension's database. */
async function storedNotes(session: Session, recordId: string): Promise<string[]> {
  const key = `${new URL(demo.url).origin}#id:${recordId}`;
  return (await session.worker()).evaluate(async (k) => {
    const db = await new Promise<IDBDatabase>((res, rej) => { const r = indexedDB.open('preconsult'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const rows = await new Promise<{ text: string }[]>((res, rej) => {
      const r = db.transaction('notes').objectStore('notes').index('patientKey').getAll(k);
      r.onsuccess = () => res(r.result as { text: string }[]); r.onerror = () => rej(r.error);
    });
    db.close();
    return rows.map((n) => n.text);
  }, key);
}

describe('faults: nothing typed is lost, duplicated or mixed up', () => {
  it('a service worker stopped in the middle of a save: the text lands once', async () => {
    const page = await openFor(s, '/patients/P0003', 'ROUX Chloé');
    await typeNote(page, 'Avant.');
    await saved(page);
    await typeNote(page, ' Pendant l’arrêt.');
    // Killed while the draft is pending or in flight: the panel's send retries while it restarts.
    await s.stopServiceWorker();
    await saved(page);
    await page.reload();
    await openPanel(page);
    await noteValue(page).toBe('Avant. Pendant l’arrêt.');
    expect(await storedNotes(s, 'P0003')).toEqual(['Avant. Pendant l’arrêt.']);
    await page.close();
  });

  it('a tab closed right after typing: the note is saved without reopening it, and there when the patient is reopened', async () => {
    const page = await openFor(s, '/patients/P0006', 'GIRARD');
    await typeNote(page, 'Fermé aussitôt');
    // Closed at once, well inside the 300 ms autosave delay: a frame being torn down sends
    // nothing, so the keystroke's journaled draft is what the background saves when the tab closes.
    await page.close({ runBeforeUnload: true });
    // Stored before any panel opens again (an opening panel would also replay the journal).
    await expect.poll(() => storedNotes(s, 'P0006'), { timeout: 10_000 }).toEqual(['Fermé aussitôt']);
    const again = await openFor(s, '/patients/P0006', 'GIRARD');
    await noteValue(again).toBe('Fermé aussitôt');
    expect(await storedNotes(s, 'P0006')).toEqual(['Fermé aussitôt']);
    await again.close();
  });

  it('two tabs on the same patient: each tab’s text and each new note kept, none duplicated', async () => {
    const a = await openFor(s, '/patients/P0009', 'CASANOVA');
    const b = await openFor(s, '/patients/P0009', 'CASANOVA');
    await typeNote(a, 'A écrit.');
    await saved(a);
    await noteValue(b).toBe('A écrit.');
    await typeNote(b, ' B complète.');
    await saved(b);
    await noteValue(a).toBe('A écrit. B complète.');
    // A starts a second note while B keeps editing the first one.
    await overlay.frame(a).getByRole('button', { name: 'Nouvelle note' }).click();
    await typeNote(a, 'Seconde note de A.');
    await typeNote(b, ' Et encore B.');
    await saved(a);
    await saved(b);
    await expect.poll(async () => (await storedNotes(s, 'P0009')).sort()).toEqual(['A écrit. B complète. Et encore B.', 'Seconde note de A.']);
    await expect.poll(() => overlay.noteList(a).count()).toBe(2);
    await expect.poll(() => overlay.noteList(b).count()).toBe(2);
    await a.close();
    await b.close();
  });

  it('a storage quota error: the user is told in French, the text is kept and saved once space is back', async () => {
    const page = await openFor(s, '/patients/P0010', 'DUPONT');
    const worker = await s.worker();
    // The disk is full: every IndexedDB write in the background fails as Chromium reports it.
    await worker.evaluate(() => {
      const g = globalThis as unknown as { __realPut?: unknown };
      g.__realPut = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function () { throw new DOMException('Quota exceeded', 'QuotaExceededError'); };
    });
    await typeNote(page, 'Texte tapé disque plein');
    await expect.poll(() => overlay.save(page).textContent(), { timeout: 10_000 }).toContain('espace de stockage du navigateur plein');
    expect(await overlay.note(page).inputValue()).toBe('Texte tapé disque plein');
    await worker.evaluate(() => {
      IDBObjectStore.prototype.put = (globalThis as unknown as { __realPut: typeof IDBObjectStore.prototype.put }).__realPut;
    });
    await saved(page); // the autosave retries on its own
    expect(await storedNotes(s, 'P0010')).toEqual(['Texte tapé disque plein']);
    await page.close();
  });

  it('a damaged import file: refused whole in French, the taught rules untouched', async () => {
    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    const msg = options.getByTestId('op-sites-msg');
    await options.locator('input[type="file"].op-file').setInputFiles({ name: 'regles.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"preconsult-site-rules","rules":[{"id":') });
    await expect.poll(() => msg.textContent()).toContain("n’est pas un export de règles Préconsult");
    await options.locator('input[type="file"].op-file').setInputFiles({ name: 'regles.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'autre', rules: [{ id: 1 }] })) });
    await expect.poll(() => msg.textContent()).not.toContain("n’est pas un export de règles Préconsult (JSON illisible)");
    await expect.poll(() => msg.textContent()).toMatch(/\S/);
    expect(await msg.textContent()).not.toContain('importée');
    expect(await options.getByTestId('op-rules').count()).toBe(0);
    await options.close();
  });

  it('a hostile host page gets nothing of the stored notes, neither its own patient’s nor another’s', async () => {
    const other = await openFor(s, '/patients/P0001', 'BERNARD');
    await typeNote(other, 'SECRET-AUTRE-PATIENT');
    await saved(other);
    await other.close();

    const page = await s.newPage('/fixtures/hostile/record.html');
    // Hooking the page's own MutationObserver and attachShadow does not stop the overlay.
    await openPanel(page);
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain('MARTIN Jean-Pierre');
    await typeNote(page, 'SECRET-NOTE-PROPRE');
    await saved(page);
    await page.reload();
    await openPanel(page);
    await noteValue(page).toBe('SECRET-NOTE-PROPRE');
    const loot = await page.evaluate(() => (window as unknown as { __sweep: () => Promise<string> }).__sweep());
    // The page may see the launcher's label (its own patient, which it displays itself), never a note.
    expect(loot).toContain('MARTIN');
    expect(loot).not.toContain('SECRET-NOTE-PROPRE');
    expect(loot).not.toContain('SECRET-AUTRE-PATIENT');
    expect(loot).not.toContain('BERNARD');
    expect(loot).not.toContain('disque plein');
    const parsed = JSON.parse(loot) as { fetch: string[]; probes: { frames: string[]; runtime: string } };
    expect(parsed.fetch).toEqual([]); // the extension never used the page's fetch
    expect(parsed.probes.frames.every((f) => f === 'inaccessible' || f.startsWith('refusé'))).toBe(true);
    expect(parsed.probes.runtime).not.toContain('sendMessage'); // no door from the page to the background
    await page.close();
  });
});

describe('faults: a hostile frame inside an activated record page', () => {
  it('a cross-origin iframe that frames the panel gets nothing of the patient and deletes no note', async () => {
    const page = await openFor(s, '/patients/P0005', 'FOURNIER');
    await typeNote(page, 'NOTE-A-GARDER');
    await saved(page);
    // The attacker knows the panel's URL, even with the overlay's secret copied into it.
    const real = await page.locator('preconsult-overlay [data-testid="pc-frame"]').getAttribute('src');
    expect(real).toMatch(/^chrome-extension:\/\/[^/]+\/panel\.html#[0-9a-f]{32}$/);
    const bare = real!.split('#')[0]!;
    const urls = [bare, real!, `chrome-extension://${s.extensionId}/panel.html`];
    // localhost is another origin than the page's 127.0.0.1: a foreign frame (an ad, a widget).
    const foreign = `${demo.url.replace('127.0.0.1', 'localhost')}/fixtures/hostile/foreign-frame.html#${encodeURIComponent(JSON.stringify(urls))}`;
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = src;
      f.id = 'pub';
      document.body.append(f);
    }, foreign);
    const probe = (url: string) => page.frameLocator('#pub').frameLocator(`iframe[data-probe="${url}"]`);
    // The panel says where it belongs and shows nothing, bare or with a copied secret.
    for (const url of [bare, real!]) {
      await probe(url).getByTestId('pc-foreign').waitFor();
      expect(await probe(url).locator('body').textContent()).not.toMatch(/FOURNIER|NOTE-A-GARDER/);
      expect(await probe(url).locator('textarea, button').count()).toBe(0);
    }
    // The fixed URL (Chrome's use_dynamic_url) does not even load the panel: the page cannot probe for it.
    // The fixed URL (Chrome's use_dynamic_url) does not even load the panel: the page cannot probe for it.
    await expect.poll(() => page.frames().some((f) => f.url().startsWith('chrome-error://'))).toBe(true);
    // Even code running in that framed panel (which a page cannot do, but a bug might) is refused.
    // (The session's URL leads to the extension's own: the frame then shows that one.)
    const framed = page.frames().find((f) => f.url() === `chrome-extension://${s.extensionId}/panel.html`);
    expect(framed).toBeDefined();
    const key = `${new URL(demo.url).origin}#id:P0005`;
    const attempts = await framed!.evaluate(async ({ key, token }) => {
      const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
      const list = { type: 'notes.list', patientKey: key };
      return [
        await c.runtime.sendMessage(list),
        await c.runtime.sendMessage({ ...list, mount: { token } }),
        await c.runtime.sendMessage({ ...list, mount: { token, ancestors: [new URL(location.href).origin] } }),
        await c.runtime.sendMessage({ type: 'relay.tab', mount: { token } }),
      ];
    }, { key, token: real!.split('#')[1]! });
    for (const a of attempts) expect(a).toMatchObject({ ok: false });
    const ids = await framed!.evaluate(async (key) => {
      const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
      return c.runtime.sendMessage({ type: 'note.delete', patientKey: key, noteId: 'n'.repeat(12) });
    }, key);
    expect(ids).toMatchObject({ ok: false });
    // The overlay's own panel still works, and the note is still there.
    await typeNote(page, ' Suite.');
    await saved(page);
    expect(await storedNotes(s, 'P0005')).toEqual(['NOTE-A-GARDER Suite.']);
    await page.close();
  });
});

describe('faults: browser restart', () => {
  it('a note typed before the browser closes is there after it restarts with the same profile', async () => {
    const first = await launch({ demo });
    await whenRegistered(first);
    const page = await openFor(first, '/patients/P0011', 'BLANC');
    await typeNote(page, 'Avant redémarrage.');
    await saved(page);
    await first.close({ keepProfile: true });
    const second = await launch({ demo, profileDir: first.profileDir });
    try {
      const again = await openFor(second, '/patients/P0011', 'BLANC');
      await noteValue(again).toBe('Avant redémarrage.');
      expect(await storedNotes(second, 'P0011')).toEqual(['Avant redémarrage.']);
    } finally {
      await second.close();
    }
  });
});
