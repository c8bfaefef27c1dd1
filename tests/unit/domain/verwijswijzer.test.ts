import { describe, expect, test } from 'vitest';
import {
  VEILIG_THUIS,
  isGesteld,
  kostenVoorGezin,
  verwijs,
  vraagUitZoekparameters,
  zoekparametersVan,
  type Vraag,
} from '../../../src/domain/verwijswijzer.ts';
import { route, stap, voorziening } from '../maak.ts';

const VANDAAG = '2026-06-15';
const aanbod = {
  voorzieningen: [
    voorziening({ id: 'voorzorg', naam: 'VoorZorg', niveau: 'extra-steun', periode: { van: 'zwangerschap maand 4', tot: 'jaar 3' }, themas: ['financien-en-schulden', 'veiligheid-en-huiselijk-geweld'], kenmerken: ['vrij-verzekerd'] }),
    voorziening({ id: 'schuldhulp', naam: 'Schuldhulp', niveau: 'steuntje-in-de-rug', periode: { van: 'preconceptie', tot: 'jaar 4' }, themas: ['financien-en-schulden'], kenmerken: ['vrij-verzekerd'] }),
    voorziening({ id: 'budgetcoach', naam: 'Budgetcoach', niveau: 'steuntje-in-de-rug', periode: { van: 'preconceptie', tot: 'jaar 4' }, themas: ['financien-en-schulden'], kenmerken: ['aanvullend-verzekerd'], kostenToelichting: 'Vijf gesprekken.' }),
    voorziening({ id: 'wijkteam', naam: 'Wijkteam', niveau: 'steuntje-in-de-rug', periode: { van: 'preconceptie', tot: 'jaar 4' }, themas: ['financien-en-schulden', 'opvoeding', 'eenzaamheid'], kenmerken: ['vrij-verzekerd'] }),
    voorziening({ id: 'consultatiebureau', naam: 'Consultatiebureau', niveau: 'basiszorg', periode: { van: 'week 1', tot: 'jaar 4' }, themas: ['opvoeding'], kenmerken: ['standaard'] }),
    voorziening({ id: 'geldapp', naam: 'Geldapp', niveau: 'digitale-zorg', periode: { van: 'preconceptie', tot: 'jaar 4' }, themas: ['financien-en-schulden'] }),
    voorziening({ id: 'thuisarts-nl', naam: 'Thuisarts.nl', niveau: 'digitale-zorg', periode: { van: 'preconceptie', tot: 'jaar 4' }, themas: ['gezondheid-en-leefstijl'] }),
    voorziening({ id: 'kraamzorg', naam: 'Kraamzorg', niveau: 'basiszorg', periode: { van: 'bevalling', tot: 'week 2' }, kenmerken: ['eigen-bijdrage'] }),
  ],
  routes: [
    route({ id: 'schulden', naam: 'Zwangere met schulden', niveau: 'steuntje-in-de-rug', themas: ['financien-en-schulden'], stappen: [stap('schuldhulp', 'zwangerschap maand 3'), stap('voorzorg', 'zwangerschap maand 5')] }),
    route({ id: 'opvoeden', naam: 'Opvoedvragen', themas: ['opvoeding'], stappen: [stap('consultatiebureau', 'maand 2'), stap('wijkteam', 'maand 9')] }),
  ],
};
const ask = (vraag: Partial<Vraag>) => verwijs(aanbod, { themas: [], ...vraag }, VANDAAG);
const ids = (treffers: { voorziening: { id: string } }[]) => treffers.map((t) => t.voorziening.id);

