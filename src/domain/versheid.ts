/** Freshness and feedback on a voorziening page: readers must be able to trust the map, and say where it is wrong. */
import { ouderdomInDagen, VEROUDERD_NA_DAGEN } from './controles.ts';

/** The same rule as check-data's warning: not looked at for more than 12 months. */
export function isVerouderd(bijgewerkt: string, vandaag: Date): boolean {
  return ouderdomInDagen(bijgewerkt, vandaag) > VEROUDERD_NA_DAGEN;
}

export const FEEDBACK_VRAAG = 'Wat gaat goed, wat kan beter?';

/** mailto: link to the coalition with the subject "Routekaart: <naam>" and the question in the body. */
export function feedbackLink(email: string, naam: string): string {
  const onderwerp = encodeURIComponent(`Routekaart: ${naam}`);
  const tekst = encodeURIComponent(`${FEEDBACK_VRAAG}\n\n`);
  return `mailto:${email}?subject=${onderwerp}&body=${tekst}`;
}
