import { afterEach, describe, expect, it, vi } from 'vitest';
import { genericAdapter } from '../../../sites/generic-adapter';
import { reasons } from '../../../sites/generic/messages';
import { watchPatient } from '../../../sites/watch';
import type { Detection } from '../../../clinical/identity/patient-context';

// The generic reader walks the whole page: once a patient is read, the watcher follows only the
// elements the reading rests on, and reads the page again when they change, when new content that
// may hold a birth date appears elsewhere, or after `recheckMs` of other changes.
const BANNER = 'Mme DURAND Claire — née le 12 mars 1975';
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const label = (d: Detection | undefined) =>
  d?.kind === 'patient' ? `${d.patient.birthName} ${d.patient.firstNames} ${d.patient.birthDate}` : d?.kind;

let ctrl: AbortController | undefined;
afterEach(() => ctrl?.abort());

function setup(body: string, { recheckMs = 10_000, path = '/' } = {}) {
  history.replaceState(null, '', path); // each test starts on its own URL (not the last test's)
  document.documentElement.lang = 'fr';
  document.body.innerHTML = body;
  const adapter = genericAdapter(reasons);
  let reads = 0;
  let batches = 0; // batches of mutation records the watcher received
  const detect = adapter.detect;
  adapter.detect = (doc, url) => (reads++, detect(doc, url));
  const affects = adapter.affects!;
  adapter.affects = (records) => (records.length && batches++, affects(records));
  const seen: Detection[] = [];
  let changes = 0;
  ctrl = new AbortController();
  watchPatient({ adapter, doc: document, signal: ctrl.signal, throttleMs: 10, recheckMs, onDetection: (d) => seen.push(d), onChange: () => changes++ });
  return { seen, reads: () => reads, last: () => label(seen.at(-1)), changes: () => changes, batches: () => batches, quiet: () => adapter.quiet!() };
}

/** The busy page of the benchmark: an identity banner, and a waiting list whose rows are rebuilt. */
const busy = `<div id="banner">${BANNER}</div><ol id="agenda"></ol>`;
function rebuild(rows = 200, extra?: string) {
  const list = document.getElementById('agenda')!;
  const lis = Array.from({ length: rows }, (_, i) => {
    const li = document.createElement('li');
    li.textContent = `08h${String(i % 60).padStart(2, '0')} · box ${1 + (i % 4)} · attente ${i % 45} min`;
    return li;
  });
  if (extra) {
    const li = document.createElement('li');
    li.innerHTML = extra;
    lis.push(li);
  }
  list.replaceChildren(...lis);
}

