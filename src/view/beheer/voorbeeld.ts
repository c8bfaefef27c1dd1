/**
 * What the live preview draws: the voorzieningen that pass their own schema (an item being typed does not blank
 * the whole map), turned into the models the map layout takes, as on the published map on this day.
 */
import { opDeKaart } from '../../domain/beschikbaar.ts';
import type { VoorzieningModel } from '../../domain/model.ts';
import { voorzieningSchema } from '../../domain/schema/voorziening.ts';
import { parseTijdpunt } from '../../domain/tijdpunt.ts';
import type { Obj } from './werk.ts';

function kolommen(van: string, tot: string | undefined) {
  const a = parseTijdpunt(van);
  const b = parseTijdpunt(tot ?? van);
  return a.ok && b.ok ? { eerste: a.tijdpunt.eerste, laatste: b.tijdpunt.laatste } : undefined;
}

export function alsModel(data: Obj): VoorzieningModel | undefined {
  const uitslag = voorzieningSchema.safeParse(data);
  if (!uitslag.success) return undefined;
  const v = uitslag.data;
  const bereik = kolommen(v.periode.van, v.periode.tot);
  if (!bereik) return undefined;
  const momentKolommen = (v.momenten ?? []).flatMap((m) => {
    const t = parseTijdpunt(m);
    return t.ok ? [t.tijdpunt.eerste] : [];
  });
  return { ...v, kolommen: bereik, momentKolommen };
}

export function voorbeeldVoorzieningen(voorzieningen: readonly Obj[], vandaag: string): VoorzieningModel[] {
  const ids = new Set<string>();
  const modellen = voorzieningen.flatMap((d) => {
    const m = alsModel(d);
    // A double id would give two bars one link; the check reports it.
    if (!m || ids.has(m.id)) return [];
    ids.add(m.id);
    return [m];
  });
  return opDeKaart(modellen, vandaag);
}
