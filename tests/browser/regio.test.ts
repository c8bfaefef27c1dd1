/**
 * Issue 15 as a professional meets it: the verwijswijzer asks where the family lives (with and without JavaScript),
 * the voorziening page says where to go and until when, and the analyse page counts per gemeente. The expected
 * answers come from the domain functions on the same data; every page is checked with axe and for requests that
 * leave this machine (the map links to OpenStreetMap are plain links: nothing may be loaded from there).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { analyseer } from '../../src/domain/analyse.ts';
import { beschikbaarheid, datumInWoorden, isoDatum } from '../../src/domain/beschikbaar.ts';
import { datumVan } from '../../src/domain/fase-van-datum.ts';
import { adresRegel, alleenIn, gemeenteSleutel, locatiesVoor, opsomming, routeGemeenten } from '../../src/domain/gemeente.ts';
import { laadRegios } from '../../src/io/data.ts';
import { verwijs, zoekparametersVan, type Vraag } from '../../src/domain/verwijswijzer.ts';
import { kleurenUitThema } from '../../src/domain/thema.ts';
import { leesThemaPakket } from '../../src/io/thema.ts';
import { baseUrl, launch, open } from './browser.ts';
import { schoon } from './schoon.ts';

const { regios } = laadRegios(process.env.ROUTEKAART_DATA ?? 'data');
const regio = regios.find((r) => r.id === 'voorbeeldregio')!;
const GEMEENTEN = regio.regio.gemeenten;
const aanbod = { voorzieningen: regio.voorzieningen, routes: regio.routes, gemeenten: GEMEENTEN };
const VANDAAG = datumVan(new Date());
const PAD = '/voorbeeldregio/verwijswijzer/';
const byId = new Map(regio.voorzieningen.map((v) => [v.id, v]));
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The example region has what this test needs: a voorziening in part of the region with addresses, and an ended pilot. */
const BEPERKT = regio.voorzieningen.find((v) => v.themas?.includes('financien-en-schulden') && alleenIn(v, GEMEENTEN) && v.locaties?.length)!;
const ELDERS = GEMEENTEN.find((g) => !BEPERKT.gemeenten!.includes(g))!;
const HIER = BEPERKT.gemeenten![BEPERKT.gemeenten!.length - 1]!;
const VOORBIJ = regio.voorzieningen.find((v) => beschikbaarheid(v, VANDAAG).stand === 'voorbij')!;

const treffers = (page: Page) => page.locator('.antwoord .niveau-groep .treffer').evaluateAll((els) => els.map((el) => el.getAttribute('data-voorziening')));

test('de voorbeeldregio heeft een voorziening in een deel van de regio met adressen, en een afgelopen pilot', () => {
  expect(BEPERKT, 'een voorziening bij financiën en schulden met gemeenten en locaties').toBeDefined();
  expect(VOORBIJ, 'een voorziening waarvan beschikbaar.tot voorbij is').toBeDefined();
  expect(GEMEENTEN.length).toBeGreaterThan(1);
});

