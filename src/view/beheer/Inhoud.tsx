/**
 * The list of everything to edit: regio, doelgroepen, the voorzieningen (searchable, per niveau, with errors, not
 * checked for 12 months) and the klantroutes. Each voorziening is a button named exactly as the voorziening.
 */
import { useId, useState } from 'react';
import { NIVEAU_IDS } from '../../domain/ids.ts';
import { NIVEAU_NAMEN } from '../../domain/woorden.ts';
import { filterVoorzieningen, GEEN_FILTER, type Filter } from './lijst.ts';
import type { Item, Obj } from './werk.ts';

export type Keuze = { soort: 'regio' } | { soort: 'doelgroepen' } | { soort: 'nakijken' } | { soort: 'voorziening' | 'route'; sleutel: string };

interface Props {
  voorzieningen: readonly (Item & { data: Obj })[];
  routes: readonly (Item & { data: Obj })[];
  metFouten: ReadonlySet<number>;
  routesMetFouten: ReadonlySet<number>;
  vandaag: Date;
  keuze: Keuze;
  onKies: (keuze: Keuze) => void;
  onNieuw: (soort: 'voorziening' | 'route') => void;
}

const naamVan = (data: Obj) => (typeof data.naam === 'string' && data.naam.trim() ? data.naam : `(zonder naam: ${String(data.id ?? '')})`);

/** Voorzieningen or klantroutes: each a button named exactly its naam, with a "fout" badge beside it (not in the name). */
function ItemLijst({ kop, items, huidig, onKies }: { kop: string; items: readonly (readonly [Item & { data: Obj }, boolean])[]; huidig: (sleutel: string) => 'true' | undefined; onKies: (sleutel: string) => void }) {
  return (
    <ul className="bh-lijst" aria-labelledby={kop}>
      {items.map(([item, fout]) => (
        <li key={item.sleutel}>
          <button type="button" aria-current={huidig(item.sleutel)} onClick={() => onKies(item.sleutel)}>{naamVan(item.data)}</button>
          {fout && <span className="bh-label-fout">fout</span>}
        </li>
      ))}
    </ul>
  );
}

export function Inhoud({ voorzieningen, routes, metFouten, routesMetFouten, vandaag, keuze, onKies, onNieuw }: Props) {
  const basis = useId();
  const [filter, setFilter] = useState<Filter>(GEEN_FILTER);
  const zichtbaar = filterVoorzieningen(voorzieningen.map((i) => i.data), filter, metFouten, vandaag);
  const huidig = (soort: string, sleutel?: string) =>
    keuze.soort === soort && (!sleutel || ('sleutel' in keuze && keuze.sleutel === sleutel)) ? ('true' as const) : undefined;
  return (
    <nav className="bh-inhoud" aria-label="Gegevens van de regio">
      <ul className="bh-delen">
        <li><button type="button" aria-current={huidig('regio')} onClick={() => onKies({ soort: 'regio' })}>Regio</button></li>
        <li><button type="button" aria-current={huidig('doelgroepen')} onClick={() => onKies({ soort: 'doelgroepen' })}>Doelgroepen</button></li>
        <li><button type="button" aria-current={huidig('nakijken')} onClick={() => onKies({ soort: 'nakijken' })}>Nakijken</button></li>
      </ul>
      <h2 id={`${basis}-vz`}>Voorzieningen</h2>
      <div className="bh-filter">
        <div className="bh-veld">
          <label htmlFor={`${basis}-zoek`}>Zoek een voorziening</label>
          <input id={`${basis}-zoek`} type="search" value={filter.zoek} onChange={(e) => setFilter({ ...filter, zoek: e.target.value })} />
        </div>
        <div className="bh-veld">
          <label htmlFor={`${basis}-niveau`}>Niveau</label>
          <select id={`${basis}-niveau`} value={filter.niveau} onChange={(e) => setFilter({ ...filter, niveau: e.target.value })}>
            <option value="">Alle niveaus</option>
            {NIVEAU_IDS.map((n) => <option key={n} value={n}>{NIVEAU_NAMEN[n]}</option>)}
          </select>
        </div>
        <div className="bh-vinkje">
          <input id={`${basis}-fouten`} type="checkbox" checked={filter.metFouten} onChange={(e) => setFilter({ ...filter, metFouten: e.target.checked })} />
          <label htmlFor={`${basis}-fouten`}>Alleen met fouten</label>
        </div>
        <div className="bh-vinkje">
          <input id={`${basis}-oud`} type="checkbox" checked={filter.verouderd} onChange={(e) => setFilter({ ...filter, verouderd: e.target.checked })} />
          <label htmlFor={`${basis}-oud`}>Niet nagekeken in 12 maanden</label>
        </div>
      </div>
      <p role="status" className="bh-telling">{zichtbaar.length} van {voorzieningen.length} voorzieningen</p>
      <ItemLijst kop={`${basis}-vz`} items={zichtbaar.map((i) => [voorzieningen[i]!, metFouten.has(i)] as const)} huidig={(sleutel) => huidig('voorziening', sleutel)} onKies={(sleutel) => onKies({ soort: 'voorziening', sleutel })} />
      <button type="button" onClick={() => onNieuw('voorziening')}>Nieuwe voorziening</button>
      <h2 id={`${basis}-routes`}>Klantroutes</h2>
      <ItemLijst kop={`${basis}-routes`} items={routes.map((item, i) => [item, routesMetFouten.has(i)] as const)} huidig={(sleutel) => huidig('route', sleutel)} onKies={(sleutel) => onKies({ soort: 'route', sleutel })} />
      <button type="button" onClick={() => onNieuw('route')}>Nieuwe klantroute</button>
    </nav>
  );
}
