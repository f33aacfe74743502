import { useState } from 'preact/hooks';
import type { Send } from '../../messaging/client';
import { BACKUP_MAX_BYTES, type ImportCounts } from '../../messaging/backup-protocol';
import { t } from '../../i18n/ui-language';

// Encrypted backup: export every local datum into a passphrase-protected file, import one back
// with a merge. The passphrase lives only in these fields and in the request that uses it.
const MIN = 10;
const errText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Saves `text` as a file through a temporary link (the page's own download, no permission). */
export function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/octet-stream' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const backupFileName = (today: string) => `preconsult-sauvegarde-${today}.pcbackup`;

export function BackupSection({ send, today, download = downloadText }: { send: Send; today: () => string; download?: (name: string, text: string) => void }) {
  const [pass, setPass] = useState('');
  const [confirm, setConfirm] = useState('');
  const [exportMsg, setExportMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [importPass, setImportPass] = useState('');
  const [importMsg, setImportMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const doExport = async (e: Event) => {
    e.preventDefault();
    if (pass.length < MIN) return setExportMsg({ ok: false, text: t('bkPassTooShort', String(MIN)) });
    if (pass !== confirm) return setExportMsg({ ok: false, text: t('bkPassMismatch') });
    setBusy(true);
    setExportMsg({ ok: true, text: t('bkExporting') });
    try {
      const { file: text } = await send({ type: 'backup.export', passphrase: pass });
      const name = backupFileName(today());
      download(name, text);
      setExportMsg({ ok: true, text: t('bkExported', name) });
      setPass('');
      setConfirm('');
    } catch (err) {
      setExportMsg({ ok: false, text: errText(err) });
    } finally {
      setBusy(false);
    }
  };

  const doImport = async (e: Event) => {
    e.preventDefault();
    if (!file) return setImportMsg({ ok: false, text: t('bkNoFile') });
    if (!importPass) return setImportMsg({ ok: false, text: t('bkNoPass') });
    // Checked before the file is read whole into memory.
    if (file.size > BACKUP_MAX_BYTES) return setImportMsg({ ok: false, text: t('errBackupTooLarge', String(BACKUP_MAX_BYTES / 1_000_000)) });
    setBusy(true);
    setImportMsg({ ok: true, text: t('bkImporting') });
    try {
      const c: ImportCounts = await send({ type: 'backup.import', file: await file.text(), passphrase: importPass });
      const n = c.byTable.notes ?? { added: 0, updated: 0, kept: 0 };
      setImportMsg({ ok: true, text: `${t('bkImported', [String(c.added), String(c.updated), String(c.kept)])} ${t('bkImportedNotes', [String(n.added), String(n.updated), String(n.kept)])}` });
      setImportPass('');
    } catch (err) {
      setImportMsg({ ok: false, text: errText(err) });
    } finally {
      setBusy(false);
    }
  };

  const msg = (m: { ok: boolean; text: string } | null, id: string) =>
    m && <p role={m.ok ? 'status' : 'alert'} class={m.ok ? 'op-hint' : 'op-error'} data-testid={id}>{m.text}</p>;

  return (
    <div class="op-backup">
      <p class="op-hint">{t('bkHelp')}</p>
      <form onSubmit={doExport} class="op-form">
        <h3>{t('bkExportTitle')}</h3>
        <label>{t('bkPass')} <input type="password" autocomplete="new-password" value={pass} onInput={(e) => setPass(e.currentTarget.value)} data-testid="bk-pass" /></label>
        <label>{t('bkPassConfirm')} <input type="password" autocomplete="new-password" value={confirm} onInput={(e) => setConfirm(e.currentTarget.value)} data-testid="bk-pass2" /></label>
        <button type="submit" class="pc-btn" disabled={busy} data-testid="bk-export">{t('bkExport')}</button>
        {msg(exportMsg, 'bk-export-msg')}
      </form>
      <form onSubmit={doImport} class="op-form">
        <h3>{t('bkImportTitle')}</h3>
        <label>{t('bkFile')} <input type="file" accept=".pcbackup,application/json" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} data-testid="bk-file" /></label>
        <label>{t('bkPass')} <input type="password" autocomplete="off" value={importPass} onInput={(e) => setImportPass(e.currentTarget.value)} data-testid="bk-import-pass" /></label>
        <button type="submit" class="pc-btn" disabled={busy} data-testid="bk-import">{t('bkImport')}</button>
        {msg(importMsg, 'bk-import-msg')}
      </form>
    </div>
  );
}
