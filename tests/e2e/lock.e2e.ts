import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launch, openPanel, overlay, selectTab, startFixturesDemo, whenRegistered, type Session } from './harness';
import type { DemoServer } from '../../demo/server.mjs';

// Issue 7's lock for shared workstations, in real Chromium: once enabled, patient data is
// encrypted on disk; locking (button, idle, browser closed) hides it until the passphrase is typed;
// a stopped service worker does not lock the user out; disabling opens every row back.
let s: Session;
let demo: DemoServer;
beforeAll(async () => {
  demo = await startFixturesDemo();
  s = await launch({ demo });
  await whenRegistered(s);
});
afterAll(async () => {
  await s?.close();
  await demo?.close();
});

const PASS = 'les tilleuls du port';
const SECRET = 'Allergie pénicilline (urticaire)';

/** The raw rows of a table, read with plain IndexedDB in an extension context (what is on disk). */
async function disk(table: string, where?: Page): Promise<string> {
  const target: Pick<Worker, 'evaluate'> = where ?? (await s.worker());
  return target.evaluate(async (t) => {
    const db = await new Promise<IDBDatabase>((ok, ko) => { const r = indexedDB.open('preconsult'); r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error); });
    const rows = await new Promise<unknown[]>((ok, ko) => { const r = db.transaction(t).objectStore(t).getAll(); r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error); });
    db.close();
    // Bytes decoded as text too, so a clear string inside a binary field would be seen.
    return JSON.stringify(rows, (_k, v) => (v instanceof Uint8Array ? new TextDecoder('latin1').decode(v) : v));
  }, table);
}

async function options(): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/options.html#op-lock`);
  await page.getByTestId('lk-state').waitFor();
  return page;
}

const panel = (p: Page) => overlay.frame(p);
const COLLAPSE = 'Réduire';

