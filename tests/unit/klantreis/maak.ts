/** Small klantreizen for the tests, with ids that are the same on every run. */
import { nieuweActie, nieuweBetrokkene, nieuweKlantreis } from '../../../src/domain/klantreis/nieuw.ts';
import type { Klantreis } from '../../../src/domain/klantreis/schema.ts';

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
