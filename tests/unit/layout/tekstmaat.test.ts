import { describe, expect, test } from 'vitest';
import { ELLIPS, breekAf, kortIn, labelWidth, tekstBreedte } from '../../../src/layout/tekstmaat.ts';

/** Advance widths of DejaVu Sans at 12px, as Chromium measured them on Debian (the widest common system font). */
const DEJAVU: Record<string, number> = {
  a: 7.35, b: 7.62, c: 6.6, d: 7.62, e: 7.38, f: 4.13, g: 7.62, h: 7.61, i: 3.33, j: 3.33, k: 6.95, l: 3.33, m: 11.69, n: 7.61,
  o: 7.34, p: 7.62, q: 7.62, r: 4.73, s: 6.25, t: 4.71, u: 7.61, v: 7.1, w: 9.81, x: 7.1, y: 7.1, z: 6.3,
  A: 8.53, B: 8.23, C: 8.38, D: 9.24, E: 7.58, F: 6.9, G: 9.3, H: 9.02, I: 3.54, J: 3.54, K: 7.87, L: 6.69, M: 10.35, N: 8.98,
  O: 9.45, P: 7.24, Q: 9.45, R: 8.34, S: 7.62, T: 7.13, U: 8.78, V: 8.21, W: 11.87, X: 8.22, Y: 7.33, Z: 8.22,
  '0': 7.64, '5': 7.64, ' ': 3.81, '.': 3.81, ',': 3.81, ':': 4.04, '(': 4.68, ')': 4.68, '-': 4.33, '–': 6, '&': 9.36, '+': 10.05,
  '/': 4.04, "'": 3.3, é: 7.38, ë: 7.38, ï: 3.33, ö: 7.34, ü: 7.61, '€': 7.64, [ELLIPS]: 12,
};

describe('labelWidth', () => {
  test('errs wide for every character, measured in the widest common system font', () => {
    for (const [char, breedte] of Object.entries(DEJAVU)) expect(labelWidth(char), char).toBeGreaterThanOrEqual(breedte);
  });

  test('adds up, and scales with size and weight', () => {
    expect(labelWidth('')).toBe(0);
    expect(labelWidth('Kraamzorg')).toBeGreaterThan(labelWidth('Kraam'));
    expect(tekstBreedte('Kraamzorg', 24)).toBe(Math.ceil(labelWidth('Kraamzorg') * 2));
    expect(tekstBreedte('Kraamzorg', 12, true)).toBeGreaterThan(labelWidth('Kraamzorg'));
  });
});

describe('kortIn', () => {
  test('keeps a text that fits, shortens one that does not, with an ellipsis, within the width', () => {
    expect(kortIn('Kraamzorg', 200)).toBe('Kraamzorg');
    const kort = kortIn('Consultatiebureau (JGZ 0–4 jaar)', 100);
    expect(kort.endsWith(ELLIPS)).toBe(true);
    expect('Consultatiebureau (JGZ 0–4 jaar)'.startsWith(kort.slice(0, -1))).toBe(true);
    expect(labelWidth(kort)).toBeLessThanOrEqual(100);
    expect(labelWidth(kortIn('Consultatiebureau (JGZ 0–4 jaar)', 101))).toBeGreaterThanOrEqual(labelWidth(kort));
  });

  test('ends at a whole word outside any open parenthesis, so each word shown is a word of the name', () => {
    expect(kortIn('Bloedonderzoek in de zwangerschap', 200)).toBe(`Bloedonderzoek in de${ELLIPS}`);
    expect(kortIn('Consultatiebureau (JGZ 0–4 jaar)', labelWidth('Consultatiebureau (JGZ 0–4') + 12)).toBe(`Consultatiebureau${ELLIPS}`);
    // Only a first word too long for the room is cut.
    expect(kortIn('Zwangerschapscursus', 60)).toMatch(/^Zwang.*…$/);
  });

  test('leaves no space or punctuation before the ellipsis, and gives up when not one letter fits', () => {
    expect(kortIn('Bevallen in het ziekenhuis', labelWidth('Bevallen in ') + 12)).toBe(`Bevallen in${ELLIPS}`);
    expect(kortIn('POP-poli (psychiatrie)', labelWidth('POP-poli (') + 12)).toBe(`POP-poli${ELLIPS}`);
    expect(kortIn('Kraamzorg', 5)).toBe('');
  });
});

describe('breekAf', () => {
  test('wraps words into lines that fit, a long word alone', () => {
    expect(breekAf('Steuntje in de rug', 96, 13, true)).toEqual(['Steuntje in', 'de rug']);
    expect(breekAf('Basiszorg', 96, 13, true)).toEqual(['Basiszorg']);
    expect(breekAf('Praktijkondersteuner GGZ', 40, 13)).toEqual(['Praktijkondersteuner', 'GGZ']);
  });
});
