import { describe, expect, test } from 'vitest';
import { GEEN_FILTER, type Filter, filterActief, leesIndex, maakToets, pasToe, schrijfIndex, vouw, zoekTekst, type ZoekBron } from '../../../src/domain/filter.ts';
import { FASE_KOLOMMEN } from '../../../src/domain/tijdlijn.ts';

describe('vouw: zoeken zonder last van hoofdletters, accenten en leestekens', () => {
  test.each([
    ['Crèche', 'creche'],
    ['Diëtist', 'dietist'],
    ['MAMACAFÉ', 'mamacafe'],
    ['JGZ-app', 'jgz app'],
    ['Ĳsselmonde', 'ijsselmonde'],
    ['  baby’s   eerste  week ', 'baby s eerste week'],
    ['Ça va, naïef?', 'ca va naief'],
  ])('%s → %s', (tekst, gevouwen) => {
    expect(vouw(tekst)).toBe(gevouwen);
  });

  test('zoekTekst houdt elk woord één keer, en geen woord dat al in een langer woord zit', () => {
    expect(zoekTekst(['Kraamzorg', 'Kraamzorg De Wieg', 'Zorg thuis, de eerste week'])).toBe('kraamzorg de wieg thuis eerste week');
    expect(zoekTekst(['in', 'binnen', 'in huis'])).toBe('binnen huis');
  });
});

const BRONNEN = [
  { id: 'creche-de-egel', niveau: 'basiszorg', eerste: 12, laatste: 30, kenmerken: ['eigen-bijdrage'], aanmelding: ['zelf'], teksten: ['Crèche De Egel', 'Kinderopvang BV', 'Opvang voor baby’s en peuters.'] },
  { id: 'kraamzorg', niveau: 'basiszorg', eerste: 10, laatste: 12, kenmerken: ['eigen-bijdrage', 'meer-informatie'], aanmelding: ['zelf'], teksten: ['Kraamzorg', 'Kraamzorg De Wieg', 'Zorg thuis in de eerste week.'] },
  { id: 'stevig-ouderschap', niveau: 'steuntje-in-de-rug', eerste: 5, laatste: 20, kenmerken: ['vrij-verzekerd'], aanmelding: ['verwijzing'], teksten: ['Stevig Ouderschap', 'GGD', 'Huisbezoeken door een jeugdverpleegkundige.'] },
  { id: 'schuldhulp', niveau: 'extra-steun', eerste: 0, laatste: 34, kenmerken: [], aanmelding: ['zelf', 'verwijzing'], teksten: ['Schuldhulp', 'Wijkteam', 'Hulp bij geldzorgen.'] },
  { id: 'app', niveau: 'digitale-zorg', eerste: 1, laatste: 9, kenmerken: ['standaard'], aanmelding: [], teksten: ['Zwanger & zo', 'Stichting App', 'Een app.'] },
];
const ITEMS = leesIndex(schrijfIndex(BRONNEN));
const gevonden = (filter: Partial<Filter>) => ITEMS.filter(maakToets({ ...GEEN_FILTER, ...filter })).map((i) => i.id);

describe('de index', () => {
  test('overleeft schrijven en lezen', () => {
    expect(ITEMS[1]).toEqual({
      id: 'kraamzorg',
      niveau: 'basiszorg',
      eerste: 10,
      laatste: 12,
      kenmerken: ['eigen-bijdrage', 'meer-informatie'],
      aanmelding: ['zelf'],
      gemeenten: [],
      tekst: 'kraamzorg de wieg thuis in eerste week',
    });
    expect(ITEMS[3]!.kenmerken).toEqual([]);
    expect(ITEMS[4]!.aanmelding).toEqual([]);
    expect(leesIndex('')).toEqual([]);
  });

  test('bevat geen tabs of regeleinden uit de tekst, die zouden de regels breken', () => {
    const index = schrijfIndex([{ ...BRONNEN[0]!, teksten: ['een\ttab', 'een\nregel'] }]);
    expect(index.split('\n')).toHaveLength(1);
    expect(leesIndex(index)[0]!.tekst).toBe('een tab regel');
  });
});

