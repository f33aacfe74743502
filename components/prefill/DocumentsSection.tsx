import { useEffect, useState } from 'preact/hooks';
import { DOCUMENT_SETS, missingPieces } from '../../clinical/admin/document-sets';
import type { DocumentSetState } from '../../messaging/prefill-protocol';
import type { Send } from '../../messaging/client';
import { t, tx } from '../../i18n/ui-language';

// The pieces to gather for each administrative file, ticked per patient, with what is missing.
export function DocumentsSection({ patientKey, send }: { patientKey: string; send: Send }) {
  const [sets, setSets] = useState<Record<string, string[]> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    send({ type: 'documentSets.list', patientKey })
      .then((r) => live && setSets(Object.fromEntries(r.sets.map((s: DocumentSetState) => [s.setId, s.ticked]))))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => { live = false; };
  }, [patientKey, send]);

  async function tick(setId: string, pieceId: string, done: boolean) {
    try {
      const r = await send({ type: 'documentSet.tick', patientKey, setId, pieceId, done });
      setSets((prev) => ({ ...prev, [setId]: r.set.ticked }));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  if (error) return <p class="pf-error" role="alert">{t('pfPageError', error)}</p>;
  if (!sets) return <p class="pc-info">{t('statusLoading')}</p>;
  return (
    <div class="pf-docs">
      {DOCUMENT_SETS.map((set) => {
        const ticked = sets[set.id] ?? [];
        const missing = missingPieces(set.id, ticked);
        return (
          <details key={set.id} class="pf-set" data-testid={`pf-set-${set.id}`}>
            <summary>
              {tx(set.label)} <span class="pf-count">{t('pfPiecesCount', [set.pieces.length - missing.length, set.pieces.length])}</span>
            </summary>
            <ul class="pf-list">
              {set.pieces.map((p) => (
                <li key={p.id}>
                  <label><input type="checkbox" checked={ticked.includes(p.id)} onChange={(e) => void tick(set.id, p.id, e.currentTarget.checked)} /> {tx(p.label)}</label>
                </li>
              ))}
            </ul>
            <p class="pf-missing" data-testid="pf-missing">
              {missing.length ? t('pfMissing', missing.map((p) => tx(p.label)).join(' ; ')) : t('pfComplete')}
            </p>
          </details>
        );
      })}
    </div>
  );
}