describe('verwijswijzer: in welke gemeente woont het gezin?', () => {
  test('met JavaScript: kies de gemeente, het adres draagt gemeente=<kebab>, wat daar niet is valt weg, de adressen daar', async () => {
    const visit = await open(browser, PAD);
    const { page } = visit;
    await page.locator(`input[name="thema"][value="financien-en-schulden"]`).check();
    await page.locator('select[name="fase"]').selectOption('zwangerschap');
    const keuze = page.locator('select[name="gemeente"]');
    expect(await page.getByLabel(/^Gemeente/).getAttribute('name')).toBe('gemeente');
    expect(await page.locator('legend', { hasText: 'In welke gemeente woont het gezin?' }).count()).toBe(1);
    // Alphabetical, the value as the URL carries it.
    expect(await keuze.locator('option').evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value))).toEqual([
      '',
      ...[...GEMEENTEN].sort(new Intl.Collator('nl').compare).map(gemeenteSleutel),
    ]);
    await keuze.selectOption(gemeenteSleutel(ELDERS));
    await page.getByRole('button', { name: 'Toon passende hulp' }).click();

    const vraag: Vraag = { themas: ['financien-en-schulden'], fase: 'zwangerschap', gemeente: gemeenteSleutel(ELDERS) };
    await page.waitForURL(`**${PAD}?${zoekparametersVan(vraag)}#antwoord`);
    expect(page.url()).toContain(`&gemeente=${gemeenteSleutel(ELDERS)}`);
    const antwoord = verwijs(aanbod, vraag, VANDAAG);
    await page.locator('.antwoord').waitFor();
    expect(await treffers(page)).toEqual(antwoord.voorzieningen.map((t) => t.voorziening.id));
    expect(await treffers(page)).not.toContain(BEPERKT.id);
    expect(antwoord.elders).toBeGreaterThan(0);
    expect(await page.locator('.elders').innerText()).toContain(`niet in ${ELDERS} te krijgen`);
    expect(await page.locator('.samenvatting').innerText()).toContain(`gemeente ${ELDERS}`);
    // Chosen gemeente: no "alleen in"; the addresses are those in the family's gemeente.
    expect(await page.locator('.antwoord .alleen-in').count()).toBe(0);
    for (const t of antwoord.voorzieningen.filter((x) => x.locaties.length)) {
      const postcodes = await page.locator(`.treffer[data-voorziening="${t.voorziening.id}"] .locatie`).evaluateAll((els) => els.map((el) => el.getAttribute('data-postcode')));
      expect(postcodes).toEqual(t.locaties.map((l) => l.postcode));
    }
    expect(await page.locator('select[name="gemeente"]').inputValue()).toBe(gemeenteSleutel(ELDERS));
    await schoon(browser, visit);
    await visit.context.close();
  });

  test('met JavaScript, gemeente waar de voorziening wel is: erbij, met de adressen daar, ook op het blad voor het gezin', async () => {
    const vraag: Vraag = { themas: ['financien-en-schulden'], gemeente: gemeenteSleutel(HIER) };
    const visit = await open(browser, `${PAD}?${zoekparametersVan(vraag)}`);
    const { page } = visit;
    await page.locator('.antwoord').waitFor();
    expect(await treffers(page)).toContain(BEPERKT.id);
    const hier = locatiesVoor(BEPERKT, HIER, GEMEENTEN);
    const kaart = page.locator(`.treffer[data-voorziening="${BEPERKT.id}"]`);
    expect(await kaart.locator('.locatie').count()).toBe(hier.length);
    expect(await kaart.innerText()).toContain(adresRegel(hier[0]!));
    if (BEPERKT.voorwaarden) expect(await kaart.innerText()).toContain(BEPERKT.voorwaarden);
    const blad = await page.locator(`.voor-het-gezin li[data-voorziening="${BEPERKT.id}"]`).innerText();
    expect(blad).toContain('Waar?');
    expect(blad).toContain(adresRegel(hier[0]!));
    for (const l of BEPERKT.locaties!.filter((x) => !hier.includes(x))) expect(blad).not.toContain(adresRegel(l));
    await schoon(browser, visit);
    await visit.context.close();
  });

  test('met JavaScript, geen gemeente gekozen: het voorstel zegt "Alleen in …", het blad ook', async () => {
    const visit = await open(browser, `${PAD}?thema=financien-en-schulden`);
    const { page } = visit;
    const kaart = page.locator(`.treffer[data-voorziening="${BEPERKT.id}"]`);
    await kaart.waitFor();
    const waar = opsomming(alleenIn(BEPERKT, GEMEENTEN)!);
    expect(await kaart.locator('.alleen-in').innerText()).toContain(`Alleen in ${waar}.`);
    expect(await page.locator(`.voor-het-gezin li[data-voorziening="${BEPERKT.id}"]`).innerText()).toContain(`Alleen voor wie woont in ${waar}.`);
    expect(await page.locator('.samenvatting').innerText()).toContain('alle gemeenten');
    expect(await treffers(page)).not.toContain(VOORBIJ.id);
    await schoon(browser, visit);
    await visit.context.close();
  });

  test('zonder JavaScript: de vraag staat in het formulier, en de pagina per thema zegt "Alleen in …" met alle adressen', async () => {
    const formulier = await open(browser, PAD, { javaScript: false });
    expect(await formulier.page.locator('select[name="gemeente"] option').count()).toBe(GEMEENTEN.length + 1);
    await schoon(browser, formulier, true);
    await formulier.context.close();

    const visit = await open(browser, `${PAD}financien-en-schulden/`, { javaScript: false });
    const { page } = visit;
    const kaart = page.locator(`.treffer[data-voorziening="${BEPERKT.id}"]`);
    expect(await kaart.locator('.alleen-in').innerText()).toContain(`Alleen in ${opsomming(alleenIn(BEPERKT, GEMEENTEN)!)}.`);
    expect(await kaart.locator('.locatie').count()).toBe(BEPERKT.locaties!.length);
    for (const l of BEPERKT.locaties!) expect(await kaart.innerText()).toContain(adresRegel(l));
    // The ended pilot is not suggested here either.
    expect(await page.locator(`.treffer[data-voorziening="${VOORBIJ.id}"]`).count()).toBe(0);
    await schoon(browser, visit, true);
    await visit.context.close();
  });
});

