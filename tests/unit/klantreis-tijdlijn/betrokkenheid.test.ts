import { describe, expect, test } from 'vitest';
import {
  betrokkeneSleutel,
  betrokkenheid,
  persoonLabel,
  persoonPerBetrokkene,
} from '../../../src/domain/klantreis/betrokkenheid.ts';
import { leeftijdInWoorden, leeftijdsbereikInWoorden } from '../../../src/domain/klantreis/leeftijd.ts';
import { band, casus, persoon, voorbeeldCasus } from './casus.ts';

describe('betrokkenheid', () => {
  test('brings the same person together across bands, ignoring case and surrounding spaces', () => {
    const lijst = betrokkenheid(voorbeeldCasus());
    const jvk = lijst.find((p) => p.naam === 'Jeugdverpleegkundige')!;
    expect(jvk.betrokkeneIds).toEqual(['jvk', 'jvk-2']);
    expect(jvk.organisatie).toBe('GGD Twente');
    expect(lijst.filter((p) => p.sleutel === betrokkeneSleutel('  JEUGDVERPLEEGKUNDIGE ', 'ggd  twente'))).toHaveLength(1);
    const moeder = lijst.find((p) => p.rol === 'ouder')!;
    expect(moeder.naam).toBe('Moeder');
    expect(moeder.betrokkeneIds).toEqual(['moeder-1', 'moeder-2', 'moeder-3']);
  });

  test('merges touching and overlapping periods and keeps gaps', () => {
    const lijst = betrokkenheid(voorbeeldCasus());
    const byName = (naam: string) => lijst.find((p) => p.naam === naam)!.perioden.map(({ van, tot }) => [van, tot]);
    expect(byName('Moeder')).toEqual([[-10, 48]]); // -10..0, 0..24, 24..48 touch
    expect(byName('Jeugdverpleegkundige')).toEqual([[0, 36]]); // 0..24 and 24..36
    expect(byName('Oma')).toEqual([[-4, 0], [6, 18]]); // own van/tot win; the gap stays
    expect(byName('Kraamverzorgende')).toEqual([[0, 1]]);

    const overlap = betrokkenheid(
      casus([
        band('a', 0, 24, [persoon('x1', 'Coach', 'professional', 'Wijkteam', { van: 2, tot: 10 })]),
        band('b', 0, 24, [persoon('x2', 'coach', 'professional', 'wijkteam', { van: 5, tot: 8 })]),
        band('c', 0, 24, [persoon('x3', 'Coach', 'professional', 'Wijkteam', { van: 11, tot: 12 })]),
      ]),
    );
    expect(overlap).toHaveLength(1);
    expect(overlap[0]!.perioden).toEqual([
      { van: 2, tot: 10, bandId: 'a', betrokkeneId: 'x1' },
      { van: 11, tot: 12, bandId: 'c', betrokkeneId: 'x3' },
    ]);
  });

  test('a merged period names the band and betrokkene of its earliest entry', () => {
    const lijst = betrokkenheid(
      casus([
        band('later', 12, 24, [persoon('b', 'Buurvrouw', 'netwerk')]),
        band('eerder', 0, 12, [persoon('a', 'Buurvrouw', 'netwerk')]),
      ]),
    );
    expect(lijst[0]!.perioden).toEqual([{ van: 0, tot: 24, bandId: 'eerder', betrokkeneId: 'a' }]);
    expect(lijst[0]!.betrokkeneIds).toEqual(['b', 'a']);
  });

  test('people with the same naam at different organisaties stay apart', () => {
    const lijst = betrokkenheid(
      casus([band('a', 0, 12, [persoon('p1', 'Coach', 'professional', 'Wijkteam'), persoon('p2', 'Coach', 'professional', 'Sociaal team')])]),
    );
    expect(lijst.map((p) => p.organisatie)).toEqual(['Sociaal team', 'Wijkteam']);
  });

  test('leaves out entries with an empty naam', () => {
    const lijst = betrokkenheid(casus([band('a', 0, 12, [persoon('leeg', '   ', 'ouder'), persoon('v', 'Vader', 'ouder')])]));
    expect(lijst.map((p) => p.betrokkeneIds)).toEqual([['v']]);
  });

  test('reads a reversed own span the right way round', () => {
    const lijst = betrokkenheid(casus([band('a', 0, 24, [persoon('p', 'Huisarts', 'professional', '', { van: 20, tot: 3 })])]));
    expect(lijst[0]!.perioden[0]).toMatchObject({ van: 3, tot: 20 });
  });

  test('orders by rol, then first involvement, then naam in Dutch collation', () => {
    const lijst = betrokkenheid(
      casus([
        band('a', 0, 24, [
          persoon('p1', 'Zorgcoördinator', 'professional'),
          persoon('p2', 'Fysiotherapeut', 'professional'),
          persoon('p3', 'Éénoudercoach', 'professional'),
          persoon('n1', 'Buurman', 'netwerk', '', { van: 5 }),
          persoon('n2', 'Zus', 'netwerk', '', { van: 2 }),
          persoon('o1', 'Vader', 'ouder', '', { van: 10 }),
          persoon('p4', 'Verloskundige', 'professional', '', { van: -10 + 10 }),
        ]),
        band('b', -10, 0, [persoon('p5', 'Verloskundige', 'professional', 'Praktijk')]),
      ]),
    );
    expect(lijst.map((p) => p.naam)).toEqual([
      'Vader',
      'Zus',
      'Buurman',
      'Verloskundige', // Praktijk, from -10
      'Éénoudercoach', // É sorts with E in Dutch, before F (by code point it would come last)
      'Fysiotherapeut',
      'Verloskundige',
      'Zorgcoördinator',
    ]);
  });

  test('keeps the first rol and the first voorziening given', () => {
    const lijst = betrokkenheid(
      casus([
        band('a', 0, 12, [persoon('p1', 'Coach', 'netwerk')]),
        band('b', 12, 24, [persoon('p2', 'Coach', 'professional', '', { voorziening: 'stevig-ouderschap' })]),
      ]),
    );
    expect(lijst).toHaveLength(1);
    expect(lijst[0]).toMatchObject({ rol: 'netwerk', voorziening: 'stevig-ouderschap' });
  });

  test('finds the person of a betrokkene id; labels carry the organisatie when there is one', () => {
    const lijst = betrokkenheid(voorbeeldCasus());
    const index = persoonPerBetrokkene(lijst);
    expect(persoonLabel(index.get('jvk-2')!)).toBe('Jeugdverpleegkundige (GGD Twente)');
    expect(persoonLabel(index.get('oma-2')!)).toBe('Oma');
    expect(index.get('bestaat-niet')).toBeUndefined();
  });
});

describe('leeftijd in woorden', () => {
  test.each([
    [-10, '10 maanden vóór de geboorte'],
    [-1, '1 maand vóór de geboorte'],
    [0, 'de geboorte'],
    [1, '1 maand'],
    [11, '11 maanden'],
    [12, '1 jaar'],
    [18, '18 maanden'],
    [24, '2 jaar'],
    [27, '2 jaar en 3 maanden'],
    [30, '2,5 jaar'],
    [37, '3 jaar en 1 maand'],
    [72, '6 jaar'],
  ])('%i → %s', (maanden, woorden) => {
    expect(leeftijdInWoorden(maanden)).toBe(woorden);
  });

  test('refuses a part of a month', () => {
    expect(() => leeftijdInWoorden(1.5)).toThrow();
  });

  test('periods', () => {
    expect(leeftijdsbereikInWoorden(-2, 24)).toBe('van 2 maanden vóór de geboorte tot 2 jaar');
    expect(leeftijdsbereikInWoorden(0, 18)).toBe('van de geboorte tot 18 maanden');
    expect(leeftijdsbereikInWoorden(0, 0)).toBe('rond de geboorte');
  });
});
