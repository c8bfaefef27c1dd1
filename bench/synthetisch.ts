/**
 * Deterministic synthetic regions for the benchmark: the same seed gives the same bytes, so runs on different days
 * and machines measure the same site. The data looks like a real region (Dutch services, plausible periods, costs,
 * providers, routes) and passes every check of `npm run check-data`; only the size differs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KenmerkId, NiveauId, ThemaId, AanmeldingId } from '../src/domain/schema/gedeeld.ts';
import type { Voorziening } from '../src/domain/schema/voorziening.ts';
import type { Klantroute } from '../src/domain/schema/klantroute.ts';
import type { Regio } from '../src/domain/schema/regio.ts';
import type { Doelgroepen } from '../src/domain/schema/doelgroepen.ts';

/** mulberry32: tiny, fast and good enough to pick names; not for anything secret. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
function sample<T>(random: Random, list: readonly T[], count: number): T[] {
  const copy = [...list];
  const out: T[] = [];
  while (out.length < count && copy.length) out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]!);
  return out;
}

/** One tijdpunt per column, in timeline order: periods and moments are drawn from this list. */
export const TIJDPUNTEN: readonly string[] = [
  'preconceptie',
  ...Array.from({ length: 9 }, (_, i) => `zwangerschap maand ${i + 1}`),
  'bevalling',
  ...Array.from({ length: 4 }, (_, i) => `week ${i + 1}`),
  ...Array.from({ length: 13 }, (_, i) => `maand ${i + 2}`),
  'maand 18',
  'jaar 3',
  'jaar 4',
];
function positie(tijdpunt: string): number {
  const index = TIJDPUNTEN.indexOf(tijdpunt);
  if (index < 0) throw new Error(`bench: ${tijdpunt} staat niet in TIJDPUNTEN`);
  return index;
}

interface Soort {
  naam: string;
  niveau: NiveauId;
  van: string;
  tot: string;
  kenmerken: KenmerkId[];
  toegang: string;
  aanmelding: AanmeldingId[];
  themas?: ThemaId[];
  wat: string;
}

