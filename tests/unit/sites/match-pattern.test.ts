import { describe, expect, it } from 'vitest';
import { sitePattern } from '../../../sites/match-pattern';

describe('site pattern', () => {
  it.each([
    ['https://app.weda.fr/patients/12?x=1', 'https://app.weda.fr/*'],
    ['http://127.0.0.1:4780/patients/P0001', 'http://127.0.0.1/*'],
    ['https://pro.doctolib.fr/', 'https://pro.doctolib.fr/*'],
  ])('%s → %s (whole origin, port ignored)', (url, pattern) => {
    expect(sitePattern(url)).toBe(pattern);
  });

  it.each([['chrome://extensions'], ['about:blank'], ['file:///tmp/x.html'], ['pas une url']])('refuses %s', (url) => {
    expect(sitePattern(url)).toBeNull();
  });
});
