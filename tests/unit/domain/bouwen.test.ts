/**
 * The domain builds a region from the contents of its files, as the beheer editor will in the browser: the same
 * model and the same messages as from disk (tests/unit/io/data.test.ts and the corpus test the folder rules).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { GEEN_BASIS } from '../../../src/domain/basis.ts';
import { bouwRegio, bouwRegios, type Bestanden } from '../../../src/domain/bouwen.ts';
import { formatFouten } from '../../../src/domain/fouten.ts';
import { laadRegio } from '../../../src/io/data.ts';

const TODAY = new Date('2026-11-22T12:00:00Z');
const MAP = 'tests/fixtures/geldig/kleine-regio';
/** The region's files as text, keyed by name. */
const teksten: Bestanden = new Map(readdirSync(MAP).map((naam) => [naam, readFileSync(join(MAP, naam), 'utf8')]));

describe('bouwRegio from contents', () => {
  test('gives the model the loader gives from disk', () => {
    expect(bouwRegio('kleine-regio', teksten, GEEN_BASIS, { vandaag: TODAY })).toEqual(laadRegio('tests/fixtures/geldig', 'kleine-regio', TODAY));
  });

  test('a missing or broken file is told as from disk', () => {
    const zonder = new Map(teksten);
    zonder.delete('doelgroepen.json');
    zonder.set('regio.json', '{ "naam": ');
    expect(formatFouten(bouwRegio('r', zonder, GEEN_BASIS, { vandaag: TODAY }).fouten)).toEqual([
      'r/doelgroepen.json › (hele bestand): bestand ontbreekt; elke regiomap heeft regio.json, doelgroepen.json, voorzieningen.json (routes.json mag ontbreken)',
      'r/regio.json › (hele bestand): geen geldige JSON op regel 1, kolom 11: het bestand houdt midden in de gegevens op; ontbreekt er een } of ] aan het eind?',
    ]);
  });

  test('a font named in huisstijl.json without a way to find packages is "not installed"', () => {
    const met = new Map(teksten).set('huisstijl.json', JSON.stringify({ lettertype: { pakket: '@fontsource/atkinson-hyperlegible' } }));
    expect(formatFouten(bouwRegio('r', met, GEEN_BASIS, { vandaag: TODAY }).fouten)).toEqual([
      expect.stringMatching(/^r\/huisstijl\.json › lettertype\.pakket: het pakket "@fontsource\/atkinson-hyperlegible" is niet geïnstalleerd/),
    ]);
  });
});

describe('bouwRegios', () => {
  test('a data folder that is not there, and one without regions', () => {
    expect(formatFouten(bouwRegios({ naam: 'data', regios: undefined }).fouten)).toEqual(['data/ › (hele map): de datamap bestaat niet']);
    expect(formatFouten(bouwRegios({ naam: 'data/', regios: new Map() }).fouten)).toEqual([
      'data/ › (hele map): geen regio gevonden; maak een map data/<regio-id>/ met regio.json, doelgroepen.json en voorzieningen.json',
    ]);
  });
});
