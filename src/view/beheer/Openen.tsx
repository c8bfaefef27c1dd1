/** Opening a region: one of this site's regions, files from disk (a .zip, a region folder's .json files, or a routekaart.json), or a new one from a template. */
import { useId, useState } from 'react';
import type { Geopend } from './werk.ts';
import { nieuweRegio, werkUitBestanden, werkUitExport } from './werk.ts';
import { leesZip } from './zip.ts';

interface Props {
  regios: readonly { id: string; naam: string }[];
  huidig?: string;
  onGeopend: (geopend: Geopend & { ok: true }) => void;
}

/** Files from disk as work: a zip, a routekaart.json, or the files of a region folder. */
export async function leesBestanden(lijst: readonly File[], regioId: string, nu: Date): Promise<Geopend> {
  if (!lijst.length) return { ok: false, fout: 'kies eerst een of meer bestanden' };
  const zip = lijst.find((f) => f.name.toLowerCase().endsWith('.zip'));
  if (zip) {
    const uitgepakt = leesZip(new Uint8Array(await zip.arrayBuffer()));
    if (!uitgepakt.ok) return uitgepakt;
    const id = regioId || zip.name.replace(/-gegevens-\d{4}-\d{2}-\d{2}\.zip$/i, '').replace(/\.zip$/i, '');
    return werkUitBestanden(id, uitgepakt.bestanden, nu);
  }
  const teksten: Record<string, string> = {};
  for (const f of lijst) if (/\.(json|svg)$/i.test(f.name)) teksten[f.name] = await f.text();
  const eigen = Object.keys(teksten).find((n) => !['regio.json', 'doelgroepen.json', 'voorzieningen.json', 'routes.json', 'huisstijl.json'].includes(n) && n.endsWith('.json'));
  if (eigen && !teksten['regio.json']) {
    try {
      return werkUitExport(JSON.parse(teksten[eigen]!), nu);
    } catch (e) {
      return { ok: false, fout: `${eigen} is geen geldige JSON: ${(e as Error).message}` };
    }
  }
  if (!regioId) return { ok: false, fout: 'vul de regio-id in: de naam van de map data/<regio-id>/' };
  return werkUitBestanden(regioId, teksten, nu);
}

export function Openen({ regios, huidig, onGeopend }: Props) {
  const basis = useId();
  const [bestanden, setBestanden] = useState<File[]>([]);
  const [id, setId] = useState(huidig ?? '');
  const [nieuwId, setNieuwId] = useState('');
  const [fout, setFout] = useState('');
  const klaar = (g: Geopend) => {
    if (g.ok) {
      setFout('');
      onGeopend(g);
    } else setFout(g.fout);
  };
  return (
    <section className="bh-openen" aria-labelledby={`${basis}-kop`}>
      <h2 id={`${basis}-kop`}>Openen</h2>
      {huidig && <p>Iets anders openen vervangt het werk aan {huidig} in deze browser. Download het eerst als je het wilt houden.</p>}
      {regios.length > 0 && (
        <>
          <h3>Een regio van deze site</h3>
          <ul className="bh-regio-links">
            {regios.map((r) => (
              <li key={r.id}>
                <a href={`?regio=${encodeURIComponent(r.id)}`}>{r.naam}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Bestanden van je computer</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void leesBestanden(bestanden, id.trim(), new Date()).then(klaar);
        }}
      >
        <div className="bh-veld">
          <label htmlFor={`${basis}-bestanden`}>Een .zip, de .json-bestanden van een regiomap, of een routekaart.json</label>
          <input id={`${basis}-bestanden`} type="file" multiple accept=".zip,.json,.svg,application/zip,application/json" onChange={(e) => setBestanden([...(e.target.files ?? [])])} />
        </div>
        <div className="bh-veld">
          <label htmlFor={`${basis}-id`}>Regio-id (de mapnaam; niet nodig bij een routekaart.json)</label>
          <input id={`${basis}-id`} value={id} onChange={(e) => setId(e.target.value)} />
        </div>
        <button type="submit">Open de bestanden</button>
      </form>
      <h3>Een nieuwe regio</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          klaar(nieuweRegio(nieuwId.trim(), new Date()));
        }}
      >
        <div className="bh-veld">
          <label htmlFor={`${basis}-nieuw`}>Regio-id van de nieuwe regio, zoals "regio-zuid"</label>
          <input id={`${basis}-nieuw`} value={nieuwId} onChange={(e) => setNieuwId(e.target.value)} />
        </div>
        <button type="submit">Begin een nieuwe regio</button>
      </form>
      <div aria-live="polite">{fout && <p className="bh-melding">Niet geopend: {fout}</p>}</div>
    </section>
  );
}
