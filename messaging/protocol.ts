import * as z from 'zod/mini';
import { notesRequests, type NotesResponses } from './notes-protocol';
import { prefillRequests, type PrefillResponses } from './prefill-protocol';
import { intakeRequests, type IntakeResponses } from './intake-protocol';
import { sitesRequests, type SitesResponses } from './sites-protocol';
import { siteRulesRequests, type SiteRulesResponses } from './site-rules-protocol';
import { backupRequests, type BackupResponses } from './backup-protocol';
import { retentionRequests, type RetentionResponses } from './retention-protocol';
import { lockRequests, type LockResponses } from './lock-protocol';
import { exportRequests, type ExportResponses } from './export-protocol';

// The typed protocol between the record-page scripts / extension pages and the background.
// Each feature declares its requests (one Zod schema per message) and responses in its own
// `*-protocol.ts`; they are joined here. The background validates every message with these
// schemas; content scripts import only their types, which keeps Zod out of the record page.
export { NoteSchema, type Note, type OpenResult, type StatusResult } from './notes-protocol';

export const RequestSchema = z.discriminatedUnion('type', [...notesRequests, ...prefillRequests, ...intakeRequests, ...sitesRequests, ...siteRulesRequests, ...backupRequests, ...retentionRequests, ...lockRequests, ...exportRequests]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];

/**
 * What the scripts running in record pages (content scripts) may ask: the launcher's count, the
 * site's taught rules, and saving a rule taught on the page. Everything else (note text, the
 * administrative file, the lock, backups) only from the extension's own pages. Each is also bound
 * to the sender's own page (background/sender-gate.ts).
 */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set<RequestType>(['patient.status', 'siteRules.forUrl', 'siteRules.save']);

/** What each request answers when it succeeds. */
export interface ResponseMap extends NotesResponses, PrefillResponses, IntakeResponses, SitesResponses, SiteRulesResponses, BackupResponses, RetentionResponses, LockResponses, ExportResponses {}

export type Response<T extends RequestType = RequestType> =
  | { ok: true; data: ResponseMap[T] }
  | { ok: false; error: string; code?: ErrorCode };

/** Failures the UI handles by itself rather than only showing their message. */
/** 'locked': the workstation lock is closed (retry once open); 'refused': final (never retried). */
export type ErrorCode = 'locked' | 'refused';
