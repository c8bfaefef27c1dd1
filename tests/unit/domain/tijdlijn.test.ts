import { describe, expect, test } from 'vitest';
import { FASE_IDS, FASE_KOLOMMEN, FASE_NAMEN, KOLOMMEN, KOLOM_INDEX, faseVanKolom, faseVanLeeftijd, kolomIndex, raaktFase } from '../../../src/domain/tijdlijn.ts';
import { parseTijdpunt } from '../../../src/domain/tijdpunt.ts';

describe('tijdlijn', () => {
  test('has the 31 columns of the national tool, left to right', () => {
    expect(KOLOMMEN).toHaveLength(31);
    expect(KOLOMMEN.map((k) => k.id)).toEqual([
      'preconceptie',
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `zwangerschap-maand-${n}`),
      'bevalling',
      'week-1',
      'week-2',
      'week-3',
      'week-4',
      ...[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => `maand-${n}`),
      'maand-13',
      'maand-14',
      'maand-15-24',
      'jaar-3',
      'jaar-4',
    ]);
  });

  test('column ids are unique and the index finds each one', () => {
    expect(new Set(KOLOMMEN.map((k) => k.id)).size).toBe(KOLOMMEN.length);
    KOLOMMEN.forEach((k, i) => expect(kolomIndex(k.id)).toBe(i));
    expect(KOLOM_INDEX.size).toBe(31);
  });

  test('an unknown column id is a programming error', () => {
    expect(() => kolomIndex('maand-25')).toThrowErrorMatchingInlineSnapshot(`[Error: onbekende kolom maand-25]`);
  });

  test('every column has a name for screen readers', () => {
    for (const k of KOLOMMEN) expect(k.naam.trim()).not.toBe('');
  });

  test('fases are contiguous runs of columns, in timeline order', () => {
    const runs = KOLOMMEN.map((k) => k.fase).filter((fase, i, all) => i === 0 || all[i - 1] !== fase);
    expect(runs).toEqual([...FASE_IDS]);
  });

  test('FASE_KOLOMMEN gives the first and last column of each fase', () => {
    expect(FASE_KOLOMMEN).toEqual({
      preconceptie: { eerste: 0, laatste: 0 },
      zwangerschap: { eerste: 1, laatste: 9 },
      bevalling: { eerste: 10, laatste: 10 },
      babyfase: { eerste: 11, laatste: 25 },
      peuterfase: { eerste: 26, laatste: 28 },
      'derde-jaar': { eerste: 29, laatste: 29 },
      schoolkind: { eerste: 30, laatste: 30 },
    });
    for (const fase of FASE_IDS) {
      const { eerste, laatste } = FASE_KOLOMMEN[fase];
      for (let i = eerste; i <= laatste; i++) expect(faseVanKolom(i)).toBe(fase);
    }
  });

  test('every fase has a display name', () => {
    expect(Object.keys(FASE_NAMEN).sort()).toEqual([...FASE_IDS].sort());
  });

  test('a column starts at an age, in order; the tijdpunt that opens a column starts at the same age', () => {
    const vanaf = KOLOMMEN.map((k) => k.vanaf);
    expect(vanaf).toEqual([...vanaf].sort((a, b) => a - b));
    const opent: Record<string, string> = { preconceptie: 'preconceptie', 'zwangerschap-maand-4': 'zwangerschap maand 4', bevalling: 'bevalling', 'week-1': 'week 1', 'maand-2': 'maand 2', 'maand-15-24': 'maand 15', 'jaar-3': 'jaar 3', 'jaar-4': 'jaar 4' };
    for (const [kolom, tijdpunt] of Object.entries(opent)) {
      const result = parseTijdpunt(tijdpunt);
      if (!result.ok) throw new Error(result.fout);
      expect(result.tijdpunt.leeftijd, tijdpunt).toBe(KOLOMMEN[kolomIndex(kolom)]!.vanaf);
    }
  });

  test('the fase of an age is the fase of its column', () => {
    expect([-10, -9.5, -1, 0, 0.5, 11.9, 12, 23, 24, 35.9, 36, 72].map(faseVanLeeftijd)).toEqual([
      'preconceptie',
      'preconceptie',
      'zwangerschap',
      'babyfase',
      'babyfase',
      'babyfase',
      'peuterfase',
      'peuterfase',
      'derde-jaar',
      'derde-jaar',
      'schoolkind',
      'schoolkind',
    ]);
  });

  test('a run of columns touches a fase when they share a column', () => {
    expect(raaktFase({ eerste: 9, laatste: 10 }, 'bevalling')).toBe(true);
    expect(raaktFase({ eerste: 0, laatste: 9 }, 'bevalling')).toBe(false);
    expect(raaktFase({ eerste: 11, laatste: 11 }, 'bevalling')).toBe(false);
    expect(raaktFase({ eerste: 0, laatste: 30 }, 'peuterfase')).toBe(true);
  });
});
