/**
 * A due date or a child's birth date, turned into the fase the family is in today. Dates are calendar dates
 * (JJJJ-MM-DD) compared in UTC, so the answer does not shift with the clock or the time zone of the machine.
 */
import { faseVanLeeftijd, type FaseId } from './tijdlijn.ts';

export type FaseBepaling = { ok: true; fase: FaseId; uitleg: string } | { ok: false; fout: string };

const DAG = 86_400_000;
/** A pregnancy counts 280 days (40 weeks) up to the due date. */
const ZWANGERSCHAP_DAGEN = 280;
/** After the due date the birth can still be two weeks away (42 weeks). */
const OVERTIJD_DAGEN = 14;

function parse(datum: string): { y: number; m: number; d: number; time: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(datum);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(y, m - 1, d);
  if (new Date(time).getUTCDate() !== d || new Date(time).getUTCMonth() !== m - 1) return undefined;
  return { y, m, d, time };
}

/** Today's calendar date where the user is (the browser's or the build machine's local date). */
export function datumVan(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function faseVanUitgerekendeDatum(uitgerekend: string, vandaag: string): FaseBepaling {
  const due = parse(uitgerekend);
  const today = parse(vandaag);
  if (!due || !today) return { ok: false, fout: 'De uitgerekende datum is geen geldige datum.' };
  const dagen = ZWANGERSCHAP_DAGEN - (due.time - today.time) / DAG;
  if (dagen < 0) return { ok: false, fout: 'De uitgerekende datum ligt meer dan 40 weken vooruit. Klopt de datum?' };
  if (dagen < ZWANGERSCHAP_DAGEN) {
    const week = Math.floor(dagen / 7) + 1;
    return { ok: true, fase: 'zwangerschap', uitleg: `Zwanger, ongeveer week ${week} van de zwangerschap.` };
  }
  if (dagen <= ZWANGERSCHAP_DAGEN + OVERTIJD_DAGEN) return { ok: true, fase: 'bevalling', uitleg: 'De uitgerekende datum is bereikt: de bevalling is nu of binnenkort.' };
  return { ok: false, fout: 'De uitgerekende datum is al meer dan twee weken voorbij. Is het kind geboren? Vul dan de geboortedatum in.' };
}

/** Age in whole calendar months, as people say it: born on 31 January, one month old on 28 February is not yet. */
function maandenOud(geboren: { y: number; m: number; d: number }, vandaag: { y: number; m: number; d: number }): number {
  return (vandaag.y - geboren.y) * 12 + (vandaag.m - geboren.m) - (vandaag.d < geboren.d ? 1 : 0);
}

export function faseVanGeboortedatum(geboren: string, vandaag: string): FaseBepaling {
  const birth = parse(geboren);
  const today = parse(vandaag);
  if (!birth || !today) return { ok: false, fout: 'De geboortedatum is geen geldige datum.' };
  const dagen = (today.time - birth.time) / DAG;
  if (dagen < 0) return { ok: false, fout: 'De geboortedatum ligt in de toekomst. Bedoelt u de uitgerekende datum?' };
  const maanden = maandenOud(birth, today);
  const leeftijd =
    maanden < 1 ? (dagen < 7 ? 'net geboren' : `${Math.floor(dagen / 7)} weken oud`) : maanden < 24 ? `${maanden} ${maanden === 1 ? 'maand' : 'maanden'} oud` : `${Math.floor(maanden / 12)} jaar oud`;
  return { ok: true, fase: faseVanLeeftijd(maanden), uitleg: `Het kind is ${leeftijd}.` };
}
