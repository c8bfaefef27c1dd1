/** The map's filter on gemeente (issue 15); the rest of the filter is pinned in tests/unit/kaart/filter.test.ts. */
import { describe, expect, test } from 'vitest';
import { GEEN_FILTER, type ZoekBron, filterActief, leesIndex, maakToets, pasToe, schrijfIndex } from '../../../src/domain/filter.ts';

const bron = (id: string, gemeenten?: string[]): ZoekBron => ({
  id,
  niveau: 'steuntje-in-de-rug',
  eerste: 12,
  laatste: 20,
  kenmerken: [],
  aanmelding: ['zelf'],
  ...(gemeenten && { gemeenten }),
  teksten: [id],
});
const BRONNEN = [bron('consultatiebureau'), bron('babystartpakket', ['heerlen', 'sittard-geleen']), bron('moedercafe', ['heerlen'])];
const ITEMS = leesIndex(schrijfIndex(BRONNEN));
const zichtbaar = (gemeente: string) => ITEMS.filter(maakToets({ ...GEEN_FILTER, gemeente })).map((i) => i.id);

describe('de gemeenten in de index', () => {
  test('de regel draagt de gemeenten van de voorziening; zonder gemeenten een leeg veld', () => {
    const regels = schrijfIndex(BRONNEN).split('\n');
    expect(regels[1]!.split('\t')).toEqual(['babystartpakket', 'steuntje-in-de-rug', '12', '20', '', 'zelf', 'heerlen,sittard-geleen', 'babystartpakket']);
    expect(regels[0]!.split('\t')[6]).toBe('');
  });

  test('overleeft schrijven en lezen', () => {
    expect(ITEMS.map((i) => i.gemeenten)).toEqual([[], ['heerlen', 'sittard-geleen'], ['heerlen']]);
    expect(ITEMS[1]!.tekst).toBe('babystartpakket');
  });
});

describe('filteren op gemeente', () => {
  test('wat in die gemeente is, plus wat in de hele regio is', () => {
    expect(zichtbaar('heerlen')).toEqual(['consultatiebureau', 'babystartpakket', 'moedercafe']);
    expect(zichtbaar('sittard-geleen')).toEqual(['consultatiebureau', 'babystartpakket']);
    expect(zichtbaar('kerkrade')).toEqual(['consultatiebureau']);
    expect(zichtbaar('')).toEqual(['consultatiebureau', 'babystartpakket', 'moedercafe']);
  });

  test('een gekozen gemeente is een actief filter, en combineert met de andere (en)', () => {
    expect(filterActief({ ...GEEN_FILTER, gemeente: 'kerkrade' })).toBe(true);
    expect(pasToe(ITEMS, { ...GEEN_FILTER, gemeente: 'sittard-geleen', q: 'moeder' })).toEqual({ zichtbaar: [false, false, false], aantal: 0 });
    expect(pasToe(ITEMS, { ...GEEN_FILTER, gemeente: 'heerlen', q: 'moeder' })).toEqual({ zichtbaar: [false, false, true], aantal: 1 });
  });
});
