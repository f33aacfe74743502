// Turns a practice's edited JSON into a template, or into messages naming where the problem is
// ("items[3].label : …"), so the person editing can find the line.
import { TemplateSchema, type Template } from './schema';
import { issueText, msg, type Text } from '../message';

export type TemplateCheck = { ok: true; template: Template } | { ok: false; errors: Text[] };

function where(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${String(p)}` : String(p);
  return s;
}

export function checkTemplate(raw: unknown): TemplateCheck {
  const parsed = TemplateSchema.safeParse(raw);
  if (parsed.success) return { ok: true, template: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((i) => (i.path.length ? msg('fieldIssue', where(i.path), issueText(i)) : issueText(i))) };
}

export function checkTemplateJson(text: string): TemplateCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [msg('tplErrJson', detail)] };
  }
  return checkTemplate(raw);
}
