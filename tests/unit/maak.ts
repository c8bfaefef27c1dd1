/**
 * The one place where tests make what they need: models as the loader makes them (write tijdpunten as an author
 * would), the fixture region, data folders on disk for the io tests, and klantreizen. Ids and dates are the same
 * on every run.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nieuweActie, nieuweBetrokkene, nieuweKlantreis } from '../../src/domain/klantreis/nieuw.ts';
import { klantreisSchema, type Band, type Betrokkene, type Klantreis, type Overdracht } from '../../src/domain/klantreis/schema.ts';
import type { KlantrouteModel, RegioModel, VoorzieningModel } from '../../src/domain/model.ts';
import type { Klantroute } from '../../src/domain/schema/klantroute.ts';
import type { Voorziening } from '../../src/domain/schema/voorziening.ts';
import { parseTijdpunt } from '../../src/domain/tijdpunt.ts';
import { laadRegios } from '../../src/io/data.ts';

// ── Models, as the loader makes them ──

function kolom(tekst: string): { eerste: number; laatste: number } {
  const result = parseTijdpunt(tekst);
  if (!result.ok) throw new Error(result.fout);
  return result.tijdpunt;
}

export function voorziening(fields: Partial<Voorziening> & Pick<Voorziening, 'id' | 'niveau' | 'periode'>): VoorzieningModel {
  const v: Voorziening = {
    naam: fields.id,
    omschrijving: `Over ${fields.id}.`,
    kenmerken: [],
    aanbieders: [{ naam: `Aanbieder van ${fields.id}` }],
    toegang: 'Zelf aanmelden.',
    bijgewerkt: '2026-01-01',
    ...fields,
  };
  return {
    ...v,
    kolommen: { eerste: kolom(v.periode.van).eerste, laatste: kolom(v.periode.tot ?? v.periode.van).laatste },
    momentKolommen: (v.momenten ?? []).map((m) => kolom(m).eerste),
  };
}

export function route(fields: Partial<Klantroute> & Pick<Klantroute, 'id' | 'stappen'>): KlantrouteModel {
  return {
    naam: fields.id,
    omschrijving: `Route ${fields.id}.`,
    ...fields,
    stappen: fields.stappen.map((s) => ({ ...s, kolom: kolom(s.moment).eerste })),
  };
}

export const stap = (voorziening: string, moment: string, toelichting = `${voorziening} op ${moment}`) => ({ voorziening, moment, toelichting });

// ── The fixture region tests/fixtures/opendata/proefregio, loaded as the build would on a fixed day ──

export const FIXTURE_DIR = 'tests/fixtures/opendata';
export const VANDAAG = new Date('2026-11-01T00:00:00Z');

export function proefregio(): RegioModel {
  const { regios, fouten } = laadRegios(FIXTURE_DIR, VANDAAG);
  const errors = fouten.filter((f) => f.ernst === 'fout');
  if (errors.length || !regios[0]) throw new Error(`fixture ongeldig: ${JSON.stringify(errors)}`);
  return regios[0];
}

// ── Data folders on disk (tests/.tmp), for the loader through src/io; every test gets its own folder ──

let mapTeller = 0;

export const REGIO = {
  naam: 'Proefregio',
  gemeenten: ['Proefdorp'],
  coalitie: 'Coalitie Proef',
  contact: { naam: 'Team Proef', email: 'proef@example.nl' },
  bijgewerkt: '2026-10-01',
  intro: 'Intro.',
  evaluatievragen: {},
};

const groep = { naam: 'a', omschrijving: 'b', doelen: ['c'] };
export const DOELGROEPEN = { basiszorg: groep, 'steuntje-in-de-rug': groep, 'extra-steun': groep };

export function voorzieningJson(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    naam: `Voorziening ${id}`,
    omschrijving: 'Omschrijving.',
    niveau: 'basiszorg',
    periode: { van: 'bevalling', tot: 'week 4' },
    kenmerken: ['standaard'],
    aanbieders: [{ naam: 'Landelijke aanbieder' }],
    toegang: 'Zelf bellen.',
    bijgewerkt: '2026-09-01',
    ...extra,
  };
}

/** files: path relative to the data folder → JSON value (or string for raw content). */
export function maakDatamap(files: Record<string, unknown>): string {
  const dir = join('tests/.tmp/unit-publiceren', `${process.pid}-${mapTeller++}`);
  rmSync(dir, { recursive: true, force: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

export function regioMap(id: string, voorzieningen: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    [`${id}/regio.json`]: REGIO,
    [`${id}/doelgroepen.json`]: DOELGROEPEN,
    [`${id}/voorzieningen.json`]: { voorzieningen },
    ...Object.fromEntries(Object.entries(extra).map(([name, value]) => [`${id}/${name}`, value])),
  };
}

// ── Klantreizen: built with the editor's own functions, or written out and checked by the real schema ──

export function teller(voorvoegsel = 'id'): () => string {
  let n = 0;
  return () => `${voorvoegsel}${++n}`;
}

export const NU = new Date('2026-12-01T10:00:00.000Z');

/** The standard bands, a parent and a professional in the first two, and one handover between them. */
export function kleineKlantreis(): Klantreis {
  const maakId = teller();
  const k = nieuweKlantreis('Casus test (fictief)', NU, maakId);
  const [zwangerschap, baby] = k.banden;
  zwangerschap!.betrokkenen.push(
    nieuweBetrokkene(maakId, { naam: 'moeder', rol: 'ouder' }),
    nieuweBetrokkene(maakId, { naam: 'verloskundige', organisatie: 'verloskundigenpraktijk', van: -8 }),
  );
  baby!.betrokkenen.push(nieuweBetrokkene(maakId, { naam: 'kraamverzorgende', organisatie: 'kraamzorg', van: 0, tot: 1 }));
  baby!.acties.push(nieuweActie(maakId, { wat: 'Overdracht bespreken', eigenaar: 'jeugdverpleegkundige', datum: '2027-02-01' }));
  k.overdrachten.push({ id: 'o1', van: zwangerschap!.betrokkenen[1]!.id, naar: baby!.betrokkenen[0]!.id, moment: 0, verloop: 'goed', toelichting: '' });
  return k;
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

export function persoon(id: string, naam: string, rol: Betrokkene['rol'], organisatie = '', extra: Partial<Betrokkene> = {}): Betrokkene {
  return { id, naam, rol, organisatie, ...extra };
}

export function band(id: string, van: number, tot: number, betrokkenen: Betrokkene[], naam = `${id}`): Band {
  return {
    id,
    naam,
    van,
    tot,
    betrokkenen,
    feiten: '',
    perspectieven: { ouders: '', professionals: '' },
    succesfactoren: '',
    verbeterfactoren: '',
    acties: [],
  };
}

export function overdracht(id: string, van: string, naar: string, moment: number, verloop: Overdracht['verloop'], toelichting = ''): Overdracht {
  return { id, van, naar, moment, verloop, toelichting };
}

export function casus(banden: Band[], overdrachten: Overdracht[] = [], titel = 'Casus Noord'): Klantreis {
  return klantreisSchema.parse({
    formaat: 'routekaart-klantreis',
    versie: 1,
    id: 'casus-1',
    titel,
    bijgewerkt: '2026-12-01T10:00:00Z',
    banden,
    overdrachten,
  });
}

/** The fixed case of the golden SVG: three bands, all three roles, all three kinds of overdracht. */
export function voorbeeldCasus(): Klantreis {
  return casus(
    [
      band('zwanger', -10, 0, [
        persoon('moeder-1', 'Moeder', 'ouder'),
        persoon('vk', 'Verloskundige', 'professional', 'Praktijk Oost'),
        persoon('oma-1', 'Oma', 'netwerk', '', { van: -4 }),
      ], 'Zwangerschap'),
      band('baby', 0, 24, [
        persoon('moeder-2', 'moeder ', 'ouder'),
        persoon('kz', 'Kraamverzorgende', 'professional', 'Kraamzorg Plus', { tot: 1 }),
        persoon('jvk', 'Jeugdverpleegkundige', 'professional', 'GGD Twente'),
        persoon('oma-2', 'Oma', 'netwerk', '', { van: 6, tot: 18 }),
      ], '0–2 jaar'),
      band('peuter', 24, 48, [
        persoon('moeder-3', 'Moeder', 'ouder'),
        persoon('pm', 'Pedagogisch medewerker', 'professional', 'Kinderopvang De Boog'),
        persoon('jvk-2', 'jeugdverpleegkundige', 'professional', 'GGD twente', { tot: 36 }),
      ], '2–4 jaar'),
    ],
    [
      overdracht('o1', 'vk', 'kz', 0, 'goed', 'Warme overdracht bij de bevalling.'),
      overdracht('o2', 'kz', 'jvk', 1, 'onbekend'),
      overdracht('o3', 'jvk', 'pm', 30, 'gemist', 'Zorgen over de taal niet doorgegeven.'),
    ],
  );
}
