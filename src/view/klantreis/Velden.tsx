/**
 * The editor's form fields. Every field has a visible label; texts wrap and grow with their content; a number
 * field keeps what is being typed ("-", "1") to itself and hands on only a whole number within its bounds, so
 * the case never holds an age its own export would refuse.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export function TekstVeld({ label, waarde, wijzig, regels = 3 }: { label: string; waarde: string; wijzig: (w: string) => void; regels?: number }) {
  const id = useId();
  return (
    <div className="kr-veld">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={regels} value={waarde} onChange={(e) => wijzig((e.target as HTMLTextAreaElement).value)} />
    </div>
  );
}

export function RegelVeld(props: { label: string; waarde: string; wijzig: (w: string) => void; lijst?: string; type?: 'text' | 'date'; autoFocus?: boolean }) {
  const id = useId();
  const veld = useRef<HTMLInputElement>(null);
  // At commit, not after paint: a fast typist's next key must land in the new field.
  useLayoutEffect(() => {
    if (props.autoFocus) veld.current?.focus();
  }, []);
  return (
    <div className="kr-veld">
      <label htmlFor={id}>{props.label}</label>
      <input
        ref={veld}
        id={id}
        type={props.type ?? 'text'}
        list={props.lijst}
        value={props.waarde}
        onChange={(e) => props.wijzig((e.target as HTMLInputElement).value)}
      />
    </div>
  );
}

interface GetalProps {
  label: string;
  waarde: number | undefined;
  min: number;
  max: number;
  /** Called with undefined when the field is emptied, if leeg is allowed. */
  wijzig: (w: number | undefined) => void;
  leegMag?: boolean;
  hint?: string;
}

/** A whole number of months; what is typed stays on screen, the case gets it once it is valid. */
export function MaandVeld({ label, waarde, min, max, wijzig, leegMag, hint }: GetalProps) {
  const id = useId();
  const [tekst, setTekst] = useState(waarde === undefined ? '' : String(waarde));
  const [fout, setFout] = useState('');
  // An outside change (another case opened, an import) replaces what is shown.
  useEffect(() => setTekst(waarde === undefined ? '' : String(waarde)), [waarde]);
  function invoer(nieuw: string) {
    setTekst(nieuw);
    const schoon = nieuw.trim().replace('−', '-');
    if (schoon === '' && leegMag) {
      setFout('');
      return wijzig(undefined);
    }
    const getal = Number(schoon);
    if (schoon === '' || !Number.isInteger(getal)) return setFout('Vul een heel aantal maanden in.');
    if (getal < min || getal > max) return setFout(`Kies een leeftijd van ${min} tot en met ${max} maanden.`);
    setFout('');
    wijzig(getal);
  }
  return (
    <div className="kr-veld kr-maand">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="numeric"
        value={tekst}
        placeholder={hint}
        aria-invalid={fout ? 'true' : undefined}
        aria-describedby={fout ? `${id}-fout` : undefined}
        onChange={(e) => invoer((e.target as HTMLInputElement).value)}
      />
      {fout && (
        <span className="kr-veldfout" id={`${id}-fout`}>
          {fout}
        </span>
      )}
    </div>
  );
}

export function KeuzeVeld<T extends string>({ label, waarde, keuzes, wijzig }: { label: string; waarde: T; keuzes: readonly (readonly [T, string])[]; wijzig: (w: T) => void }) {
  const id = useId();
  return (
    <div className="kr-veld">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={waarde} onChange={(e) => wijzig((e.target as HTMLSelectElement).value as T)}>
        {keuzes.map(([k, naam]) => (
          <option key={k} value={k}>
            {naam}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A confirmation in the page, not a browser dialog: it can be read, styled and tested, and the safe choice
 * (Annuleren) has the focus. Escape cancels.
 */
export function Bevestig({ vraag, ja, bevestig, annuleer }: { vraag: ReactNode; ja: string; bevestig: () => void; annuleer: () => void }) {
  const nee = useRef<HTMLButtonElement>(null);
  const id = useId();
  useLayoutEffect(() => nee.current?.focus(), []);
  return (
    <div className="kr-bevestig" role="alertdialog" aria-labelledby={id} onKeyDown={(e) => e.key === 'Escape' && annuleer()}>
      <p id={id}>{vraag}</p>
      <button type="button" className="kr-gevaar" onClick={bevestig}>
        {ja}
      </button>{' '}
      <button type="button" ref={nee} onClick={annuleer}>
        Annuleren
      </button>
    </div>
  );
}
