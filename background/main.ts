import { browser } from 'wxt/browser';
import { openDb } from '../storage/db';
import { createNotesService, ServiceError } from '../storage/notes-service';
import { notesHandlers } from './handlers/notes';
import { createPrefillService } from '../storage/prefill-service';
import { prefillHandlers } from './handlers/prefill';
import { createIntakeService } from '../storage/intake-service';
import { intakeHandlers } from './handlers/intake';
import { handleMessage, type Handlers } from './server';
import type { Request } from '../messaging/protocol';
import { RequestError, type Send } from '../messaging/client';
import { createDraftJournal, replayDrafts } from '../messaging/draft-journal';
import { contentPage, registerMount, routeRequest } from './sender-gate';
import { isInjectRequest } from '../messaging/page-inject';
import { injectForPage } from './page-inject';
import { asMountCredential, isMountRequest } from '../messaging/panel-mount';
import { createPanelMounts } from './panel-mounts';
import { CHANGE_KEY, RULES_CHANGE_KEY, RULES_INDEX_KEY, type ChangeNotice } from '../messaging/storage-keys';
import { INTAKE_CHANGE_KEY, PROFILE_CHANGE_KEY } from '../messaging/storage-keys';
import { t, tx } from '../i18n/ui-language';
import { isTabEvent } from '../messaging/tab-events';
import { commandRouter } from './command-router';
import { activePatterns, sitesHandlers, syncRegistrations } from './site-activation';
import { createSiteRulesService } from '../storage/site-rules-service';
import { siteRulesHandlers } from './handlers/site-rules';
import { createBackupService } from '../storage/backup/service';
import { backupHandlers } from './handlers/backup';
import { backupSettings } from './backup-settings';
import { createRetentionService } from '../storage/retention/service';
import { retentionHandlers } from './handlers/retention';
import { RETENTION_KEY } from '../messaging/storage-keys';
import { forgetLocalTraces } from './local-traces';
import { createKeyring } from '../storage/lock/keyring';
import { LockedError } from '../storage/lock/middleware';
import { createLockService, type Slot } from '../storage/lock/service';
import { lockHandlers } from './handlers/lock';
import { exportHandlers } from './handlers/export';
import { moveFromLocal, openVault, vaultSlot } from '../storage/lock/vault';
import { FAILURES_KEY, LOCK_KEY, SESSION_KEY } from '../messaging/storage-keys';
import { MOUNTS_KEY } from '../messaging/storage-keys';
import { LOCK_NOTICE_KEY, type LockNotice } from '../messaging/storage-keys';
import { ON_DEMAND_SCRIPTS, isRelayRequest } from '../messaging/record-page';
import { broadcastForwarder, handleRelay, type RelayTabs } from './relay';
import { answering } from '../messaging/answer';
import { publishRecordStrings } from './record-strings';

/** A failure of work nobody awaits: said in the background's console rather than lost. */
const logged = (what: string) => (e: unknown) => console.error(`Préconsult: ${what}`, e);

/** One storage.local / storage.session key, as the lock service reads and writes it. */
const slot = <T,>(area: 'local' | 'session', key: string): Slot<T> => ({
  get: async () => (await browser.storage[area].get(key))[key] as T | undefined,
  set: (v) => browser.storage[area].set({ [key]: v }),
  remove: () => browser.storage[area].remove(key),
});

