import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb, type PreconsultDb } from '../../../storage/db';
import { createNotesService, notesHandlers } from '../../../storage/notes-service';
import { createSiteRulesService, siteRulesHandlers } from '../../../storage/site-rules-service';
import { routeRequest, type Sender } from '../../../messaging/sender-gate';
import type { Handlers } from '../../../messaging/server';
import type { PatientContext } from '../../../sites/patient-context';

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
const send = (message: unknown, sender: Sender) => {
  const notes = createNotesService({ db, now: () => clock, describeConflict: (d) => `conflict:${d.join(',')}`, describeProblem: String, describeInvalid: (p, m) => `${p}:${m}` });
  const handlers = { ...notesHandlers(notes), ...siteRulesHandlers(createSiteRulesService({ db })) } as Handlers;
  return routeRequest(message, sender, {
    extensionOrigin: EXT,
    isActive: async (p) => active.includes(p),
    server: { handlers, describeError: (e) => String(e), invalidMessage: (d) => `refusé (${d})` },
  });
};

beforeEach(() => {
  db = openDb(`gate-${Math.random()}`);
  active = [`${SITE}/*`, `${OTHER}/*`];
  clock = 1_000;
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
