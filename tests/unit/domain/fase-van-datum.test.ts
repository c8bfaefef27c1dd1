import { describe, expect, test } from 'vitest';
import { datumVan, faseVanGeboortedatum, faseVanUitgerekendeDatum } from '../../../src/domain/fase-van-datum.ts';

describe('uitgerekende datum → fase', () => {
  test.each([
    ['2026-12-31', 'zwangerschap', 'Zwanger, ongeveer week 12 van de zwangerschap.'],
    ['2027-03-22', 'zwangerschap', 'Zwanger, ongeveer week 1 van de zwangerschap.'], // exactly 280 days ahead
    ['2026-06-16', 'zwangerschap', 'Zwanger, ongeveer week 40 van de zwangerschap.'],
    ['2026-06-15', 'bevalling', 'De uitgerekende datum is bereikt: de bevalling is nu of binnenkort.'],
    ['2026-06-01', 'bevalling', 'De uitgerekende datum is bereikt: de bevalling is nu of binnenkort.'], // 14 days over
  ])('uitgerekend %s, vandaag 2026-06-15: %s', (datum, fase, uitleg) => {
    expect(faseVanUitgerekendeDatum(datum, '2026-06-15')).toEqual({ ok: true, fase, uitleg });
  });

  test('te ver vooruit, te lang voorbij, of geen datum: een fout in gewone woorden', () => {
    expect(faseVanUitgerekendeDatum('2027-03-23', '2026-06-15')).toEqual({ ok: false, fout: 'De uitgerekende datum ligt meer dan 40 weken vooruit. Klopt de datum?' });
    expect(faseVanUitgerekendeDatum('2026-05-31', '2026-06-15')).toMatchObject({ ok: false, fout: expect.stringMatching(/Vul dan de geboortedatum in/) });
    expect(faseVanUitgerekendeDatum('2026-13-01', '2026-06-15')).toMatchObject({ ok: false });
  });
});

describe('geboortedatum → fase', () => {
  test.each([
    ['2026-06-15', 'babyfase', 'Het kind is net geboren.'],
    ['2026-05-25', 'babyfase', 'Het kind is 3 weken oud.'],
    ['2026-05-15', 'babyfase', 'Het kind is 1 maand oud.'],
    ['2025-06-16', 'babyfase', 'Het kind is 11 maanden oud.'], // one day short of a year
    ['2025-06-15', 'peuterfase', 'Het kind is 12 maanden oud.'],
    ['2024-06-16', 'peuterfase', 'Het kind is 23 maanden oud.'],
    ['2024-06-15', 'derde-jaar', 'Het kind is 2 jaar oud.'],
    ['2023-06-15', 'schoolkind', 'Het kind is 3 jaar oud.'],
    ['2020-01-01', 'schoolkind', 'Het kind is 6 jaar oud.'],
  ])('geboren %s, vandaag 2026-06-15: %s', (datum, fase, uitleg) => {
    expect(faseVanGeboortedatum(datum, '2026-06-15')).toEqual({ ok: true, fase, uitleg });
  });

  test('een maand is een kalendermaand: geboren 31 januari is op 28 februari nog geen maand oud', () => {
    expect(faseVanGeboortedatum('2026-01-31', '2026-02-28')).toMatchObject({ uitleg: 'Het kind is 4 weken oud.' });
  });

  test('in de toekomst of ongeldig: een fout', () => {
    expect(faseVanGeboortedatum('2026-06-16', '2026-06-15')).toEqual({ ok: false, fout: 'De geboortedatum ligt in de toekomst. Bedoelt u de uitgerekende datum?' });
    expect(faseVanGeboortedatum('15-06-2026', '2026-06-15')).toMatchObject({ ok: false });
  });

  test('vandaag is de plaatselijke kalenderdatum', () => {
    expect(datumVan(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
