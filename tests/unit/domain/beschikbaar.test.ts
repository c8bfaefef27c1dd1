import { describe, expect, test } from 'vitest';
import {
  beschikbaarheid,
  beschikbaarInWoorden,
  dagenTussen,
  dagNa,
  datumInWoorden,
  isBeschikbaar,
  isoDatum,
  opDeKaart,
  regioOpDeKaart,
} from '../../../src/domain/beschikbaar.ts';
import type { RegioModel } from '../../../src/domain/model.ts';
import { voorziening } from '../maak.ts';

const PILOT = { beschikbaar: { van: '2025-01-01', tot: '2026-06-30' } };
const NIEUW = { beschikbaar: { van: '2027-03-01' } };

describe('beschikbaarheid: beide dagen tellen mee', () => {
  test.each([
    ['2024-12-31', 'nog-niet'],
    ['2025-01-01', 'beschikbaar'],
    ['2026-06-30', 'beschikbaar'],
    ['2026-07-01', 'voorbij'],
  ])('pilot van 2025-01-01 tot 2026-06-30, op %s: %s', (dag, stand) => {
    expect(beschikbaarheid(PILOT, dag).stand).toBe(stand);
  });

  test('zonder beschikbaar: altijd', () => {
    expect(beschikbaarheid({}, '1999-01-01')).toEqual({ stand: 'beschikbaar' });
    expect(isBeschikbaar({}, '2099-01-01')).toBe(true);
  });

  test('voorbij noemt de eerste dag zonder de voorziening', () => {
    expect(beschikbaarheid(PILOT, '2026-11-22')).toEqual({ stand: 'voorbij', tot: '2026-06-30', sinds: '2026-07-01' });
    expect(beschikbaarheid(NIEUW, '2026-11-22')).toEqual({ stand: 'nog-niet', vanaf: '2027-03-01' });
  });

  test('in woorden, voor de voorzieningpagina', () => {
    expect(beschikbaarInWoorden(PILOT, '2026-11-22')).toBe('Niet meer beschikbaar sinds 1 juli 2026.');
    expect(beschikbaarInWoorden(PILOT, '2026-03-01')).toBe('Beschikbaar tot en met 30 juni 2026.');
    expect(beschikbaarInWoorden(NIEUW, '2026-11-22')).toBe('Beschikbaar vanaf 1 maart 2027.');
    expect(beschikbaarInWoorden(NIEUW, '2027-03-01')).toBeUndefined();
    expect(beschikbaarInWoorden({}, '2026-11-22')).toBeUndefined();
  });
});

describe('datums', () => {
  test('dagNa gaat over maand- en jaargrenzen en schrikkeldagen', () => {
    expect(dagNa('2026-06-30')).toBe('2026-07-01');
    expect(dagNa('2026-12-31')).toBe('2027-01-01');
    expect(dagNa('2028-02-28')).toBe('2028-02-29');
  });

  test('dagenTussen, isoDatum en datumInWoorden', () => {
    expect(dagenTussen('2026-11-22', '2027-02-20')).toBe(90);
    expect(dagenTussen('2026-11-22', '2026-06-30')).toBe(-145);
    expect(isoDatum(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-22');
    expect(datumInWoorden('2026-07-01')).toBe('1 juli 2026');
  });
});

describe('op de kaart', () => {
  const altijd = voorziening({ id: 'altijd', niveau: 'basiszorg', periode: { van: 'bevalling' } });
  const pilot = voorziening({ id: 'pilot', niveau: 'basiszorg', periode: { van: 'bevalling' }, ...PILOT });
  const nieuw = voorziening({ id: 'nieuw', niveau: 'basiszorg', periode: { van: 'bevalling' }, ...NIEUW });

  test('alleen wat op die dag beschikbaar is, in de volgorde van de gegevens', () => {
    expect(opDeKaart([altijd, pilot, nieuw], '2026-11-22').map((v) => v.id)).toEqual(['altijd']);
    expect(opDeKaart([altijd, pilot, nieuw], '2026-01-01').map((v) => v.id)).toEqual(['altijd', 'pilot']);
    expect(opDeKaart([altijd, pilot, nieuw], '2027-03-01').map((v) => v.id)).toEqual(['altijd', 'nieuw']);
  });

  test('regioOpDeKaart laat de routes en de rest staan, en geeft dezelfde regio terug als alles er is', () => {
    const regio = { id: 'r', voorzieningen: [altijd, pilot], routes: [] } as unknown as RegioModel;
    expect(regioOpDeKaart(regio, '2026-01-01')).toBe(regio);
    const kaart = regioOpDeKaart(regio, '2026-11-22');
    expect(kaart.voorzieningen.map((v) => v.id)).toEqual(['altijd']);
    expect(kaart.routes).toBe(regio.routes);
    expect(regio.voorzieningen).toHaveLength(2);
  });
});
