/** Small hand-made models for unit tests: write tijdpunten as an author would, get the validated model shape. */
import type { KlantrouteModel, VoorzieningModel } from '../../src/domain/model.ts';
import type { Klantroute } from '../../src/domain/schema/klantroute.ts';
import type { Voorziening } from '../../src/domain/schema/voorziening.ts';
import { parseTijdpunt } from '../../src/domain/tijdpunt.ts';

function kolom(tekst: string): { eerste: number; laatste: number } {
  const result = parseTijdpunt(tekst);
  if (!result.ok) throw new Error(result.fout);
  return result.tijdpunt;
}

export function voorziening(fields: Partial<Voorziening> & Pick<Voorziening, 'id' | 'niveau' | 'periode'>): VoorzieningModel {
  const v: Voorziening = {
    naam: fields.id,
    omschrijving: `Over ${fields.id}.`,
    kenmerken: [],
    aanbieders: [{ naam: `Aanbieder van ${fields.id}` }],
    toegang: 'Zelf aanmelden.',
    bijgewerkt: '2026-01-01',
    ...fields,
  };
  return {
    ...v,
    kolommen: { eerste: kolom(v.periode.van).eerste, laatste: kolom(v.periode.tot ?? v.periode.van).laatste },
    momentKolommen: (v.momenten ?? []).map((m) => kolom(m).eerste),
  };
}

export function route(fields: Partial<Klantroute> & Pick<Klantroute, 'id' | 'stappen'>): KlantrouteModel {
  return {
    naam: fields.id,
    omschrijving: `Route ${fields.id}.`,
    ...fields,
    stappen: fields.stappen.map((s) => ({ ...s, kolom: kolom(s.moment).eerste })),
  };
}

export const stap = (voorziening: string, moment: string, toelichting = `${voorziening} op ${moment}`) => ({ voorziening, moment, toelichting });
