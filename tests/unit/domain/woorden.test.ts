import { describe, expect, test } from 'vitest';
import type { VoorzieningModel } from '../../../src/domain/model.ts';
import { AANMELDING_IDS, KENMERK_IDS, NIVEAU_IDS, THEMA_IDS } from '../../../src/domain/schema/gedeeld.ts';
import {
  AANMELDING_NAMEN,
  KENMERK_NAMEN,
  KENMERK_UITLEG,
  NIVEAU_NAMEN,
  THEMA_NAMEN,
  kenmerkenVan,
  toegankelijkeNaam,
} from '../../../src/domain/woorden.ts';
import { voorziening as maakVoorziening } from '../maak.ts';

function voorziening(fields: Partial<VoorzieningModel>): VoorzieningModel {
  return maakVoorziening({
    id: 'kraamzorg',
    naam: 'Kraamzorg',
    omschrijving: 'Zorg in de kraamweek.',
    niveau: 'basiszorg',
    periode: { van: 'bevalling', tot: 'week 2' },
    kenmerken: ['eigen-bijdrage'],
    aanbieders: [{ naam: 'Kraamzorg De Wieg' }],
    toegang: 'Zelf aanmelden.',
    bijgewerkt: '2026-09-15',
    ...fields,
  });
}

describe('toegankelijkeNaam', () => {
  test('names the voorziening, its niveau, its period in words and its kenmerken', () => {
    expect(toegankelijkeNaam(voorziening({}))).toMatchInlineSnapshot(
      `"Kraamzorg — basiszorg — van de bevalling tot en met week 2 na de geboorte — eigen bijdrage"`,
    );
  });

  test('lists several kenmerken with commas, in data order', () => {
    expect(
      toegankelijkeNaam(
        voorziening({ naam: 'Consultatiebureau', periode: { van: 'week 1', tot: 'jaar 4' }, kenmerken: ['standaard', 'vrij-verzekerd'] }),
      ),
    ).toMatchInlineSnapshot(
      `"Consultatiebureau — basiszorg — van week 1 na de geboorte tot en met het 4e levensjaar en later — standaard aangeboden, vrij verzekerd (geen eigen risico)"`,
    );
  });

  test('names "meer informatie" too when there is a link, as the map draws that mark', () => {
    expect(toegankelijkeNaam(voorziening({ meerInformatie: 'https://example.nl' }))).toBe(
      'Kraamzorg — basiszorg — van de bevalling tot en met week 2 na de geboorte — eigen bijdrage, meer informatie',
    );
  });

  test('leaves out the kenmerken part when there are none, and says one moment once', () => {
    expect(
      toegankelijkeNaam(voorziening({ naam: 'Nu Niet Zwanger', niveau: 'steuntje-in-de-rug', periode: { van: 'preconceptie' }, kenmerken: [] })),
    ).toBe('Nu Niet Zwanger — steuntje in de rug — preconceptie');
  });
});

describe('kenmerkenVan', () => {
  test('adds "meer-informatie" only when there is a link', () => {
    expect(kenmerkenVan({ kenmerken: ['standaard'], meerInformatie: 'https://example.nl' })).toEqual(['standaard', 'meer-informatie']);
    expect(kenmerkenVan({ kenmerken: ['standaard'] })).toEqual(['standaard']);
  });

  test('does not change the voorziening', () => {
    const kenmerken = ['standaard' as const];
    kenmerkenVan({ kenmerken, meerInformatie: 'https://example.nl' });
    expect(kenmerken).toEqual(['standaard']);
  });
});

describe('names for every id of the data contract', () => {
  test.each([
    ['niveau', NIVEAU_IDS, NIVEAU_NAMEN],
    ['kenmerk', [...KENMERK_IDS, 'meer-informatie'], KENMERK_NAMEN],
    ['kenmerk-uitleg', [...KENMERK_IDS, 'meer-informatie'], KENMERK_UITLEG],
    ['thema', THEMA_IDS, THEMA_NAMEN],
    ['aanmelding', AANMELDING_IDS, AANMELDING_NAMEN],
  ] as const)('%s', (_, ids, names) => {
    expect(Object.keys(names).sort()).toEqual([...ids].sort());
    for (const name of Object.values(names)) expect(name.trim()).not.toBe('');
  });
});

describe('toegankelijkeNaam: alleen in … (issue 15)', () => {
  const REGIO = ['Heerlen', 'Kerkrade', 'Sittard-Geleen'];
  test('een voorziening in een deel van de regio zegt waar', () => {
    expect(toegankelijkeNaam(voorziening({ naam: 'Babystartpakket', kenmerken: [], gemeenten: ['Sittard-Geleen', 'Heerlen'] }), REGIO)).toBe(
      'Babystartpakket — basiszorg — van de bevalling tot en met week 2 na de geboorte — alleen in Heerlen en Sittard-Geleen',
    );
  });

  test('in de hele regio, of alle gemeenten genoemd: niets erbij', () => {
    expect(toegankelijkeNaam(voorziening({}), REGIO)).not.toContain('alleen in');
    expect(toegankelijkeNaam(voorziening({ gemeenten: [...REGIO] }), REGIO)).not.toContain('alleen in');
  });

  test('zonder de gemeenten van de regio: elke lijst van gemeenten telt als een deel', () => {
    expect(toegankelijkeNaam(voorziening({ gemeenten: ['Heerlen'] }))).toMatch(/— eigen bijdrage — alleen in Heerlen$/);
  });
});
