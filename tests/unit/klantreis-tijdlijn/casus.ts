/** Small, valid klantreis files for the timeline tests. Every case goes through the real schema. */
import { klantreisSchema, type Band, type Betrokkene, type Klantreis, type Overdracht } from '../../../src/domain/klantreis/schema.ts';

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