describe('verwijs', () => {
  test('van licht naar zwaar: basiszorg, steuntje in de rug, extra steun; digitale zorg apart als tip', () => {
    const antwoord = ask({ themas: ['financien-en-schulden', 'opvoeding'], fase: 'babyfase' });
    expect(antwoord.voorzieningen.map((t) => t.voorziening.niveau)).toEqual(['basiszorg', 'steuntje-in-de-rug', 'steuntje-in-de-rug', 'steuntje-in-de-rug', 'extra-steun']);
    // Within a niveau: more matching themas first (wijkteam has both), then earlier start, then name.
    expect(ids(antwoord.voorzieningen)).toEqual(['consultatiebureau', 'wijkteam', 'budgetcoach', 'schuldhulp', 'voorzorg']);
    expect(antwoord.voorzieningen[1]!.themas).toEqual(['financien-en-schulden', 'opvoeding']);
    expect(ids(antwoord.tips)).toEqual(['geldapp']);
    expect(antwoord.geenTreffers).toBe(false);
  });

  test('alleen voorzieningen die er in de fase zijn', () => {
    expect(ids(ask({ themas: ['financien-en-schulden'], fase: 'preconceptie' }).voorzieningen)).toEqual(['budgetcoach', 'schuldhulp', 'wijkteam']);
    expect(ids(ask({ themas: ['opvoeding'], fase: 'zwangerschap' }).voorzieningen)).toEqual(['wijkteam']);
    // No fase: everything on the thema, whenever it is.
    expect(ids(ask({ themas: ['opvoeding'] }).voorzieningen)).toEqual(['consultatiebureau', 'wijkteam']);
  });

  test('klantroutes op het thema die de fase raken', () => {
    expect(ask({ themas: ['financien-en-schulden'], fase: 'zwangerschap' }).routes.map((r) => r.route.id)).toEqual(['schulden']);
    expect(ask({ themas: ['financien-en-schulden'], fase: 'babyfase' }).routes).toEqual([]);
    expect(ask({ themas: ['financien-en-schulden', 'opvoeding'] }).routes.map((r) => r.route.id)).toEqual(['schulden', 'opvoeden']);
  });

  test('veiligheid in het geding: Veilig Thuis eerst, en het thema veiligheid telt mee', () => {
    const antwoord = ask({ veiligheid: true, themas: ['opvoeding'], fase: 'babyfase' });
    expect(antwoord.eerst[0]).toMatchObject({ id: 'veilig-thuis', telefoon: '0800-2000' });
    expect(antwoord.themas).toEqual(['veiligheid-en-huiselijk-geweld', 'opvoeding']);
    expect(ids(antwoord.voorzieningen)).toContain('voorzorg');
    // Only the thema chosen, without the triage answer: Veilig Thuis still first (advice line for professionals).
    expect(ask({ themas: ['veiligheid-en-huiselijk-geweld'] }).eerst.map((a) => a.id)).toEqual(['veilig-thuis']);
    expect(ask({ veiligheid: false, themas: ['opvoeding'] }).eerst).toEqual([]);
    expect(VEILIG_THUIS.telefoon).toBe('0800-2000');
  });

  test('spoed gaat voor alles; een bekend gezin: eerst overleggen', () => {
    expect(ask({ spoed: true, veiligheid: true, bekend: true, themas: ['opvoeding'] }).eerst.map((a) => a.id)).toEqual(['spoed', 'veilig-thuis', 'al-bekend']);
    expect(ask({ spoed: true, themas: [] }).eerst[0]).toMatchObject({ id: 'spoed', telefoon: '112' });
  });

  test('geen aanvullende verzekering: gemarkeerd als niet vergoed en na de vergoede hulp van hetzelfde niveau', () => {
    const zonder = ask({ themas: ['financien-en-schulden'], fase: 'preconceptie', aanvullend: false });
    expect(ids(zonder.voorzieningen)).toEqual(['schuldhulp', 'wijkteam', 'budgetcoach']);
    expect(zonder.voorzieningen.map((t) => t.nietVergoed)).toEqual([false, false, true]);
    expect(zonder.voorzieningen[2]!.kostenVoorGezin).toEqual([
      'Dit wordt alleen betaald met een aanvullende verzekering. Die hebt u niet. Dan betaalt u het zelf. Vraag vooraf wat het kost.',
      'Vijf gesprekken.',
    ]);
    const met = ask({ themas: ['financien-en-schulden'], fase: 'preconceptie', aanvullend: true });
    expect(met.voorzieningen.every((t) => !t.nietVergoed)).toBe(true);
    const onbekend = ask({ themas: ['financien-en-schulden'], fase: 'preconceptie' });
    expect(onbekend.voorzieningen.every((t) => !t.nietVergoed)).toBe(true);
    expect(onbekend.voorzieningen.find((t) => t.voorziening.id === 'budgetcoach')!.kostenVoorGezin[0]).toMatch(/als u een aanvullende verzekering hebt/);
  });

  test('niets gevonden: zeg het, en wijs naar het wijkteam van de regio (niet naar Thuisarts.nl)', () => {
    const antwoord = ask({ themas: ['verslaving'], fase: 'zwangerschap' });
    expect(antwoord).toMatchObject({ geenTreffers: true, geenVraag: false, voorzieningen: [], tips: [], routes: [] });
    expect(ids(antwoord.vangnet.map((voorziening) => ({ voorziening })))).toEqual(['wijkteam']);
  });

  test('geen thema en geen veiligheidszorg: geen vraag om op te zoeken', () => {
    const antwoord = ask({ fase: 'babyfase' });
    expect(antwoord).toMatchObject({ geenVraag: true, geenTreffers: false, voorzieningen: [] });
  });
});

