import type { Detection } from '../clinical/identity/patient-context';

// Between a record page's content script and the extension pages showing that tab (the panel
// iframe, the side panel). The content script is the only reader of the page; these pages
// learn the patient shown from it, never from the page itself.

/** Broadcast by the content script whenever the patient shown changes. */
export interface DetectionEvent {
  type: 'tab.detection';
  detection: Detection;
  seq: number;
  /**
   * In answers to `tab.getDetection`: how many times the page changed so far in a way that may
   * show something new (sites/watch.ts `onChange`). The panel reads the page again only when it moved.
   */
  changes?: number;
}

/** Asked by an extension page (tabs.sendMessage) to learn what the tab shows now. */
export interface DetectionQuery {
  type: 'tab.getDetection';
}

export type TabEvent = DetectionEvent | DetectionQuery;

export function isTabEvent(x: unknown): x is TabEvent {
  const t = (x as { type?: unknown } | null)?.type;
  return t === 'tab.detection' || t === 'tab.getDetection';
}

export function asDetectionEvent(x: unknown): DetectionEvent | null {
  const e = x as Partial<DetectionEvent> | null;
  if (e?.type !== 'tab.detection' || typeof e.seq !== 'number' || typeof e.detection !== 'object' || !e.detection) return null;
  const k = (e.detection as { kind?: unknown }).kind;
  return k === 'patient' || k === 'none' || k === 'ambiguous' ? (e as DetectionEvent) : null;
}
