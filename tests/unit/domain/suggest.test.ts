import { describe, expect, test } from 'vitest';
import { closest } from '../../../src/domain/suggest.ts';

const NIVEAUS = ['basiszorg', 'steuntje-in-de-rug', 'extra-steun', 'digitale-zorg'];

describe('closest', () => {
  test('finds a word with a typo', () => {
    expect(closest('basizorg', NIVEAUS)).toBe('basiszorg');
    expect(closest('extra steun', NIVEAUS)).toBe('extra-steun');
    expect(closest('steuntje in de rug', NIVEAUS)).toBe('steuntje-in-de-rug');
  });

  test('ignores case', () => {
    expect(closest('BASISZORG', NIVEAUS)).toBe('basiszorg');
    expect(closest('kostentoelichting', ['kostenToelichting', 'toegang'])).toBe('kostenToelichting');
  });

  test('a clipped word of three letters or more finds its whole', () => {
    expect(closest('digi', NIVEAUS)).toBe('digitale-zorg');
    expect(closest('financien', ['financien-en-schulden', 'verslaving'])).toBe('financien-en-schulden');
  });

  test('two letters are too few to count as a clipped word', () => {
    expect(closest('ba', NIVEAUS)).toBeUndefined();
  });

  test('a word that is not close gives no suggestion', () => {
    expect(closest('xyz', NIVEAUS)).toBeUndefined();
    expect(closest('tijdpunt', ['voorziening', 'moment', 'toelichting'])).toBeUndefined();
  });

  test('up to a third of a long word may differ', () => {
    // "zwangerschap" has 12 letters: 4 edits still match, 5 do not.
    expect(closest('zwxngxrschxp', ['zwangerschap'])).toBe('zwangerschap');
    expect(closest('zxxngxrxchxp', ['zwangerschap'])).toBeUndefined();
  });

  test('short words still allow two edits', () => {
    expect(closest('tto', ['van', 'tot'])).toBe('tot');
  });

  test('an exact match beats a clipped one; the nearest wins; a tie goes to the first', () => {
    expect(closest('maand', ['maan', 'maand'])).toBe('maand');
    expect(closest('bat', ['bar', 'baz'])).toBe('bar');
  });

  test('no candidates, no suggestion', () => {
    expect(closest('kraamzorg', [])).toBeUndefined();
  });

  test('accepts any iterable, such as map keys', () => {
    expect(closest('kraamzrog', new Map([['kraamzorg', 1]]).keys())).toBe('kraamzorg');
  });

  test('a word far longer or shorter than every candidate costs no comparison: a field name of a megabyte is answered at once', () => {
    const candidates = Array.from({ length: 200 }, (_, i) => `veld${i}`);
    const start = performance.now();
    expect(closest('x'.repeat(1024 * 1024), candidates)).toBeUndefined();
    expect(closest('v', Array.from({ length: 200 }, (_, i) => `${'y'.repeat(2000)}${i}`))).toBeUndefined();
    // Before the length check: 200 comparisons of a million by six characters, seconds.
    expect(performance.now() - start).toBeLessThan(100);
  });

  test('the length check keeps every answer the same', () => {
    expect(closest('zwangerschp', ['zwangerschap', 'zwanger', 'schap'])).toBe('zwangerschap');
    expect(closest('basis', NIVEAUS)).toBe('basiszorg');
    expect(closest('extra-steun-xx', NIVEAUS)).toBe('extra-steun');
  });
});