describe('fase uit een datum', () => {
  test('een geldige datum gaat voor de gekozen fase', () => {
    const antwoord = ask({ themas: ['opvoeding'], fase: 'zwangerschap', geboren: '2026-03-01' });
    expect(antwoord.fase).toEqual({ id: 'babyfase', naam: 'Babyfase', uitleg: 'Het kind is 3 maanden oud.' });
    expect(ids(antwoord.voorzieningen)).toEqual(['consultatiebureau', 'wijkteam']);
  });

  test('een onbruikbare datum: de gekozen fase geldt, met de reden erbij', () => {
    const antwoord = ask({ themas: ['opvoeding'], fase: 'zwangerschap', uitgerekend: '2028-01-01' });
    expect(antwoord.fase).toEqual({ id: 'zwangerschap', naam: 'Zwangerschap' });
    expect(antwoord.datumFout).toMatch(/meer dan 40 weken vooruit/);
    expect(ask({ themas: ['opvoeding'], geboren: '2026-02-30' })).toMatchObject({ datumFout: 'De geboortedatum is geen geldige datum.' });
    expect(ask({ themas: ['opvoeding'], geboren: '2026-02-30' }).fase).toBeUndefined();
  });
});

describe('de vraag in het webadres', () => {
  test('heen en terug geeft dezelfde vraag', () => {
    const vraag: Vraag = { spoed: false, veiligheid: true, themas: ['financien-en-schulden', 'opvoeding'], bekend: true, fase: 'zwangerschap', uitgerekend: '2026-12-01', aanvullend: false };
    const query = zoekparametersVan(vraag);
    expect(query).toBe('spoed=nee&veilig=ja&thema=financien-en-schulden&thema=opvoeding&bekend=ja&fase=zwangerschap&uitgerekend=2026-12-01&aanvullend=nee');
    expect(vraagUitZoekparameters(new URLSearchParams(query))).toEqual(vraag);
  });

  test('onbekende waarden en lege velden (zoals een leeg formulier ze stuurt) worden genegeerd', () => {
    const params = new URLSearchParams('thema=onzin&thema=opvoeding&fase=&veilig=misschien&geboren=&uitgerekend=morgen&aanvullend=onbekend');
    expect(vraagUitZoekparameters(params)).toEqual({ themas: ['opvoeding'] });
    expect(isGesteld(params)).toBe(true);
    expect(isGesteld(new URLSearchParams(''))).toBe(false);
  });
});

