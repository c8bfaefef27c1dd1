/** The analysis per gemeente and of what ends (issue 15); the rest is pinned in tests/unit/opendata/analyse.test.ts. */
import { describe, expect, test } from 'vitest';
import { AFLOPEND_BINNEN_DAGEN, analyseer } from '../../../src/domain/analyse.ts';
import type { RegioModel } from '../../../src/domain/model.ts';
import { voorziening } from '../model-maker.ts';

const GEMEENTEN = ['Heerlen', 'Kerkrade', 'Sittard-Geleen'];
const VANDAAG = new Date('2026-11-22T00:00:00Z');

function regio(voorzieningen: ReturnType<typeof voorziening>[], gemeenten = GEMEENTEN): RegioModel {
  return {
    id: 'r',
    regio: { naam: 'R', gemeenten, coalitie: 'c', contact: { naam: 'n' }, bijgewerkt: '2026-01-01', intro: 'i', evaluatievragen: {} },
    doelgroepen: {} as RegioModel['doelgroepen'],
    voorzieningen,
    routes: [],
  };
}

const cb = voorziening({ id: 'cb', niveau: 'basiszorg', periode: { van: 'week 1', tot: 'jaar 4' } });
const moedercafe = voorziening({ id: 'moedercafe', niveau: 'steuntje-in-de-rug', periode: { van: 'week 2', tot: 'maand 12' }, gemeenten: ['Heerlen'] });
const startpakket = voorziening({ id: 'startpakket', niveau: 'steuntje-in-de-rug', periode: { van: 'zwangerschap maand 6', tot: 'maand 3' }, gemeenten: ['Heerlen', 'Sittard-Geleen'] });
const pilot = voorziening({ id: 'pilot', naam: 'Pilot', niveau: 'steuntje-in-de-rug', periode: { van: 'week 1', tot: 'maand 6' }, gemeenten: ['Kerkrade'], beschikbaar: { tot: '2026-06-30' } });
const loopt = voorziening({ id: 'loopt', naam: 'Loopt af', niveau: 'extra-steun', periode: { van: 'week 1' }, beschikbaar: { tot: '2027-02-20' } });
const later = voorziening({ id: 'later', naam: 'Later', niveau: 'extra-steun', periode: { van: 'week 1' }, beschikbaar: { tot: '2027-02-21' } });

describe('dekking per gemeente × fase × niveau', () => {
  const analyse = analyseer(regio([cb, moedercafe, startpakket, pilot]), VANDAAG);
  const rij = (fase: string, niveau: string) => analyse.dekkingPerGemeente!.rijen.find((r) => r.fase === fase && r.niveau === niveau)!.perGemeente;

  test('een voorziening telt in de gemeenten waar ze is; zonder gemeenten in alle', () => {
    expect(analyse.dekkingPerGemeente!.gemeenten).toEqual(GEMEENTEN);
    expect(analyse.dekkingPerGemeente!.rijen).toHaveLength(7 * 4);
    expect(rij('babyfase', 'basiszorg')).toEqual([['cb'], ['cb'], ['cb']]);
    expect(rij('babyfase', 'steuntje-in-de-rug')).toEqual([['moedercafe', 'startpakket'], [], ['startpakket']]);
    expect(rij('zwangerschap', 'steuntje-in-de-rug')).toEqual([['startpakket'], [], ['startpakket']]);
  });

  test('een pilot die voorbij is, dekt niets meer (ook niet in de tabel voor de hele regio)', () => {
    expect(analyse.dekking.flat().some((c) => c.voorzieningen.includes('pilot'))).toBe(false);
    expect(rij('babyfase', 'steuntje-in-de-rug')[1]).toEqual([]);
  });

  test('gaten: een gemeente zonder aanbod waar een andere gemeente het wel heeft', () => {
    expect(analyse.dekkingPerGemeente!.gaten).toEqual([
      { gemeente: 'Kerkrade', fase: 'zwangerschap', niveau: 'steuntje-in-de-rug', elders: ['Heerlen', 'Sittard-Geleen'] },
      { gemeente: 'Kerkrade', fase: 'bevalling', niveau: 'steuntje-in-de-rug', elders: ['Heerlen', 'Sittard-Geleen'] },
      { gemeente: 'Kerkrade', fase: 'babyfase', niveau: 'steuntje-in-de-rug', elders: ['Heerlen', 'Sittard-Geleen'] },
    ]);
  });

  test('een regio van één gemeente krijgt deze tabel niet', () => {
    expect(analyseer(regio([cb], ['Heerlen']), VANDAAG).dekkingPerGemeente).toBeUndefined();
  });
});

describe(`aflopend: beschikbaar.tot voorbij of binnen ${AFLOPEND_BINNEN_DAGEN} dagen`, () => {
  test('voorbij en binnenkort, langst geleden eerst; dag 91 nog niet', () => {
    expect(analyseer(regio([cb, later, loopt, pilot]), VANDAAG).aflopend).toEqual([
      { id: 'pilot', naam: 'Pilot', tot: '2026-06-30', dagen: -145, voorbij: true },
      { id: 'loopt', naam: 'Loopt af', tot: '2027-02-20', dagen: 90, voorbij: false },
    ]);
  });

  test('op de laatste dag zelf: 0 dagen, nog niet voorbij', () => {
    expect(analyseer(regio([pilot]), new Date('2026-06-30T00:00:00Z')).aflopend).toEqual([{ id: 'pilot', naam: 'Pilot', tot: '2026-06-30', dagen: 0, voorbij: false }]);
  });
});
