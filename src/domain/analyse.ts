/**
 * The gap analysis a coalition discusses in its meeting: where is nothing on offer, what can a family not reach,
 * what is out of date, where does a route go quiet, and what costs families money. Pure: model in, numbers out.
 */
import { dagenTussen, isBeschikbaar, isoDatum } from './beschikbaar.ts';
import { ouderdomInDagen, VEROUDERD_NA_DAGEN } from './controles.ts';
import { aangebodenIn } from './gemeente.ts';
import type { RegioModel, VoorzieningModel } from './model.ts';
import type { KenmerkId, NiveauId } from './ids.ts';
import { perFaseEnNiveau } from './overzicht.ts';
import { DAGEN_PER_MAAND, FASE_IDS, raaktFase, type FaseId } from './tijdlijn.ts';
import { leeftijdInMaanden, parseTijdpunt } from './tijdpunt.ts';

/** The kenmerken that mean a family pays (or needs an extra insurance) for a voorziening. */
export const KOSTEN_VOOR_GEZIN: readonly KenmerkId[] = ['eigen-risico', 'eigen-bijdrage', 'aanvullend-verzekerd'];

/**
 * A route "goes quiet" when more than this many months lie between two steps. Three months: in the first year the
 * consultatiebureau sees a family every one to three months, so a longer silence in a route is where a family with
 * extra needs can drop out of view. Measured in months rather than map columns, because the columns are not to
 * scale (a week column early on, one column for month 15–24).
 */
export const LANGE_PAUZE_MAANDEN = 3;

/**
 * A pilot or service that ends within this many days is flagged: about a quarter, time for the coalition to decide
 * on a follow-up and to tell the professionals who refer to it.
 */
export const AFLOPEND_BINNEN_DAGEN = 90;

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

/** One fase × niveau, counted per gemeente of the region (in the region's order). */
export interface GemeenteDekkingRij {
  fase: FaseId;
  niveau: NiveauId;
  /** Per gemeente: ids of the voorzieningen a family living there can get, in data order. */
  perGemeente: string[][];
}

/** A gemeente with nothing in a fase × niveau where another gemeente of the region does have something. */
export interface GemeenteGat {
  gemeente: string;
  fase: FaseId;
  niveau: NiveauId;
  /** The other gemeenten that do have something there. */
  elders: string[];
}

export interface DekkingPerGemeente {
  gemeenten: string[];
  rijen: GemeenteDekkingRij[];
  gaten: GemeenteGat[];
}

export interface AflopendeVoorziening {
  id: string;
  naam: string;
  /** beschikbaar.tot: the last day. */
  tot: string;
  /** Days from today to `tot`: negative when it has passed. */
  dagen: number;
  voorbij: boolean;
}

export interface Analyse {
  /** One row per fase, one cell per niveau; only voorzieningen available on the day of the analysis count. */
  dekking: DekkingCel[][];
  /** The same per gemeente; only for a region of more than one gemeente. */
  dekkingPerGemeente?: DekkingPerGemeente;
  /** beschikbaar.tot passed, or within AFLOPEND_BINNEN_DAGEN days; soonest (longest ago) first. */
  aflopend: AflopendeVoorziening[];
  legeCellen: number;
  zonderContact: { id: string; naam: string }[];
  verouderd: VerouderdeVoorziening[];
  langePauzes: LangePauze[];
  kosten: FaseKosten[];
}

function heeftContact(voorziening: VoorzieningModel): boolean {
  return voorziening.aanbieders.some((a) => a.telefoon || a.email || a.website);
}

function perGemeente(voorzieningen: readonly VoorzieningModel[], gemeenten: readonly string[]): DekkingPerGemeente {
  const rijen = perFaseEnNiveau(voorzieningen).flatMap((rij) =>
    rij.cellen.map(
      (cel): GemeenteDekkingRij => ({
        fase: rij.fase,
        niveau: cel.niveau,
        perGemeente: gemeenten.map((g) => cel.voorzieningen.filter((v) => aangebodenIn(v, g)).map((v) => v.id)),
      }),
    ),
  );
  const gaten = rijen.flatMap((rij) => {
    const elders = gemeenten.filter((_, i) => rij.perGemeente[i]!.length > 0);
    if (elders.length === 0) return []; // nothing anywhere: the region-wide table already says "geen aanbod"
    return gemeenten.flatMap((gemeente, i) => (rij.perGemeente[i]!.length === 0 ? [{ gemeente, fase: rij.fase, niveau: rij.niveau, elders }] : []));
  });
  return { gemeenten: [...gemeenten], rijen, gaten };
}

export function analyseer(regio: RegioModel, vandaag: Date): Analyse {
  const dag = isoDatum(vandaag);
  // What a family can get today: an ended pilot covers nothing any more.
  const voorzieningen = regio.voorzieningen.filter((v) => isBeschikbaar(v, dag));
  const dekking = perFaseEnNiveau(voorzieningen).map((rij) => rij.cellen.map((cel) => ({ fase: rij.fase, niveau: cel.niveau, voorzieningen: cel.voorzieningen.map((v) => v.id) })));
  const { gemeenten } = regio.regio;

  const aflopend = regio.voorzieningen
    .flatMap((v): AflopendeVoorziening[] => {
      const tot = v.beschikbaar?.tot;
      if (!tot) return [];
      const dagen = dagenTussen(dag, tot);
      return dagen <= AFLOPEND_BINNEN_DAGEN ? [{ id: v.id, naam: v.naam, tot, dagen, voorbij: dagen < 0 }] : [];
    })
    .sort((a, b) => a.dagen - b.dagen);

  const kosten = FASE_IDS.map((fase): FaseKosten => {
    const inFase = voorzieningen.filter((v) => raaktFase(v.kolommen, fase));
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
    ...(gemeenten.length > 1 && { dekkingPerGemeente: perGemeente(voorzieningen, gemeenten) }),
    aflopend,
    legeCellen: dekking.flat().filter((cel) => cel.voorzieningen.length === 0).length,
    zonderContact: voorzieningen.filter((v) => !heeftContact(v)).map((v) => ({ id: v.id, naam: v.naam })),
    verouderd,
    langePauzes,
    kosten,
  };
}
