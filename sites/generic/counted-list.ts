import { textOf } from './visible';

type Up = (e: Element) => Element | null;

// A list's title counts its entries (« Nouveaux résultats (1) », « Salle d’attente (2) »): a birth
// date under it is an entry's, even when the list holds one entry this morning.
const COUNT = /\(\d+\)$/;

/** Whether, going up from an element, the nearest heading before one of its boxes counts entries. */
export function inCountedList(el: Element, up: Up): boolean {
  for (let a: Element | null = el, n = 0; a && n < 6 && a.localName !== 'body'; a = up(a), n++)
    for (let p = a.previousElementSibling; p; p = p.previousElementSibling)
      if (/^h[1-6]$/.test(p.localName) || p.getAttribute('role') === 'heading') {
        if (COUNT.test(textOf(p, 60))) return true;
        break;
      }
  return false;
}