describe('workstation lock', () => {
  let page: Page;

  it('enabling the lock encrypts the notes and identities already stored', async () => {
    page = await s.newPage('/patients/P0004');
    await openPanel(page);
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain('MOREAU Camille');
    await overlay.note(page).click();
    await overlay.note(page).pressSequentially(SECRET, { delay: 5 });
    await expect.poll(() => overlay.save(page).textContent()).toBe('Enregistré');
    expect(await disk('notes')).toContain('pénicilline');

    const opts = await options();
    await opts.getByTestId('lk-pass').fill(PASS);
    await opts.getByTestId('lk-pass2').fill(PASS);
    await opts.getByTestId('lk-idle').fill('5');
    await opts.getByTestId('lk-enable').click();
    await expect.poll(() => opts.getByTestId('lk-state').textContent(), { timeout: 15_000 }).toContain('Verrouillage activé : verrouillage après 5 min');
    await opts.close();

    const notes = await disk('notes');
    expect(notes).toContain('$sealed');
    expect(notes).not.toContain('pénicilline');
    expect(notes).not.toContain('urticaire');
    const patients = await disk('patients');
    expect(patients).not.toContain('MOREAU');
    expect(patients).not.toContain('Camille');
    // The unlocked workspace goes on as before, and what is typed now is sealed too.
    await page.reload();
    await openPanel(page);
    await expect.poll(() => overlay.note(page).inputValue()).toBe(SECRET);
    await overlay.note(page).press('End');
    await overlay.note(page).pressSequentially(' — vu ce jour', { delay: 5 });
    await expect.poll(() => overlay.save(page).textContent()).toBe('Enregistré');
    expect(await disk('notes')).not.toContain('vu ce jour');
  });

  it('with the lock on, a tab closed right after typing keeps its note, and the draft never touches the disk', async () => {
    const tab = await s.newPage('/patients/P0006');
    await openPanel(tab);
    await expect.poll(() => overlay.panelPatient(tab).textContent()).toContain('GIRARD');
    // Where drafts are journaled, as it happens (read afterwards, they may already be gone).
    const worker = await s.worker();
    await worker.evaluate(() => {
      const g = globalThis as unknown as { __draftAreas: string[]; chrome: { storage: { onChanged: { addListener(f: (c: Record<string, unknown>, area: string) => void): void } } } };
      g.__draftAreas = [];
      g.chrome.storage.onChanged.addListener((changes, area) => { if (Object.keys(changes).some((k) => k.startsWith('unsavedDraft:'))) g.__draftAreas.push(area); });
    });
    await overlay.note(tab).click();
    await overlay.note(tab).pressSequentially('Brouillon sous verrou', { delay: 5 });
    // Closed at once, inside the 300 ms autosave delay: the background saves the journaled draft
    // when the tab closes.
    await tab.close({ runBeforeUnload: true });
    // Saved (sealed) before any panel opens again (an opening panel would also replay the journal).
    await expect.poll(async () => (await disk('notes')).includes('P0006'), { timeout: 10_000 }).toBe(true);
    // The draft went to memory-only storage, never to storage.local (the disk).
    const areas = await worker.evaluate(() => (globalThis as unknown as { __draftAreas: string[] }).__draftAreas);
    expect(areas).toContain('session');
    expect(areas).not.toContain('local');
    const again = await s.newPage('/patients/P0006');
    await openPanel(again);
    await expect.poll(() => overlay.note(again).inputValue()).toBe('Brouillon sous verrou');
    await again.close();
  });

  it('"Verrouiller" hides the workspace in every tab; a wrong passphrase is refused in French', async () => {
    // A second tab on the same patient, its panel collapsed to the launcher.
    const other = await s.newPage('/patients/P0004');
    await openPanel(other);
    await other.locator(`preconsult-overlay [aria-label="${COLLAPSE}"]`).click();
    await expect.poll(() => overlay.status(other).textContent()).toContain('1 note');

    await panel(page).getByTestId('pc-lock-now').click();
    await panel(page).getByTestId('pc-lock').waitFor();
    expect(await panel(page).locator('body').textContent()).not.toContain('pénicilline');
    // The other tab's launcher follows at once, without a count.
    await expect.poll(() => overlay.patient(other).textContent()).toBe('Préconsult — verrouillé');
    expect(await overlay.status(other).count()).toBe(0);
    await other.close();

    // Even after the service worker is stopped, the lock holds.
    await s.stopServiceWorker();
    await panel(page).getByTestId('pc-lock-passphrase').fill('les tilleuls');
    await panel(page).getByRole('button', { name: 'Déverrouiller' }).click();
    await expect.poll(() => panel(page).getByTestId('pc-lock-error').textContent()).toBe('Phrase de passe incorrecte.');
    await panel(page).getByTestId('pc-lock-passphrase').fill(PASS);
    await panel(page).getByTestId('pc-lock-passphrase').press('Enter');
    await selectTab(panel(page), 'notes'); // unlocked, the panel shows its first tab, Pré-consultation
    await expect.poll(() => overlay.note(page).inputValue(), { timeout: 10_000 }).toBe(`${SECRET} — vu ce jour`);
  });

  it('a stopped service worker does not lock the user out; a restarted browser does', async () => {
    await s.stopServiceWorker();
    await page.reload();
    await openPanel(page);
    await expect.poll(() => overlay.note(page).inputValue()).toBe(`${SECRET} — vu ce jour`);

    await s.close({ keepProfile: true });
    s = await launch({ profileDir: s.profileDir, demo });
    page = await s.newPage('/patients/P0004');
    await openPanel(page);
    await panel(page).getByTestId('pc-lock').waitFor();
    await expect.poll(() => overlay.panelPatient(page).textContent()).toContain('MOREAU Camille');
    await panel(page).getByTestId('pc-lock-passphrase').fill(PASS);
    await panel(page).getByTestId('pc-lock-passphrase').press('Enter');
    await selectTab(panel(page), 'notes'); // unlocked, the panel shows its first tab, Pré-consultation
    await expect.poll(() => overlay.note(page).inputValue(), { timeout: 10_000 }).toBe(`${SECRET} — vu ce jour`);
  });

  it('disabling, with the passphrase, leaves the data readable and unencrypted', async () => {
    const opts = await options();
    await opts.getByTestId('lk-disable-pass').fill('pas celle-ci');
    await opts.getByTestId('lk-disable').click();
    await expect.poll(() => opts.getByTestId('lk-disable-msg').textContent()).toBe('Phrase de passe incorrecte.');
    await opts.getByTestId('lk-disable-pass').fill(PASS);
    await opts.getByTestId('lk-disable').click();
    await expect.poll(() => opts.getByTestId('lk-state').textContent(), { timeout: 15_000 }).toContain('Verrouillage désactivé');
    expect(await disk('notes', opts)).toContain('vu ce jour');
    await page.reload();
    await openPanel(page);
    await expect.poll(() => overlay.note(page).inputValue()).toBe(`${SECRET} — vu ce jour`);
    expect(await panel(page).getByTestId('pc-lock-now').count()).toBe(0);
  });
});
