import { localIsoDate } from '../../clinical/admin/past-date';
import { missingParts } from '../../clinical/admin/missing-parts';
import { captureCandidates } from './capture';
import type { PageBridge } from './page-bridge';
import type { ProfileEditor } from './profile-editor';

// Reading the record page into the patient's file, on request and, while the file still lacks
// usual parts and the pre-fill tab is open, again whenever the page shows something new (another
// tab or view of the same record): what several views show ends up in one file. Each reading is
// made only when the page shows the file's patient before AND after it; values go into empty
// fields only, those that differ from the file wait for the user (profile-editor `take`).

export type ReadStatus =
  | { kind: 'read'; found: number; added: string[]; differing: string[]; auto: boolean }
  | { kind: 'otherPatient' }
  | { kind: 'error'; message: string };

export interface PageReaderOptions {
  editor: ProfileEditor;
  bridge: PageBridge;
  patientKey: string;
  now?: () => Date;
}

export function createPageReader({ editor, bridge, patientKey, now = () => new Date() }: PageReaderOptions) {
  let status: ReadStatus | null = null;
  let lastSeen = '';
  let busy: Promise<ReadStatus | null> | null = null;
  const listeners = new Set<(s: ReadStatus | null) => void>();
  const set = (s: ReadStatus | null) => {
    status = s;
    listeners.forEach((l) => l(s));
  };

  async function readOnce(auto: boolean): Promise<ReadStatus | null> {
    if (!editor.get().loaded) await editor.load();
    if ((await bridge.currentPatientKey()) !== patientKey) return auto ? null : { kind: 'otherPatient' };
    const read = await bridge.request({ type: 'pf.read' });
    // The page may have switched patient while it was read: drop the reading.
    if ((await bridge.currentPatientKey()) !== patientKey) return auto ? null : { kind: 'otherPatient' };
    const seen = JSON.stringify(read.pairs);
    if (auto && seen === lastSeen) return null;
    lastSeen = seen;
    const candidates = captureCandidates(read.pairs, localIsoDate(now()));
    const { added, differing } = editor.take(candidates, read.origin);
    // An automatic reading that brings nothing new says nothing.
    if (auto && added.length === 0 && differing.length === 0) return null;
    return { kind: 'read', found: candidates.length, added, differing, auto };
  }

  function run(auto: boolean): Promise<ReadStatus | null> {
    if (busy) return busy;
    busy = readOnce(auto)
      .catch((e: unknown): ReadStatus | null => (auto ? null : { kind: 'error', message: e instanceof Error ? e.message : String(e) }))
      .then((s) => {
        if (s) set(s);
        return s;
      })
      .finally(() => { busy = null; });
    return busy;
  }

  return {
    get: () => status,
    subscribe(l: (s: ReadStatus | null) => void): () => void {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    /** The user asked: read now, and say what was found even when it is nothing. */
    read: () => run(false),
    /**
     * Read again while the file lacks usual parts (stops by itself once complete), when the record
     * script says the page changed (asked every `everyMs`: a cheap question, where reading the
     * page is a walk of it on the record page's main thread); returns the stop function.
     */
    follow(everyMs = 1200): () => void {
      let stopped = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let readAt: number | null | undefined;
      let settle = false;
      const tick = async () => {
        if (stopped) return;
        if (missingParts(editor.get().profile).length > 0 || !editor.get().loaded) {
          const changes = bridge.pageChanges ? await bridge.pageChanges().catch(() => null) : null;
          // Read when the page changed since the last reading, and once more after that: values a
          // page's framework sets as properties (no mutation shows them) come just after its elements.
          if (changes === null || changes !== readAt || settle) {
            settle = changes !== readAt;
            readAt = changes;
            await run(true);
          }
        }
        if (!stopped) timer = setTimeout(() => void tick(), everyMs);
      };
      void tick();
      return () => {
        stopped = true;
        if (timer !== undefined) clearTimeout(timer);
      };
    },
  };
}
export type PageReader = ReturnType<typeof createPageReader>;