/** Archetypes of the services a Dutch region actually offers around the first 1000 days. */
const SOORTEN: readonly Soort[] = [
  { naam: 'Preconceptieconsult', niveau: 'basiszorg', van: 'preconceptie', tot: 'preconceptie', kenmerken: ['vrij-verzekerd'], toegang: 'Zelf een afspraak maken bij de verloskundige.', aanmelding: ['zelf'], wat: 'Een gesprek over gezond zwanger worden: foliumzuur, leefstijl, medicijnen en erfelijkheid.' },
  { naam: 'Nu Niet Zwanger', niveau: 'steuntje-in-de-rug', van: 'preconceptie', tot: 'preconceptie', kenmerken: ['standaard'], toegang: 'Via de wijkverpleegkundige, huisarts of het wijkteam.', aanmelding: ['verwijzing'], themas: ['psychische-klachten', 'verslaving'], wat: 'Gesprekken over kinderwens en anticonceptie voor mensen in een kwetsbare situatie.' },
  { naam: 'Verloskundige zorg', niveau: 'basiszorg', van: 'zwangerschap maand 2', tot: 'maand 2', kenmerken: ['vrij-verzekerd', 'standaard'], toegang: 'Zelf aanmelden bij een verloskundigenpraktijk, liefst voor week 10.', aanmelding: ['zelf'], wat: 'Controles tijdens de zwangerschap, begeleiding bij de bevalling en nazorg.' },
  { naam: 'Centering Pregnancy', niveau: 'basiszorg', van: 'zwangerschap maand 3', tot: 'zwangerschap maand 9', kenmerken: ['vrij-verzekerd'], toegang: 'Aanmelden via de eigen verloskundige.', aanmelding: ['verwijzing'], wat: 'Zwangerschapscontroles in een groep van acht tot twaalf zwangeren met dezelfde uitgerekende datum.' },
  { naam: 'Kraamzorg', niveau: 'basiszorg', van: 'bevalling', tot: 'week 2', kenmerken: ['eigen-bijdrage'], toegang: 'Zelf aanmelden rond week 16 van de zwangerschap.', aanmelding: ['zelf'], wat: 'Hulp thuis in de eerste dagen na de geboorte: moeder en baby worden verzorgd en gecontroleerd.' },
  { naam: 'Consultatiebureau', niveau: 'basiszorg', van: 'week 1', tot: 'jaar 4', kenmerken: ['standaard', 'vrij-verzekerd'], toegang: 'Het gezin wordt uitgenodigd na de aangifte van de geboorte.', aanmelding: ['uitnodiging'], wat: 'Groei en ontwikkeling volgen, vaccinaties en vragen over opvoeden.' },
  { naam: 'Hielprik', niveau: 'basiszorg', van: 'week 1', tot: 'week 1', kenmerken: ['standaard', 'vrij-verzekerd'], toegang: 'Aan huis, na de aangifte van de geboorte.', aanmelding: ['uitnodiging'], wat: 'Screening op zeldzame aandoeningen in de eerste week.' },
  { naam: 'Zwangerschapscursus', niveau: 'basiszorg', van: 'zwangerschap maand 5', tot: 'zwangerschap maand 8', kenmerken: ['aanvullend-verzekerd'], toegang: 'Zelf aanmelden.', aanmelding: ['zelf'], wat: 'Voorbereiding op de bevalling en de eerste weken, samen met de partner.' },
  { naam: 'Borstvoedingsspreekuur', niveau: 'basiszorg', van: 'week 1', tot: 'maand 6', kenmerken: ['aanvullend-verzekerd'], toegang: 'Zelf een afspraak maken.', aanmelding: ['zelf'], wat: 'Hulp van een lactatiekundige bij vragen over borstvoeding.' },
  { naam: 'Peuteropvang', niveau: 'basiszorg', van: 'maand 18', tot: 'jaar 4', kenmerken: ['eigen-bijdrage'], toegang: 'Zelf aanmelden bij de gemeente of de opvang.', aanmelding: ['zelf'], wat: 'Spelen en leren met andere peuters, twee dagdelen per week.' },
  { naam: 'Home-Start', niveau: 'steuntje-in-de-rug', van: 'zwangerschap maand 5', tot: 'jaar 3', kenmerken: ['sociaal-netwerk'], toegang: 'Zelf aanmelden of via het consultatiebureau.', aanmelding: ['zelf', 'verwijzing'], themas: ['eenzaamheid', 'opvoeding'], wat: 'Een getrainde vrijwilliger komt wekelijks langs voor steun en een luisterend oor.' },
  { naam: 'Stevig Ouderschap', niveau: 'steuntje-in-de-rug', van: 'week 3', tot: 'maand 18', kenmerken: ['standaard'], toegang: 'Via de jeugdverpleegkundige.', aanmelding: ['verwijzing'], themas: ['opvoeding', 'psychische-klachten'], wat: 'Extra huisbezoeken van de jeugdverpleegkundige als het ouderschap zwaar valt.' },
  { naam: 'Schuldhulpverlening', niveau: 'steuntje-in-de-rug', van: 'zwangerschap maand 1', tot: 'jaar 4', kenmerken: ['standaard'], toegang: 'Zelf aanmelden bij het wijkteam of de gemeente.', aanmelding: ['zelf', 'verwijzing'], themas: ['financien-en-schulden'], wat: 'Hulp bij geldzorgen en schulden, zodat er rust komt voor het gezin.' },
  { naam: 'Taalcafé voor ouders', niveau: 'steuntje-in-de-rug', van: 'zwangerschap maand 4', tot: 'jaar 4', kenmerken: ['sociaal-netwerk'], toegang: 'Gewoon binnenlopen.', aanmelding: ['zelf'], themas: ['taal-en-nieuwkomers'], wat: 'Nederlands oefenen met andere ouders, met aandacht voor opvoeden en gezondheid.' },
  { naam: 'Babygroep', niveau: 'steuntje-in-de-rug', van: 'week 4', tot: 'maand 12', kenmerken: ['sociaal-netwerk'], toegang: 'Zelf aanmelden bij het buurthuis.', aanmelding: ['zelf'], themas: ['eenzaamheid'], wat: 'Wekelijks samenkomen met andere ouders van baby\'s.' },
  { naam: 'Kraamzorg Plus', niveau: 'steuntje-in-de-rug', van: 'bevalling', tot: 'week 4', kenmerken: ['eigen-bijdrage', 'aanvullend-verzekerd'], toegang: 'Via de verloskundige of het wijkteam.', aanmelding: ['verwijzing'], wat: 'Extra kraamzorguren en langere nazorg voor gezinnen die dat nodig hebben.' },
  { naam: 'VoorZorg', niveau: 'extra-steun', van: 'zwangerschap maand 4', tot: 'maand 18', kenmerken: ['standaard', 'vrij-verzekerd'], toegang: 'Via de verloskundige, huisarts of het wijkteam, voor week 28.', aanmelding: ['verwijzing'], themas: ['tienerouderschap', 'veiligheid-en-huiselijk-geweld'], wat: 'Intensieve huisbezoeken door een vaste verpleegkundige, van de zwangerschap tot het tweede jaar.' },
  { naam: 'Wijkteam', niveau: 'extra-steun', van: 'preconceptie', tot: 'jaar 4', kenmerken: ['standaard'], toegang: 'Zelf bellen of via de huisarts.', aanmelding: ['zelf', 'verwijzing'], themas: ['financien-en-schulden', 'opvoeding'], wat: 'Een vaste hulpverlener die met het gezin meekijkt en hulp regelt.' },
  { naam: 'POP-poli', niveau: 'extra-steun', van: 'zwangerschap maand 1', tot: 'maand 6', kenmerken: ['eigen-risico'], toegang: 'Via de verloskundige of huisarts.', aanmelding: ['verwijzing'], themas: ['psychische-klachten', 'verslaving'], wat: 'Zorg in het ziekenhuis bij psychische klachten of verslaving rond de zwangerschap.' },
  { naam: 'Veilig Thuis', niveau: 'extra-steun', van: 'preconceptie', tot: 'jaar 4', kenmerken: ['standaard'], toegang: 'Dag en nacht bellen, ook anoniem.', aanmelding: ['zelf', 'verwijzing'], themas: ['veiligheid-en-huiselijk-geweld'], wat: 'Advies en hulp bij huiselijk geweld en kindermishandeling.' },
  { naam: 'Moeder-babyunit', niveau: 'extra-steun', van: 'bevalling', tot: 'maand 6', kenmerken: ['eigen-risico'], toegang: 'Via de huisarts of de POP-poli.', aanmelding: ['verwijzing'], themas: ['psychische-klachten'], wat: 'Opname van moeder en baby samen bij ernstige psychische problemen.' },
  { naam: 'Zwanger-app', niveau: 'digitale-zorg', van: 'zwangerschap maand 1', tot: 'bevalling', kenmerken: ['standaard'], toegang: 'Gratis downloaden.', aanmelding: ['zelf'], themas: ['gezondheid-en-leefstijl'], wat: 'Betrouwbare informatie per week van de zwangerschap.' },
  { naam: 'Digitaal consultatiebureau', niveau: 'digitale-zorg', van: 'week 1', tot: 'jaar 4', kenmerken: ['standaard'], toegang: 'Inloggen met DigiD.', aanmelding: ['zelf'], wat: 'Groeicurves, vaccinaties en chatten met de jeugdverpleegkundige.' },
  { naam: 'Opvoedchat', niveau: 'digitale-zorg', van: 'maand 2', tot: 'jaar 4', kenmerken: ['standaard'], toegang: 'Anoniem chatten via de website.', aanmelding: ['zelf'], themas: ['opvoeding'], wat: 'Vragen over opvoeden stellen aan een pedagoog.' },
];

