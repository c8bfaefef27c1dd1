/**
 * The gap analysis a coalition discusses in its meeting: where is nothing on offer, what can a family not reach,
 * what is out of date, where does a route go quiet, and what costs families money. Pure: model in, numbers out.
 */
import { ouderdomInDagen, VEROUDERD_NA_DAGEN } from './controles.ts';
import type { RegioModel, VoorzieningModel } from './model.ts';
import { NIVEAU_IDS, type KenmerkId, type NiveauId } from './schema/gedeeld.ts';
import { FASE_IDS, FASE_KOLOMMEN, type FaseId } from './tijdlijn.ts';
import { parseTijdpunt } from './tijdpunt.ts';

/** The kenmerken that mean a family pays (or needs an extra insurance) for a voorziening. */
export const KOSTEN_VOOR_GEZIN: readonly KenmerkId[] = ['eigen-risico', 'eigen-bijdrage', 'aanvullend-verzekerd'];

/**
 * A route "goes quiet" when more than this many months lie between two steps. Three months: in the first year the
 * consultatiebureau sees a family every one to three months, so a longer silence in a route is where a family with
 * extra needs can drop out of view. Measured in months rather than map columns, because the columns are not to
 * scale (a week column early on, one column for month 15–24).
 */
export const LANGE_PAUZE_MAANDEN = 3;

/** A voorziening counts in every fase its periode touches (as in the overzicht table). */
export function raaktFase(voorziening: Pick<VoorzieningModel, 'kolommen'>, fase: FaseId): boolean {
  const { eerste, laatste } = FASE_KOLOMMEN[fase];
  return voorziening.kolommen.eerste <= laatste && voorziening.kolommen.laatste >= eerste;
}

const DAGEN_PER_MAAND = 365.25 / 12;

/**
 * Age of the child in months at the start of a tijdpunt (negative before birth), to one decimal. Pregnancy month N
 * starts N − 10 months before birth; preconceptie is taken as just before it.
 */
export function leeftijdInMaanden(tijdpunt: string): number {
  const parsed = parseTijdpunt(tijdpunt);
  if (!parsed.ok) throw new Error(`geen tijdpunt: ${tijdpunt}`);
  const tekst = parsed.tijdpunt.tekst;
  const n = Number(/\d+/.exec(tekst)?.[0]);
  let maanden: number;
  if (tekst === 'preconceptie') maanden = -10;
  else if (tekst === 'bevalling') maanden = 0;
  else if (tekst === 'jaar 3') maanden = 24;
  else if (tekst === 'jaar 4' || tekst === 'schoolleeftijd') maanden = 36;
  else if (tekst.startsWith('zwangerschap maand')) maanden = n - 10;
  else if (tekst.startsWith('zwangerschap week')) maanden = ((n - 40) * 7) / DAGEN_PER_MAAND;
  else if (tekst.startsWith('week')) maanden = ((n - 1) * 7) / DAGEN_PER_MAAND;
  else maanden = n - 1;
  return Math.round(maanden * 10) / 10;
}

/** "Maand  11" → "maand 11", the form tijdpuntInWoorden reads. */
function genormaliseerd(tijdpunt: string): string {
  const parsed = parseTijdpunt(tijdpunt);
  return parsed.ok ? parsed.tijdpunt.tekst : tijdpunt;
}

export interface DekkingCel {
  fase: FaseId;
  niveau: NiveauId;
  /** Ids of the voorzieningen in this cell, in data order. */
  voorzieningen: string[];
}

export interface FaseKosten {
  fase: FaseId;
  totaal: number;
  /** Voorzieningen with at least one of KOSTEN_VOOR_GEZIN. */
  metKosten: number;
  /** metKosten / totaal as a whole percentage; undefined when the fase has no voorzieningen. */
  procent?: number;
  perKenmerk: Record<(typeof KOSTEN_VOOR_GEZIN)[number], number>;
}

export interface VerouderdeVoorziening {
  id: string;
  naam: string;
  bijgewerkt: string;
  /** Whole months since bijgewerkt. */
  maandenOud: number;
}

export interface LangePauze {
  route: { id: string; naam: string };
  van: { voorziening: string; moment: string };
  naar: { voorziening: string; moment: string };
  /** Months between the two steps, one decimal. */
  maanden: number;
}

export interface Analyse {
  /** One row per fase, one cell per niveau. */
  dekking: DekkingCel[][];
  legeCellen: number;
  zonderContact: { id: string; naam: string }[];
  verouderd: VerouderdeVoorziening[];
  langePauzes: LangePauze[];
  kosten: FaseKosten[];
}

function heeftContact(voorziening: VoorzieningModel): boolean {
  return voorziening.aanbieders.some((a) => a.telefoon || a.email || a.website);
}

export function analyseer(regio: RegioModel, vandaag: Date): Analyse {
  const { voorzieningen } = regio;
  const dekking = FASE_IDS.map((fase) =>
    NIVEAU_IDS.map((niveau) => ({
      fase,
      niveau,
      voorzieningen: voorzieningen.filter((v) => v.niveau === niveau && raaktFase(v, fase)).map((v) => v.id),
    })),
  );

  const kosten = FASE_IDS.map((fase): FaseKosten => {
    const inFase = voorzieningen.filter((v) => raaktFase(v, fase));
    const metKosten = inFase.filter((v) => v.kenmerken.some((k) => KOSTEN_VOOR_GEZIN.includes(k))).length;
    const perKenmerk = Object.fromEntries(KOSTEN_VOOR_GEZIN.map((k) => [k, inFase.filter((v) => v.kenmerken.includes(k)).length])) as FaseKosten['perKenmerk'];
    return { fase, totaal: inFase.length, metKosten, procent: inFase.length ? Math.round((metKosten / inFase.length) * 100) : undefined, perKenmerk };
  });

  const verouderd = voorzieningen
    .map((v) => ({ v, dagen: ouderdomInDagen(v.bijgewerkt, vandaag) }))
    .filter(({ dagen }) => dagen > VEROUDERD_NA_DAGEN)
    .sort((a, b) => b.dagen - a.dagen)
    .map(({ v, dagen }) => ({ id: v.id, naam: v.naam, bijgewerkt: v.bijgewerkt, maandenOud: Math.floor(dagen / DAGEN_PER_MAAND) }));

  const langePauzes = regio.routes.flatMap((route) =>
    route.stappen.slice(1).flatMap((stap, i) => {
      const vorige = route.stappen[i]!;
      const maanden = Math.round((leeftijdInMaanden(stap.moment) - leeftijdInMaanden(vorige.moment)) * 10) / 10;
      if (maanden <= LANGE_PAUZE_MAANDEN) return [];
      return [
        {
          route: { id: route.id, naam: route.naam },
          van: { voorziening: vorige.voorziening, moment: genormaliseerd(vorige.moment) },
          naar: { voorziening: stap.voorziening, moment: genormaliseerd(stap.moment) },
          maanden,
        },
      ];
    }),
  );

  return {
    dekking,
    legeCellen: dekking.flat().filter((cel) => cel.voorzieningen.length === 0).length,
    zonderContact: voorzieningen.filter((v) => !heeftContact(v)).map((v) => ({ id: v.id, naam: v.naam })),
    verouderd,
    langePauzes,
    kosten,
  };
}
