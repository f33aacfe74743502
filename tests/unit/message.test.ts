// The descriptors clinical/ returns, rendered with a catalogue: substitutions (nested), numbers and
// dates in the catalogue's locale, plurals, and the round trip through a Zod issue.
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { catalogue, day, formatDay, issueText, joined, msg, num, plural, render, zodMessage } from '../../clinical/message';

const fr = catalogue({ a: { message: 'A $1 et $2' }, b: { message: 'B($1)' }, n_one: { message: '$1 jour' }, n_other: { message: '$1 jours' }, d: { message: '$$1 = $1' } }, 'fr');
const en = catalogue({ a: { message: 'A $1 and $2' }, b: { message: 'B($1)' }, n_one: { message: '$1 day' }, n_other: { message: '$1 days' }, d: { message: '$$1 = $1' } }, 'en-US');
// The test catalogue's keys are not the extension's: bypass the key type.
const m = msg as unknown as (key: string, ...subs: unknown[]) => ReturnType<typeof msg>;
const p = plural as unknown as (key: string, count: number) => ReturnType<typeof msg>;

describe('message descriptors', () => {
  it('substitute in order, descriptors nested in descriptors', () => {
    expect(render(m('a', 'x', m('b', 'y')), fr)).toBe('A x et B(y)');
    expect(render(m('a', 'x', m('b', 'y')), en)).toBe('A x and B(y)');
    expect(render(m('d', 5), en)).toBe('$1 = 5');
  });

  it('write numbers, quantities and days in the catalogue’s locale', () => {
    expect(render(m('b', 37.5), fr)).toBe('B(37,5)');
    expect(render(m('b', 37.5), en)).toBe('B(37.5)');
    expect(render(num(0.3, 'kg'), fr)).toBe('0,3 kg');
    expect(render(num(72, '/min'), en)).toBe('72/min');
    expect(render(num(6.11, 'mmol/L', 1), fr)).toBe('6,1 mmol/L');
    expect(render(day('2025-03-12'), fr)).toBe('12/03/2025');
    expect(render(day('2025-03-12'), en)).toBe('3/12/2025');
    expect(render(joined([120, 80.5], '/'), fr)).toBe('120/80,5');
  });

  it('write days as Intl does, in every locale, without asking Intl for the usual ones', () => {
    const days = ['1975-03-12', '2024-12-31', '1000-01-01', '1900-09-09', '0999-01-01', '2025-02-30', '2025-13-01', '12/03/1975'];
    for (const locale of ['fr', 'fr-FR', 'en', 'en-US', 'en-GB', 'de', 'fr-CA', 'fr-CH'])
      for (const iso of days) {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
        const intl = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)).toLocaleDateString(locale, { timeZone: 'UTC' }) : iso;
        expect(formatDay(iso, locale), `${iso} in ${locale}`).toBe(intl);
      }
    const spy = vi.spyOn(Date.prototype, 'toLocaleDateString');
    expect([formatDay('1975-03-12', 'fr'), formatDay('1975-03-12', 'en-US')]).toEqual(['12/03/1975', '3/12/1975']);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('choose the plural form by the locale’s rules (French 0 is singular, English 0 plural)', () => {
    expect([0, 1, 2].map((n) => render(p('n', n), fr))).toEqual(['0 jour', '1 jour', '2 jours']);
    expect([0, 1, 2].map((n) => render(p('n', n), en))).toEqual(['0 days', '1 day', '2 days']);
  });

  it('show an unknown key as itself rather than nothing', () => {
    expect(render(m('nope'), fr)).toBe('nope');
  });

  it('travel through a Zod issue and back; Zod’s own messages stay as they are', () => {
    const schema = z.string({ error: zodMessage(m('b', 'x')) });
    const issue = schema.safeParse(1).error!.issues[0]!;
    expect(render(issueText(issue), fr)).toBe('B(x)');
    expect(issueText({ message: 'Invalid input' })).toBe('Invalid input');
  });
});
