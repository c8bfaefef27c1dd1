import { describe, expect, test } from 'vitest';
import { aangepastInWoorden, mergeBasis } from '../../../src/domain/basis.ts';
import { formatFout } from '../../../src/domain/fouten.ts';
import { laadRegios, laadRegio } from '../../../src/io/data.ts';
import type { Voorziening } from '../../../src/domain/schema/voorziening.ts';
import { maakDatamap, regioMap, voorziening } from './maak-regio.ts';

const VANDAAG = new Date('2026-11-22T00:00:00Z');
const veiligThuis = voorziening('veilig-thuis', {
  niveau: 'extra-steun',
  periode: { van: 'preconceptie', tot: 'schoolleeftijd' },
  momenten: ['bevalling'],
  kenmerken: [],
  aanbieders: [{ naam: 'Veilig Thuis', telefoon: '0800 2000' }],
  themas: ['veiligheid-en-huiselijk-geweld'],
  meerInformatie: 'https://veiligthuis.nl',
}) as Voorziening;
const BASIS = { '_basis/voorzieningen.json': { voorzieningen: [veiligThuis, voorziening('hielprik', { periode: { van: 'week 1' } })] } };

describe('mergeBasis', () => {
  test('a field the region writes replaces the basis field as a whole; the rest is kept', () => {
    const { voorziening: merged, herkomst } = mergeBasis(veiligThuis, {
      basis: 'veilig-thuis',
      aanbieders: [{ naam: 'Veilig Thuis Proefregio' }],
      periode: { van: 'zwangerschap maand 1' },
    });
    expect(merged.aanbieders).toEqual([{ naam: 'Veilig Thuis Proefregio' }]); // replaced, not appended
    expect(merged.periode).toEqual({ van: 'zwangerschap maand 1' }); // no "tot" left over from the basis
    expect(merged.themas).toEqual(['veiligheid-en-huiselijk-geweld']);
    expect(merged.meerInformatie).toBe('https://veiligthuis.nl');
    expect(merged.id).toBe('veilig-thuis');
    expect(merged.bijgewerkt).toBe(veiligThuis.bijgewerkt);
    expect(herkomst).toEqual({ id: 'veilig-thuis', aangepast: ['periode', 'aanbieders'] });
    expect(aangepastInWoorden(herkomst)).toBe('periode en aanbieders');
  });

  test('an empty list is a replacement too; id and bijgewerkt are not counted as local changes', () => {
    const { voorziening: merged, herkomst } = mergeBasis(veiligThuis, {
      basis: 'veilig-thuis',
      id: 'veilig-thuis-regio',
      momenten: [],
      bijgewerkt: '2026-11-01',
      kostenToelichting: 'Gratis.',
      toegang: 'Bel ons.',
    });
    expect(merged.momenten).toEqual([]);
    expect(merged.id).toBe('veilig-thuis-regio');
    expect(merged.bijgewerkt).toBe('2026-11-01');
    expect(herkomst.aangepast).toEqual(['momenten', 'kostenToelichting', 'toegang']);
    expect(aangepastInWoorden(herkomst)).toBe('contactmomenten, kosten en toegang');
  });

  test('does not change the basis item (two regions adapt the same one)', () => {
    const copy = structuredClone(veiligThuis);
    mergeBasis(veiligThuis, { basis: 'veilig-thuis', aanbieders: [{ naam: 'X' }] });
    expect(veiligThuis).toEqual(copy);
  });
});

