import { browser } from 'wxt/browser';
import { useEffect, useMemo } from 'preact/hooks';
import type { Send } from '../../messaging/client';
import { onProfileNotice } from '../../messaging/patient-notices';
import type { PageBridge } from './page-bridge';
import { createPageReader, type PageReader } from './page-reader';
import { createProfileEditor, type ProfileEditor } from './profile-editor';

// One patient's administrative file for the whole pre-fill tab (every section sees the same
// values): loaded once, refreshed when another panel saves it, flushed when the tab or the
// patient is left, and fed by the record page while it still lacks usual parts.

export type WatchProfiles = (cb: (patientKey: string, by: string) => void) => () => void;
const watchProfiles: WatchProfiles = (cb) => onProfileNotice(browser.storage, (n) => cb(n.patientKey, n.by));

interface Options {
  patientKey: string;
  send: Send;
  bridge: PageBridge | null;
  clientId: string;
  registerFlush?: (f: () => Promise<void>) => () => void;
  watch?: WatchProfiles;
  /** Read the page again while parts are missing (off in tests that drive reading by hand). */
  followPage?: boolean;
}

export function usePatientFile({ patientKey, send, bridge, clientId, registerFlush, watch = watchProfiles, followPage = true }: Options): { editor: ProfileEditor; reader: PageReader | null } {
  const editor = useMemo(() => createProfileEditor({ patientKey, send, clientId }), [patientKey, send, clientId]);
  const reader = useMemo(() => (bridge ? createPageReader({ editor, bridge, patientKey }) : null), [editor, bridge, patientKey]);
  useEffect(() => {
    void editor.load();
    const unregister = registerFlush?.(() => editor.flush());
    const unwatch = watch((key, by) => key === patientKey && by !== clientId && void editor.refresh());
    return () => {
      unregister?.();
      unwatch();
      void editor.flush();
    };
  }, [editor]);
  useEffect(() => (reader && followPage ? reader.follow() : undefined), [reader, followPage]);
  return { editor, reader };
}
