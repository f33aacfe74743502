import { BOOLEAN_FIELD_KEYS, isProfileFieldKey, type ProfileFieldKey } from '../../clinical/admin/field-keys';
import type { CollectedField, FieldDescriptor, FieldOption } from './field-descriptor';
import {
  AUTOCOMPLETE_KEYS,
  AUTOCOMPLETE_NEGATIVE,
  AUTOCOMPLETE_PHONE_KINDS,
  BIRTH_WORDS,
  BOOLEAN_SYNONYMS,
  BOOLEAN_TWINS,
  CONTEXTS,
  DATE_PART_WORDS,
  LABEL_RULES,
  MONTH_NAMES,
  NEGATIVE_PHRASES,
  OPTION_SYNONYMS,
  type BaseKey,
  type ContextRule,
} from './field-labels';
import { hasPhrase, identifierWords, normalizeText, phraseIndex } from './text-normalize';

// Step 2 of pre-fill: decide which profile field a collected field asks for, from its
// descriptor alone (pure: same descriptor, same answer). The words live in field-labels.ts.

export interface Classification {
  key: ProfileFieldKey | null;
  /** 0..1. Autocomplete tokens and full labels score high; a lone name attribute scores low. */
  confidence: number;
  /** Why, for the preview the user confirms: e.g. `label « nom de naissance »`. */
  evidence: string;
}

interface CompiledRule {
  key: BaseKey;
  phrase: string;
  weak: boolean;
}

const RULES: CompiledRule[] = LABEL_RULES.flatMap((rule) =>
  rule.phrases.map((phrase) => ({ key: rule.key, phrase: normalizeText(phrase), weak: rule.weak === true })),
);
const NEGATIVES = NEGATIVE_PHRASES.map(normalizeText);
const COMPILED_CONTEXTS = CONTEXTS.map((ctx) => ({ ...ctx, phrases: ctx.phrases.map(normalizeText) }));
const PART_WORDS = Object.entries(DATE_PART_WORDS).map(([part, words]) => ({
  part: part as 'day' | 'month' | 'year',
  words: words.map(normalizeText),
}));
const BIRTH = BIRTH_WORDS.map(normalizeText);
const YES = BOOLEAN_SYNONYMS.true.map(normalizeText);
const NO = BOOLEAN_SYNONYMS.false.map(normalizeText);
const CIVILITY_WORDS = ['mme', 'madame', 'mrs', 'ms', 'mlle', 'mademoiselle'];
const SEX_WORDS = [...(OPTION_SYNONYMS.sex?.F ?? []), ...(OPTION_SYNONYMS.sex?.M ?? [])].map(normalizeText).filter((w) => w.length > 2);

interface Source {
  kind: string;
  text: string;
  weight: number;
}

const NONE = (evidence: string): Classification => ({ key: null, confidence: 0, evidence });