const WIJKEN = [
  'Noord', 'Oost', 'Zuid', 'West', 'Centrum', 'De Hoven', 'Kanaleneiland', 'Het Zand', 'Overvecht', 'Lunetten', 'Zuilen',
  'De Meern', 'Vleuten', 'Hoograven', 'Tuindorp', 'Oog in Al', 'Wittevrouwen', 'Dichterswijk', 'Lombok', 'Ondiep',
  'Rivierenwijk', 'Transwijk', 'Leidsche Rijn', 'Terwijde', 'Parkwijk', 'Veldhuizen', 'Nieuwegein-Zuid', 'Galecop',
  'Batau', 'Fokkesteeg', 'Jutphaas', 'Vreeswijk', 'Houten-Noord', 'Schonauwen', 'Castellum', 'Bilthoven', 'Maartensdijk',
];
const ORGANISATIES = [
  'Verloskundigenpraktijk De Wieg', 'Kraamzorg Het Nest', 'JGZ Regio Midden', 'GGD Midden', 'Stichting Welzijn Samen',
  'Wijkteam Thuis in de Wijk', 'Humanitas', 'Stichting Home-Start', 'Ziekenhuis Sint Anna', 'Huisartsenpraktijk De Linde',
  'Buurtzorg Jong', 'Stichting Taal Doet Meer', 'Kinderopvang Kleine Stapjes', 'Lactatiekundigen Samen', 'Gemeente Midden',
];
const PLAATSEN = ['Utrecht', 'Nieuwegein', 'Houten', 'IJsselstein', 'Vianen', 'Zeist', 'De Bilt', 'Bunnik', 'Stichtse Vecht', 'Woerden', 'Montfoort', 'Lopik'];

