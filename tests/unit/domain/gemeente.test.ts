import { describe, expect, test } from 'vitest';
import {
  aangebodenIn,
  adresRegel,
  alleenIn,
  alleenInWoorden,
  gemeenteSleutel,
  gemeenteVanLocatie,
  gemeenteVanSleutel,
  kaartLink,
  locatiesVoor,
  opsomming,
  routeGemeenten,
} from '../../../src/domain/gemeente.ts';

const REGIO = ['Heerlen', 'Kerkrade', 'Sittard-Geleen', 'Landgraaf'];

describe('gemeenteSleutel: de gemeente in een webadres', () => {
  test.each([
    ['Heerlen', 'heerlen'],
    ['Sittard-Geleen', 'sittard-geleen'],
    ['Beekveld aan de Dijk', 'beekveld-aan-de-dijk'],
    ['Súdwest-Fryslân', 'sudwest-fryslan'],
    ["'s-Hertogenbosch", 's-hertogenbosch'],
    ['Bergen (NH)', 'bergen-nh'],
    ['  Nuenen, Gerwen en Nederwetten ', 'nuenen-gerwen-en-nederwetten'],
  ])('%s → %s', (naam, sleutel) => {
    expect(gemeenteSleutel(naam)).toBe(sleutel);
  });

  test('gemeenteVanSleutel vindt de naam terug, en niets voor een gemeente buiten de regio', () => {
    expect(gemeenteVanSleutel('sittard-geleen', REGIO)).toBe('Sittard-Geleen');
    expect(gemeenteVanSleutel('maastricht', REGIO)).toBeUndefined();
    expect(gemeenteVanSleutel('', REGIO)).toBeUndefined();
  });
});

describe('waar een voorziening is', () => {
  test('zonder gemeenten: de hele regio', () => {
    expect(aangebodenIn({}, 'Kerkrade')).toBe(true);
    expect(alleenIn({}, REGIO)).toBeUndefined();
    expect(alleenInWoorden({}, REGIO)).toBeUndefined();
  });

  test('met gemeenten: alleen daar, in de volgorde van de regio', () => {
    const v = { gemeenten: ['Sittard-Geleen', 'Heerlen'] };
    expect(aangebodenIn(v, 'Heerlen')).toBe(true);
    expect(aangebodenIn(v, 'Kerkrade')).toBe(false);
    expect(alleenIn(v, REGIO)).toEqual(['Heerlen', 'Sittard-Geleen']);
    expect(alleenInWoorden(v, REGIO)).toBe('alleen in Heerlen en Sittard-Geleen');
    expect(alleenInWoorden({ gemeenten: ['Landgraaf', 'Kerkrade', 'Heerlen'] }, REGIO)).toBe('alleen in Heerlen, Kerkrade en Landgraaf');
  });

  test('alle gemeenten van de regio genoemd is de hele regio: geen "alleen in"', () => {
    expect(alleenIn({ gemeenten: [...REGIO].reverse() }, REGIO)).toBeUndefined();
  });

  test('opsomming', () => {
    expect(opsomming([])).toBe('');
    expect(opsomming(['A'])).toBe('A');
    expect(opsomming(['A', 'B'])).toBe('A en B');
    expect(opsomming(['A', 'B', 'C'])).toBe('A, B en C');
  });
});

describe('locaties', () => {
  const heerlen = { adres: 'Akerstraat 1', postcode: '6411 AB', plaats: 'Heerlen' };
  const hoensbroek = { adres: 'Kouvenderstraat 2', postcode: '6431 HA', plaats: 'Hoensbroek', gemeente: 'Heerlen' };
  const kerkrade = { adres: 'Markt 3', postcode: '6461 EC', plaats: 'Kerkrade' };
  const nergens = { adres: 'Dorpsstraat 4', postcode: '6371 AA', plaats: 'Schaesberg' };

  test('de gemeente van een adres: eigen veld, dan de plaats, dan de enige gemeente van voorziening of regio', () => {
    expect(gemeenteVanLocatie(hoensbroek, {}, REGIO)).toBe('Heerlen');
    expect(gemeenteVanLocatie(kerkrade, {}, REGIO)).toBe('Kerkrade');
    expect(gemeenteVanLocatie(nergens, {}, REGIO)).toBeUndefined();
    expect(gemeenteVanLocatie(nergens, { gemeenten: ['Landgraaf'] }, REGIO)).toBe('Landgraaf');
    expect(gemeenteVanLocatie(nergens, {}, ['Landgraaf'])).toBe('Landgraaf');
  });

  test('een gezin krijgt de adressen in de eigen gemeente; zijn die er niet, dan alle', () => {
    const v = { locaties: [heerlen, kerkrade, hoensbroek] };
    expect(locatiesVoor(v, 'Heerlen', REGIO)).toEqual([heerlen, hoensbroek]);
    expect(locatiesVoor(v, 'Kerkrade', REGIO)).toEqual([kerkrade]);
    expect(locatiesVoor(v, 'Landgraaf', REGIO)).toEqual([heerlen, kerkrade, hoensbroek]);
    expect(locatiesVoor(v, undefined, REGIO)).toEqual([heerlen, kerkrade, hoensbroek]);
    expect(locatiesVoor({}, 'Heerlen', REGIO)).toEqual([]);
  });

  test('adresregel en een gewone link naar de kaart (geen inbedding)', () => {
    expect(adresRegel(heerlen)).toBe('Akerstraat 1, 6411 AB Heerlen');
    expect(kaartLink(heerlen)).toBe('https://www.openstreetmap.org/search?query=Akerstraat%201%2C%206411%20AB%20Heerlen');
  });
});

describe('routeGemeenten: waar een hele route te volgen is', () => {
  const byId = new Map<string, { gemeenten?: string[] }>([
    ['cb', {}],
    ['startpakket', { gemeenten: ['Heerlen', 'Sittard-Geleen'] }],
    ['moedercafe', { gemeenten: ['Heerlen'] }],
    ['kerkrade-loket', { gemeenten: ['Kerkrade'] }],
  ]);
  const route = (...ids: string[]) => ({ stappen: ids.map((voorziening) => ({ voorziening })) });

  test('alleen voorzieningen voor de hele regio: de hele regio', () => {
    expect(routeGemeenten(route('cb', 'cb'), byId, REGIO)).toBeUndefined();
  });

  test('de gemeenten waar elke stap is', () => {
    expect(routeGemeenten(route('cb', 'startpakket'), byId, REGIO)).toEqual(['Heerlen', 'Sittard-Geleen']);
    expect(routeGemeenten(route('startpakket', 'moedercafe', 'cb'), byId, REGIO)).toEqual(['Heerlen']);
    expect(routeGemeenten(route('moedercafe', 'kerkrade-loket'), byId, REGIO)).toEqual([]);
  });
});
