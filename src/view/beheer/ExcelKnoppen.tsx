/**
 * The beheer page's two Excel controls: "Download als Excel (.xlsx)" and "Excel-bestand inlezen". A file that reads
 * back without errors goes to onGelezen as the new items of voorzieningen.json; a file with errors changes nothing
 * and lists every error by sheet, row and column. Mounted by the beheer editor, which owns the state.
 */
import { useId, useRef, useState } from 'react';
import type { Basis } from '../../domain/basis.ts';
import type { Bestanden } from '../../domain/bouwen.ts';
import type { VoorzieningItem } from '../../domain/import/basis-terug.ts';
import type { Regio } from '../../domain/schema/regio.ts';
import { bewaar } from '../bewaar.ts';
import { leesExcel, maakExcel, XLSX_TYPE } from './excel.ts';

export interface ExcelKnoppenProps {
  /** The items of voorzieningen.json now (whole voorzieningen, or `{ basis: … }` references). */
  voorzieningen: VoorzieningItem[];
  /** regio.json as the editor holds it (its gemeenten are the allowed values in the workbook). */
  regio: Regio;
  /** The read items, to replace the voorzieningen with; only called when the file has no errors. */
  onGelezen: (voorzieningen: VoorzieningItem[]) => void;
  /** The region's folder name, for the file name. */
  regioId?: string;
  /** The region's other files: then the routes are checked against the read voorzieningen too. */
  bestanden?: Bestanden;
  /** The landelijke basis: needed when an item refers to it. */
  basis?: Basis;
}

type Stand = { soort: 'rust' } | { soort: 'bezig'; tekst: string } | { soort: 'klaar'; tekst: string } | { soort: 'fout'; kop: string; fouten: string[] };

export function ExcelKnoppen({ voorzieningen, regio, onGelezen, regioId, bestanden, basis }: ExcelKnoppenProps) {
  const id = useId();
  const invoer = useRef<HTMLInputElement>(null);
  const [stand, setStand] = useState<Stand>({ soort: 'rust' });
  const context = { voorzieningen, regio, ...(regioId && { regioId }), ...(bestanden && { bestanden }), ...(basis && { basis }) };

  async function download() {
    setStand({ soort: 'bezig', tekst: 'Het Excel-bestand wordt gemaakt…' });
    try {
      const gemaakt = await maakExcel(context);
      if (!gemaakt.ok) {
        setStand({ soort: 'fout', kop: 'Het Excel-bestand is niet gemaakt.', fouten: gemaakt.fouten });
        return;
      }
      bewaar(gemaakt.blob, gemaakt.naam);
      setStand({ soort: 'klaar', tekst: `${gemaakt.naam} is gedownload, met ${voorzieningen.length} ${voorzieningen.length === 1 ? 'voorziening' : 'voorzieningen'}.` });
    } catch (error) {
      setStand({ soort: 'fout', kop: 'Het Excel-bestand is niet gemaakt.', fouten: [(error as Error).message] });
    }
  }

  async function lees(input: HTMLInputElement) {
    const bestand = input.files?.[0];
    if (!bestand) return;
    setStand({ soort: 'bezig', tekst: `${bestand.name} wordt gelezen…` });
    try {
      const gelezen = await leesExcel(bestand, context);
      if (!gelezen.ok) {
        setStand({ soort: 'fout', kop: `${bestand.name} is niet ingelezen; er is niets veranderd. Herstel in Excel:`, fouten: gelezen.fouten });
        return;
      }
      onGelezen(gelezen.voorzieningen);
      const extra = gelezen.waarschuwingen.length ? ` Let op: ${gelezen.waarschuwingen.join('; ')}.` : '';
      setStand({ soort: 'klaar', tekst: `${bestand.name} is ingelezen: ${gelezen.voorzieningen.length} ${gelezen.voorzieningen.length === 1 ? 'voorziening' : 'voorzieningen'}.${extra}` });
    } catch (error) {
      setStand({ soort: 'fout', kop: `${bestand.name} is niet ingelezen; er is niets veranderd.`, fouten: [(error as Error).message] });
    } finally {
      // The same file again (after a fix in Excel) must fire a change too.
      if (invoer.current) invoer.current.value = '';
    }
  }

  return (
    <div className="beheer-excel">
      <button type="button" onClick={() => void download()} disabled={stand.soort === 'bezig'}>
        Download als Excel (.xlsx)
      </button>
      <span className="beheer-excel-inlezen">
        <label htmlFor={`${id}-xlsx`}>Excel-bestand inlezen</label>
        <input
          ref={invoer}
          id={`${id}-xlsx`}
          type="file"
          accept={`.xlsx,${XLSX_TYPE}`}
          aria-describedby={`${id}-uitleg`}
          onChange={(e) => void lees(e.currentTarget)}
        />
      </span>
      <p id={`${id}-uitleg`} className="beheer-excel-uitleg">
        Eén voorziening per rij, lijsten als "a; b"; het blad Uitleg zegt wat elke kolom betekent en welke waarden mogen. Het bestand blijft op deze computer.
      </p>
      {stand.soort === 'fout' && (
        <div className="beheer-excel-fouten" role="alert">
          <p>
            <strong>{stand.kop}</strong>
          </p>
          <ul>
            {stand.fouten.map((f, i) => (
              <li key={i}>{f}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="beheer-excel-status" role="status">
        {stand.soort === 'bezig' || stand.soort === 'klaar' ? stand.tekst : ''}
      </p>
    </div>
  );
}
