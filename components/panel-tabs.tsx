import type { ComponentChild } from 'preact';
import type { PatientContext } from '../clinical/identity/patient-context';
import type { Workspace } from './notes/workspace';
import type { RecordPage } from '../messaging/record-page';

// The panel's tabs. Each feature adds one entry here and keeps its UI in its own folder.
export interface PanelTabContext {
  patient: PatientContext;
  patientKey: string;
  /** The record page shown beside the panel (absent in tests). */
  page?: RecordPage;
  ws: Workspace;
  /** A "next checklist item" request (keyboard shortcut) waiting for the intake tab, 0 when none. */
  nextItem?: number;
  /** The intake tab carried the request out (or could not): the panel forgets it. */
  onNextItemDone?: () => void;
}

export interface PanelTab {
  id: string;
  /** i18n key of the tab's label. */
  labelKey: string;
  render: (ctx: PanelTabContext) => ComponentChild;
}