describe('loading a region that uses the landelijke basis', () => {
  test('the merged voorziening is in the model, with what the region changed', () => {
    const dir = maakDatamap({
      ...BASIS,
      ...regioMap('proef', [{ basis: 'veilig-thuis', aanbieders: [{ naam: 'Veilig Thuis Proef' }] }, { basis: 'hielprik' }, voorziening('eigen')]),
    });
    const { regios, fouten } = laadRegios(dir, VANDAAG);
    expect(fouten).toEqual([]);
    const [proef] = regios;
    expect(proef!.voorzieningen.map((v) => v.id)).toEqual(['veilig-thuis', 'hielprik', 'eigen']);
    const vt = proef!.voorzieningen[0]!;
    expect(vt.aanbieders).toEqual([{ naam: 'Veilig Thuis Proef' }]);
    expect(vt.basis).toEqual({ id: 'veilig-thuis', aangepast: ['aanbieders'] });
    expect(vt.kolommen).toEqual({ eerste: 0, laatste: 30 });
    expect(proef!.voorzieningen[1]!.basis).toEqual({ id: 'hielprik', aangepast: [] });
    expect(proef!.voorzieningen[2]!.basis).toBeUndefined();
  });

  test('two regions adapt the same basis voorziening independently', () => {
    const dir = maakDatamap({
      ...BASIS,
      ...regioMap('noord', [{ basis: 'veilig-thuis', aanbieders: [{ naam: 'VT Noord' }] }]),
      ...regioMap('zuid', [{ basis: 'veilig-thuis' }]),
    });
    const { regios } = laadRegios(dir, VANDAAG);
    expect(regios.map((r) => r.voorzieningen[0]!.aanbieders[0]!.naam)).toEqual(['VT Noord', 'Veilig Thuis']);
  });

  test('an unknown basis id is an error with a did-you-mean', () => {
    const dir = maakDatamap({ ...BASIS, ...regioMap('proef', [voorziening('eigen'), { basis: 'veilig-thuiss' }]) });
    expect(laadRegios(dir, VANDAAG).fouten.map(formatFout)).toEqual([
      'proef/voorzieningen.json › voorzieningen[1].basis: de landelijke basis heeft geen voorziening "veilig-thuiss"; bedoel je "veilig-thuis"?',
    ]);
  });

  test('without a close match the error lists the basis ids', () => {
    const dir = maakDatamap({ ...BASIS, ...regioMap('proef', [{ basis: 'consultatiebureau' }]) });
    expect(laadRegios(dir, VANDAAG).fouten.map(formatFout)).toEqual([
      'proef/voorzieningen.json › voorzieningen[0].basis: de landelijke basis heeft geen voorziening "consultatiebureau"; kies een id uit _basis/voorzieningen.json: veilig-thuis, hielprik',
    ]);
  });

  test('without data/_basis a basis item says so', () => {
    const dir = maakDatamap(regioMap('proef', [{ basis: 'veilig-thuis' }]));
    expect(laadRegios(dir, VANDAAG).fouten.map(formatFout)).toEqual([
      'proef/voorzieningen.json › voorzieningen[0].basis: "veilig-thuis" komt uit de landelijke basis, maar data/_basis/voorzieningen.json bestaat niet; maak dat bestand of beschrijf de voorziening hier helemaal',
    ]);
  });

  test('a misspelt override field gets a did-you-mean, and routes to it are not reported twice', () => {
    const dir = maakDatamap({
      ...BASIS,
      ...regioMap('proef', [voorziening('eigen'), { basis: 'veilig-thuis', aanbieder: [{ naam: 'X' }] }], {
        'routes.json': {
          routes: [{ id: 'r', naam: 'R', omschrijving: 'O', stappen: [{ voorziening: 'eigen', moment: 'bevalling', toelichting: 't' }, { voorziening: 'veilig-thuis', moment: 'week 2', toelichting: 't' }] }],
        },
      }),
    });
    expect(laadRegios(dir, VANDAAG).fouten.map(formatFout)).toEqual([
      expect.stringMatching(/^proef\/voorzieningen\.json › voorzieningen\[1\]\.aanbieder: onbekend veld "aanbieder" \(bedoel je "aanbieders"\?\)/),
    ]);
  });

  test('the merged voorziening is checked like any other: a contact moment outside the new periode', () => {
    const dir = maakDatamap({ ...BASIS, ...regioMap('proef', [{ basis: 'veilig-thuis', periode: { van: 'jaar 3', tot: 'jaar 4' } }]) });
    expect(laadRegios(dir, VANDAAG).fouten.map(formatFout)).toEqual([
      'proef/voorzieningen.json › voorzieningen[0].momenten[0]: moment "bevalling" ligt buiten de periode (jaar 3 tot jaar 4); pas het moment of de periode aan',
    ]);
  });

  test('errors in the basis file are reported once, under _basis, and not again by each region', () => {
    const dir = maakDatamap({
      '_basis/voorzieningen.json': { voorzieningen: [voorziening('hielprik', { niveau: 'basis' })] },
      '_basis/extra.json': '{}',
      ...regioMap('noord', [{ basis: 'hielprik' }]),
      ...regioMap('zuid', [{ basis: 'hielprik' }]),
    });
    expect(laadRegios(dir, VANDAAG).fouten.map(formatFout)).toEqual([
      '_basis/extra.json › (hele bestand): onbekend bestand in de landelijke basis; daar hoort alleen voorzieningen.json. Verplaats of verwijder het',
      expect.stringMatching(/^_basis\/voorzieningen\.json › voorzieningen\[0\]\.niveau: onbekende waarde \(kreeg "basis";.*bedoel je "basiszorg"\?\)/),
    ]);
  });

  test('a stale basis voorziening is a warning in the basis file', () => {
    const dir = maakDatamap({
      '_basis/voorzieningen.json': { voorzieningen: [voorziening('hielprik', { bijgewerkt: '2025-01-01' })] },
      ...regioMap('proef', [{ basis: 'hielprik', bijgewerkt: '2026-11-01' }]),
    });
    const { fouten, regios } = laadRegios(dir, VANDAAG);
    expect(fouten.map(formatFout)).toEqual([expect.stringMatching(/^_basis\/voorzieningen\.json › voorzieningen\[0\]\.bijgewerkt: waarschuwing: /)]);
    expect(regios).toHaveLength(1);
  });

  test('laadRegio alone finds the basis in its data folder', () => {
    const dir = maakDatamap({ ...BASIS, ...regioMap('proef', [{ basis: 'hielprik' }]) });
    expect(laadRegio(dir, 'proef', VANDAAG).regio?.voorzieningen[0]?.naam).toBe('Voorziening hielprik');
  });
});

describe('the example data', () => {
  test('kleinstad takes voorzieningen from the landelijke basis and adapts some', () => {
    const { regios, fouten } = laadRegios('data', VANDAAG);
    expect(fouten.filter((f) => f.ernst === 'fout')).toEqual([]);
    const kleinstad = regios.find((r) => r.id === 'kleinstad')!;
    const herkomst = Object.fromEntries(kleinstad.voorzieningen.filter((v) => v.basis).map((v) => [v.id, v.basis!.aangepast]));
    expect(herkomst).toEqual({
      nipt: [],
      'twintig-weken-echo': [],
      hielprik: ['aanbieders'],
      rijksvaccinatieprogramma: ['aanbieders'],
      'veilig-thuis': ['periode', 'aanbieders'],
      thuisarts: [],
    });
    expect(kleinstad.huisstijl?.logo?.alt).toBe('Gemeente Kleinstad');
  });
});
