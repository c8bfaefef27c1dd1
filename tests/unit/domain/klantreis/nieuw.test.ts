import { describe, expect, test } from 'vitest';
import {
  STANDAARD_BANDEN,
  maakSleutel,
  nieuweActie,
  nieuweBetrokkene,
  nieuweKlantreis,
  nieuweOverdracht,
} from '../../../../src/domain/klantreis/nieuw.ts';
import { klantreisSchema } from '../../../../src/domain/klantreis/schema.ts';
import { NU, teller } from '../../maak.ts';

describe('STANDAARD_BANDEN', () => {
  test('run contiguously from the start of the pregnancy to the sixth birthday, with the coalitions\' names', () => {
    expect(STANDAARD_BANDEN.map((b) => b.naam)).toEqual(['−10 maanden tot 0 jaar', '0–2 jaar', '2–3 jaar', '4–5 jaar', '6 jaar']);
    expect(STANDAARD_BANDEN[0]!.van).toBe(-10);
    expect(STANDAARD_BANDEN.at(-1)!.tot).toBe(72);
    for (let i = 1; i < STANDAARD_BANDEN.length; i++) expect(STANDAARD_BANDEN[i]!.van).toBe(STANDAARD_BANDEN[i - 1]!.tot);
  });
});

describe('nieuweKlantreis', () => {
  test('is a valid file with the standard bands, all texts empty, and the given time', () => {
    const k = nieuweKlantreis('Casus (fictief)', NU, teller());
    expect(klantreisSchema.parse(k)).toStrictEqual(k);
    expect(k).toMatchObject({ formaat: 'routekaart-klantreis', versie: 1, id: 'id1', titel: 'Casus (fictief)', bijgewerkt: '2026-12-01T10:00:00.000Z' });
    expect(k.banden.map((b) => [b.id, b.naam, b.van, b.tot])).toEqual([
      ['id2', '−10 maanden tot 0 jaar', -10, 0],
      ['id3', '0–2 jaar', 0, 24],
      ['id4', '2–3 jaar', 24, 36],
      ['id5', '4–5 jaar', 36, 60],
      ['id6', '6 jaar', 60, 72],
    ]);
    for (const band of k.banden) {
      expect([band.feiten, band.perspectieven.ouders, band.perspectieven.professionals, band.succesfactoren, band.verbeterfactoren]).toEqual(['', '', '', '', '']);
      expect([band.betrokkenen, band.acties]).toEqual([[], []]);
    }
    expect(k.overdrachten).toEqual([]);
  });

  test('has a regio only when one is given, so the saved file carries no empty field', () => {
    expect('regio' in nieuweKlantreis('t', NU, teller())).toBe(false);
    expect(nieuweKlantreis('t', NU, teller(), 'twente').regio).toBe('twente');
  });
});

describe('factories', () => {
  test('fill in defaults and take the given fields', () => {
    const maakId = teller('x');
    expect(nieuweBetrokkene(maakId)).toStrictEqual({ id: 'x1', naam: '', rol: 'professional', organisatie: '' });
    expect(nieuweBetrokkene(maakId, { naam: 'oma', rol: 'netwerk', van: 0 })).toStrictEqual({ id: 'x2', naam: 'oma', rol: 'netwerk', organisatie: '', van: 0 });
    expect(nieuweActie(maakId, { wat: 'bellen' })).toStrictEqual({ id: 'x3', wat: 'bellen', eigenaar: '', datum: '' });
    expect(nieuweOverdracht(maakId, { van: 'a', naar: 'b', moment: 48 })).toStrictEqual({
      id: 'x4',
      van: 'a',
      naar: 'b',
      moment: 48,
      verloop: 'onbekend',
      toelichting: '',
    });
  });
});

describe('maakSleutel', () => {
  test('makes 8 base36 characters that the schema accepts as an id', () => {
    const sleutel = maakSleutel();
    expect(sleutel).toMatch(/^[0-9a-z]{8}$/);
    expect(klantreisSchema.shape.id.safeParse(sleutel).success).toBe(true);
  });

  test('uses the given random source, also at its edges', () => {
    expect(maakSleutel(() => 0)).toBe('00000000');
    expect(maakSleutel(() => 0.999999)).toBe('zzzzzzzz');
    // A random source that (wrongly) returns 1 must not produce a character outside base36.
    expect(maakSleutel(() => 1)).toBe('zzzzzzzz');
  });

  test('differs between calls', () => {
    expect(new Set(Array.from({ length: 50 }, () => maakSleutel())).size).toBe(50);
  });
});
