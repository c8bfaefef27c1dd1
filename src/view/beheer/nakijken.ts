/**
 * Nakijken: which voorzieningen were not checked for 12 months (the rule of check-data's warning), and per aanbieder
 * a ready e-mail with what the map says about them, asking to confirm or correct it.
 */
import { isVerouderd } from '../../domain/versheid.ts';
import { NIVEAU_NAMEN } from '../../domain/woorden.ts';
import { periodeInWoorden } from '../../domain/tijdpunt.ts';
import { parseTijdpunt } from '../../domain/tijdpunt.ts';
import type { NiveauId } from '../../domain/ids.ts';
import type { Obj } from './werk.ts';

const tekst = (waarde: unknown) => (typeof waarde === 'string' ? waarde : '');

export function teNakijken<T extends { data: Obj }>(items: readonly T[], vandaag: Date): T[] {
  return items.filter((i) => {
    const datum = tekst(i.data.bijgewerkt);
    return !/^\d{4}-\d{2}-\d{2}$/.test(datum) || isVerouderd(datum, vandaag);
  });
}

export interface AanbiederPost {
  naam: string;
  email?: string;
  voorzieningen: Obj[];
}

/** Every aanbieder named by a voorziening, with the voorzieningen it offers, by name (the first e-mail address found). */
export function aanbieders(voorzieningen: readonly Obj[]): AanbiederPost[] {
  const perNaam = new Map<string, AanbiederPost>();
  for (const v of voorzieningen) {
    for (const a of Array.isArray(v.aanbieders) ? (v.aanbieders as Obj[]) : []) {
      const naam = tekst(a.naam).trim();
      if (!naam) continue;
      const post = perNaam.get(naam) ?? { naam, voorzieningen: [] };
      if (!post.email && tekst(a.email)) post.email = tekst(a.email);
      if (!post.voorzieningen.includes(v)) post.voorzieningen.push(v);
      perNaam.set(naam, post);
    }
  }
  return [...perNaam.values()].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
}

function periode(v: Obj): string {
  const p = (v.periode ?? {}) as Obj;
  const van = tekst(p.van);
  const tot = tekst(p.tot) || undefined;
  const geldig = parseTijdpunt(van).ok && (!tot || parseTijdpunt(tot).ok);
  return geldig ? periodeInWoorden({ van, ...(tot ? { tot } : {}) }) : [van, tot].filter(Boolean).join(' tot ');
}

/** What the map says about one voorziening, as lines of plain text. */
export function beschrijving(v: Obj): string[] {
  const regels = [`${tekst(v.naam)}`, `  Omschrijving: ${tekst(v.omschrijving)}`];
  const niveau = NIVEAU_NAMEN[v.niveau as NiveauId];
  if (niveau) regels.push(`  Niveau: ${niveau}`);
  regels.push(`  Wanneer: ${periode(v)}`, `  Toegang: ${tekst(v.toegang)}`);
  if (tekst(v.voorWie)) regels.push(`  Voor wie: ${tekst(v.voorWie)}`);
  if (tekst(v.voorwaarden)) regels.push(`  Voorwaarden: ${tekst(v.voorwaarden)}`);
  if (tekst(v.kostenToelichting)) regels.push(`  Kosten: ${tekst(v.kostenToelichting)}`);
  if (Array.isArray(v.gemeenten) && v.gemeenten.length) regels.push(`  Gemeenten: ${(v.gemeenten as string[]).join(', ')}`);
  for (const l of Array.isArray(v.locaties) ? (v.locaties as Obj[]) : []) {
    regels.push(`  Locatie: ${[tekst(l.naam), tekst(l.adres), `${tekst(l.postcode)} ${tekst(l.plaats)}`.trim(), tekst(l.openingstijden)].filter(Boolean).join(', ')}`);
  }
  if (tekst(v.meerInformatie)) regels.push(`  Meer informatie: ${tekst(v.meerInformatie)}`);
  regels.push(`  Laatst nagekeken: ${tekst(v.bijgewerkt)}`);
  return regels;
}

/** A mailto: link to the aanbieder asking to confirm or correct what the map says; undefined without an e-mail address. */
export function aanbiederMail(post: AanbiederPost, regioNaam: string, afzender: string): string | undefined {
  if (!post.email) return undefined;
  const onderwerp = `Routekaart ${regioNaam}: kloppen uw gegevens nog?`;
  const body = [
    `Beste ${post.naam},`,
    '',
    `Op de routekaart Kansrijke Start van ${regioNaam} staat het volgende over uw aanbod. Wilt u nakijken of het nog klopt, en het bevestigen of verbeteren door op deze mail te antwoorden?`,
    '',
    ...post.voorzieningen.flatMap((v) => [...beschrijving(v), '']),
    'Met vriendelijke groet,',
    afzender,
  ].join('\n');
  return `mailto:${encodeURIComponent(post.email).replace(/%40/g, '@')}?subject=${encodeURIComponent(onderwerp)}&body=${encodeURIComponent(body)}`;
}
