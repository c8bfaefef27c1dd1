/** CSV export and import: the round trip, Excel's habits (BOM, `;`, quotes, dd-mm-jjjj) and errors by row and column. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CSV_KOLOMMEN, csvVeld, locatiesNaarCsv, voorzieningenNaarCsv, csvRegel, LOCATIE_KOLOMMEN } from '../../../../src/domain/export/csv.ts';
import { voorzieningZonderAfgeleiden } from '../../../../src/domain/export/json.ts';
import { datumUitNl, decodeerCsv, formatCsvFout, leesCsv, lijstUitCel, locatiesUitCsv, voegLocatiesToe, voorzieningenUitCsv, gemeentenUitCel } from '../../../../src/domain/import/csv.ts';
import { proefregio } from '../../maak.ts';
import type { Voorziening } from '../../../../src/domain/schema/voorziening.ts';

const regio = proefregio();
const KOP = CSV_KOLOMMEN.map((k) => k.kop).join(';');
/** A valid row in template order; tests change one cell at a time. */
const GELDIG = {
  id: 'kraamzorg',
  naam: 'Kraamzorg',
  omschrijving: 'Hulp thuis.',
  niveau: 'basiszorg',
  'periode.van': 'bevalling',
  'periode.tot': 'week 2',
  momenten: '',
  kenmerken: 'eigen-bijdrage',
  kostenToelichting: '',
  'aanbieders.naam': 'Kraamzorg De Wieg',
  'aanbieders.website': 'https://dewieg.example.nl',
  'aanbieders.telefoon': '',
  'aanbieders.email': '',
  toegang: 'Zelf aanmelden.',
  aanmelding: '',
  voorWie: '',
  voorwaarden: '',
  gemeenten: '',
  'beschikbaar.van': '',
  'beschikbaar.tot': '',
  themas: '',
  meerInformatie: '',
  bijgewerkt: '01-09-2026',
};
function rij(wijziging: Partial<typeof GELDIG> = {}): string {
  return CSV_KOLOMMEN.map((k) => csvVeld({ ...GELDIG, ...wijziging }[k.kop as keyof typeof GELDIG])).join(';');
}
const bestand = (...rijen: string[]) => `\uFEFF${KOP}\r\n${rijen.join('\r\n')}\r\n`;
const meldingen = (tekst: string) => voorzieningenUitCsv(tekst).fouten.map(formatCsvFout);

