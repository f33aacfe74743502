import { splitCivility } from '../../clinical/identity/sex';
import { fold } from '../../clinical/identity/text';
import { KIN, ROLE_ALONE, ROLES } from '../role-words';
import { labelField } from './fields';
import { SECTION_WORDS } from './labels';

// What a record writes in parentheses after a name, read as a person reads it:
// - a civility (OpenEyes « HUGHES, Margaret (Mrs) ») is the civility, put first;
// - on an English page, one given-name-like word (NOSH « Robert Johnson (Bob) ») is a nickname,
//   left out;
// - anything else stays and keeps the text from reading as a name: a role (« (Mother) »,
//   « Dupont (mère) »), a maiden name (« (née DURAND) »; « MARTIN (DURAND) » is read by parseName),
//   a status, a label. French pages keep even one word: « Claire MARTIN (Durand) » may be a birth name.

/** The name without what its parentheses add; `english`: the page writes given names first. */
export function withoutSuffix(t: string, english: boolean): string {
  // athenaOne « Daniela "Dani" Reyes »: a quoted given name inside an English name is the nickname.
  if (english) t = t.replace(/\s*["“]\p{Lu}\p{Ll}+["”](?=\s)/u, '');
  const m = /^(.*\S)\s*\(\s*([^()]*?)\s*\)$/.exec(t);
  if (!m) return t;
  const [, name, inner] = m as unknown as [string, string, string];
  if (/^\p{L}+\.?$/u.test(inner) && splitCivility(`${inner} x`).sex) return `${inner} ${name}`;
  const k = ` ${fold(inner)} `;
  const role = ROLES.test(k) || KIN.test(k) || ROLE_ALONE.test(k) || !!labelField(inner) || SECTION_WORDS.includes(k.trim());
  return english && /^\p{Lu}\p{Ll}+$/u.test(inner) && !role ? name : t;
}
