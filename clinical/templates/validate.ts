// Turns a practice's edited JSON into a template, or into French messages naming where the
// problem is ("items[3].label : …"), so the person editing can find the line.
import { TemplateSchema, type Template } from './schema';

export type TemplateCheck = { ok: true; template: Template } | { ok: false; errors: string[] };

function where(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${String(p)}` : String(p);
  return s;
}

export function checkTemplate(raw: unknown): TemplateCheck {
  const parsed = TemplateSchema.safeParse(raw);
  if (parsed.success) return { ok: true, template: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((i) => (i.path.length ? `${where(i.path)} : ${i.message}` : i.message)) };
}

export function checkTemplateJson(text: string): TemplateCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [`Le texte n'est pas du JSON valide (${detail}). Vérifiez les virgules, guillemets et accolades.`] };
  }
  return checkTemplate(raw);
}
