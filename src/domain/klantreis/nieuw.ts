/**
 * Making a new, empty klantreis and its parts. Ids come from a `maakId` function the caller passes in, so the
 * editor can use random keys while tests get the same ids on every run.
 */
import {
  KLANTREIS_FORMAAT,
  KLANTREIS_VERSIE,
  type Actie,
  type Band,
  type Betrokkene,
  type Klantreis,
  type Overdracht,
  type VerloopId,
} from './schema.ts';

export interface BandSjabloon {
  naam: string;
  van: number;
  tot: number;
}

/**
 * The age bands a coalition starts with, contiguous from the start of the pregnancy to the sixth birthday.
 * The names are the ones the coalitions use; "4–5 jaar" starts at 36 months so no month falls between bands.
 */
export const STANDAARD_BANDEN: readonly BandSjabloon[] = [
  { naam: '−10 maanden tot 0 jaar', van: -10, tot: 0 },
  { naam: '0–2 jaar', van: 0, tot: 24 },
  { naam: '2–3 jaar', van: 24, tot: 36 },
  { naam: '4–5 jaar', van: 36, tot: 60 },
  { naam: '6 jaar', van: 60, tot: 72 },
];

const SLEUTEL_LENGTE = 8;

/** 8 base36 characters: 36⁸ ≈ 2.8·10¹² keys, so two parts of one case practically never collide. */
export function maakSleutel(random: () => number = Math.random): string {
  let sleutel = '';
  for (let i = 0; i < SLEUTEL_LENGTE; i++) {
    // Math.random() < 1, but a caller's random may return 1: clamp so the digit stays in 0–35.
    sleutel += Math.min(35, Math.floor(random() * 36)).toString(36);
  }
  return sleutel;
}

export function nieuweBand(maakId: () => string, sjabloon: BandSjabloon): Band {
  return {
    id: maakId(),
    naam: sjabloon.naam,
    van: sjabloon.van,
    tot: sjabloon.tot,
    betrokkenen: [],
    feiten: '',
    perspectieven: { ouders: '', professionals: '' },
    succesfactoren: '',
    verbeterfactoren: '',
    acties: [],
  };
}

/** A new case has the standard bands, all texts empty: a case is filled in bit by bit. */
export function nieuweKlantreis(titel: string, nu: Date, maakId: () => string, regio?: string): Klantreis {
  return {
    formaat: KLANTREIS_FORMAAT,
    versie: KLANTREIS_VERSIE,
    id: maakId(),
    titel,
    // Only when given: an absent region is absent from the file too, so saving and reading back is exact.
    ...(regio === undefined ? {} : { regio }),
    bijgewerkt: nu.toISOString(),
    banden: STANDAARD_BANDEN.map((sjabloon) => nieuweBand(maakId, sjabloon)),
    overdrachten: [],
  };
}

export function nieuweBetrokkene(maakId: () => string, velden: Partial<Omit<Betrokkene, 'id'>> = {}): Betrokkene {
  return { id: maakId(), naam: '', rol: 'professional', organisatie: '', ...velden };
}

export function nieuweActie(maakId: () => string, velden: Partial<Omit<Actie, 'id'>> = {}): Actie {
  return { id: maakId(), wat: '', eigenaar: '', datum: '', ...velden };
}

export function nieuweOverdracht(
  maakId: () => string,
  velden: Pick<Overdracht, 'van' | 'naar' | 'moment'> & { verloop?: VerloopId; toelichting?: string },
): Overdracht {
  return { id: maakId(), verloop: 'onbekend', toelichting: '', ...velden };
}
