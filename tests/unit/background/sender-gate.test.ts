import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb, type PreconsultDb } from '../../../storage/db';
import { createNotesService } from '../../../storage/notes-service';
import { notesHandlers } from '../../../background/handlers/notes';
import { createSiteRulesService } from '../../../storage/site-rules-service';
import { siteRulesHandlers } from '../../../background/handlers/site-rules';
import { refusePageRequest, registerMount, routeRequest, type Sender } from '../../../background/sender-gate';
import { framedByForeignFrame, newMountToken, readMountCredential } from '../../../messaging/panel-mount';
import { createPanelMounts, type PanelMounts } from '../../../background/panel-mounts';
import { broadcastForwarder, type BroadcastPort } from '../../../background/relay';
import { vi } from 'vitest';
import type { Handlers } from '../../../background/server';
import type { PatientContext } from '../../../clinical/identity/patient-context';

// Requests forged in a record-page script's world (a compromised content script, or a page that
// found a way into it), sent through the background's real door and handlers: each is bound to the
// page the script runs in, as the browser reports it (sender.url, frameId, tab).
const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
const SITE = 'https://dpi.example';
const OTHER = 'https://autre-logiciel.example';
const content: Sender = { id: 'x', tab: { id: 3 }, frameId: 0, url: `${SITE}/patients/1` };
const panel: Sender = { id: 'x', tab: { id: 3 }, frameId: 0, url: `${EXT}sidepanel.html` };
const patient = (origin: string): PatientContext => ({
  adapter: 'generic', origin, recordId: 'R1', birthName: 'DURAND', firstNames: 'Léa', birthDate: '2001-02-03', confidence: 1,
});
const rule = (pattern: string, label = 'Nom') => ({
  id: `rule-${pattern.length}-${label}`, pattern, createdAt: 1,
  fields: { birthName: { label }, firstNames: { label: 'Prénom' }, birthDate: { label: 'Né le' } },
});

let db: PreconsultDb;
let clock = 1_000;
let active: string[];
let session: unknown;
let mounts: PanelMounts;
const send = (message: unknown, sender: Sender) => {
  const notes = createNotesService({ db, now: () => clock, describeConflict: (d) => `conflict:${d.join(',')}`, describeProblem: String, describeInvalid: (p, m) => `${p}:${m}` });
  const handlers = { ...notesHandlers(notes), ...siteRulesHandlers(createSiteRulesService({ db })) } as Handlers;
  return routeRequest(message, sender, {
    extensionOrigin: EXT,
    mounts,
    isActive: async (p) => active.includes(p),
    server: { handlers, describeError: (e) => String(e), invalidMessage: (d) => `refusé (${d})` },
  });
};

