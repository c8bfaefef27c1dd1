/**
 * The gap analysis a coalition discusses in its meeting: where is nothing on offer, what can a family not reach,
 * what is out of date, where does a route go quiet, and what costs families money. Pure: model in, numbers out.
 */
import { ouderdomInDagen, VEROUDERD_NA_DAGEN } from './controles.ts';
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
  const dekking = perFaseEnNiveau(voorzieningen).map((rij) => rij.cellen.map((cel) => ({ fase: rij.fase, niveau: cel.niveau, voorzieningen: cel.voorzieningen.map((v) => v.id) })));

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
    legeCellen: dekking.flat().filter((cel) => cel.voorzieningen.length === 0).length,
    zonderContact: voorzieningen.filter((v) => !heeftContact(v)).map((v) => ({ id: v.id, naam: v.naam })),
    verouderd,
    langePauzes,
    kosten,
  };
}