describe('export → import', () => {
  test('geeft precies dezelfde voorzieningen terug, ook met ; " | = + en regeleinden in de tekst (met locaties.csv erbij)', () => {
    const csv = voorzieningenNaarCsv(regio.voorzieningen);
    const terug = voorzieningenUitCsv(csv);
    expect(terug.fouten).toEqual([]);
    const locaties = locatiesUitCsv(locatiesNaarCsv(regio.voorzieningen));
    expect(locaties.fouten).toEqual([]);
    const samen = voegLocatiesToe(terug.voorzieningen, locaties.rijen);
    expect(samen.fouten).toEqual([]);
    expect(samen.voorzieningen).toEqual(regio.voorzieningen.map(voorzieningZonderAfgeleiden));
    // In the same key order as the data, so JSON.stringify agrees too.
    expect(JSON.stringify(samen.voorzieningen)).toBe(JSON.stringify(regio.voorzieningen.map(voorzieningZonderAfgeleiden)));
    // The fixture really contains the hard cases, or this test proves nothing.
    const tekst = JSON.stringify(regio.voorzieningen);
    for (const lastig of [';', '\\"', '\\n', ' | ', '"=', '"+31']) expect(tekst).toContain(lastig);
  });

  test('schrijft zoals Excel: BOM, ; als scheiding, CRLF, Nederlandse datum, één rij per voorziening', () => {
    const csv = voorzieningenNaarCsv(regio.voorzieningen);
    expect(csv.startsWith('\uFEFFid;naam;omschrijving;niveau;periode.van;')).toBe(true);
    const { records } = leesCsv(csv.slice(1));
    expect(records).toHaveLength(regio.voorzieningen.length + 1);
    expect(csv).toContain(';15-09-2026\r\n');
    expect(csv.match(/\r\n/g)!.length).toBe(regio.voorzieningen.length + 1);
  });

  test('zet een apostrof voor een cel die een formule zou zijn, en de import haalt hem weer weg', () => {
    expect(csvVeld('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvVeld('+31 6 1234 5678')).toBe("'+31 6 1234 5678");
    expect(csvVeld("'=al beveiligd")).toBe("''=al beveiligd");
    expect(csvVeld('gewoon')).toBe('gewoon');
    const csv = bestand(rij({ omschrijving: '=1+1', 'aanbieders.telefoon': '+31 6 1234 5678' }));
    expect(csv).toContain(";'=1+1;");
    const terug = voorzieningenUitCsv(csv);
    expect(terug.fouten).toEqual([]);
    expect(terug.voorzieningen[0]!.omschrijving).toBe('=1+1');
    expect(terug.voorzieningen[0]!.aanbieders[0]!.telefoon).toBe('+31 6 1234 5678');
  });

  test('het sjabloon docs/sjabloon-voorzieningen.csv heeft de kolommen van de export en één geldige voorbeeldrij', () => {
    const sjabloon = readFileSync('docs/sjabloon-voorzieningen.csv', 'utf8');
    expect(sjabloon.startsWith(`\uFEFF${KOP}\r\n`)).toBe(true);
    const { voorzieningen, fouten } = voorzieningenUitCsv(sjabloon);
    expect(fouten).toEqual([]);
    expect(voorzieningen).toHaveLength(1);
    expect(voorzieningen[0]!.aanbieders).toEqual([
      { naam: 'Kraamzorg De Wieg', website: 'https://kraamzorg.example.nl', telefoon: '088 123 45 67' },
      { naam: 'Kraamzorg Het Nest', email: 'info@hetnest.example.nl' },
    ]);
  });
});

describe('lezen van CSV', () => {
  test('met of zonder BOM, met LF of CRLF', () => {
    const metBom = voorzieningenUitCsv(bestand(rij()));
    const zonder = voorzieningenUitCsv(`${KOP}\n${rij()}\n`);
    expect(metBom.fouten).toEqual([]);
    expect(zonder.voorzieningen).toEqual(metBom.voorzieningen);
    expect(metBom.voorzieningen[0]!.id).toBe('kraamzorg');
  });

  test('cellen tussen aanhalingstekens mogen ; regeleinden en "" bevatten; rijnummers tellen rijen, geen regels', () => {
    const { records, fouten } = leesCsv('a;b\r\n"een; twee";"regel 1\r\nregel 2 met ""citaat"""\r\nx;y\r\n');
    expect(fouten).toEqual([]);
    expect(records).toEqual([
      { rij: 1, velden: ['a', 'b'] },
      { rij: 2, velden: ['een; twee', 'regel 1\nregel 2 met "citaat"'] },
      { rij: 3, velden: ['x', 'y'] },
    ]);
  });

  test('een bestand met , als scheiding (Engelse Excel) wordt ook gelezen', () => {
    const komma = `${KOP.replaceAll(';', ',')}\n${CSV_KOLOMMEN.map((k) => {
      const waarde = GELDIG[k.kop as keyof typeof GELDIG];
      return waarde.includes(',') ? `"${waarde}"` : waarde;
    }).join(',')}\n`;
    expect(voorzieningenUitCsv(komma).voorzieningen.map((v) => v.id)).toEqual(['kraamzorg']);
  });

  test('lege rijen aan het eind (zoals Excel ze bewaart) tellen niet mee', () => {
    const { voorzieningen, fouten } = voorzieningenUitCsv(bestand(rij(), ';;;;;;;;;;;;;;;;;;', ''));
    expect(fouten).toEqual([]);
    expect(voorzieningen).toHaveLength(1);
  });

  test('Nederlandse datums worden JJJJ-MM-DD', () => {
    expect(datumUitNl('01-09-2026')).toBe('2026-09-01');
    expect(datumUitNl('1-9-2026')).toBe('2026-09-01');
    expect(datumUitNl('01/09/2026')).toBe('2026-09-01');
    expect(datumUitNl('1.9.2026')).toBe('2026-09-01');
    expect(datumUitNl('2026-09-01')).toBe('2026-09-01');
    expect(voorzieningenUitCsv(bestand(rij({ bijgewerkt: '3-2-2026' }))).voorzieningen[0]!.bijgewerkt).toBe('2026-02-03');
  });

  test('lijsten: | scheidt, spaties eromheen tellen niet, \\| is een | in de naam', () => {
    expect(lijstUitCel('zelf | verwijzing')).toEqual(['zelf', 'verwijzing']);
    expect(lijstUitCel('GGD \\| JGZ | Wijkteam')).toEqual(['GGD | JGZ', 'Wijkteam']);
    expect(lijstUitCel('')).toEqual([]);
  });

  test('aanbieders: naam, website, telefoon en e-mail staan op dezelfde plek in hun lijst', () => {
    const { voorzieningen, fouten } = voorzieningenUitCsv(
      bestand(rij({ 'aanbieders.naam': 'A | B | C', 'aanbieders.website': ' | https://b.example.nl', 'aanbieders.email': 'a@example.nl | | c@example.nl' })),
    );
    expect(fouten).toEqual([]);
    expect(voorzieningen[0]!.aanbieders).toEqual([
      { naam: 'A', email: 'a@example.nl' },
      { naam: 'B', website: 'https://b.example.nl' },
      { naam: 'C', email: 'c@example.nl' },
    ]);
  });

  test('een bestand in Windows-1252 (Excel "CSV") wordt gelezen, met een waarschuwing', () => {
    const bytes = new Uint8Array([0x63, 0x72, 0xe8, 0x63, 0x68, 0x65]); // "crèche" in Windows-1252
    expect(decodeerCsv(bytes)).toEqual({ tekst: 'crèche', waarschuwing: expect.stringContaining('CSV UTF-8') });
    expect(decodeerCsv(new TextEncoder().encode('crèche'))).toEqual({ tekst: 'crèche' });
  });
});

describe('een kapotte CSV noemt rij en kolom', () => {
  test('een onbekend niveau, een kapotte datum en een onbekend kenmerk, elk op hun eigen rij', () => {
    expect(
      meldingen(
        bestand(
          rij(),
          rij({ id: 'cb', niveau: 'basizorg' }),
          rij({ id: 'hs', bijgewerkt: '31-02-2026' }),
          rij({ id: 'x', kenmerken: 'eigen-bijdrage, standaard', bijgewerkt: 'gisteren' }),
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        "rij 3, kolom 'niveau': onbekende waarde (kreeg "basizorg"; toegestaan: "basiszorg", "steuntje-in-de-rug", "extra-steun", "digitale-zorg"; bedoel je "basiszorg"?)",
        "rij 4, kolom 'bijgewerkt': is geen bestaande datum (kreeg "31-02-2026")",
        "rij 5, kolom 'kenmerken': onbekende waarde (kreeg "eigen-bijdrage, standaard"; toegestaan: "eigen-risico", "eigen-bijdrage", "aanvullend-verzekerd", "vrij-verzekerd", "standaard", "sociaal-netwerk")",
        "rij 5, kolom 'bijgewerkt': moet een datum zijn als dd-mm-jjjj, zoals 01-09-2026 (kreeg "gisteren")",
      ]
    `);
  });

  test('een lege verplichte cel, een periode achterstevoren en een tweede keer hetzelfde id', () => {
    expect(meldingen(bestand(rij(), rij({ toegang: '' }), rij({ id: 'b', 'periode.van': 'week 2', 'periode.tot': 'bevalling' }), rij()))).toMatchInlineSnapshot(`
      [
        "rij 3, kolom 'toegang': ontbreekt; dit veld is verplicht (verwacht: tekst)",
        "rij 4, kolom 'periode.tot': "tot" ligt vóór "van" (kreeg van "week 2", tot "bevalling"); draai ze om of pas er één aan",
        "rij 5, kolom 'id': id "kraamzorg" staat ook in rij 2; geef elke voorziening een eigen id",
      ]
    `);
  });

  test('te veel cellen, een aanhalingsteken dat niet sluit, tekst na een aanhalingsteken', () => {
    expect(meldingen(bestand(rij(), `${rij({ id: 'b' })};extra`))).toEqual([
      "rij 3: 24 cellen, maar de kopregel heeft 23 kolommen; staat er ergens een ; te veel, of een cel zonder aanhalingstekens om een ;?",
    ]);
    expect(meldingen(bestand(rij(), rij({ id: 'b' }).replace('Hulp thuis.', '"Hulp thuis.')))[0]).toBe(
      'rij 3: een aanhalingsteken (") wordt geopend maar nergens gesloten; de rest van het bestand is daardoor één cel. Sluit de cel af met "',
    );
    expect(meldingen(bestand(rij({ naam: 'x' }).replace(';x;', ';"Kraam"zorg;')))[0]).toBe(
      `rij 2, kolom 'naam': na het afsluitende aanhalingsteken staat nog tekst; zet de hele cel tussen aanhalingstekens en schrijf een " in de tekst als ""`,
    );
  });

  test('een kopregel met een tikfout of zonder verplichte kolom', () => {
    const kop = KOP.replace('niveau', 'nivau').replace(';toegang', '');
    expect(meldingen(`${kop}\n`)).toEqual([
      `rij 1, kolom 'nivau': onbekende kolom; bedoel je 'niveau'? Toegestaan: ${CSV_KOLOMMEN.map((k) => k.kop).join(', ')}`,
      "rij 1, kolom 'niveau': deze kolom ontbreekt in de kopregel; elke voorziening heeft haar nodig. Begin met docs/sjabloon-voorzieningen.csv",
      "rij 1, kolom 'toegang': deze kolom ontbreekt in de kopregel; elke voorziening heeft haar nodig. Begin met docs/sjabloon-voorzieningen.csv",
    ]);
  });

  test('meer websites dan aanbieders, en een fout e-mailadres in een lijst', () => {
    expect(meldingen(bestand(rij({ 'aanbieders.website': 'https://a.example.nl | https://b.example.nl', 'aanbieders.email': 'geen-adres' })))).toEqual([
      "rij 2, kolom 'aanbieders.website': 2 waarden, maar 'aanbieders.naam' noemt 1 aanbieder; zet de waarden in dezelfde volgorde als de namen, gescheiden door | (een lege plek mag)",
      `rij 2, kolom 'aanbieders.email': is geen geldig e-mailadres (kreeg "geen-adres")`,
    ]);
  });

  test('een leeg bestand', () => {
    expect(meldingen('\uFEFF')).toEqual(['het bestand is leeg; de eerste rij moet de kolomnamen bevatten, zoals in docs/sjabloon-voorzieningen.csv']);
  });
});

// The new fields of issue 15 in the spreadsheet: gemeenten, voorwaarden, beschikbaar, and locaties.csv.
describe('gemeenten en beschikbaarheid (issue 15)', () => {
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
});
