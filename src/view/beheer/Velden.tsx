/**
 * The form fields of the beheer page. Each one finds its messages from the live check by file and JSON path (the
 * same pair check-data prints), shows them beside itself and ties them to the control (aria-describedby), with
 * aria-invalid when one is an error. Its id comes from the same pair, so the list of messages can focus it.
 */
import { useEffect, useId, useState, type ReactNode } from 'react';
import type { DataFout } from '../../domain/fouten.ts';
import { bestandVan, veldId } from './controle.ts';
import { regels } from './bewerken.ts';

export interface Plek {
  bestand: string;
  pad: string;
  fouten: readonly DataFout[];
}

/** This field's messages; with `ookOnder`, also those of the items in it ("gemeenten[1]"), numbered from 1. */
export function meldingen({ bestand, pad, fouten }: Plek, ookOnder = false): { tekst: string; fout: boolean }[] {
  return fouten.flatMap((f) => {
    if (bestandVan(f) !== bestand) return [];
    const waarschuwing = f.ernst === 'waarschuwing' ? 'Let op: ' : '';
    if (f.pad === pad) return [{ tekst: `${waarschuwing}${f.melding}`, fout: f.ernst === 'fout' }];
    const onder = ookOnder ? new RegExp(`^${pad.replace(/[[\]().]/g, '\\$&')}\\[(\\d+)\\]$`).exec(f.pad) : null;
    return onder ? [{ tekst: `regel ${Number(onder[1]) + 1}: ${waarschuwing}${f.melding}`, fout: f.ernst === 'fout' }] : [];
  });
}

function useMeldingen(plek: Plek, hint: string | undefined, ookOnder = false) {
  const id = veldId(plek.bestand, plek.pad);
  const lijst = meldingen(plek, ookOnder);
  const hintId = `${id}-hint`;
  const meldingId = `${id}-melding`;
  const beschreven = [hint ? hintId : '', lijst.length ? meldingId : ''].filter(Boolean).join(' ') || undefined;
  const aria = { 'aria-describedby': beschreven, 'aria-invalid': lijst.some((m) => m.fout) || undefined };
  const onder = (
    <>
      {hint && <p id={hintId} className="bh-hint">{hint}</p>}
      {lijst.length > 0 && (
        <p id={meldingId} className={lijst.some((m) => m.fout) ? 'bh-melding' : 'bh-melding bh-waarschuwing'}>
          {lijst.map((m) => m.tekst).join(' · ')}
        </p>
      )}
    </>
  );
  return { id, aria, onder };
}

interface TekstProps extends Plek {
  label: string;
  waarde: string;
  onWaarde: (waarde: string) => void;
  hint?: string;
  meerregelig?: boolean;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date';
  verplicht?: boolean;
}

export function Tekstveld({ label, waarde, onWaarde, hint, meerregelig, type = 'text', verplicht, ...plek }: TekstProps) {
  const { id, aria, onder } = useMeldingen(plek, hint);
  return (
    <div className="bh-veld">
      <label htmlFor={id}>
        {label}
        {verplicht ? '' : ' (niet verplicht)'}
      </label>
      {meerregelig ? (
        <textarea id={id} value={waarde} rows={3} onChange={(e) => onWaarde(e.target.value)} {...aria} />
      ) : (
        <input id={id} type={type} value={waarde} onChange={(e) => onWaarde(e.target.value)} {...aria} />
      )}
      {onder}
    </div>
  );
}

interface RegelsProps extends Plek {
  label: string;
  waarden: readonly string[];
  onWaarden: (waarden: string[]) => void;
  hint?: string;
}

/** A list of texts, one per line. The text is kept as typed (a new empty line stays) until it means another list. */
export function Regelsveld({ label, waarden, onWaarden, hint, ...plek }: RegelsProps) {
  const { id, aria, onder } = useMeldingen(plek, hint ?? 'Eén per regel.', true);
  const [tekst, setTekst] = useState(waarden.join('\n'));
  const sleutel = JSON.stringify(waarden);
  useEffect(() => {
    if (JSON.stringify(regels(tekst)) !== sleutel) setTekst(waarden.join('\n'));
    // Only when the list itself changed from outside (another tab, a reopen).
  }, [sleutel]);
  return (
    <div className="bh-veld">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={Math.min(8, Math.max(2, waarden.length + 1))}
        value={tekst}
        onChange={(e) => {
          setTekst(e.target.value);
          onWaarden(regels(e.target.value));
        }}
        {...aria}
      />
      {onder}
    </div>
  );
}

interface KeuzeProps extends Plek {
  label: string;
  waarde: string;
  opties: readonly { waarde: string; naam: string }[];
  onWaarde: (waarde: string) => void;
  /** The text of the empty choice; without it there is none. */
  leeg?: string;
  hint?: string;
}

export function Keuzeveld({ label, waarde, opties, onWaarde, leeg, hint, ...plek }: KeuzeProps) {
  const { id, aria, onder } = useMeldingen(plek, hint);
  const bekend = opties.some((o) => o.waarde === waarde);
  return (
    <div className="bh-veld">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={waarde} onChange={(e) => onWaarde(e.target.value)} {...aria}>
        {leeg !== undefined && <option value="">{leeg}</option>}
        {!bekend && waarde && <option value={waarde}>{waarde} (onbekend)</option>}
        {opties.map((o) => (
          <option key={o.waarde} value={o.waarde}>{o.naam}</option>
        ))}
      </select>
      {onder}
    </div>
  );
}

interface VinkjesProps extends Plek {
  legend: string;
  gekozen: readonly string[];
  opties: readonly { waarde: string; naam: string }[];
  onGekozen: (gekozen: string[]) => void;
  hint?: string;
}

/** Checkboxes for a list of fixed values; the order of the options is kept in the data. */
export function Vinkjes({ legend, gekozen, opties, onGekozen, hint, ...plek }: VinkjesProps) {
  const { id, aria, onder } = useMeldingen(plek, hint, true);
  const basis = useId();
  return (
    <fieldset id={id} tabIndex={-1} className="bh-vinkjes" aria-describedby={aria['aria-describedby']}>
      <legend>{legend}</legend>
      {opties.map((o, i) => (
        <div key={o.waarde} className="bh-vinkje">
          <input
            type="checkbox"
            id={`${basis}-${i}`}
            checked={gekozen.includes(o.waarde)}
            onChange={(e) => onGekozen(opties.map((x) => x.waarde).filter((w) => (w === o.waarde ? e.target.checked : gekozen.includes(w))))}
          />
          <label htmlFor={`${basis}-${i}`}>{o.naam}</label>
        </div>
      ))}
      {onder}
    </fieldset>
  );
}

/** A group of fields (an aanbieder, a locatie, a stap) that its own messages can be focused on. */
export function Groep({ legend, children, hint, ...plek }: Plek & { legend: string; children: ReactNode; hint?: string }) {
  const { id, aria, onder } = useMeldingen(plek, hint);
  return (
    <fieldset id={id} tabIndex={-1} className="bh-groep" aria-describedby={aria['aria-describedby']}>
      <legend>{legend}</legend>
      {onder}
      {children}
    </fieldset>
  );
}