describe('kosten in gewone taal', () => {
  test('elk kenmerk een zin; zonder kenmerken: vraag wat het kost', () => {
    expect(kostenVoorGezin({ kenmerken: ['eigen-risico', 'eigen-bijdrage'] })).toEqual([
      'Uw zorgverzekering betaalt dit, maar het gaat van uw eigen risico af. Misschien betaalt u dus een deel zelf.',
      'U betaalt zelf een deel: een eigen bijdrage.',
    ]);
    expect(kostenVoorGezin({ kenmerken: [] })).toEqual(['Vraag vooraf wat het kost.']);
    // The region's own words are enough: no "ask" next to "Gratis.".
    expect(kostenVoorGezin({ kenmerken: [], kostenToelichting: 'Gratis.' })).toEqual(['Gratis.']);
  });
});

describe('waar het gezin woont, en wat er nu is (issue 15)', () => {
  const GEMEENTEN = ['Heerlen', 'Kerkrade', 'Sittard-Geleen'];
  const heerlen = { naam: 'Wijkcentrum Zuid', adres: 'Akerstraat 1', postcode: '6411 AB', plaats: 'Heerlen' };
  const hoensbroek = { adres: 'Kouvenderstraat 2', postcode: '6431 HA', plaats: 'Hoensbroek', gemeente: 'Heerlen' };
  const sittard = { adres: 'Markt 3', postcode: '6131 EK', plaats: 'Sittard', gemeente: 'Sittard-Geleen' };
  const regio = {
    gemeenten: GEMEENTEN,
    voorzieningen: [
      voorziening({ id: 'schuldhulp', naam: 'Schuldhulp', niveau: 'steuntje-in-de-rug', periode: { van: 'preconceptie', tot: 'jaar 4' }, themas: ['financien-en-schulden'] }),
      voorziening({
        id: 'babystartpakket', naam: 'Babystartpakket', niveau: 'steuntje-in-de-rug', periode: { van: 'zwangerschap maand 6', tot: 'maand 3' },
        themas: ['financien-en-schulden'], gemeenten: ['Sittard-Geleen', 'Heerlen'], locaties: [heerlen, sittard, hoensbroek],
      }),
      voorziening({
        id: 'kraamzorg-zonder-eigen-bijdrage', naam: 'Kraamzorg zonder eigen bijdrage', niveau: 'basiszorg', periode: { van: 'bevalling', tot: 'week 2' },
        themas: ['financien-en-schulden'], gemeenten: ['Heerlen', 'Kerkrade'], beschikbaar: { van: '2025-01-01', tot: '2026-06-30' },
      }),
      voorziening({ id: 'wijkteam', naam: 'Wijkteam Heerlen', niveau: 'steuntje-in-de-rug', periode: { van: 'preconceptie', tot: 'jaar 4' }, gemeenten: ['Heerlen'], aanbieders: [{ naam: 'Wijkteam', telefoon: '045 000 00 00' }] }),
    ],
    routes: [
      route({ id: 'startpakket', naam: 'Zwanger met een laag inkomen', themas: ['financien-en-schulden'], stappen: [stap('schuldhulp', 'zwangerschap maand 5'), stap('babystartpakket', 'zwangerschap maand 7')] }),
      route({ id: 'kraam', naam: 'Kraamtijd zonder geld', themas: ['financien-en-schulden'], stappen: [stap('schuldhulp', 'zwangerschap maand 5'), stap('kraamzorg-zonder-eigen-bijdrage', 'bevalling')] }),
    ],
  };
  const vraag = (extra: Partial<Vraag> = {}, vandaag = '2026-11-22') => verwijs(regio, { themas: ['financien-en-schulden'], ...extra }, vandaag);

  test('zonder gemeente: alles wat er nu is, met "alleen in …" bij wat in een deel van de regio is', () => {
    const antwoord = vraag();
    expect(ids(antwoord.voorzieningen)).toEqual(['schuldhulp', 'babystartpakket']);
    expect(antwoord.voorzieningen.map((t) => t.alleenIn)).toEqual([undefined, ['Heerlen', 'Sittard-Geleen']]);
    expect(antwoord.voorzieningen[1]!.locaties).toEqual([heerlen, sittard, hoensbroek]);
    expect(antwoord.routes.map((r) => [r.route.id, r.alleenIn])).toEqual([['startpakket', ['Heerlen', 'Sittard-Geleen']]]);
    expect(antwoord.elders).toBe(0);
    expect(antwoord.gemeente).toBeUndefined();
  });

  test('een pilot die voorbij is, wordt niet voorgesteld, en een route erlangs ook niet; toen hij liep wel', () => {
    expect(ids(vraag().voorzieningen)).not.toContain('kraamzorg-zonder-eigen-bijdrage');
    const toen = vraag({}, '2026-06-30');
    expect(ids(toen.voorzieningen)).toContain('kraamzorg-zonder-eigen-bijdrage');
    expect(toen.routes.map((r) => r.route.id)).toEqual(['kraam', 'startpakket']);
  });

  test('met gemeente: wat daar niet is, valt weg (en wordt geteld); de adressen in die gemeente', () => {
    const kerkrade = vraag({ gemeente: 'kerkrade' });
    expect(kerkrade.gemeente).toEqual({ sleutel: 'kerkrade', naam: 'Kerkrade' });
    expect(ids(kerkrade.voorzieningen)).toEqual(['schuldhulp']);
    expect(kerkrade.elders).toBe(1);
    expect(kerkrade.routes).toEqual([]);

    const heerlenAntwoord = vraag({ gemeente: 'heerlen' });
    expect(ids(heerlenAntwoord.voorzieningen)).toEqual(['schuldhulp', 'babystartpakket']);
    expect(heerlenAntwoord.voorzieningen[1]!.alleenIn).toBeUndefined();
    expect(heerlenAntwoord.voorzieningen[1]!.locaties).toEqual([heerlen, hoensbroek]);
    expect(heerlenAntwoord.routes.map((r) => [r.route.id, r.alleenIn])).toEqual([['startpakket', undefined]]);
    expect(vraag({ gemeente: 'sittard-geleen' }).voorzieningen[1]!.locaties).toEqual([sittard]);
  });

  test('het vangnet (wijkteam, huisarts) komt ook alleen uit de eigen gemeente', () => {
    expect(verwijs(regio, { themas: ['verslaving'], gemeente: 'heerlen' }, '2026-11-22').vangnet.map((v) => v.id)).toEqual(['wijkteam']);
    expect(verwijs(regio, { themas: ['verslaving'], gemeente: 'kerkrade' }, '2026-11-22').vangnet).toEqual([]);
  });

  test('een gemeente die de regio niet heeft: gezocht in de hele regio, en dat wordt gezegd', () => {
    const antwoord = vraag({ gemeente: 'maastricht' });
    expect(antwoord.gemeente).toBeUndefined();
    expect(antwoord.gemeenteOnbekend).toBe('maastricht');
    expect(ids(antwoord.voorzieningen)).toEqual(['schuldhulp', 'babystartpakket']);
  });

  test('gemeente in het webadres: na de fase en de datums, vóór aanvullend; alleen kebab-case', () => {
    const params = new URLSearchParams('?thema=financien-en-schulden&fase=zwangerschap&gemeente=kerkrade');
    expect(isGesteld(new URLSearchParams('?gemeente=kerkrade'))).toBe(true);
    const gelezen = vraagUitZoekparameters(params);
    expect(gelezen.gemeente).toBe('kerkrade');
    expect(zoekparametersVan(gelezen)).toBe('thema=financien-en-schulden&fase=zwangerschap&gemeente=kerkrade');
    expect(zoekparametersVan({ themas: [], fase: 'babyfase', geboren: '2026-01-01', gemeente: 'sittard-geleen', aanvullend: false })).toBe(
      'fase=babyfase&geboren=2026-01-01&gemeente=sittard-geleen&aanvullend=nee',
    );
    expect(vraagUitZoekparameters(new URLSearchParams('?gemeente=Sittard Geleen')).gemeente).toBeUndefined();
    expect(vraagUitZoekparameters(new URLSearchParams('?gemeente=<b>')).gemeente).toBeUndefined();
  });
});
