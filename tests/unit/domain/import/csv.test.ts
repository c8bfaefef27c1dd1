/** The new fields of issue 15 in the spreadsheet: gemeenten, voorwaarden, beschikbaar, and locaties.csv. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CSV_KOLOMMEN, csvRegel, LOCATIE_KOLOMMEN, locatiesNaarCsv, voorzieningenNaarCsv } from '../../../../src/domain/export/csv.ts';
import { formatCsvFout, gemeentenUitCel, locatiesUitCsv, voegLocatiesToe, voorzieningenUitCsv } from '../../../../src/domain/import/csv.ts';
import type { Voorziening } from '../../../../src/domain/schema/voorziening.ts';

const BASIS: Voorziening = {
  id: 'babystartpakket',
  naam: 'Babystartpakket',
  omschrijving: 'Spullen voor de baby.',
  niveau: 'steuntje-in-de-rug',
  periode: { van: 'zwangerschap maand 6', tot: 'maand 3' },
  kenmerken: [],
  aanbieders: [{ naam: 'Stichting Goed Begin' }],
  toegang: 'Via het Geldloket.',
  bijgewerkt: '2026-10-12',
};
const MET_ALLES: Voorziening = {
  ...BASIS,
  voorwaarden: 'Inkomen tot 120% van het sociaal minimum.',
  gemeenten: ['Heerlen', 'Sittard-Geleen'],
  beschikbaar: { van: '2025-01-01', tot: '2026-06-30' },
};
const cel = (csv: string, kop: string) => {
  const [koppen, rij] = csv.slice(1).split('\r\n').map((r) => r.split(';'));
  return rij![koppen!.indexOf(kop)];
};
const locatiesBestand = (...rijen: string[][]) => `\uFEFF${csvRegel(LOCATIE_KOLOMMEN.map((k) => k.kop))}\r\n${rijen.map(csvRegel).join('\r\n')}\r\n`;
const adres = ['babystartpakket', '', 'Akerstraat 1', '6411 AB', 'Heerlen', '', 'wo 14.00–17.00 uur', ''];

describe('voorzieningen.csv: gemeenten, voorwaarden, beschikbaar', () => {
  test('gemeenten als "Heerlen; Sittard-Geleen" (een cel tussen aanhalingstekens), datums als dd-mm-jjjj', () => {
    const csv = voorzieningenNaarCsv([MET_ALLES]);
    expect(CSV_KOLOMMEN.map((k) => k.kop)).toEqual(expect.arrayContaining(['voorwaarden', 'gemeenten', 'beschikbaar.van', 'beschikbaar.tot']));
    expect(csv).toContain(';"Heerlen; Sittard-Geleen";01-01-2025;30-06-2026;');
    expect(voorzieningenUitCsv(csv)).toMatchObject({ fouten: [], voorzieningen: [MET_ALLES] });
  });

  test('zonder de nieuwe velden: lege cellen, en de import laat ze weg', () => {
    const csv = voorzieningenNaarCsv([BASIS]);
    expect(cel(csv, 'gemeenten')).toBe('');
    expect(voorzieningenUitCsv(csv).voorzieningen).toEqual([BASIS]);
  });

  test('de import leest gemeenten ook met | en met spaties eromheen', () => {
    expect(gemeentenUitCel(' Heerlen |Sittard-Geleen ')).toEqual(['Heerlen', 'Sittard-Geleen']);
    expect(gemeentenUitCel('Heerlen;Kerkrade; ')).toEqual(['Heerlen', 'Kerkrade']);
    expect(gemeentenUitCel('')).toEqual([]);
  });

  test('een fout in een beschikbaar-datum noemt de kolom en de vorm van de spreadsheet', () => {
    const csv = voorzieningenNaarCsv([MET_ALLES]).replace('30-06-2026', 'eind juni');
    expect(voorzieningenUitCsv(csv).fouten.map(formatCsvFout)).toEqual([
      `rij 2, kolom 'beschikbaar.tot': moet een datum zijn als dd-mm-jjjj, zoals 01-09-2026 (kreeg "eind juni")`,
    ]);
    const omgekeerd = voorzieningenNaarCsv([{ ...MET_ALLES, beschikbaar: { van: '2026-06-30', tot: '2025-01-01' } }]);
    expect(voorzieningenUitCsv(omgekeerd).fouten.map(formatCsvFout)[0]).toMatch(/^rij 2, kolom 'beschikbaar.tot': "tot" ligt vóór "van"/);
  });
});

describe('locaties.csv', () => {
  test('één rij per adres, het id van de voorziening voorop; terug gelezen in dezelfde volgorde', () => {
    const locaties = [
      { naam: 'Geldloket; ingang B', adres: 'Akerstraat 1', postcode: '6411 AB', plaats: 'Heerlen', openingstijden: 'di\nvr' },
      { adres: 'Markt 3', postcode: '6131 EK', plaats: 'Sittard', gemeente: 'Sittard-Geleen', toelichting: '=op afspraak' },
    ];
    const csv = locatiesNaarCsv([{ ...BASIS, locaties }, { ...BASIS, id: 'zonder' }]);
    expect(csv.startsWith('\uFEFFvoorziening;naam;adres;postcode;plaats;gemeente;openingstijden;toelichting\r\n')).toBe(true);
    expect(csv).toContain(";'=op afspraak\r\n");
    const { rijen, fouten } = locatiesUitCsv(csv);
    expect(fouten).toEqual([]);
    expect(rijen.map((r) => [r.voorziening, r.rij])).toEqual([['babystartpakket', 2], ['babystartpakket', 3]]);
    expect(voegLocatiesToe([BASIS, { ...BASIS, id: 'zonder' }], rijen).voorzieningen).toEqual([{ ...BASIS, locaties }, { ...BASIS, id: 'zonder' }]);
  });

  test('een fout adres: rij, kolom en wat er staat', () => {
    const csv = locatiesBestand(adres, [...adres.slice(0, 3), '6411ab', ...adres.slice(4)], [...adres.slice(0, 2), '', ...adres.slice(3)]);
    expect(locatiesUitCsv(csv).fouten.map(formatCsvFout)).toEqual([
      `rij 3, kolom 'postcode': schrijf de postcode als "6411 AB": vier cijfers, een spatie en twee hoofdletters (kreeg "6411ab")`,
      "rij 4, kolom 'adres': ontbreekt; dit veld is verplicht (verwacht: tekst)",
    ]);
  });

  test('een onbekende voorziening krijgt een suggestie; een lege cel zegt wat erin hoort', () => {
    const { rijen, fouten } = locatiesUitCsv(locatiesBestand(['babystartpaket', ...adres.slice(1)], ['', ...adres.slice(1)]));
    expect(fouten.map(formatCsvFout)).toEqual(["rij 3, kolom 'voorziening': mag niet leeg zijn: zet het id van de voorziening (uit de kolom 'id' van voorzieningen.csv) in deze cel"]);
    expect(voegLocatiesToe([BASIS], rijen).fouten.map(formatCsvFout)).toEqual([
      `rij 2, kolom 'voorziening': voorziening "babystartpaket" staat niet in voorzieningen.csv; bedoel je "babystartpakket"?`,
    ]);
  });

  test('kopregel: een tikfout en een ontbrekende verplichte kolom', () => {
    const kop = 'voorziening;adress;postcode;plaats\r\n';
    expect(locatiesUitCsv(kop).fouten.map(formatCsvFout)).toEqual([
      "rij 1, kolom 'adress': onbekende kolom; bedoel je 'adres'? Toegestaan: voorziening, naam, adres, postcode, plaats, gemeente, openingstijden, toelichting",
      "rij 1, kolom 'adres': deze kolom ontbreekt in de kopregel; elke locatie heeft haar nodig. Begin met docs/sjabloon-locaties.csv",
    ]);
    expect(locatiesUitCsv('').fouten.map(formatCsvFout)[0]).toMatch(/^het bestand is leeg/);
  });

  test('het sjabloon docs/sjabloon-locaties.csv heeft de kolommen van de export en één geldige rij', () => {
    const sjabloon = readFileSync('docs/sjabloon-locaties.csv', 'utf8');
    expect(sjabloon.startsWith(`\uFEFF${LOCATIE_KOLOMMEN.map((k) => k.kop).join(';')}\r\n`)).toBe(true);
    const { rijen, fouten } = locatiesUitCsv(sjabloon);
    expect(fouten).toEqual([]);
    expect(rijen.map((r) => r.voorziening)).toEqual(['kraamzorg']);
  });
});
