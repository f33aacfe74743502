import { browser } from 'wxt/browser';
import { openDb } from '../storage/db';
import { createNotesService, notesHandlers, ServiceError } from '../storage/notes-service';
import { createPrefillService, prefillHandlers } from '../storage/prefill-service';
import { createIntakeService, intakeHandlers } from '../storage/intake-service';
import { handleMessage, type Handlers } from '../messaging/server';
import { CHANGE_KEY, type ChangeNotice } from '../messaging/change-notice';
import { INTAKE_CHANGE_KEY } from '../messaging/intake-notice';
import { t, tx } from '../components/i18n';
import { isTabEvent } from '../messaging/tab-events';
import { sitesHandlers, syncRegistrations } from '../storage/site-activation';
import { createSiteRulesService, siteRulesHandlers } from '../storage/site-rules-service';
import { RULES_CHANGE_KEY } from '../messaging/change-notice';
import { backupHandlers, createBackupService } from '../storage/backup/service';
import { backupSettings } from '../storage/backup/settings';
import { createRetentionService, retentionHandlers } from '../storage/retention/service';
import { RETENTION_KEY } from '../storage/retention/select';
import { forgetLocalTraces } from '../storage/retention/local-traces';

// Wiring only: the database, the services, and the message listener. Registered synchronously
// at start-up so that a message that wakes the service worker is never missed.
export default defineBackground(() => {
  const db = openDb();
  const notes = createNotesService({
    db,
    describeConflict: (diffs) => t('conflictTraits', diffs.map((d) => t(`trait_${d}`)).join(', ')),
    describeProblem: tx,
    describeInvalid: (path, message) => t('reasonInvalid', path ? `${path} : ${message}` : message),
    notify: (patientKey, noteId, by) => {
      const notice: ChangeNotice = { patientKey, noteId, at: Date.now(), by: by ?? 'background' };
      void browser.storage.local.set({ [CHANGE_KEY]: notice });
    },
  });

  // Backup, retention and wipe change many patients at once: one notice per patient.
  const notifyPatients = async (keys: string[]) => {
    for (const k of keys) await browser.storage.local.set({ [CHANGE_KEY]: { patientKey: k, at: Date.now(), by: 'background' } satisfies ChangeNotice });
  };
  const retention = createRetentionService({
    db, notifyPatients, forgetLocal: forgetLocalTraces,
    store: { get: async () => (await browser.storage.local.get(RETENTION_KEY))[RETENTION_KEY], set: (v) => browser.storage.local.set({ [RETENTION_KEY]: v }) },
  });

  // One spread per feature; the type checks that every request of the protocol has its handler.
  const handlers: Handlers = {
    ...notesHandlers(notes),
    ...prefillHandlers(createPrefillService({ db })),
    ...sitesHandlers(),
    ...siteRulesHandlers(createSiteRulesService({ db, notify: (pattern) => void browser.storage.local.set({ [RULES_CHANGE_KEY]: { pattern, at: Date.now() } }) })),
    ...backupHandlers(createBackupService({ db, settings: backupSettings, notifyPatients: (k) => void notifyPatients(k) })),
    ...retentionHandlers(retention),
    ...intakeHandlers(createIntakeService({ db, notify: (patientKey, by) => void browser.storage.local.set({ [INTAKE_CHANGE_KEY]: { patientKey, at: Date.now(), by: by ?? 'background' } }) })),
  };

  // Retention (off by default) runs at start-up, at most once a day.
  void retention.applyAtStartup().catch((e) => console.error('retention', e));

  // Record-page scripts follow the host permissions the user granted or withdrew.
  void syncRegistrations();
  browser.permissions.onAdded.addListener(() => void syncRegistrations());
  browser.permissions.onRemoved.addListener(() => void syncRegistrations());

  // Keyboard shortcut (configurable in the browser's shortcuts page): open or close the panel of
  // the active tab's record page.
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-panel') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'ui.toggle' }, { frameId: 0 }).catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own extension pages and content scripts talk to us.
    if (sender.id !== browser.runtime.id) return undefined;
    // Content script ↔ panel traffic passes by; it is not for the background.
    if (isTabEvent(message)) return undefined;
    return handleMessage(message, {
      handlers,
      invalidMessage: (detail) => t('errInvalidMessage', detail),
      describeError: (e) =>
        e instanceof ServiceError ? t(e.i18nKey, e.subs.map(tx))
        // A full disk is the one storage failure the user can act on: say so plainly (the panel keeps and retries the draft).
        : e instanceof Error && e.name === 'QuotaExceededError' ? t('errQuota')
        : t('errStorage', e instanceof Error ? e.message : String(e)),
    });
  });
});
