/**
 * A tijdpunt chosen, not typed: the fase, then (in the pregnancy and the first two years) maand or week and its
 * number. It writes the text of the data contract, so the check and the file see what an author would have typed.
 */
import type { DataFout } from '../../domain/fouten.ts';
import { veldId } from './controle.ts';
import { FASE_KEUZES, keuzeVan, tekstVan, type Eenheid } from './tijdpunt-keuze.ts';
import { meldingen } from './Velden.tsx';

interface Props {
  legend: string;
  bestand: string;
  pad: string;
  fouten: readonly DataFout[];
  waarde: string | undefined;
  onWaarde: (waarde: string | undefined) => void;
  /** The empty choice, for a tijdpunt that may be left out ("tot"): its text. */
  leeg?: string;
}

export function TijdpuntKiezer({ legend, bestand, pad, fouten, waarde, onWaarde, leeg }: Props) {
  const id = veldId(bestand, pad);
  const lijst = meldingen({ bestand, pad, fouten });
  const keuze = keuzeVan(waarde);
  const fase = FASE_KEUZES.find((f) => f.id === keuze?.fase);
  const eenheden = fase?.eenheden ? (Object.keys(fase.eenheden) as Eenheid[]) : [];
  const bereik = fase?.eenheden && keuze?.eenheid ? fase.eenheden[keuze.eenheid] : undefined;
  const meldingId = `${id}-melding`;
  const aria = { 'aria-describedby': lijst.length ? meldingId : undefined, 'aria-invalid': lijst.some((m) => m.fout) || undefined };
  return (
    <fieldset className="bh-tijdpunt" aria-describedby={aria['aria-describedby']}>
      <legend>{legend}</legend>
      <div className="bh-tijdpunt-delen">
        <div className="bh-veld">
          <label htmlFor={id}>Fase</label>
          <select id={id} value={keuze?.fase ?? (waarde ? 'eigen' : '')} onChange={(e) => onWaarde(e.target.value ? tekstVan({ fase: e.target.value }) : undefined)} {...aria}>
            {(leeg !== undefined || !waarde) && <option value="">{leeg ?? 'Kies een fase'}</option>}
            {waarde && !keuze && <option value="eigen">“{waarde}” (geen tijdpunt)</option>}
            {FASE_KEUZES.map((f) => (
              <option key={f.id} value={f.id}>{f.naam}</option>
            ))}
          </select>
        </div>
        {fase && eenheden.length > 0 && (
          <>
            <div className="bh-veld">
              <label htmlFor={`${id}-eenheid`}>Maand of week</label>
              <select id={`${id}-eenheid`} value={keuze?.eenheid} onChange={(e) => onWaarde(tekstVan({ fase: fase.id, eenheid: e.target.value as Eenheid, nummer: keuze?.nummer }))}>
                {eenheden.map((e) => (
                  <option key={e} value={e}>{e}</option>
                ))}
              </select>
            </div>
            <div className="bh-veld">
              <label htmlFor={`${id}-nummer`}>Nummer{bereik ? ` (${bereik[0]}–${bereik[1]})` : ''}</label>
              <input
                id={`${id}-nummer`}
                type="number"
                inputMode="numeric"
                min={bereik?.[0]}
                max={bereik?.[1]}
                value={keuze?.nummer ?? ''}
                onChange={(e) => onWaarde(tekstVan({ fase: fase.id, eenheid: keuze?.eenheid, nummer: e.target.value === '' ? undefined : Number(e.target.value) }))}
              />
            </div>
          </>
        )}
      </div>
      {lijst.length > 0 && (
        <p id={meldingId} className="bh-melding">{lijst.map((m) => m.tekst).join(' · ')}</p>
      )}
    </fieldset>
  );
}