beforeEach(() => {
  db = openDb(`gate-${Math.random()}`);
  active = [`${SITE}/*`, `${OTHER}/*`];
  clock = 1_000;
  session = undefined;
  // storage.session, as the background keeps it: a new registry over it is a restarted service worker.
  mounts = createPanelMounts({ get: async () => structuredClone(session), set: async (rows) => void (session = structuredClone(rows)) });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('requests from a record page’s script are bound to that page', () => {
  it('the launcher’s count: only for a patient of the sender’s own origin', async () => {
    const r = await send({ type: 'patient.status', patient: patient(OTHER) }, content);
    expect(r).toEqual({ ok: false, error: 'refusé (patient.status : origin)' });
    expect(await db.patients.count()).toBe(0);
    expect((await send({ type: 'patient.status', patient: patient(SITE) }, content)).ok).toBe(true);
  });

  it('the launcher’s count reads and never writes: only the panel’s patient.open creates or updates a patient', async () => {
    expect(await send({ type: 'patient.status', patient: patient(SITE) }, content)).toMatchObject({ ok: true, data: { status: 'ok', noteCount: 0 } });
    expect(await db.patients.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
    expect((await send({ type: 'patient.open', patient: patient(SITE) }, panel)).ok).toBe(true);
    const before = await db.patients.toArray();
    clock += 60_000;
    expect(await send({ type: 'patient.status', patient: { ...patient(SITE), sex: 'F' } }, content)).toMatchObject({ ok: true, data: { status: 'ok' } });
    expect(await db.patients.toArray()).toEqual(before); // neither lastSeen nor a trait changed
  });

  it('only from a tab’s top frame, on a site the user activated', async () => {
    for (const sender of [{ ...content, frameId: 4 }, { ...content, tab: undefined }, { ...content, url: 'file:///tmp/x.html' }]) {
      expect((await send({ type: 'patient.status', patient: patient(SITE) }, sender)).ok).toBe(false);
    }
    active = [`${OTHER}/*`];
    expect(await send({ type: 'patient.status', patient: patient(SITE) }, content)).toEqual({ ok: false, error: 'refusé (patient.status : site)' });
  });

  it('a taught rule is saved only for the sender’s own site, and read only for it', async () => {
    expect((await send({ type: 'siteRules.save', rule: rule(`${OTHER}/*`) }, { ...content, url: `${OTHER}/p` })).ok).toBe(true);
    const r = await send({ type: 'siteRules.save', rule: rule(`${OTHER}/*`, 'Piégé') }, content);
    expect(r).toEqual({ ok: false, error: 'refusé (siteRules.save : origin)' });
    expect((await db.siteRules.toArray()).map((x) => (x.fields as { birthName: { label: string } }).birthName.label)).toEqual(['Nom']);
    expect(await send({ type: 'siteRules.forUrl', url: `${OTHER}/p` }, content)).toEqual({ ok: false, error: 'refusé (siteRules.forUrl : origin)' });
    expect((await send({ type: 'siteRules.save', rule: rule(`${SITE}/*`) }, content)).ok).toBe(true);
    expect(await send({ type: 'siteRules.forUrl', url: `${SITE}/q` }, content)).toMatchObject({ ok: true, data: { rules: [{ pattern: `${SITE}/*` }] } });
  });

  it('nothing else: note text, the panel’s patient check and every setting stay with the extension’s pages', async () => {
    for (const message of [{ type: 'patient.open', patient: patient(SITE) }, { type: 'notes.list', patientKey: `${SITE}#id:R1` }, { type: 'siteRules.list' }]) {
      expect(await send(message, content)).toMatchObject({ ok: false, error: expect.stringContaining(': sender') });
    }
  });
});

describe('the panel page serves only the frame the overlay created', () => {
  const framed = (frameId: number, tabId = 3): Sender => ({ id: 'x', tab: { id: tabId }, frameId, url: `${EXT}panel.html` });
  const gate = () => ({ extensionOrigin: EXT, mounts, isActive: async (p: string) => active.includes(p) });
  async function mounted() {
    const token = newMountToken();
    expect(await registerMount(token, content, gate())).toBe(true);
    await send({ type: 'patient.open', patient: patient(SITE) }, panel);
    return token;
  }
  const list = { type: 'notes.list', patientKey: `${SITE}#id:R1` };

  it('the overlay’s own frame, presenting its secret, gets the notes', async () => {
    const token = await mounted();
    expect(await send({ ...list, mount: { token, ancestors: [SITE] } }, framed(9))).toEqual({ ok: true, data: { notes: [] } });
  });

  it('a panel loaded by a foreign frame, or opened in a tab by a page, gets nothing and deletes nothing', async () => {
    await mounted();
    const del = { type: 'note.delete', patientKey: `${SITE}#id:R1`, noteId: 'note-0001' };
    for (const sender of [framed(11), framed(0)]) {
      expect(await send(list, sender)).toMatchObject({ ok: false, error: 'refusé (notes.list : panel)' });
      expect(await send(del, sender)).toMatchObject({ ok: false });
      expect(await send({ ...list, mount: { token: newMountToken() } }, sender)).toMatchObject({ ok: false });
    }
  });

  it('a secret belongs to the first frame that presents it, across a service-worker restart', async () => {
    const token = await mounted();
    expect((await send({ ...list, mount: { token } }, framed(9))).ok).toBe(true);
    mounts = createPanelMounts({ get: async () => structuredClone(session), set: async (rows) => void (session = structuredClone(rows)) });
    expect((await send({ ...list, mount: { token } }, framed(9))).ok).toBe(true);
    expect((await send({ ...list, mount: { token } }, framed(12))).ok).toBe(false); // a copy, from another frame
    expect((await send({ ...list, mount: { token } }, framed(9, 4))).ok).toBe(false); // another tab
  });

  it('a foreign frame between the page and the panel shows in its ancestors: refused', async () => {
    const token = await mounted();
    expect((await send({ ...list, mount: { token, ancestors: ['https://pub.example', SITE] } }, framed(9))).ok).toBe(false);
    expect(framedByForeignFrame({ token, ancestors: ['https://pub.example', SITE] })).toBe(true);
    expect(framedByForeignFrame({ token, ancestors: [SITE, SITE] })).toBe(false); // a frameset of the page's own origin
  });

  it('only a record script of an activated site’s top frame registers a secret', async () => {
    const token = newMountToken();
    expect(await registerMount(token, { ...content, frameId: 2 }, gate())).toBe(false);
    expect(await registerMount(token, framed(9), gate())).toBe(false);
    active = [];
    expect(await registerMount(token, content, gate())).toBe(false);
    expect(await refusePageRequest({ ...list, mount: { token } }, framed(9), gate())).toBe('notes.list : panel');
    // The other extension pages (side panel, options) need no secret.
    expect(await refusePageRequest(list, { id: 'x', url: `${EXT}sidepanel.html` }, gate())).toBeUndefined();
  });

  it('the panel reads its secret from its URL’s fragment and its ancestors from the browser', () => {
    const token = newMountToken();
    expect(readMountCredential({ hash: `#${token}`, ancestorOrigins: [SITE] })).toEqual({ token, ancestors: [SITE] });
    expect(readMountCredential({ hash: `#${token}` })).toEqual({ token });
    expect(readMountCredential({ hash: '' })).toBeUndefined();
  });

  it('the broadcast line (Firefox) opens only for the overlay’s own frame', async () => {
    const token = await mounted();
    const forwarder = broadcastForwarder(EXT, (sender, credential) => mounts.verify(sender, credential as never));
    const port = (sender: Sender, name: string) => {
      const p = { name, sender, postMessage: vi.fn<(m: unknown) => void>(), disconnect: vi.fn<() => void>(), onDisconnect: { addListener: () => undefined } };
      return p satisfies BroadcastPort;
    };
    const foreign = port(framed(11), 'preconsult.record-page');
    const own = port(framed(9), `preconsult.record-page|${JSON.stringify({ token })}`);
    await forwarder.connect(foreign);
    await forwarder.connect(own);
    expect(foreign.disconnect).toHaveBeenCalled();
    forwarder.forward({ type: 'tab.detection', detection: { kind: 'none', reason: 'x' }, seq: 1 }, content);
    expect(own.postMessage).toHaveBeenCalledTimes(1);
    expect(foreign.postMessage).not.toHaveBeenCalled();
  });
});
