import { describe, expect, test } from 'vitest';
import { detectPatient } from '../../../sites/generic';
import { hiddenByMarkup, isRendered, textOf } from '../../../sites/generic/visible';
import { parsePage } from './load-page';

const VISIBLE = `<div><p>Nom : ROUSSEAU</p><p>Prénom : Claire</p><p>Date de naissance : 29/02/1964</p></div>`;
const STALE = `<p>Nom : BERNARD</p><p>Prénom : Paul</p><p>Date de naissance : 17/01/1955</p>`;
const detect = (html: string) => detectPatient(parsePage(`<!doctype html><html lang="fr"><head><style>.off{display:none}.ghost{visibility:hidden}</style></head><body>${html}</body></html>`), 'https://x.example');

describe('only visible elements count', () => {
  test.each([
    ['inline display:none', `<div style="display: none">${STALE}</div>`],
    ['inline visibility:hidden', `<div style="visibility:hidden">${STALE}</div>`],
    ['hidden attribute', `<section hidden>${STALE}</section>`],
    ['aria-hidden="true"', `<div aria-hidden="true">${STALE}</div>`],
    ['closed <details>', `<details><summary>Ancien dossier</summary>${STALE}</details>`],
    ['<template>', `<template>${STALE}</template>`],
    ['closed <dialog>', `<dialog>${STALE}</dialog>`],
    ['stylesheet display:none (computed)', `<div class="off">${STALE}</div>`],
    ['stylesheet visibility:hidden (computed)', `<div class="ghost">${STALE}</div>`],
  ])('%s: the stale patient is ignored', (_, hidden) => {
    for (const html of [hidden + VISIBLE, VISIBLE + hidden]) {
      const d = detect(html);
      expect(d.kind).toBe('patient');
      if (d.kind === 'patient') expect(d.patient.birthName).toBe('ROUSSEAU');
    }
  });

  test('an open <details> is read', () => {
    expect(detect(`<details open><summary>Identité</summary>${VISIBLE}</details>`).kind).toBe('patient');
  });

  test('a hidden input holds no value', () => {
    expect(detect(`<p>Nom : ROUSSEAU</p><p>Prénom : Claire</p><input type="hidden" name="birthDate" value="1964-02-29">`).kind).toBe('none');
  });
});

describe('visible helpers', () => {
  const doc = parsePage(`<div id="a">Mme <b>DUPONT</b><span hidden>XXX</span> <span style="display:none">YYY</span>Marie <input value="F"></div><p id="b" class="x" style="opacity:0">z</p>`);
  test('textOf skips hidden descendants and reads controls', () => {
    expect(textOf(doc.getElementById('a')!)).toBe('Mme DUPONT Marie F');
  });
  test('hiddenByMarkup reads attributes and inline styles only', () => {
    expect(hiddenByMarkup(doc.getElementById('b')!)).toBe(true);
    expect(hiddenByMarkup(doc.getElementById('a')!)).toBe(false);
  });
  test('isRendered asks the browser', () => {
    expect(isRendered(doc.getElementById('a')!)).toBe(true);
  });
});