// The database, the services, and the message listener. Registered synchronously at start-up
// (entrypoints/background.ts) so that a message that wakes the service worker is never missed.
export function startBackground(): void {
  const keyring = createKeyring();
  const db = openDb(undefined, keyring);
  const notes = createNotesService({
    db,
    describeConflict: (diffs) => t('conflictTraits', diffs.map((d) => t(`trait_${d}`)).join(', ')),
    describeProblem: tx,
    describeInvalid: (path, message) => t('reasonInvalid', path ? `${path} : ${message}` : message),
    notify: (patientKey, noteId, by) => {
      const notice: ChangeNotice = { patientKey, noteId, at: Date.now(), by: by ?? 'background' };
      void browser.storage.local.set({ [CHANGE_KEY]: notice }).catch(logged('change notice'));
    },
  });

  /** "This patient's intake / administrative file changed" (patient key and writer only). */
  const announce = (key: string) => (patientKey: string, by: string | undefined) =>
    void browser.storage.local.set({ [key]: { patientKey, at: Date.now(), by: by ?? 'background' } }).catch(logged('change notice'));

  // Backup, retention and wipe change many patients at once: one notice per patient.
  const notifyPatients = async (keys: string[]) => {
    for (const k of keys) await browser.storage.local.set({ [CHANGE_KEY]: { patientKey: k, at: Date.now(), by: 'background' } satisfies ChangeNotice });
  };
  // Taught rules; the list of sites that have one is published for the record pages (it follows
  // the table: also after a backup import or a wipe, which bypass this service).
  const siteRules = createSiteRulesService({
    db,
    notify: (pattern) => void browser.storage.local.set({ [RULES_CHANGE_KEY]: { pattern, at: Date.now() } }).catch(logged('rules notice')),
    publish: (patterns) => browser.storage.local.set({ [RULES_INDEX_KEY]: patterns }),
  });
  void siteRules.syncIndex().catch((e) => console.error('rules index', e));
  void publishRecordStrings().catch(logged('record strings'));
  const backup = createBackupService({ db, settings: backupSettings, notifyPatients: (k) => void notifyPatients(k).catch(logged('change notice')), onImported: siteRules.syncIndex });

  const retention = createRetentionService({
    db, notifyPatients, forgetLocal: forgetLocalTraces,
    // Deleting everything is also the way out of a forgotten passphrase: the lock goes with the data.
    onWiped: async () => {
      await lock.reset();
      await siteRules.syncIndex();
    },
    store: { get: async () => (await browser.storage.local.get(RETENTION_KEY))[RETENTION_KEY], set: (v) => browser.storage.local.set({ [RETENTION_KEY]: v }) },
  });

  // The lock's setting and failed attempts: in the vault, out of content scripts' reach (storage/lock/vault.ts).
  const vault = openVault();
  const lock = createLockService({
    db, keyring,
    config: vaultSlot(vault, LOCK_KEY), session: slot<string>('session', SESSION_KEY), failures: vaultSlot(vault, FAILURES_KEY),
    notify: (locked) => void browser.storage.local.set({ [LOCK_NOTICE_KEY]: { locked, at: Date.now() } satisfies LockNotice }).catch(logged('lock notice')),
    applyIdle: (minutes) => { if (minutes) browser.idle.setDetectionInterval(minutes * 60); },
    onUnlocked: () => void retention.applyAtStartup().catch((e) => console.error('retention', e)),
  });
  // Every request waits for the lock's state (a woken service worker reads it back first).
  const local = { get: async (k: string) => (await browser.storage.local.get(k))[k], remove: (k: string) => browser.storage.local.remove(k) };
  const lockReady = moveFromLocal(vault, local, [LOCK_KEY, FAILURES_KEY]).then(() => lock.restore()).catch((e) => console.error('lock', e));
  // The workstation left idle (or its session locked): close the data until the passphrase is typed.
  browser.idle.onStateChanged.addListener((state) => void lockReady.then(() => lock.onIdleState(state)).catch(logged('idle lock')));


  // One spread per feature; the type checks that every request of the protocol has its handler.
  const handlers: Handlers = {
    ...notesHandlers(notes),
    ...prefillHandlers(createPrefillService({ db, notify: announce(PROFILE_CHANGE_KEY) })),
    ...sitesHandlers(),
    ...siteRulesHandlers(siteRules),
    ...backupHandlers(backup),
    ...retentionHandlers(retention),
    ...lockHandlers(lock),
    ...exportHandlers({ db }),
    ...intakeHandlers(createIntakeService({ db, notify: announce(INTAKE_CHANGE_KEY) })),
  };

  // Retention (off by default) runs at start-up, at most once a day (after unlocking when locked).
  void lockReady.then(async () => { if (!(await lock.status()).locked) await retention.applyAtStartup(); }).catch((e) => console.error('retention', e));

  // Record-page scripts follow the host permissions the user granted or withdrew.
  void syncRegistrations().catch(logged('registrations'));
  browser.permissions.onAdded.addListener(() => void syncRegistrations().catch(logged('registrations')));
  browser.permissions.onRemoved.addListener(() => void syncRegistrations().catch(logged('registrations')));

  // Keyboard shortcuts (configurable in the browser's shortcuts page): open or close the panel of
  // the active tab's record page; go to the next checklist item still to fill in.
  browser.commands.onCommand.addListener(commandRouter({
    activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
    toTab: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
    // Firefox's overlay panel hears no runtime message: it is reached through its broadcast line.
    toPages: async (message) => (message.to === 'overlay' && broadcasts.post(message.tabId, message)) || browser.runtime.sendMessage(message),
    wait: (ms) => new Promise((r) => setTimeout(r, ms)),
  }));

  // The overlay's panel reaches its own record page through here (see messaging/record-page.ts),
  // and, in Firefox, hears the record script's broadcasts through a port.
  const extensionOrigin = browser.runtime.getURL('/');
  // The overlays' secrets, in memory-only storage the web's pages cannot reach (survives the
  // service worker stopping): the panel page serves only the frame the overlay created.
  const mounts = createPanelMounts({
    get: async () => (await browser.storage.session.get(MOUNTS_KEY))[MOUNTS_KEY],
    set: (rows) => browser.storage.session.set({ [MOUNTS_KEY]: rows }),
  });
  browser.tabs.onRemoved.addListener((tabId) => void mounts.forgetTab(tabId).catch((e) => console.error('mounts', e)));
  const gate = { extensionOrigin, mounts, isActive: async (pattern: string) => (await activePatterns()).includes(pattern) };
  const broadcasts = broadcastForwarder(extensionOrigin, (sender, credential) => mounts.verify(sender, asMountCredential(credential)));
  browser.runtime.onConnect.addListener((port) => void broadcasts.connect(port).catch((e) => console.error('line', e)));
  const relayTabs: RelayTabs = {
    extensionOrigin,
    sendMessage: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
    executeScript: (tabId, file) => browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] }),
    verify: (sender, credential) => mounts.verify(sender, asMountCredential(credential)),
  };

  // A tab closed right after typing: its panel's last save may die with it (a frame being torn
  // down sends nothing), but every keystroke was journaled (messaging/draft-journal.ts). The
  // background saves what is left as soon as a tab closes, without waiting for a panel to reopen.
  const serverOptions = {
    handlers,
    errorCode: (e: unknown) => (e instanceof LockedError ? 'locked' as const : e instanceof ServiceError ? 'refused' as const : undefined),
    invalidMessage: (detail: string) => t('errInvalidMessage', detail),
    describeError: (e: unknown) => (e instanceof ServiceError ? t(e.i18nKey, e.subs.map(tx)) : e instanceof Error ? e.message : String(e)),
  };
  const direct = (async (req: Request) => {
    const r = await handleMessage(req, serverOptions);
    if (!r.ok) throw new RequestError(r.error, r.code);
    return r.data;
  }) as Send;
  // Only that tab's drafts: another tab's panel may be typing, its own autosave on the way.
  const replayLeftDrafts = async (tabId: number) => {
    await lockReady;
    for (const area of [browser.storage.local, browser.storage.session]) {
      await replayDrafts(createDraftJournal(area), direct, logged('draft left by a closed tab'), (e) => e.tabId === tabId);
    }
  };
  browser.tabs.onRemoved.addListener((tabId) => void replayLeftDrafts(tabId).catch(logged('drafts')));

  browser.runtime.onMessage.addListener(answering((message, sender) => {
    // Only our own extension pages and content scripts talk to us.
    if (sender.id !== browser.runtime.id) return undefined;
    // Content script ↔ panel traffic passes by; it is not for the background (but for the lines of framed panels).
    if (isTabEvent(message)) return void broadcasts.forward(message, sender);
    if (isMountRequest(message)) {
      return registerMount(message.token, sender, gate).then((ok) => (ok ? { ok: true, data: {} } : { ok: false, error: t('errInvalidMessage', 'panel.mount : sender') }));
    }
    if (isRelayRequest(message)) return handleRelay(message, sender, relayTabs, (detail) => t('errInvalidMessage', detail));
    // The teach bar (launcher) or the taught-rules reader, into the sender's own page (background/page-inject.ts).
    if (isInjectRequest(message)) {
      const page = sender.url?.startsWith(extensionOrigin) ? undefined : contentPage(sender);
      return injectForPage(message, page, { isActive: gate.isActive, inject: (tabId, script) => relayTabs.executeScript(tabId, ON_DEMAND_SCRIPTS[script]) });
    }
    // A record page's script may ask only what it needs, about its own page (defence in depth:
    // the page's world is hostile); see background/sender-gate.ts.
    return lockReady.then(() => routeRequest(message, sender, {
      ...gate,
      server: {
        handlers,
        // A ServiceError is the service's final answer (unknown patient, note of another patient…).
        errorCode: (e) => (e instanceof LockedError ? 'locked' : e instanceof ServiceError ? 'refused' : undefined),
        invalidMessage: (detail) => t('errInvalidMessage', detail),
        describeError: (e) =>
          e instanceof ServiceError ? t(e.i18nKey, e.subs.map(tx))
          // A full disk is the one storage failure the user can act on: say so plainly (the panel keeps and retries the draft).
          : e instanceof Error && e.name === 'QuotaExceededError' ? t('errQuota')
          : e instanceof LockedError ? t('errLocked')
          : t('errStorage', e instanceof Error ? e.message : String(e)),
      },
    }));
  }));
}
