import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTeach } from '../../components/teach/start-teach';
import { SiteRuleSchema, type SiteRule } from '../../sites/site-rule';
import { ruleDetection } from '../../sites/taught-adapter';

// The teach bar on a record page (happy-dom): what each click gives, the identity shown before
// saving, the refusals, the keyboard, and that only the user's own events count.

function page(html: string, lang = 'fr'): Document {
  document.documentElement.lang = lang;
  document.body.replaceChildren();
  document.body.append(document.createRange().createContextualFragment(html));
  // happy-dom has no layout: make every element count as rendered.
  for (const el of document.body.querySelectorAll('*')) Object.defineProperty(el, 'offsetParent', { value: document.body, configurable: true });
  return document;
}

let stop: (() => void) | undefined;
afterEach(() => { stop?.(); stop = undefined; document.documentElement.lang = ''; });

function teach(opts: { trusted?: (e: Event) => boolean } = {}) {
  const saved: SiteRule[] = [];
  const save = vi.fn(async (rule: SiteRule) => { saved.push(rule); });
  stop = startTeach({ doc: document, trusted: opts.trusted ?? (() => true), save });
  const root = document.querySelector('preconsult-teach')!.shadowRoot!;
  const q = (sel: string) => root.querySelector<HTMLElement>(sel);
  const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name);
  return {
    saved, save, root,
    text: () => q('[data-testid="teach-text"]')?.textContent ?? '',
    preview: () => q('[data-testid="teach-preview"]')?.textContent ?? null,
    slot: (s: string) => q(`[data-slot="${s}"]`)?.textContent ?? '',
    button,
    press: (name: string) => button(name)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })),
  };
}
const click = (el: Element | null) => el!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
const key = (k: string) => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, composed: true }));
const byText = (t: string) => [...document.body.querySelectorAll('*')].find((e) => e.childElementCount === 0 && e.textContent === t) ?? null;
const URL_ = new URL(location.href);

const OPAQUE = `<div><span>Ident.</span><span class="v">LEROY</span><span>Appel.</span><span class="v">Anne-Sophie</span>
  <span>Venue au monde</span><span class="v">15.06.1972</span><span>Fiche</span><span data-qa="fiche-num">OC-4471</span></div>`;