describe('filteren', () => {
  test('zonder filter is alles zichtbaar', () => {
    expect(gevonden({})).toEqual(BRONNEN.map((b) => b.id));
    expect(filterActief(GEEN_FILTER)).toBe(false);
    expect(filterActief({ ...GEEN_FILTER, q: '  ' })).toBe(false);
  });

  test('"creche" vindt "Crèche", ook in hoofdletters en met accent in de zoekvraag', () => {
    expect(gevonden({ q: 'creche' })).toEqual(['creche-de-egel']);
    expect(gevonden({ q: 'CRÈCHE' })).toEqual(['creche-de-egel']);
  });

  test('zoekt in naam, aanbieder en omschrijving; elk woord moet voorkomen, in willekeurige volgorde', () => {
    expect(gevonden({ q: 'wieg' })).toEqual(['kraamzorg']);
    expect(gevonden({ q: 'geldzorgen' })).toEqual(['schuldhulp']);
    expect(gevonden({ q: 'week kraam' })).toEqual(['kraamzorg']);
    expect(gevonden({ q: 'kraam geldzorgen' })).toEqual([]);
  });

  test('niveaus tellen op; niveau en zoekvraag versmallen elkaar', () => {
    expect(gevonden({ niveau: ['extra-steun', 'digitale-zorg'] })).toEqual(['schuldhulp', 'app']);
    expect(gevonden({ niveau: ['basiszorg'], q: 'de' })).toEqual(['creche-de-egel', 'kraamzorg']);
  });

  test('een fase toont wat in die fase loopt, ook wat eerder begon', () => {
    const babyfase = FASE_KOLOMMEN.babyfase;
    expect(babyfase.eerste).toBe(11);
    expect(gevonden({ fase: 'babyfase' })).toEqual(['creche-de-egel', 'kraamzorg', 'stevig-ouderschap', 'schuldhulp']);
    expect(gevonden({ fase: 'preconceptie' })).toEqual(['schuldhulp']);
  });

  test('kenmerken tellen op, ook "meer informatie"', () => {
    expect(gevonden({ kenmerk: ['vrij-verzekerd', 'standaard'] })).toEqual(['stevig-ouderschap', 'app']);
    expect(gevonden({ kenmerk: ['meer-informatie'] })).toEqual(['kraamzorg']);
  });

  test('toegang: zelf aanmelden of via verwijzing', () => {
    expect(gevonden({ toegang: 'verwijzing' })).toEqual(['stevig-ouderschap', 'schuldhulp']);
    expect(gevonden({ toegang: 'zelf', kenmerk: ['eigen-bijdrage'], q: 'kraam' })).toEqual(['kraamzorg']);
  });

  test('pasToe telt in één doorgang en houdt de volgorde van de index aan', () => {
    expect(pasToe(ITEMS, { ...GEEN_FILTER, niveau: ['basiszorg'] })).toEqual({ zichtbaar: [true, true, false, false, false], aantal: 2 });
  });

  // Speed is measured by the bench (npm run bench), not by a timed test on a shared machine.
  test('10.000 voorzieningen: de index wordt heel gelezen en gefilterd', () => {
    const index = schrijfIndex(Array.from({ length: 10_000 }, (_, i) => ({ ...BRONNEN[i % 5]!, id: `v${i}` })));
    const items = leesIndex(index);
    expect(items).toHaveLength(10_000);
    expect(items.at(-1)!.id).toBe('v9999');
    expect(pasToe(items, { ...GEEN_FILTER, q: 'opvang' }).aantal).toBe(2000);
  });
});

// The map's filter on gemeente (issue 15).
describe('gemeenten en beschikbaarheid (issue 15)', () => {
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
});