describe('de voorzieningpagina: waar, en tot wanneer', () => {
  const metAdressen = regio.voorzieningen.find((v) => v.locaties?.some((l) => l.openingstijden && l.toelichting) && v.gemeenten)!;

  test('"Waar": elke locatie met adres, openingstijden en toelichting, de gemeenten, en een gewone link naar de kaart', async () => {
    const visit = await open(browser, `/voorbeeldregio/voorziening/${metAdressen.id}/`);
    const { page } = visit;
    const waar = page.locator('section.waar');
    expect(await waar.getByRole('heading', { name: 'Waar' }).count()).toBe(1);
    expect(await waar.locator('.alleen-in').innerText()).toContain(`Alleen in ${opsomming(alleenIn(metAdressen, GEMEENTEN)!)}`);
    const locaties = waar.locator('.locatie');
    expect(await locaties.count()).toBe(metAdressen.locaties!.length);
    for (const [i, l] of metAdressen.locaties!.entries()) {
      const tekst = await locaties.nth(i).innerText();
      expect(tekst).toContain(adresRegel(l));
      if (l.openingstijden) expect(tekst).toContain(`Open: ${l.openingstijden}`);
      if (l.toelichting) expect(tekst).toContain(l.toelichting);
      // The address is in the link's name (hidden text), so five "Op de kaart" links are told apart.
      const naam = new RegExp(`^Op de kaart \\(OpenStreetMap\\)\\s*: ${adresRegel(l).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
      const link = locaties.nth(i).getByRole('link', { name: naam });
      expect(await link.getAttribute('href')).toMatch(/^https:\/\/www\.openstreetmap\.org\/search\?query=/);
    }
    // A link, not an embed: no iframe, no image or script from elsewhere.
    expect(await page.locator('iframe').count()).toBe(0);
    await schoon(browser, visit);
    await visit.context.close();
  });

  test('een afgelopen pilot: "Niet meer beschikbaar sinds …", de voorwaarden, en niet op de kaart of in het overzicht', async () => {
    const visit = await open(browser, `/voorbeeldregio/voorziening/${VOORBIJ.id}/`);
    const { page } = visit;
    const stand = beschikbaarheid(VOORBIJ, isoDatum(new Date()));
    expect(stand.stand).toBe('voorbij');
    expect(await page.locator('.beschikbaarheid').innerText()).toContain(`Niet meer beschikbaar sinds ${datumInWoorden((stand as { sinds: string }).sinds)}.`);
    if (VOORBIJ.voorwaarden) expect(await page.locator('.feiten').innerText()).toContain(VOORBIJ.voorwaarden);
    // Back to the map, not to a bar that is not drawn.
    expect(await page.getByRole('link', { name: '← Terug naar de kaart' }).getAttribute('href')).toBe('/voorbeeldregio/');
    await schoon(browser, visit);
    await visit.context.close();

    const kaart = await open(browser, '/voorbeeldregio/', { javaScript: false });
    expect(await kaart.page.locator(`[href$="/voorziening/${VOORBIJ.id}/"]`).count()).toBe(0);
    expect(await kaart.page.locator(`[href$="/voorziening/${BEPERKT.id}/"]`).count()).toBeGreaterThan(0);
    await kaart.context.close();
    const overzicht = await open(browser, '/voorbeeldregio/overzicht/', { javaScript: false });
    expect(await overzicht.page.locator(`li[data-id="${VOORBIJ.id}"]`).count()).toBe(0);
    expect(await overzicht.page.locator(`li[data-id="${BEPERKT.id}"]`).first().innerText()).toContain('alleen in');
    await overzicht.context.close();
  });
});

describe('een klantroute die maar in één gemeente te volgen is', () => {
  const route = regio.routes.find((r) => routeGemeenten(r, byId, GEMEENTEN)?.length === 1)!;

  test('de routepagina en de lijst van routes zeggen het, en de verwijswijzer stelt haar elders niet voor', async () => {
    expect(route, 'de voorbeeldregio heeft een route die maar in één gemeente werkt').toBeDefined();
    const [gemeente] = routeGemeenten(route, byId, GEMEENTEN)!;
    const visit = await open(browser, `/voorbeeldregio/route/${route.id}/`);
    expect(await visit.page.locator('.alleen-in').first().innerText()).toContain(`Alleen helemaal te volgen in ${gemeente}`);
    await schoon(browser, visit);
    await visit.context.close();
    const lijst = await open(browser, '/voorbeeldregio/routes/', { javaScript: false });
    expect(await lijst.page.locator(`li[data-route="${route.id}"]`).innerText()).toContain(`Alleen helemaal te volgen in ${gemeente}.`);
    await lijst.context.close();

    const thema = route.themas![0]!;
    const elders = GEMEENTEN.find((g) => g !== gemeente)!;
    for (const [g, verwacht] of [[gemeente, 1], [elders, 0]] as const) {
      const vw = await open(browser, `${PAD}?thema=${thema}&gemeente=${gemeenteSleutel(g)}`);
      await vw.page.locator('.antwoord').waitFor();
      expect(await vw.page.locator(`.routes-treffers li[data-route="${route.id}"]`).count(), g).toBe(verwacht);
      await vw.context.close();
    }
  });
});

describe('analyse: dekking per gemeente en wat afloopt', () => {
  const verwacht = analyseer(regio, new Date());

  test('elk getal van de tabel gemeente × fase × niveau, de verschillen in woorden, en de afgelopen pilot', async () => {
    const visit = await open(browser, '/voorbeeldregio/analyse/', { javaScript: false });
    const { page } = visit;
    const tabel = page.locator('table.dekking-gemeenten');
    expect(await tabel.locator('thead th').allInnerTexts()).toEqual(['Fase', 'Niveau', ...GEMEENTEN]);
    const { rijen, gaten } = verwacht.dekkingPerGemeente!;
    for (const rij of rijen) {
      const tr = tabel.locator(`tbody[data-fase="${rij.fase}"] tr[data-niveau="${rij.niveau}"]`);
      const aantallen = await tr.locator('td').evaluateAll((els) => els.map((el) => el.getAttribute('data-aantal')));
      expect(aantallen, `${rij.fase} × ${rij.niveau}`).toEqual(rij.perGemeente.map((ids) => String(ids.length)));
    }
    expect(await page.locator('[data-gaten]').getAttribute('data-gaten')).toBe(String(gaten.length));
    expect(await page.locator('.gaten li').count()).toBe(gaten.length);
    // A gemeente-only voorziening makes a difference between the columns somewhere.
    expect(rijen.some((r) => new Set(r.perGemeente.map((ids) => ids.length)).size > 1)).toBe(true);

    const aflopend = page.locator('[data-signaal="aflopend"]');
    expect(await aflopend.locator('tbody tr').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')))).toEqual(verwacht.aflopend.map((a) => a.id));
    expect(await aflopend.locator(`tr[data-id="${VOORBIJ.id}"]`).innerText()).toContain('afgelopen');
    expect(byId.get(VOORBIJ.id)).toBeDefined();
    await schoon(browser, visit, true);
    await visit.context.close();
  });
});

describe('een regio in de huisstijl van een NL Design System-thema (kleinstad)', () => {
  const kleinstad = regios.find((r) => r.id === 'kleinstad')!;
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

  test('tekst, links en vlakken in de kleuren van het pakket, de eigen kleuren van huisstijl.json erboven; alles van de eigen site', async () => {
    const pakket = kleinstad.huisstijl!.thema!.pakket;
    const thema = kleurenUitThema({ pakket }, leesThemaPakket(pakket));
    expect(thema.ok).toBe(true);
    if (!thema.ok) return;
    const visit = await open(browser, '/kleinstad/voorziening/' + kleinstad.voorzieningen[0]!.id + '/');
    const { page } = visit;
    const kleur = (selector: string, eigenschap: 'color' | 'backgroundColor' | 'borderBottomColor') =>
      page.locator(selector).first().evaluate((el, e) => getComputedStyle(el)[e as 'color'], eigenschap);
    expect(await kleur('main p.omschrijving', 'color')).toBe(rgb(thema.kleuren.tekst!));
    expect(await kleur('main a', 'color')).toBe(rgb(thema.kleuren.link!));
    // huisstijl.json › kleuren overrides the package: Kleinstad keeps its own green header and orange stripe.
    expect(await kleur('header.kop', 'backgroundColor')).toBe(rgb(kleinstad.huisstijl!.kleuren.primair!));
    expect(kleinstad.huisstijl!.kleuren.primair).not.toBe(thema.kleuren.primair);
    expect(await kleur('header.kop', 'borderBottomColor')).toBe('rgb(184, 86, 15)');

    const css = await (await page.request.get(`${baseUrl()}/kleinstad/huisstijl/huisstijl.css`)).text();
    expect(css).toContain(`Kleuren uit de design tokens van ${pakket}`);
    expect(css).not.toMatch(/@import|url\((?!'\/kleinstad\/huisstijl\/)/);
    const licentie = await page.request.get(`${baseUrl()}/kleinstad/huisstijl/thema-licentie.txt`);
    expect(licentie.status()).toBe(200);
    expect(await licentie.text()).toContain('EUROPEAN UNION PUBLIC LICENCE');
    await schoon(browser, visit);
    await visit.context.close();
  });
});