describe('teach bar', () => {
  it('offers « Enregistrer » once name, first names and birth date are shown, with the identity this page will read', async () => {
    page(OPAQUE);
    const bar = teach();
    expect(bar.text()).toBe('Cliquez sur le nom du patient (son nom complet, ou son nom de naissance).');
    expect(bar.button('Enregistrer')).toBeUndefined();
    click(byText('LEROY'));
    click(byText('Anne-Sophie'));
    expect(bar.preview()).toBeNull();
    click(byText('15.06.1972'));
    expect(bar.slot('birthDate')).toBe('Date de naissance\u00a0: «\u00a015/06/1972\u00a0»');
    expect(bar.preview()).toBe('Préconsult lira sur cette page\u00a0: LEROY Anne-Sophie · 15/06/1972');
    // The optional traits wait next, and cost nothing if left.
    expect(bar.text()).toBe('Facultatif\u00a0: cliquez sur le sexe du patient, ou enregistrez.');
    bar.press('Enregistrer');
    await vi.waitFor(() => expect(bar.saved).toHaveLength(1));
    const rule = bar.saved[0]!;
    expect(SiteRuleSchema.safeParse(rule).success).toBe(true);
    expect(rule.fields).toEqual({ birthName: { label: 'Ident.' }, firstNames: { label: 'Appel.' }, birthDate: { label: 'Venue au monde' } });
    expect(document.querySelector('preconsult-teach')).toBeNull();
  });

  it('takes name, first names, sex and birth date from one banner in one click, the split shown before saving', async () => {
    page('<h2 id="bandeau">Mme DUPONT Marie Claire, née le 12/03/1945 à Lyon</h2>');
    const bar = teach();
    click(document.getElementById('bandeau'));
    expect(bar.slot('birthName')).toBe('Nom de naissance\u00a0: «\u00a0DUPONT\u00a0»');
    expect(bar.slot('firstNames')).toBe('Prénoms\u00a0: «\u00a0Marie Claire\u00a0»');
    expect(bar.text()).toContain('Facultatif');
    expect(bar.root.textContent).toContain('Nom et prénoms lus dans le même élément.');
    // An upper-case family name says the order: nothing to swap.
    expect(bar.button('Inverser nom et prénoms')).toBeUndefined();
    expect(bar.preview()).toBe('Préconsult lira sur cette page\u00a0: DUPONT Marie Claire · 12/03/1945 · Féminin');
    key('Enter'); // Entrée saves
    await vi.waitFor(() => expect(bar.saved).toHaveLength(1));
    expect(bar.saved[0]!.fields.birthName).toEqual({ selector: '#bandeau', part: 'name' });
    expect(bar.saved[0]!.fields.birthDate).toEqual({ selector: '#bandeau', part: 'date' });
    // The saved rule reads the page as the preview said, and follows the next patient.
    document.getElementById('bandeau')!.textContent = 'M. LEGRAND Paul, né le 01/02/1933';
    expect(ruleDetection(bar.saved[0]!, document, URL_, (f) => f, 'plusieurs')).toMatchObject({
      kind: 'patient', patient: { birthName: 'LEGRAND', firstNames: 'Paul', birthDate: '1933-02-01', sex: 'M' },
    });
  });

  it('reads a mixed-case name in the page’s order (given names first in English), which the user can swap or keep whole', () => {
    page('<h3 id="title-text">Élodie Marie Fontaine</h3><input data-fieldname="dob" value="14-02-1986">', 'en');
    const bar = teach();
    click(document.getElementById('title-text'));
    click(document.querySelector('input'));
    expect(bar.preview()).toBe('Préconsult lira sur cette page\u00a0: Fontaine Élodie Marie · 14/02/1986');
    // The split was the last click's only when one click gave several traits: show the title again.
    page('<h3 id="title-text">Élodie Marie Fontaine</h3><input data-fieldname="dob" value="14-02-1986">', 'en');
    stop?.();
    const again = teach();
    click(document.getElementById('title-text'));
    again.press('Inverser nom et prénoms');
    expect(again.slot('birthName')).toBe('Nom de naissance\u00a0: «\u00a0Élodie\u00a0»');
    again.press('Ne pas découper');
    expect(again.slot('birthName')).toBe('Nom de naissance\u00a0: «\u00a0Élodie Marie Fontaine\u00a0»');
    expect(again.slot('firstNames')).toBe('Prénoms\u00a0: à montrer');
    expect(again.text()).toBe('Cliquez sur le ou les prénoms du patient.');
  });

  it('refuses, in French, a rule that would read two patients, and Entrée does not save it', async () => {
    page(`<div><span>Nom</span><b>MARTIN</b><span>Prénom</span><b>Paul</b><span>Né le</span><b>03/04/1950</b></div>
      <div><span>Nom</span><b>BERNARD</b><span>Prénom</span><b>Luc</b><span>Né le</span><b>09/10/1961</b></div>`);
    const bar = teach();
    for (const t of ['MARTIN', 'Paul', '03/04/1950']) click(byText(t));
    expect(bar.preview()).toContain('Refusé\u00a0: avec ces choix, Préconsult lirait plusieurs patients sur cette page');
    expect((bar.button('Enregistrer') as HTMLButtonElement).disabled).toBe(true);
    key('Enter');
    await Promise.resolve();
    expect(bar.save).not.toHaveBeenCalled();
    expect(bar.text()).toContain('plusieurs patients');
  });

  it('a date clicked first is the birth date; a click that is no date for the birth date is explained', () => {
    page(OPAQUE);
    const bar = teach();
    click(byText('15.06.1972'));
    expect(bar.slot('birthDate')).toContain('15/06/1972');
    expect(bar.slot('birthName')).toBe('Nom de naissance\u00a0: à montrer');
    bar.press('Date de naissance\u00a0: «\u00a015/06/1972\u00a0»'); // show it again
    click(byText('LEROY'));
    expect(bar.text()).toContain('Cet élément ne montre pas de date\u00a0: cliquez sur la date de naissance.');
    click(byText('Ident.')); // a label alone: nothing to anchor on
    expect(bar.text()).toContain('Préconsult ne saurait pas retrouver cet élément');
  });

  it('counts only the user’s own events: the page’s script can neither pick, save nor cancel', async () => {
    page(OPAQUE);
    const bar = teach({ trusted: (e) => e.isTrusted });
    for (const t of ['LEROY', 'Anne-Sophie', '15.06.1972']) click(byText(t));
    expect(bar.slot('birthName')).toBe('Nom de naissance\u00a0: à montrer');
    key('Escape');
    expect(document.querySelector('preconsult-teach')).not.toBeNull();
    bar.press('Annuler (Échap)');
    expect(document.querySelector('preconsult-teach')).not.toBeNull();
    expect(bar.save).not.toHaveBeenCalled();
  });

  it('cancels with Échap and keeps nothing', () => {
    page(OPAQUE);
    const bar = teach();
    click(byText('LEROY'));
    key('Escape');
    expect(document.querySelector('preconsult-teach')).toBeNull();
    expect(bar.save).not.toHaveBeenCalled();
  });
});