const kebab = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Shift a period a few columns either way, keeping it on the timeline and van ≤ tot. */
function periode(random: Random, soort: Soort): { van: string; tot: string } {
  const last = TIJDPUNTEN.length - 1;
  let van = Math.min(last, Math.max(0, positie(soort.van) + between(random, -1, 1)));
  let tot = Math.min(last, Math.max(0, positie(soort.tot) + between(random, -2, 2)));
  if (tot < van) [van, tot] = [tot, van];
  return { van: TIJDPUNTEN[van]!, tot: TIJDPUNTEN[tot]! };
}

function aanbieder(random: Random, index: number) {
  const naam = pick(random, ORGANISATIES);
  const slug = kebab(naam);
  return {
    naam,
    website: `https://www.${slug}.example.nl/`,
    telefoon: `0${between(random, 10, 99)} ${between(random, 100, 999)} ${between(random, 10, 99)} ${String(index % 100).padStart(2, '0')}`,
    ...(random() < 0.5 ? { email: `info@${slug}.example.nl` } : {}),
  };
}

function voorziening(random: Random, index: number, bijgewerkt: string): Voorziening {
  const soort = SOORTEN[index % SOORTEN.length]!;
  const wijk = pick(random, WIJKEN);
  const naam = `${soort.naam} ${wijk}`;
  const { van, tot } = periode(random, soort);
  const binnen = TIJDPUNTEN.slice(positie(van), positie(tot) + 1);
  const momenten = binnen.length > 2 && random() < 0.6 ? sample(random, binnen, between(random, 1, Math.min(4, binnen.length))).sort((a, b) => positie(a) - positie(b)) : undefined;
  return {
    id: `${kebab(naam)}-${index + 1}`,
    naam,
    omschrijving: `${soort.wat} Voor gezinnen in ${wijk} en omgeving.`,
    niveau: soort.niveau,
    periode: van === tot ? { van } : { van, tot },
    ...(momenten ? { momenten } : {}),
    kenmerken: soort.kenmerken,
    ...(soort.kenmerken.includes('eigen-bijdrage') ? { kostenToelichting: 'De eigen bijdrage is een vast bedrag per uur; vraag de zorgverzekeraar wat er vergoed wordt.' } : {}),
    aanbieders: Array.from({ length: between(random, 1, 2) }, (_, a) => aanbieder(random, index + a)),
    toegang: soort.toegang,
    aanmelding: soort.aanmelding,
    ...(random() < 0.5 ? { voorWie: 'Alle (aanstaande) ouders in de regio, ook als je net bent verhuisd.' } : {}),
    ...(soort.themas ? { themas: soort.themas } : {}),
    ...(random() < 0.5 ? { meerInformatie: `https://www.${kebab(soort.naam)}.example.nl/${kebab(wijk)}` } : {}),
    bijgewerkt,
  };
}

/** Routes walk forward in time: each step's moment lies in its voorziening's periode and not before the previous one. */
function routes(random: Random, voorzieningen: readonly Voorziening[], count: number): Klantroute[] {
  const out: Klantroute[] = [];
  const personas = ['Zwangere met schulden', 'Tienermoeder', 'Nieuwkomer zonder netwerk', 'Ouders met een eerste kind', 'Moeder met somberheid', 'Gezin na verhuizing'];
  for (let r = 0; out.length < count && r < count * 10; r++) {
    const stappen: Klantroute['stappen'] = [];
    let vanaf = 0;
    for (let attempt = 0; attempt < 40 && stappen.length < 5; attempt++) {
      const v = pick(random, voorzieningen);
      const eerste = Math.max(positie(v.periode.van), vanaf);
      const laatste = positie(v.periode.tot ?? v.periode.van);
      if (eerste > laatste || stappen.some((s) => s.voorziening === v.id)) continue;
      const moment = TIJDPUNTEN[between(random, eerste, Math.min(laatste, eerste + 3))]!;
      stappen.push({ voorziening: v.id, moment, toelichting: `${v.naam} ziet het gezin en verwijst door waar nodig.` });
      vanaf = positie(moment);
    }
    if (stappen.length < 2) continue;
    const persona = personas[out.length % personas.length]!;
    out.push({ id: `${kebab(persona)}-${out.length + 1}`, naam: `${persona} (${out.length + 1})`, omschrijving: `Zo vindt een gezin de weg: ${persona.toLowerCase()}.`, stappen });
  }
  return out;
}

