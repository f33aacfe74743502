import type { Note } from '../../messaging/protocol';
import type { Editing } from './workspace';
import type { SaveState } from '../autosave';
import { useState } from 'preact/hooks';
import { t, formatDateTime } from '../../i18n/ui-language';

interface Props {
  editing: Editing;
  notes: Note[];
  save: SaveState;
  saveError?: string;
  /** This text went to a new note: the one it was typed in had been changed in another tab. */
  keptApart?: boolean;
  onEdit: (text: string) => void;
  onNew: () => void;
  onSelect: (id: string) => void;
  onDelete: (id: string) => void;
}

const saveLabel: Record<SaveState, string> = { idle: '', pending: 'statusSaving', saving: 'statusSaving', saved: 'statusSaved', error: 'statusSaveError' };

// The note being written for this patient, and the patient's earlier notes.
export function NotesEditor({ editing, notes, save, saveError, keptApart, onEdit, onNew, onSelect, onDelete }: Props) {
  const saved = notes.some((n) => n.id === editing.id);
  // Deleting asks once more, inline (no blocking dialog on the host page).
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <div class="pc-notes">
      <label class="pc-field-label" for="pc-note">{t('noteLabel')}</label>
      <textarea
        id="pc-note"
        class="pc-textarea"
        value={editing.text}
        placeholder={t('notePlaceholder')}
        onInput={(e) => onEdit(e.currentTarget.value)}
        data-testid="pc-note"
        rows={8}
      />
      <div class="pc-row">
        <span role="status" aria-live="polite" class={`pc-save pc-save-${save}`} data-testid="pc-save">
          {save === 'error' ? `${t('statusSaveError')}${saveError ? ` (${saveError})` : ''}` : saveLabel[save] ? t(saveLabel[save]) : ''}
        </span>
        <button type="button" class="pc-btn" onClick={onNew} disabled={!saved && editing.text === ''}>{t('newNote')}</button>
      </div>
      {keptApart && <p class="pc-warning" role="status" data-testid="pc-kept-apart">{t('noteKeptApart')}</p>}
      {notes.length > 0 && (
        <section aria-label={t('previousNotes')}>
          <h3 class="pc-h3">{t('previousNotes')}</h3>
          <ul class="pc-note-list" data-testid="pc-note-list">
            {notes.map((n) => (
              <li key={n.id} class={n.id === editing.id ? 'pc-current' : ''}>
                <button type="button" class="pc-link" onClick={() => onSelect(n.id)} aria-current={n.id === editing.id ? 'true' : undefined}>
                  <span class="pc-note-date">{formatDateTime(n.updatedAt)}</span>
                  <span class="pc-note-excerpt">{n.text.split('\n')[0]?.slice(0, 80) || t('emptyNote')}</span>
                </button>
                {confirming === n.id ? (
                  <span class="pc-confirm">
                    <button type="button" class="pc-btn pc-danger" onClick={() => { setConfirming(null); onDelete(n.id); }}>{t('confirmDelete')}</button>
                    <button type="button" class="pc-btn" onClick={() => setConfirming(null)}>{t('cancel')}</button>
                  </span>
                ) : (
                  <button type="button" class="pc-icon" onClick={() => setConfirming(n.id)} aria-label={t('deleteNote')} title={t('deleteNote')}>×</button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
