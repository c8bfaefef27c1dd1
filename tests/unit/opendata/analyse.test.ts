/** The gap analysis, checked by hand against tests/fixtures/opendata/proefregio (see the comments for the sums). */
import { describe, expect, test } from 'vitest';
import { analyseer, LANGE_PAUZE_MAANDEN } from '../../../src/domain/analyse.ts';
import { leeftijdInMaanden } from '../../../src/domain/tijdpunt.ts';
import { proefregio, VANDAAG } from './fixture.ts';

const regio = proefregio();
const analyse = analyseer(regio, VANDAAG);
const cel = (fase: string, niveau: string) => analyse.dekking.flat().find((c) => c.fase === fase && c.niveau === niveau)!.voorzieningen;

describe('dekking fase × niveau', () => {
  test('een voorziening telt in elke fase die haar periode raakt', () => {
    // verloskundige-zorg: zwangerschap maand 2 – week 6; zwangerschapscursus: maand 5–8 van de zwangerschap.
    expect(cel('zwangerschap', 'basiszorg')).toEqual(['verloskundige-zorg', 'zwangerschapscursus']);
    // bevalling: verloskundige-zorg and kraamzorg (bevalling – week 2).
    expect(cel('bevalling', 'basiszorg')).toEqual(['verloskundige-zorg', 'kraamzorg']);
    expect(cel('babyfase', 'basiszorg')).toEqual(['verloskundige-zorg', 'kraamzorg', 'consultatiebureau']);
    // schuldhulp runs preconceptie – schoolleeftijd: the only extra-steun, in all 7 fases.
    expect(analyse.dekking.map((rij) => rij.find((c) => c.niveau === 'extra-steun')!.voorzieningen)).toEqual(Array(7).fill(['schuldhulp']));
    // home-start: zwangerschap maand 6 – jaar 3, so not in preconceptie nor schoolkind.
    expect(cel('schoolkind', 'steuntje-in-de-rug')).toEqual([]);
  });

  test('lege cellen: 7 in digitale zorg, preconceptie basiszorg en steuntje, schoolkind steuntje = 10', () => {
    expect(analyse.dekking).toHaveLength(7);
    expect(analyse.dekking.every((rij) => rij.length === 4)).toBe(true);
    expect(analyse.legeCellen).toBe(10);
  });
});

test('zonder contactgegevens: alleen de zwangerschapscursus (Buurthuis Proefdorp heeft geen website, telefoon of e-mail)', () => {
  expect(analyse.zonderContact).toEqual([{ id: 'zwangerschapscursus', naam: 'Zwangerschapscursus' }]);
});

test('verouderd: ouder dan 12 maanden op 1 november 2026, oudste eerst', () => {
  expect(analyse.verouderd).toEqual([
    { id: 'schuldhulp', naam: 'Schuldhulpverlening', bijgewerkt: '2024-06-30', maandenOud: 28 },
    { id: 'zwangerschapscursus', naam: 'Zwangerschapscursus', bijgewerkt: '2025-03-01', maandenOud: 20 },
  ]);
  // On the day it turns 365 days old it is not yet stale; one day later it is.
  const jongRegio = { ...regio, voorzieningen: regio.voorzieningen.map((v) => ({ ...v, bijgewerkt: '2025-11-01' })) };
  expect(analyseer(jongRegio, VANDAAG).verouderd).toEqual([]);
  expect(analyseer(jongRegio, new Date('2026-11-02T00:00:00Z')).verouderd).toHaveLength(regio.voorzieningen.length);
});

describe('routes met lange pauzes', () => {
  test('leeftijd in maanden per tijdpunt', () => {
    expect(leeftijdInMaanden('preconceptie')).toBe(-10);
    expect(leeftijdInMaanden('zwangerschap maand 1')).toBe(-9);
    expect(leeftijdInMaanden('zwangerschap week 40')).toBe(0);
    expect(leeftijdInMaanden('zwangerschap week 20')).toBe(-4.6);
    expect(leeftijdInMaanden('bevalling')).toBe(0);
    expect(leeftijdInMaanden('week 1')).toBe(0);
    expect(leeftijdInMaanden('week 9')).toBe(1.8);
    expect(leeftijdInMaanden('maand 11')).toBe(10);
    expect(leeftijdInMaanden('jaar 3')).toBe(24);
    expect(leeftijdInMaanden('Schoolleeftijd')).toBe(36);
  });

  test(`meer dan ${LANGE_PAUZE_MAANDEN} maanden tussen twee stappen`, () => {
    // zwangere-met-schulden: maand 3 → maand 4 of pregnancy (1), → bevalling (6), → maand 11 (10). steun-thuis: week 1 → maand 2 (1).
    expect(analyse.langePauzes).toEqual([
      {
        route: { id: 'zwangere-met-schulden', naam: 'Zwangere met schulden' },
        van: { voorziening: 'schuldhulp', moment: 'zwangerschap maand 4' },
        naar: { voorziening: 'kraamzorg', moment: 'bevalling' },
        maanden: 6,
      },
      {
        route: { id: 'zwangere-met-schulden', naam: 'Zwangere met schulden' },
        van: { voorziening: 'kraamzorg', moment: 'bevalling' },
        naar: { voorziening: 'consultatiebureau', moment: 'maand 11' },
        maanden: 10,
      },
    ]);
  });
});

test('per fase het aandeel voorzieningen dat het gezin geld kost', () => {
  const perFase = Object.fromEntries(analyse.kosten.map((k) => [k.fase, [k.metKosten, k.totaal, k.procent]]));
  expect(perFase).toEqual({
    preconceptie: [0, 1, 0], // schuldhulp (vrij verzekerd)
    zwangerschap: [1, 4, 25], // zwangerschapscursus (aanvullend verzekerd) of verloskundige, cursus, home-start, schuldhulp
    bevalling: [1, 4, 25], // kraamzorg (eigen bijdrage) of verloskundige, kraamzorg, home-start, schuldhulp
    babyfase: [1, 5, 20], // kraamzorg of + consultatiebureau
    peuterfase: [0, 3, 0],
    'derde-jaar': [0, 3, 0],
    schoolkind: [0, 2, 0],
  });
  expect(analyse.kosten.find((k) => k.fase === 'zwangerschap')!.perKenmerk).toEqual({ 'eigen-risico': 0, 'eigen-bijdrage': 0, 'aanvullend-verzekerd': 1 });
  const leeg = analyseer({ ...regio, voorzieningen: [] }, VANDAAG);
  expect(leeg.kosten[0]).toMatchObject({ totaal: 0, metKosten: 0, procent: undefined });
  expect(leeg.legeCellen).toBe(28);
});
