/**
 * Who was involved in a case, and when: the betrokkenen of all age bands, with the same person (same naam and
 * organisatie, ignoring case and surrounding spaces) brought together on one line of periods. Framework-free;
 * the timeline layout (src/layout/klantreis.ts) and the table alternative both read this.
 */
import { ROL_IDS, type Klantreis, type RolId } from './schema.ts';

export interface Periode {
  van: number;
  tot: number;
  /** The band of the earliest entry that makes up this period. */
  bandId: string;
  /** The betrokkene of that entry (ids are per band entry, so a merged period names its first). */
  betrokkeneId: string;
}

export interface Betrokkenheid {
  /** Normalised naam and organisatie: the identity of a person across bands. */
  sleutel: string;
  naam: string;
  organisatie: string;
  rol: RolId;
  voorziening?: string;
  /** Sorted by van; touching or overlapping periods are merged. */
  perioden: Periode[];
  /** Every betrokkene entry of this person, in file order. */
  betrokkeneIds: string[];
}

/** The rol as a word in a sentence ("ouder — van de geboorte tot 2 jaar"). */
export const ROL_NAMEN: Record<RolId, string> = {
  ouder: 'ouder',
  netwerk: 'eigen netwerk',
  professional: 'professional',
};

/** The rol as the name of a lane on the timeline. */
export const ROL_LAAN_NAMEN: Record<RolId, string> = {
  ouder: 'Ouders',
  netwerk: 'Eigen netwerk',
  professional: 'Professionals',
};

const collator = new Intl.Collator('nl');

function normaal(tekst: string): string {
  return tekst.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

/** The identity of a person: naam and organisatie, normalised, with a separator no typed text contains. */
export function betrokkeneSleutel(naam: string, organisatie: string): string {
  return `${normaal(naam)}\u001f${normaal(organisatie)}`;
}

function voegSamen(perioden: Periode[]): Periode[] {
  const gesorteerd = [...perioden].sort((a, b) => a.van - b.van || a.tot - b.tot);
  const samen: Periode[] = [];
  for (const periode of gesorteerd) {
    const vorige = samen[samen.length - 1];
    if (vorige && periode.van <= vorige.tot) vorige.tot = Math.max(vorige.tot, periode.tot);
    else samen.push({ ...periode });
  }
  return samen;
}

/**
 * The people in a case and when they were involved. A betrokkene's own van/tot wins over its band's; a reversed
 * span is read the right way round. Entries with an empty naam are left out (a case is filled in bit by bit).
 * When one person appears with different roles, the first entry in the file decides; likewise for voorziening
 * (the first one given). Order: ouders, eigen netwerk, professionals; then by first involvement; then by naam.
 */
export function betrokkenheid(k: Klantreis): Betrokkenheid[] {
  const perPersoon = new Map<string, Betrokkenheid>();
  for (const band of k.banden) {
    for (const b of band.betrokkenen) {
      const naam = b.naam.trim();
      if (naam === '') continue;
      const organisatie = b.organisatie.trim();
      const sleutel = betrokkeneSleutel(naam, organisatie);
      const van = b.van ?? band.van;
      const tot = b.tot ?? band.tot;
      const periode: Periode = { van: Math.min(van, tot), tot: Math.max(van, tot), bandId: band.id, betrokkeneId: b.id };
      const persoon = perPersoon.get(sleutel);
      if (persoon) {
        persoon.perioden.push(periode);
        persoon.betrokkeneIds.push(b.id);
        if (persoon.voorziening === undefined && b.voorziening) persoon.voorziening = b.voorziening;
      } else {
        perPersoon.set(sleutel, {
          sleutel,
          naam,
          organisatie,
          rol: b.rol,
          ...(b.voorziening ? { voorziening: b.voorziening } : {}),
          perioden: [periode],
          betrokkeneIds: [b.id],
        });
      }
    }
  }
  const lijst = [...perPersoon.values()].map((p) => ({ ...p, perioden: voegSamen(p.perioden) }));
  return lijst.sort(
    (a, b) =>
      ROL_IDS.indexOf(a.rol) - ROL_IDS.indexOf(b.rol) ||
      a.perioden[0]!.van - b.perioden[0]!.van ||
      collator.compare(a.naam, b.naam) ||
      collator.compare(a.organisatie, b.organisatie) ||
      (a.sleutel < b.sleutel ? -1 : a.sleutel > b.sleutel ? 1 : 0),
  );
}

/** Betrokkene id → person, for overdrachten. When a file reuses an id, the first person in the list keeps it. */
export function persoonPerBetrokkene(lijst: readonly Betrokkenheid[]): Map<string, Betrokkenheid> {
  const index = new Map<string, Betrokkenheid>();
  for (const persoon of lijst) for (const id of persoon.betrokkeneIds) if (!index.has(id)) index.set(id, persoon);
  return index;
}

/** "Jeugdverpleegkundige (GGD Twente)", or just the naam without an organisatie. */
export function persoonLabel(p: Pick<Betrokkenheid, 'naam' | 'organisatie'>): string {
  return p.organisatie ? `${p.naam} (${p.organisatie})` : p.naam;
}
