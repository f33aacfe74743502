import { isRefused } from '../messaging/client';
import type { Draft } from '../messaging/storage-keys';

// Debounced autosave of note drafts. Each draft carries the patient key it was typed for, so a
// save that happens after the page switched patient still lands on the right record. Saves that
// fail for now (service worker asleep, disk full, lock closed) stay queued and are retried; one
// draft never holds back another. A draft the background refuses for good (its patient was wiped
// or purged, the note belongs to another patient) is not retried: the user is told (onRefused).
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** Any draft keyed by `noteId` (the intake saves its values through the same queue). */
export interface AutosaverOptions<R, D extends { noteId: string } = Draft> {
  save: (d: D) => Promise<R>;
  onSaved?: (d: D, result: R) => void;
  onState?: (s: SaveState, error?: string) => void;
  /** A draft refused for good, dropped from the queue (its text stays where it was typed). */
  onRefused?: (d: D, error: string) => void;
  /** Whether a failure is final (default: the background's 'refused' code). */
  isFinal?: (e: unknown) => boolean;
  delayMs?: number;
  retryMs?: number;
}

export class Autosaver<R = unknown, D extends { noteId: string } = Draft> {
  private pending = new Map<string, D>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  constructor(private opts: AutosaverOptions<R, D>) {}

  update(d: D): void {
    this.pending.set(d.noteId, d);
    this.opts.onState?.('pending');
    this.arm(this.opts.delayMs ?? 300);
  }

  /** The unsaved draft of `fromId` now belongs to another note (kept apart after a concurrent edit). */
  rekey(fromId: string, to: (d: D) => D): void {
    const d = this.pending.get(fromId);
    if (!d) return;
    this.pending.delete(fromId);
    const moved = to(d);
    this.pending.set(moved.noteId, moved);
  }

  /** True while a draft of this note has not reached the database. */
  isDirty(noteId: string): boolean {
    return this.pending.has(noteId);
  }

  /** Sends every pending draft now (patient switch, page hidden, panel closed). */
  flush(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.running) this.running = this.drain().finally(() => { this.running = null; });
    return this.running;
  }

  private arm(ms: number): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }

  private async drain(): Promise<void> {
    let retry: string | undefined;
    let refused: string | undefined;
    // Each draft once per pass, in order; a failure moves on to the next one. Text typed while a
    // save was in flight is a new draft, sent in this pass too: the delay that ran out meanwhile
    // found this pass running and left it the text, and "saved" must mean all of it.
    const tried = new Set<D>();
    for (;;) {
      const next = [...this.pending.entries()].find(([, d]) => !tried.has(d));
      if (!next) break;
      const [id, draft] = next;
      tried.add(draft);
      this.opts.onState?.('saving');
      try {
        const result = await this.opts.save(draft);
        // Typing may have gone on during the save: only drop the draft that was sent.
        if (this.pending.get(id) === draft) this.pending.delete(id);
        this.opts.onSaved?.(draft, result);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        if ((this.opts.isFinal ?? isRefused)(e)) {
          if (this.pending.get(id) === draft) this.pending.delete(id);
          refused = message;
          this.opts.onRefused?.(draft, message);
        } else {
          retry = message;
        }
      }
    }
    if (retry !== undefined) this.arm(this.opts.retryMs ?? 2000);
    const error = refused ?? retry;
    if (error !== undefined) this.opts.onState?.('error', error);
    else this.opts.onState?.('saved');
  }
}
