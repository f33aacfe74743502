// The hand-off block written into the record's own note field: human-readable first (the record
// software shows it as plain text), and delimited so that Préconsult on another workstation can
// find it and read it back into the doctor's view.
// The block is French whatever the workstation's language, on purpose: it is part of the
// practice's French record, read by the doctor there, and its markers and headings below are what
// parseBlock recognises on every workstation. The caller renders the summary's descriptors with a
// French catalogue (i18n/french.ts).
import type { FlagLevel } from '../vitals';
import { frenchDate } from '../admin/past-date';
import type { Text } from '../message';
import { oneLine, type IntakeSummary, type SummaryFlag, type SummaryLine } from './summary';

export const BLOCK_END = '--- fin Préconsult ---';
const START = /^--- Préconsult : pré-consultation du (\d{2})\/(\d{2})\/(\d{4}) ---$/;
const MARK: Record<FlagLevel, string> = { alerte: '!!', attention: '!', info: '·' };
const H = { model: 'Modèle : ', state: 'État : ', flags: 'À signaler :', none: 'Rien à signaler.', vitals: 'Constantes :', list: 'Check-list :' };
const STATE = { done: 'terminée', open: 'en cours' };

const startLine = (iso: string) => `--- Préconsult : pré-consultation du ${frenchDate(iso)} ---`;

/** `french` renders the summary's texts in French (i18n/french.ts `inFrench`). */
export function renderBlock(s: IntakeSummary, french: (text: Text) => string): string {
  const lines = [startLine(s.date), `${H.model}${s.templateName}`, `${H.state}${s.finished ? STATE.done : STATE.open}`, H.flags];
  if (!s.flags.length) lines.push(H.none);
  for (const f of s.flags) lines.push(`${MARK[f.level]} ${oneLine(french(f.text))}`);
  const section = (title: string, xs: SummaryLine[]) => {
    if (!xs.length) return;
    lines.push(title);
    for (const x of xs) lines.push(`- ${french(x.label)} : ${french(x.value)}`);
  };
  section(H.vitals, s.vitals);
  section(H.list, s.checklist);
  lines.push(BLOCK_END);
  return lines.join('\n');
}

interface Found { start: number; end: number; date: string }

function findBlocks(text: string): Found[] {
  const lines = text.split(/\r?\n/);
  const out: Found[] = [];
  let open: { start: number; date: string } | null = null;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const m = START.exec(line);
    if (m) open = { start: i, date: `${m[3]}-${m[2]}-${m[1]}` };
    else if (line === BLOCK_END && open) {
      out.push({ ...open, end: i });
      open = null;
    }
  });
  return out;
}

/** The last complete block of the note, parsed; null when there is none or it is unreadable. */
export function parseBlock(text: string): IntakeSummary | null {
  const blocks = findBlocks(text);
  const b = blocks[blocks.length - 1];
  if (!b) return null;
  const lines = text.split(/\r?\n/).slice(b.start + 1, b.end).map((l) => l.trim());
  const s: IntakeSummary = { date: b.date, templateName: '', finished: false, flags: [], vitals: [], checklist: [] };
  let section: 'flags' | 'vitals' | 'list' | null = null;
  const item = (l: string): SummaryLine | null => {
    if (!l.startsWith('- ')) return null;
    const body = l.slice(2);
    const at = body.indexOf(' : ');
    return at < 0 ? null : { label: body.slice(0, at), value: body.slice(at + 3) };
  };
  for (const l of lines) {
    if (!l) continue;
    if (l.startsWith(H.model)) s.templateName = l.slice(H.model.length);
    else if (l.startsWith(H.state)) s.finished = l.slice(H.state.length) === STATE.done;
    else if (l === H.flags) section = 'flags';
    else if (l === H.vitals) section = 'vitals';
    else if (l === H.list) section = 'list';
    else if (section === 'flags') {
      if (l === H.none) continue;
      const level = (Object.keys(MARK) as FlagLevel[]).find((k) => l.startsWith(`${MARK[k]} `));
      // A line the user edited by hand is kept, as information, rather than dropped.
      const flag: SummaryFlag = level ? { level, text: l.slice(MARK[level].length + 1) } : { level: 'info', text: l };
      s.flags.push(flag);
    } else if (section) {
      const x = item(l);
      if (x) (section === 'vitals' ? s.vitals : s.checklist).push(x);
    }
  }
  return s;
}

/** The note with this block in place of a block of the same day, or appended after the text. */
export function putBlock(note: string, block: string, date: string): string {
  const same = findBlocks(note).filter((b) => b.date === date).pop();
  if (same) {
    const lines = note.split(/\r?\n/);
    return [...lines.slice(0, same.start), block, ...lines.slice(same.end + 1)].join('\n');
  }
  // trimEnd, not /\s+$/: on page text with long runs of spaces that regex backtracks quadratically.
  const head = note.trimEnd();
  return head ? `${head}\n\n${block}` : block;
}
