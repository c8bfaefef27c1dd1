/**
 * The download: the region's data files as a .zip exactly as data/<regio>/ wants them, with WIJZIGINGEN.txt. With
 * errors the download is refused and the errors are listed. Made in the browser: nothing is sent anywhere.
 */
import { useState, type ReactNode } from 'react';
import { WIJZIGINGEN_BESTAND } from '../../domain/bouwen.ts';
import { formatFouten, type DataFout } from '../../domain/fouten.ts';
import { wijzigingenTekst } from './wijzigingen.ts';
import { bestandenVan, type Werk } from './werk.ts';
import { maakZip } from './zip.ts';
import { bewaar } from '../bewaar.ts';

export function Downloaden({ werk, fouten, children }: { werk: Werk; fouten: readonly DataFout[]; children?: ReactNode }) {
  const [geweigerd, setGeweigerd] = useState<DataFout[] | undefined>();
  const [gedaan, setGedaan] = useState('');
  const errors = fouten.filter((f) => f.ernst === 'fout');
  const download = () => {
    if (errors.length) {
      setGeweigerd(errors);
      setGedaan('');
      return;
    }
    setGeweigerd(undefined);
    const nu = new Date();
    const bestanden = bestandenVan(werk);
    const zip = maakZip({ ...bestanden, [WIJZIGINGEN_BESTAND]: wijzigingenTekst(werk.regioId, werk.geopend, werk.origineel, bestanden, nu) }, nu);
    bewaar(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), `${werk.regioId}-gegevens-${nu.toISOString().slice(0, 10)}.zip`);
    setGedaan(`Gedownload: ${werk.regioId}-gegevens-${nu.toISOString().slice(0, 10)}.zip. Pak het uit in data/${werk.regioId}/.`);
  };
  return (
    <section className="bh-download" aria-labelledby="bh-download-kop">
      <h2 id="bh-download-kop">Download</h2>
      <p>Je werk blijft in deze browser bewaard tot je het downloadt. De .zip bevat de gegevensbestanden precies zoals ze in <code>data/{werk.regioId}/</code> horen, met een lijst van wat je hebt veranderd (WIJZIGINGEN.txt).</p>
      {!('huisstijl.json' in werk.overig) && (
        <p>Een eigen huisstijl (<code>huisstijl.json</code>, het logo) zit er niet in als je de regio van de site hebt geopend: laat die bestanden in de map staan.</p>
      )}
      <div className="bh-knoppen">
        <button type="button" className="bh-hoofdknop" onClick={download}>Download gegevens (.zip)</button>
      </div>
      {/* The Excel controls (ExcelKnoppen), from BeheerApp, which owns the state they change. */}
      {children}
      <div aria-live="polite">
        {gedaan && <p className="bh-status-goed">{gedaan}</p>}
      </div>
      {geweigerd && (
        <div role="alert" className="bh-geweigerd">
          <p>
            <strong>Niet gedownload:</strong> er {geweigerd.length === 1 ? 'is 1 fout' : `zijn ${geweigerd.length} fouten`}. Herstel eerst:
          </p>
          <ul>
            {formatFouten(geweigerd).map((regel, i) => (
              <li key={i}>{regel}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
