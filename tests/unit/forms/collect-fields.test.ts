import { describe, expect, it, vi } from 'vitest';
import { collectFields } from '../../../sites/forms/collect-fields';
import { parseHtml } from './parse-html';

const names = (doc: Document | Element) => collectFields(doc).map((f) => f.descriptor.name || f.descriptor.id);

describe('collectFields: what is skipped', () => {
  it('skips hidden, disabled, read-only, password and non-text inputs', () => {
    const doc = parseHtml(`
      <style>.gone { display: none } .ghost { visibility: hidden }</style>
      <input name="ok">
      <input name="typeHidden" type="hidden">
      <input name="attrHidden" hidden>
      <div hidden><input name="inHiddenParent"></div>
      <input name="inlineNone" style="display:none">
      <input name="inlineInvisible" style="visibility: hidden">
      <div class="gone"><input name="cssParent"></div>
      <input name="cssGhost" class="ghost">
      <input name="disabled" disabled>
      <fieldset disabled><input name="inDisabledFieldset"></fieldset>
      <input name="ariaDisabled" aria-disabled="true">
      <input name="readonly" readonly>
      <textarea name="readonlyArea" readonly></textarea>
      <input name="pw" type="password">
      <input name="btn" type="submit"><input name="file" type="file"><input name="range" type="range">
      <select name="sel"><option>a</option></select>
      <textarea name="area"></textarea>
      <div id="editable" contenteditable="true"><p contenteditable="true">nested</p></div>
      <div id="notEditable" contenteditable="false"></div>
    `);
    expect(names(doc)).toEqual(['ok', 'sel', 'area', 'editable']);
  });

  it('groups radios by name within a form, keeps document order and lists their choices', () => {
    const doc = parseHtml(`
      <form>
        <label><input type="radio" name="sexe" value="F"> Femme</label>
        <input name="between">
        <label><input type="radio" name="sexe" value="M"> Homme</label>
        <input type="radio" name="sexe" value="X" disabled>
      </form>
      <form><input type="radio" name="sexe" value="F"><input type="radio" name="sexe" value="M"></form>
      <input type="radio" value="solo">`);
    const fields = collectFields(doc);
    expect(fields.map((f) => [f.descriptor.kind, f.elements.length])).toEqual([
      ['radio', 2],
      ['text', 1],
      ['radio', 2],
      ['radio', 1],
    ]);
    expect(fields[0]!.descriptor.options).toEqual([
      { value: 'F', text: 'Femme' },
      { value: 'M', text: 'Homme' },
    ]);
  });

  it('gathers every kind of label text', () => {
    const doc = parseHtml(`
      <h2>Identité</h2>
      <fieldset><legend>Naissance</legend>
        <label for="a">Nom de naissance</label><input id="a" name="nomNaissance" autocomplete="Family-Name" maxlength="40">
        <label>Prénom <input id="b"></label>
        <span id="lbl">Ville</span><input id="c" aria-labelledby="lbl">
        <input id="d" aria-label="Code postal" placeholder="69000" title="5 chiffres">
        Pays : <input id="e">
      </fieldset>
      <table><thead><tr><th>Nom</th><th>Téléphone</th></tr></thead>
        <tbody><tr><td><input id="f"></td><td><input id="g"></td></tr></tbody></table>
      <table><tr><td>Date naiss. :</td><td><input id="h"></td></tr></table>
      <div><label for="j1">Date de naissance</label><input id="j1" placeholder="JJ"> / <input id="j2" placeholder="MM"></div>`);
    const byId = Object.fromEntries(collectFields(doc).map((f) => [f.descriptor.id, f.descriptor]));
    expect(byId.a).toMatchObject({ labels: ['Nom de naissance'], name: 'nomNaissance', autocomplete: 'family-name', maxLength: 40, group: 'Naissance', section: 'Identité' });
    expect(byId.b!.labels).toEqual(['Prénom']);
    expect(byId.c!.labels).toEqual(['Ville']);
    expect(byId.d).toMatchObject({ ariaLabel: 'Code postal', placeholder: '69000', title: '5 chiffres' });
    expect(byId.e!.nearby).toBe('Pays :');
    expect(byId.g!.columnHeader).toBe('Téléphone');
    expect(byId.h!.nearby).toBe('Date naiss. :');
    expect(byId.j2!.wrapper).toContain('Date de naissance');
    expect(byId.j2!.nearby).toBe('');
  });

  it('reads select options, not the selected value', () => {
    const doc = parseHtml(`<select name="s"><option value="">--</option><option value="1" selected>Homme</option></select><input name="t" value="secret">`);
    const [select, text] = collectFields(doc);
    expect(select!.descriptor.options).toEqual([
      { value: '', text: '--' },
      { value: '1', text: 'Homme' },
    ]);
    expect(JSON.stringify(text!.descriptor)).not.toContain('secret');
  });

  it('recurses into same-origin iframes and skips cross-origin ones', () => {
    // happy-dom does not load frames (and says so on the console); the tests give them documents.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const doc = parseHtml(`<input name="top"><iframe id="same"></iframe><iframe id="other"></iframe><iframe id="hiddenFrame" style="display:none"></iframe>`);
    const inner = parseHtml(`<label for="x">Nom</label><input id="x" name="inner">`);
    const hiddenInner = parseHtml(`<input name="inHiddenFrame">`);
    Object.defineProperty(doc.getElementById('same'), 'contentDocument', { get: () => inner });
    Object.defineProperty(doc.getElementById('other'), 'contentDocument', {
      get: () => {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    Object.defineProperty(doc.getElementById('hiddenFrame'), 'contentDocument', { get: () => hiddenInner });
    const fields = collectFields(doc);
    expect(fields.map((f) => [f.descriptor.name, f.descriptor.frameDepth])).toEqual([
      ['top', 0],
      ['inner', 1],
    ]);
    expect(fields[1]!.descriptor.labels).toEqual(['Nom']);
  });

  it('accepts an element as root', () => {
    const doc = parseHtml(`<form id="a"><input name="one"></form><form id="b"><input name="two"></form>`);
    expect(names(doc.getElementById('b')!)).toEqual(['two']);
  });
});