describe('generic watch: what reads the page again', () => {
  it('text changes away from the identity do not read the page again', async () => {
    const { reads, last } = setup(busy);
    expect(last()).toBe('DURAND Claire 1975-03-12');
    await wait(30); // the first rows
    const before = reads();
    for (let i = 0; i < 10; i++) {
      rebuild();
      document.querySelector('h3')?.remove();
      await wait(15);
    }
    await wait(30);
    expect(reads()).toBe(before);
    expect(last()).toBe('DURAND Claire 1975-03-12');
  });

  it('a change of the identity element is read within the throttle', async () => {
    const { seen, last } = setup(busy);
    rebuild();
    await wait(20);
    document.getElementById('banner')!.textContent = 'M. MARTIN Paul — né le 02/05/1961';
    // Waited for, not timed (the latency is measured by `npm run bench`, in Chromium).
    await vi.waitFor(() => expect(last()).toBe('MARTIN Paul 1961-05-02'), { timeout: 5000, interval: 2 });
    // Never a third patient, never the previous one after the switch.
    expect(seen.map(label)).toEqual(['DURAND Claire 1975-03-12', 'MARTIN Paul 1961-05-02']);
  });

  it('the identity element replaced (a single-page application re-rendering) is read again', async () => {
    const { last } = setup(`<main><section id="fiche"><p>Nom : DURAND</p><p>Prénom : Claire</p><p>Date de naissance : 12/03/1975</p></section></main>`);
    expect(last()).toBe('DURAND Claire 1975-03-12');
    document.querySelector('main')!.innerHTML = `<section id="fiche"><p>Nom : MARTIN</p><p>Prénom : Paul</p><p>Date de naissance : 02/05/1961</p></section>`;
    await wait(40);
    expect(last()).toBe('MARTIN Paul 1961-05-02');
  });

  it('a label beside the value (not the value) changed is read again', async () => {
    const { last } = setup(`<dl><dt>Nom</dt><dd>DURAND</dd><dt>Prénom</dt><dd>Claire</dd><dt id="l">Date de naissance</dt><dd>12/03/1975</dd></dl>`);
    expect(last()).toBe('DURAND Claire 1975-03-12');
    document.getElementById('l')!.textContent = 'Date du rendez-vous';
    await wait(40);
    expect(last()).toBe('none');
  });

  it('a second patient shown elsewhere makes the reading ambiguous', async () => {
    const { last } = setup(busy + '<aside id="side"></aside>');
    document.getElementById('side')!.innerHTML = '<p>M. MARTIN Paul — né le 02/05/1961</p>';
    await wait(40);
    expect(last()).toBe('ambiguous');
  });

  it('a year only in a data attribute, or a custom element, away from the identity reads the page again', async () => {
    const { last, reads } = setup(busy + '<aside id="side"></aside>');
    const side = document.getElementById('side')!;
    side.innerHTML = '<section><p>Nom : MARTIN</p><p>Prénom : Paul</p><p data-birthdate="1961-05-02">64 ans</p></section>';
    await wait(40);
    expect(last()).toBe('ambiguous');
    const n = reads();
    side.innerHTML = '<p>Messagerie</p>';
    await wait(40);
    expect(last()).toBe('DURAND Claire 1975-03-12');
    side.append(document.createElement('x-fiche')); // a custom element: its shadow tree may hold a patient
    await wait(40);
    expect(reads()).toBe(n + 2);
  });

  it('a birth date appearing inside a live list is seen within the list look interval', async () => {
    const { last } = setup(busy);
    let found = false;
    // The list is rebuilt every 20 ms; from the third rebuild on it holds another patient's row.
    // Counted, not timed: seen within 60 rebuilds.
    for (let i = 0; i < 60 && !found; i++) {
      rebuild(50, i >= 2 ? 'M. MARTIN Paul — né le 02/05/1961' : undefined);
      await wait(20);
      found = last() === 'ambiguous';
    }
    expect(found).toBe(true);
  });

  it('a live list rebuilt away from the identity is looked at, never read in full, even past the periodic re-reading', async () => {
    const { reads, last, changes } = setup(busy, { recheckMs: 50 });
    rebuild(50); // rebuilt for the first time: a view replaced, a change as any other
    await vi.waitFor(() => expect(reads()).toBe(2), { timeout: 5000, interval: 10 });
    const before = reads();
    const changed = changes();
    // Rebuilt every 10 ms for well over the re-reading's delay: each rebuild is looked at (at most
    // twice a second, and once after the last), so nothing was let pass that needs a full reading.
    for (let i = 0; i < 30; i++) {
      rebuild(50);
      await wait(10);
    }
    await wait(120);
    expect(reads()).toBe(before);
    expect(last()).toBe('DURAND Claire 1975-03-12');
    // Nor does it tell the panel that the page changed (it would read the page's data again).
    expect(changes()).toBe(changed);
    document.getElementById('banner')!.append(' '); // the identity's element: a change
    await vi.waitFor(() => expect(changes()).toBe(changed + 1), { timeout: 5000, interval: 10 });
  });

  it('a patient row in a live list’s last rebuild, within the look interval, is still seen without the periodic re-reading', async () => {
    const { last } = setup(busy, { recheckMs: 600_000 });
    rebuild(50); // looked at: nothing
    await wait(15);
    rebuild(50, 'M. MARTIN Paul — né le 02/05/1961'); // within the interval: looked at when it ends
    await vi.waitFor(() => expect(last()).toBe('ambiguous'), { timeout: 5000, interval: 20 });
  });

  it('hiding the identity (a class on an ancestor) is read again', async () => {
    const { last } = setup(`<style>.off{display:none}</style><div id="p">${BANNER}</div>`);
    expect(last()).toBe('DURAND Claire 1975-03-12');
    document.getElementById('p')!.className = 'off';
    await wait(40);
    expect(last()).toBe('none');
  });

  it('what mutations cannot tell (a label renamed elsewhere) is caught by the periodic re-reading', async () => {
    const { last } = setup(
      `<dl><dt>Nom</dt><dd>DURAND</dd><dt>Prénom</dt><dd>Claire</dd><dt>Date de naissance</dt><dd>12/03/1975</dd></dl>` +
        `<dl><dt>Nom</dt><dd>MARTIN</dd><dt>Prénom</dt><dd>Paul</dd><dt id="x">Rendez-vous</dt><dd>02/05/1961</dd></dl><ol id="agenda"></ol>`,
      { recheckMs: 150 },
    );
    expect(last()).toBe('DURAND Claire 1975-03-12');
    document.getElementById('x')!.textContent = 'Date de naissance'; // no year in it: not read at once
    rebuild(10);
    await wait(40);
    expect(last()).toBe('DURAND Claire 1975-03-12');
    await vi.waitFor(() => expect(last()).toBe('ambiguous'), { timeout: 5000, interval: 10 });
  });

  it('an identical reading is not reported again', async () => {
    const { seen, reads } = setup(`<div id="p">${BANNER}</div>`, { recheckMs: 30 });
    document.body.append(document.createElement('span')); // on an ancestor: read again
    await wait(60);
    expect(reads()).toBeGreaterThan(1);
    expect(seen).toHaveLength(1);
  });

  it('without a patient, the page text is the fingerprint', async () => {
    const { reads, last } = setup(`<p>Nom : DURAND</p><p>Prénom : Claire</p><div id="d"></div>`);
    expect(last()).toBe('none');
    document.body.append(document.createElement('span')); // no text: not read again
    await wait(30);
    expect(reads()).toBe(1);
    document.getElementById('d')!.textContent = 'Date de naissance : 12/03/1975';
    await wait(30);
    expect(last()).toBe('DURAND Claire 1975-03-12');
  });

  it('a URL change alone (record id in the URL) is seen at the next mutation', async () => {
    const { seen } = setup(busy);
    history.pushState(null, '', '/patients/4411');
    rebuild(5);
    await vi.waitFor(() => expect(seen.at(-1)).toMatchObject({ kind: 'patient', patient: { recordId: '4411' } }), { timeout: 5000, interval: 10 });
  });

  it('a URL change is seen at a live list’s rebuild too (looked at, not read)', async () => {
    history.replaceState(null, '', '/');
    const { seen } = setup(busy);
    rebuild(50);
    await wait(20);
    history.pushState(null, '', '/patients/4412');
    rebuild(50);
    await vi.waitFor(() => expect(seen.at(-1)).toMatchObject({ kind: 'patient', patient: { recordId: '4412' } }), { timeout: 5000, interval: 10 });
  });

  it('a URL naming the next record while the previous patient is still shown names no one until the page shows the next patient', async () => {
    const { seen, last } = setup(busy, { path: '/patients/1001' });
    expect(seen.at(-1)).toMatchObject({ kind: 'patient', patient: { recordId: '1001', birthName: 'DURAND' } });
    history.pushState(null, '', '/patients/1002'); // the router first, the header once the record is fetched
    rebuild(5);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ kind: 'none', reason: reasons.moving }), { timeout: 5000, interval: 10 });
    expect(seen.some((d) => d.kind === 'patient' && d.patient.recordId === '1002' && d.patient.birthName === 'DURAND')).toBe(false);
    document.getElementById('banner')!.textContent = 'M. MARTIN Paul — né le 02/05/1961';
    await vi.waitFor(() => expect(seen.at(-1)).toMatchObject({ kind: 'patient', patient: { recordId: '1002', birthName: 'MARTIN' } }), { timeout: 5000, interval: 10 });
    history.pushState(null, '', '/patients/1001'); // back: the header still shows MARTIN
    rebuild(5);
    await vi.waitFor(() => expect(last()).toBe('none'), { timeout: 5000, interval: 10 });
    document.getElementById('banner')!.textContent = BANNER;
    await vi.waitFor(() => expect(seen.at(-1)).toMatchObject({ kind: 'patient', patient: { recordId: '1001', birthName: 'DURAND' } }), { timeout: 5000, interval: 10 });
    history.replaceState(null, '', '/');
  });

  describe('a live list, once seen, is no longer observed but looked at', () => {
    /** Rebuilt twice within the look interval: looked at when it ends, then no longer observed. */
    async function quieted(q: () => readonly Node[]) {
      rebuild(50);
      await wait(15);
      rebuild(50);
      await vi.waitFor(() => expect(q()).toEqual([document.getElementById('agenda')]), { timeout: 5000, interval: 20 });
    }

    it('its rebuilds no longer reach the watcher, and a patient row in it is still seen', async () => {
      const { batches, quiet, last } = setup(busy, { recheckMs: 600_000 });
      await quieted(quiet);
      const before = batches();
      for (let i = 0; i < 10; i++) {
        rebuild(50);
        await wait(10);
      }
      expect(batches()).toBe(before);
      expect(last()).toBe('DURAND Claire 1975-03-12');
      rebuild(50, 'M. MARTIN Paul — né le 02/05/1961');
      await vi.waitFor(() => expect(last()).toBe('ambiguous'), { timeout: 5000, interval: 20 });
    });

    it('the identity beside it, and content added beside it later, are still observed', async () => {
      const { quiet, last } = setup(busy, { recheckMs: 600_000 });
      await quieted(quiet);
      document.getElementById('banner')!.textContent = 'M. MARTIN Paul — né le 02/05/1961';
      await vi.waitFor(() => expect(last()).toBe('MARTIN Paul 1961-05-02'), { timeout: 5000, interval: 5 });
      await quieted(quiet); // the new reading observes the list again, until seen rebuilt again
      // A new element beside the list (a child of its ancestor, observed without its subtree),
      // then a second patient written into it: its subtree is observed.
      const side = document.createElement('aside');
      document.body.append(side);
      await wait(20);
      side.append(document.createElement('div'));
      await wait(20);
      side.firstElementChild!.textContent = 'Mme DURAND Claire — née le 12 mars 1975';
      await vi.waitFor(() => expect(last()).toBe('ambiguous'), { timeout: 5000, interval: 5 });
    });

    it('a list replaced by another is observed again', async () => {
      const { quiet, last } = setup(`<div id="banner">${BANNER}</div><section id="view"><ol id="agenda"></ol></section>`, { recheckMs: 600_000 });
      await quieted(quiet);
      document.getElementById('view')!.replaceChildren(Object.assign(document.createElement('ol'), { id: 'agenda2' }));
      await vi.waitFor(() => expect(quiet()).toEqual([]), { timeout: 5000, interval: 20 });
      document.getElementById('agenda2')!.innerHTML = '<li>M. MARTIN Paul — né le 02/05/1961</li>';
      await vi.waitFor(() => expect(last()).toBe('ambiguous'), { timeout: 5000, interval: 5 });
    });
  });
});
