import { useEffect, useState } from 'preact/hooks';
import type { Send } from '../../messaging/client';
import type { TemplateRecord } from '../../clinical/intake/records';
import { checkTemplateJson, TemplateSchema, type Template } from '../../clinical/templates';
import { t, tp, tx } from '../../i18n/ui-language';
import { issueText, type Text } from '../../clinical/message';
import { TemplateForm, type FieldErrors } from './TemplateForm';

/** The form's template is the truth; the JSON text follows it, and replaces it when it parses. */
type Editing = { draft: Template; json: string; errors: Text[]; fields: FieldErrors; tried: boolean; isNew: boolean };

const NO_FIELDS: FieldErrors = new Map();

/** The schema's own (French) messages, keyed by the path of the field they concern. */
function fieldErrorsOf(draft: unknown): FieldErrors {
  const parsed = TemplateSchema.safeParse(draft);
  const out = new Map<string, Text[]>();
  if (parsed.success) return out;
  for (const i of parsed.error.issues) {
    const key = i.path.map(String).join('.');
    out.set(key, [...(out.get(key) ?? []), issueText(i)]);
  }
  return out;
}

function start(draft: Template, isNew: boolean): Editing {
  return { draft, json: JSON.stringify(draft, null, 2), errors: [], fields: NO_FIELDS, tried: false, isNew };
}

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Enough of a template's shape for the form to draw it; the schema judges the rest at save. */
function isTemplateLike(v: unknown): v is Template {
  const items = isObject(v) ? (v as { items?: unknown }).items : undefined;
  return Array.isArray(items) && items.every(isObject);
}

function copyOf(tpl: Template, taken: Set<string>): Template {
  let id = `${tpl.id}-cabinet`;
  for (let n = 2; taken.has(id); n++) id = `${tpl.id}-cabinet-${n}`;
  return { ...tpl, id, version: 1, name: `${tpl.name} (cabinet)`, basedOn: tpl.basedOn ?? tpl.id };
}

// Checklist templates: the stored defaults, read-only, and the practice's copies, edited in a form
// (or as JSON, to import and export) and validated (in French, with the place of each problem)
// before they are stored.
export function TemplatesSection({ send }: { send: Send }) {
  const [list, setList] = useState<TemplateRecord[] | null>(null);
  const [loadError, setLoadError] = useState('');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [status, setStatus] = useState('');
  const load = () => send({ type: 'intake.templates' }).then((r) => setList(r.templates), (e) => setLoadError(String(e instanceof Error ? e.message : e)));
  useEffect(() => void load(), []);

  const save = async () => {
    if (!editing) return;
    const local = checkTemplateJson(editing.json);
    if (!local.ok) return setEditing({ ...editing, errors: local.errors, fields: fieldErrorsOf(editing.draft), tried: true });
    const r = await send({ type: 'intake.template.save', template: local.template }).catch((e) => ({ ok: false as const, errors: [String(e instanceof Error ? e.message : e)] }));
    if (!r.ok) return setEditing({ ...editing, errors: r.errors, tried: true });
    setEditing(null);
    setStatus(t('opTemplateSaved', r.template.template.name));
    void load();
  };

  // Once a save was refused, errors follow the edits so each one goes away when its field is fixed.
  const fromForm = (draft: Template) => {
    if (!editing) return;
    setEditing({ ...editing, draft, json: JSON.stringify(draft, null, 2), fields: editing.tried ? fieldErrorsOf(draft) : NO_FIELDS });
  };
  const fromJson = (json: string) => {
    if (!editing) return;
    let draft = editing.draft;
    try {
      const raw: unknown = JSON.parse(json);
      if (isTemplateLike(raw)) draft = raw;
    } catch {
      // Half-typed JSON: the form keeps the last template that parsed; saving reports the JSON error.
    }
    setEditing({ ...editing, draft, json, fields: editing.tried ? fieldErrorsOf(draft) : NO_FIELDS });
  };

  if (loadError) return <p role="alert" class="ik-error">{t('loadError', loadError)}</p>;
  if (!list) return <p class="pc-info">{t('statusLoading')}</p>;
  const taken = new Set(list.map((x) => x.id));
  return (
    <div class="op-templates">
      <p class="pc-info">{t('opTemplatesHelp')}</p>
      <table class="op-table" data-testid="op-templates">
        <thead><tr><th>{t('opTplName')}</th><th>{t('opTplVersion')}</th><th>{t('opTplItems')}</th><th>{t('opTplSource')}</th><th /></tr></thead>
        <tbody>
          {list.map((r) => (
            <tr key={r.id} data-testid="op-template-row">
              <td>{r.template.name}</td>
              <td>{r.template.version}</td>
              <td>{r.template.items.length}</td>
              <td>{t(r.source === 'default' ? 'opTplDefault' : 'opTplPractice')}</td>
              <td class="op-actions">
                <button type="button" class="pc-btn" onClick={() => setEditing(start(copyOf(r.template, taken), true))}>{t('opTplCopy')}</button>
                {r.source === 'cabinet' && (
                  <>
                    <button type="button" class="pc-btn" onClick={() => setEditing(start({ ...r.template, version: r.template.version + 1 }, false))}>{t('opTplEdit')}</button>
                    <button type="button" class="pc-btn pc-danger" onClick={() => void send({ type: 'intake.template.delete', id: r.id }).then(load)}>{t('opTplDelete')}</button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {status && <p role="status" class="ik-ok">{status}</p>}
      {editing && (
        <div class="op-editor">
          <h3 class="op-editor-title">{t(editing.isNew ? 'opTplNewCopy' : 'opTplEditing')}</h3>
          <TemplateForm value={editing.draft} errors={editing.fields} onChange={fromForm} />
          <details class="op-advanced">
            <summary>{t('opTplAdvanced')}</summary>
            <label class="pc-field-label" for="op-json">{t('opTplJsonLabel')}</label>
            <textarea id="op-json" class="pc-textarea op-json" spellcheck={false} value={editing.json} onInput={(e) => fromJson(e.currentTarget.value)} data-testid="op-json" />
          </details>
          {editing.errors.length > 0 && (
            <div role="alert" class="ik-error" data-testid="op-errors">
              <p>{tp('opTplInvalid', editing.errors.length)}</p>
              <ul>{editing.errors.map((e, i) => <li key={i}>{tx(e)}</li>)}</ul>
            </div>
          )}
          <div class="ik-inline">
            <button type="button" class="pc-btn" onClick={() => void save()} data-testid="op-save">{t('opTplSave')}</button>
            <button type="button" class="pc-btn" onClick={() => setEditing(null)}>{t('opTplCancel')}</button>
          </div>
        </div>
      )}
    </div>
  );
}