export interface SyntheticRegio {
  id: string;
  regio: Regio;
  doelgroepen: Doelgroepen;
  voorzieningen: Voorziening[];
  routes: Klantroute[];
}

/**
 * `bijgewerkt` is the one field tied to the calendar: the loader flags data older than a year and refuses dates
 * in the future, so it is a fixed date unless that has grown stale.
 */
export function bijgewerktDatum(vandaag = new Date()): string {
  const fixed = '2026-10-01';
  const age = (vandaag.getTime() - Date.parse(`${fixed}T00:00:00Z`)) / 86_400_000;
  return age >= 0 && age < 300 ? fixed : vandaag.toISOString().slice(0, 10);
}

export function genereerRegio(id: string, aantal: number, seed: number, bijgewerkt = bijgewerktDatum()): SyntheticRegio {
  const random = prng(seed);
  const plaats = pick(random, PLAATSEN);
  const voorzieningen = Array.from({ length: aantal }, (_, i) => voorziening(random, i, bijgewerkt));
  return {
    id,
    regio: {
      naam: `Regio ${plaats} (${id})`,
      gemeenten: sample(random, PLAATSEN, 3),
      coalitie: `Kansrijke Start ${plaats}`,
      contact: { naam: 'Programmateam Kansrijke Start', email: 'kansrijkestart@gemeente.example.nl', telefoon: '030 123 45 67', website: 'https://www.gemeente.example.nl/kansrijke-start' },
      bijgewerkt,
      intro: `Wie biedt wat, wanneer en voor wie in ${plaats}: ${aantal} voorzieningen van de kinderwens tot de basisschool.`,
      evaluatievragen: {
        preconceptie: ['Bereiken we de mensen met een kinderwens die extra steun nodig hebben?'],
        zwangerschap: ['Melden zwangeren zich voor week 10 bij de verloskundige?', 'Vinden zwangeren met schulden snel hulp?'],
        babyfase: ['Komen alle gezinnen op het consultatiebureau?'],
        peuterfase: ['Gaan peuters met een taalachterstand naar de peuteropvang?'],
      },
    },
    doelgroepen: {
      basiszorg: { naam: 'Alle (aanstaande) ouders', omschrijving: 'Iedereen met een kinderwens, zwangeren en ouders van jonge kinderen.', doelen: ['Elke zwangere is voor week 10 in zorg.'] },
      'steuntje-in-de-rug': { naam: 'Ouders die wat extra steun kunnen gebruiken', omschrijving: 'Signalen: weinig netwerk, geldzorgen, somberheid, taal.', doelen: ['Gezinnen vinden op tijd lichte steun.'] },
      'extra-steun': { naam: 'Gezinnen in een kwetsbare situatie', omschrijving: 'Meerdere problemen tegelijk, zoals schulden, verslaving of geweld.', doelen: ['Geen gezin valt tussen wal en schip.'] },
      'digitale-zorg': { naam: 'Iedereen die online zoekt', omschrijving: 'Apps, websites en chat.', doelen: ['Betrouwbare informatie is makkelijk te vinden.'] },
    },
    voorzieningen,
    routes: routes(random, voorzieningen, Math.min(40, Math.max(2, Math.round(aantal / 50)))),
  };
}

export function schrijfRegio(dataDir: string, regio: SyntheticRegio): void {
  const dir = join(dataDir, regio.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'regio.json'), JSON.stringify(regio.regio, null, 2));
  writeFileSync(join(dir, 'doelgroepen.json'), JSON.stringify(regio.doelgroepen, null, 2));
  writeFileSync(join(dir, 'voorzieningen.json'), JSON.stringify({ voorzieningen: regio.voorzieningen }));
  writeFileSync(join(dir, 'routes.json'), JSON.stringify({ routes: regio.routes }, null, 2));
}