export function classifyField(field: CollectedField | FieldDescriptor): Classification {
  const d = 'descriptor' in field ? field.descriptor : field;
  if (d.type === 'search' || d.type === 'password' || d.type === 'hidden') return NONE(`type ${d.type}`);

  const ac = autocompleteTokens(d.autocomplete);
  if (ac.some((token) => AUTOCOMPLETE_NEGATIVE.includes(token))) return NONE(`autocomplete ${d.autocomplete}`);

  const sources = textSources(d);
  const negative = findNegative(d, sources);
  if (negative) return NONE(`exclu : « ${negative} »`);

  const part = datePart(d);
  if (part && hasBirthSignal(d)) return { key: `birthDate.${part}`, confidence: 0.9, evidence: `date de naissance en plusieurs champs (${part})` };

  let base: BaseKey | null = null;
  let confidence = 0;
  let evidence = '';

  const acKey = autocompleteKey(ac);
  // A yes/no control can only answer a yes/no question: ignore words of text fields.
  const yesNo = isYesNo(d);
  const accept = yesNo ? (key: BaseKey) => BOOLEAN_TWINS[key] !== undefined || (isProfileFieldKey(key) && BOOLEAN_FIELD_KEYS.has(key)) : () => true;
  const [strong] = sources.filter((s) => s.weight >= 1);
  const strongMatch = strong ? bestMatch(strong.text, accept) : null;
  if (strongMatch && !strongMatch.weak) {
    base = strongMatch.key;
    confidence = score(strong!, strongMatch);
    evidence = `${strong!.kind} « ${strongMatch.phrase} »`;
    if (acKey === base) confidence = Math.max(confidence, 0.97);
  } else if (acKey) {
    base = acKey;
    confidence = 0.95;
    evidence = `autocomplete ${acKey}`;
  } else {
    for (const source of sources) {
      const match = bestMatch(source.text, accept);
      if (!match) continue;
      base = match.key;
      confidence = score(source, match);
      evidence = `${source.kind} « ${match.phrase} »`;
      // « Numéro à appeler en cas d'urgence » typed tel: a section word names whose, the type names what.
      if (match.weak && (d.type === 'tel' || d.type === 'email')) {
        base = d.type === 'tel' ? 'phone' : 'email';
        evidence += `, type ${d.type}`;
      }
      break;
    }
  }

  if (d.kind === 'select' || d.kind === 'radio') {
    const fromOptions = keyFromOptions(d.options);
    if (fromOptions && (base === null || base === 'sex' || base === 'civility')) {
      if (base === null) {
        confidence = 0.75;
        evidence = `choix proposés (${fromOptions})`;
      }
      base = fromOptions;
    }
  }

  if (base === null && d.type === 'email') [base, confidence, evidence] = ['email', 0.8, 'type email'];
  if (base === null && d.type === 'tel') [base, confidence, evidence] = ['phone', 0.7, 'type tel'];
  if (base === null) return NONE('aucun libellé reconnu');

  let key: ProfileFieldKey | null;
  const ctx = findContext(d, sources);
  if (ctx) {
    const mapped = ctx.rule.map[base];
    key = mapped !== undefined ? mapped : ctx.rule.others === 'keep' && isProfileFieldKey(base) ? base : null;
    evidence += `, section ${ctx.rule.id} (${ctx.where})`;
    if (ctx.where === 'section') confidence *= 0.95;
  } else {
    key = isProfileFieldKey(base) ? base : null;
  }
  if (key === null) return { key: null, confidence: 0, evidence };

  // Yes/no controls answer "does it apply?", text fields never do.
  if (yesNo) {
    const twin = BOOLEAN_TWINS[key];
    key = twin ?? (BOOLEAN_FIELD_KEYS.has(key) ? key : null);
  } else if (BOOLEAN_FIELD_KEYS.has(key) || d.kind === 'checkbox') {
    key = null;
  }
  if (key === null) return { key: null, confidence: 0, evidence: `${evidence}, oui/non incompatible` };

  if (key === 'addressLine1' && (d.kind === 'textarea' || d.kind === 'contenteditable')) key = 'address';
  return { key, confidence: round(confidence), evidence };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function autocompleteTokens(autocomplete: string): string[] {
  return autocomplete
    .split(/\s+/)
    .filter((t) => t && !t.startsWith('section-') && t !== 'shipping' && t !== 'billing' && t !== 'webauthn');
}

function autocompleteKey(tokens: string[]): ProfileFieldKey | null {
  const last = tokens[tokens.length - 1];
  if (!last) return null;
  const key = AUTOCOMPLETE_KEYS[last];
  if (!key) return null;
  const modifier = tokens[tokens.length - 2];
  if (key === 'phone' && modifier) return AUTOCOMPLETE_PHONE_KINDS[modifier] ?? key;
  return key;
}

/** The field's own texts, most trusted first. Group and wrapper come last: they are shared. */
function textSources(d: FieldDescriptor): Source[] {
  const sources: Source[] = [];
  const add = (kind: string, raw: string, weight: number, words = normalizeText) => {
    const text = words(raw);
    if (text) sources.push({ kind, text, weight });
  };
  for (const label of d.labels) add('libellé', label, 1);
  add('aria-label', d.ariaLabel, 1);
  // A radio group's legend is its label.
  if (d.kind === 'radio') add('légende', d.group, 0.95);
  add('placeholder', d.placeholder, 0.85);
  add('title', d.title, 0.8);
  add('texte voisin', d.nearby, 0.8);
  add('en-tête de colonne', d.columnHeader, 0.75);
  add('name', d.name, 0.65, identifierWords);
  if (!looksGenerated(d.id)) add('id', d.id, 0.6, identifierWords);
  if (d.kind !== 'radio') add('légende', d.group, 0.6);
  return sources;
}

/** Framework-generated ids (mat-input-3, :r5:, ember42) say nothing about the field. */
export function looksGenerated(id: string): boolean {
  return /^(mat-|mdc-|ng-|cdk-|ember|react-|radix-|headlessui-|mui-|:r)|\d{3,}|^[a-z]?\d+$/i.test(id);
}

function findNegative(d: FieldDescriptor, sources: Source[]): string | null {
  const hasOwnLabel = d.labels.length > 0 || d.ariaLabel !== '';
  for (const source of sources) {
    // Neighbouring text only speaks for a field that has no label of its own.
    if (source.kind === 'légende' || source.kind === 'en-tête de colonne') continue;
    if (source.kind === 'texte voisin' && hasOwnLabel) continue;
    const hit = NEGATIVES.find((phrase) => hasPhrase(source.text, phrase));
    if (hit) return hit;
  }
  return null;
}

interface Match {
  key: BaseKey;
  phrase: string;
  weak: boolean;
}

/** Longest phrase found in the text; section-like (weak) phrases only when nothing else matches. */
function bestMatch(text: string, accept: (key: BaseKey) => boolean): Match | null {
  let best: Match | null = null;
  for (const rule of RULES) {
    if (!accept(rule.key) || !hasPhrase(text, rule.phrase)) continue;
    if (
      !best ||
      (best.weak && !rule.weak) ||
      (best.weak === rule.weak && rule.phrase.length > best.phrase.length)
    ) {
      best = rule;
    }
  }
  return best;
}

function score(source: Source, match: Match): number {
  const coverage = match.phrase.split(' ').length / source.text.split(' ').length;
  return source.weight * (0.6 + 0.4 * Math.min(1, coverage)) * (match.weak ? 0.9 : 1);
}

function partsIn(text: string): Set<'day' | 'month' | 'year'> {
  const found = new Set<'day' | 'month' | 'year'>();
  for (const { part, words } of PART_WORDS) if (words.some((w) => hasPhrase(text, w))) found.add(part);
  return found;
}

/** Day, month or year of a split date: one part word in the field's own texts, or a select of days/months/years. */
function datePart(d: FieldDescriptor): 'day' | 'month' | 'year' | null {
  if (d.kind !== 'text' && d.kind !== 'select') return null;
  if (d.type === 'date') return null;
  const texts = [...d.labels, d.ariaLabel, d.placeholder, d.title].map(normalizeText);
  texts.push(identifierWords(d.name), looksGenerated(d.id) ? '' : identifierWords(d.id));
  for (const text of texts) {
    if (!text) continue;
    const parts = partsIn(text);
    if (parts.size === 1) return [...parts][0]!;
    if (parts.size > 1) return null; // « JJ/MM/AAAA »: one field for the whole date
  }
  return d.kind === 'select' ? partFromOptions(d.options) : null;
}

function partFromOptions(options: FieldOption[]): 'day' | 'month' | 'year' | null {
  const values = options.map((o) => normalizeText(o.text || o.value)).filter(Boolean);
  const numbers = values.filter((v) => /^\d+$/.test(v)).map(Number);
  if (numbers.length >= 20 && numbers.every((n) => n >= 1800 && n <= 2200)) return 'year';
  if (numbers.length >= 28 && numbers.length <= 31 && numbers.every((n) => n >= 1 && n <= 31)) return 'day';
  const monthNames = values.filter((v) => MONTH_NAMES.some((names) => names.map(normalizeText).includes(v)));
  if (monthNames.length === 12 || (numbers.length === 12 && numbers.every((n) => n >= 1 && n <= 12))) return 'month';
  return null;
}

function hasBirthSignal(d: FieldDescriptor): boolean {
  const texts = [...d.labels, d.ariaLabel, d.placeholder, d.title, d.nearby, d.group, d.wrapper].map(normalizeText);
  texts.push(identifierWords(d.name), identifierWords(d.id));
  return texts.some((text) => text && BIRTH.some((word) => hasPhrase(text, word)));
}

/** Sex, civility or Vitale role told by the choices themselves: « Madame / Monsieur », « Femme / Homme ». */
function keyFromOptions(options: FieldOption[]): BaseKey | null {
  const words = options.flatMap((o) => [normalizeText(o.text), normalizeText(o.value)]).filter(Boolean);
  if (words.some((w) => CIVILITY_WORDS.includes(w))) return 'civility';
  if (words.some((w) => SEX_WORDS.includes(w))) return 'sex';
  const texts = options.map((o) => normalizeText(o.text)).filter(Boolean);
  if (texts.length >= 2 && texts.includes('m') && texts.includes('f')) return 'sex';
  if (words.some((w) => hasPhrase(w, 'ayant droit'))) return 'vitaleRole';
  return null;
}

/** A checkbox, or a choice whose options include a yes and a no. */
function isYesNo(d: FieldDescriptor): boolean {
  if (d.kind === 'checkbox') return true;
  if (d.kind !== 'select' && d.kind !== 'radio') return false;
  const words = d.options.flatMap((o) => [normalizeText(o.text), normalizeText(o.value)]);
  return words.some((w) => YES.includes(w)) && words.some((w) => NO.includes(w));
}

interface FoundContext {
  rule: ContextRule;
  where: 'champ' | 'groupe' | 'section';
}

/** The section the field belongs to: its own words first, then its fieldset/group, then the heading above it. */
function findContext(d: FieldDescriptor, sources: Source[]): FoundContext | null {
  const own = sources.filter((s) => s.kind !== 'légende').map((s) => s.text);
  const levels: [FoundContext['where'], string[]][] = [
    ['champ', own],
    ['groupe', [normalizeText(d.group)]],
    ['section', [normalizeText(d.section)]],
  ];
  for (const [where, texts] of levels) {
    for (const text of texts) {
      let best: { rule: ContextRule; at: number; length: number } | null = null;
      for (const ctx of COMPILED_CONTEXTS) {
        for (const phrase of ctx.phrases) {
          const at = phraseIndex(text, phrase);
          if (at < 0) continue;
          if (!best || at < best.at || (at === best.at && phrase.length > best.length)) {
            best = { rule: CONTEXTS.find((c) => c.id === ctx.id)!, at, length: phrase.length };
          }
        }
      }
      if (best) return { rule: best.rule, where };
    }
  }
  return null;
}
