/**
 * The verwijswijzer island: the triage form and, when the address holds a question, the answer.
 *
 * Progressive enhancement: the server-rendered form is a plain GET form (works, and is the shareable URL).
 * The site has no server, so only this script can answer: on load it reads the question from the address,
 * fills the form with it and renders verwijs() — the same function the pages per thema are built with.
 * Submitting navigates to the tidy address of the new question, so the address is always the state.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { datumVan } from '../../domain/fase-van-datum.ts';
import type { FaseId } from '../../domain/tijdlijn.ts';
import { FASE_IDS, FASE_NAMEN } from '../../domain/tijdlijn.ts';
import { THEMA_IDS } from '../../domain/ids.ts';
import { THEMA_NAMEN } from '../../domain/woorden.ts';
import { gemeenteSleutel } from '../../domain/gemeente.ts';
import { isGesteld, verwijs, vraagUitZoekparameters, zoekparametersVan, type Aanbod, type Antwoord as AntwoordModel } from '../../domain/verwijswijzer.ts';
import { Antwoord } from './Antwoord.tsx';
import { GezinsBlad } from './GezinsBlad.tsx';

interface Props {
  aanbod: Aanbod;
  regioNaam: string;
  regioPad: string;
}

/** What the form shows: the raw field values, so a shared address reopens exactly as it was filled in. */
interface Velden {
  spoed: string;
  veilig: string;
  thema: string[];
  bekend: string;
  fase: string;
  uitgerekend: string;
  geboren: string;
  gemeente: string;
  aanvullend: string;
}

const LEEG: Velden = { spoed: '', veilig: '', thema: [], bekend: '', fase: '', uitgerekend: '', geboren: '', gemeente: '', aanvullend: '' };
const collator = new Intl.Collator('nl');

function veldenUit(params: URLSearchParams): Velden {
  const vraag = vraagUitZoekparameters(params);
  const jaNee = (value: boolean | undefined) => (value === undefined ? '' : value ? 'ja' : 'nee');
  return {
    spoed: jaNee(vraag.spoed),
    veilig: jaNee(vraag.veiligheid),
    thema: vraag.themas,
    bekend: jaNee(vraag.bekend),
    fase: vraag.fase ?? '',
    uitgerekend: vraag.uitgerekend ?? '',
    geboren: vraag.geboren ?? '',
    gemeente: vraag.gemeente ?? '',
    aanvullend: jaNee(vraag.aanvullend),
  };
}

function JaNee({ naam, legend, hint, waarde, opties, onChange }: { naam: keyof Velden; legend: string; hint?: string; waarde: string; opties?: [string, string][]; onChange: (v: string) => void }) {
  const keuzes = opties ?? [
    ['ja', 'Ja'],
    ['nee', 'Nee'],
  ];
  const hintId = `${naam}-hint`;
  return (
    <fieldset className="vraag" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="keuzes keuzes-rij">
        {keuzes.map(([value, label]) => (
          <label key={value}>
            <input type="radio" name={naam} value={value} checked={waarde === value} onChange={() => onChange(value)} /> {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A select whose empty first option means "no answer", so the question can be left open. */
function Keuzelijst({ naam, label, leeg, waarde, keuzes, onChange }: { naam: keyof Velden; label: string; leeg: string; waarde: string; keuzes: readonly (readonly [string, string])[]; onChange: (v: string) => void }) {
  return (
    <label>
      {label}
      <select name={naam} value={waarde} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{leeg}</option>
        {keuzes.map(([waarde, naam]) => (
          <option key={waarde} value={waarde}>
            {naam}
          </option>
        ))}
      </select>
    </label>
  );
}

export default function Verwijswijzer({ aanbod, regioNaam, regioPad }: Props) {
  const [velden, setVelden] = useState<Velden>(LEEG);
  const [antwoord, setAntwoord] = useState<AntwoordModel | undefined>();
  const [actief, setActief] = useState(false);
  const [datum, setDatum] = useState<string | undefined>();
  const AntwoordVak = antwoord ? 'section' : 'div';

  useEffect(() => {
    setActief(true);
    const params = new URLSearchParams(window.location.search);
    if (!isGesteld(params)) return;
    const vandaag = new Date();
    setVelden(veldenUit(params));
    setAntwoord(verwijs(aanbod, vraagUitZoekparameters(params), datumVan(vandaag)));
    setDatum(new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(vandaag));
  }, [aanbod]);

  // After a question is answered, move focus to the answer: the page was reloaded for it.
  useEffect(() => {
    if (antwoord) document.getElementById('antwoord-titel')?.focus();
  }, [antwoord]);

  const zet = (naam: keyof Velden) => (waarde: string) => setVelden((v) => ({ ...v, [naam]: waarde }));
  // One gemeente: nothing to ask. Several: in alphabetical order, the value as the answer's URL carries it.
  const gemeenten = aanbod.gemeenten ?? [];
  const gemeenteKeuzes = gemeenten.length > 1 ? [...gemeenten].sort(collator.compare).map((naam) => [gemeenteSleutel(naam), naam] as const) : [];
  const nummer = (n: number) => (gemeenteKeuzes.length > 0 || n < 6 ? n : n - 1);
  const wisselThema = (thema: string) =>
    setVelden((v) => ({ ...v, thema: v.thema.includes(thema) ? v.thema.filter((t) => t !== thema) : [...v.thema, thema] }));

  // Navigate to the tidy, canonical address of the question (no empty fields); the page answers it on load.
  const verstuur = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const params = new URLSearchParams(Array.from(data.entries(), ([k, v]) => [k, String(v)] as [string, string]));
    const vraag = vraagUitZoekparameters(params);
    const query = zoekparametersVan(vraag);
    // Nothing answered: say what is missing here, rather than reloading an empty page.
    if (!query) return setAntwoord(verwijs(aanbod, vraag, datumVan(new Date())));
    // The form's own action, resolved by the browser, not location.pathname: a page reached as
    // "//andere-host/…/verwijswijzer/" would make that a link to the other host.
    const adres = new URL(event.currentTarget.action);
    if (adres.origin !== window.location.origin) return;
    adres.search = query;
    adres.hash = 'antwoord';
    window.location.assign(adres.href);
  };

  return (
    <>
      <form id="formulier" className="verwijs-formulier niet-printen" method="get" action={`${regioPad}verwijswijzer/`} onSubmit={verstuur}>
        <JaNee naam="spoed" legend="1. Is het dringend?" hint="Moet er vandaag of morgen iets gebeuren?" waarde={velden.spoed} onChange={zet('spoed')} />
        <JaNee
          naam="veilig"
          legend="2. Is de veiligheid van ouder of kind in gevaar?"
          hint="Bij twijfel: kies ja. Dan staat Veilig Thuis bovenaan het antwoord."
          waarde={velden.veilig}
          onChange={zet('veilig')}
        />
        <fieldset className="vraag" aria-describedby="thema-hint">
          <legend>3. Wat is de vraag? Op welke gebieden spelen zorgen?</legend>
          <p className="hint" id="thema-hint">
            Kies alles wat past.
          </p>
          <div className="keuzes keuzes-raster">
            {THEMA_IDS.map((thema) => (
              <label key={thema}>
                <input type="checkbox" name="thema" value={thema} checked={velden.thema.includes(thema)} onChange={() => wisselThema(thema)} /> {THEMA_NAMEN[thema]}
              </label>
            ))}
          </div>
        </fieldset>
        <JaNee naam="bekend" legend="4. Is het gezin al bekend bij hulpverlening?" waarde={velden.bekend} onChange={zet('bekend')} />
        <fieldset className="vraag" aria-describedby="fase-hint">
          <legend>5. In welke fase is het gezin?</legend>
          <p className="hint" id="fase-hint">
            Kies een fase, of vul een datum in: dan rekent de verwijswijzer de fase uit (een datum gaat voor).
          </p>
          <div className="velden">
            <Keuzelijst naam="fase" label="Fase" leeg="Weet ik niet / alle fases" waarde={velden.fase} keuzes={FASE_IDS.map((fase: FaseId) => [fase, FASE_NAMEN[fase]])} onChange={zet('fase')} />
            <label>
              Uitgerekende datum
              <input type="date" name="uitgerekend" value={velden.uitgerekend} onChange={(e) => zet('uitgerekend')(e.currentTarget.value)} />
            </label>
            <label>
              Geboortedatum van het kind
              <input type="date" name="geboren" value={velden.geboren} onChange={(e) => zet('geboren')(e.currentTarget.value)} />
            </label>
          </div>
        </fieldset>
        {gemeenteKeuzes.length > 0 && (
          <fieldset className="vraag" aria-describedby="gemeente-hint">
            <legend>{nummer(6)}. In welke gemeente woont het gezin?</legend>
            <p className="hint" id="gemeente-hint">
              Niet alle hulp is in elke gemeente. Kies de gemeente: dan ziet u alleen wat het gezin daar kan krijgen, met de adressen.
            </p>
            <div className="velden">
              <Keuzelijst naam="gemeente" label="Gemeente" leeg="Weet ik niet / alle gemeenten" waarde={velden.gemeente} keuzes={gemeenteKeuzes} onChange={zet('gemeente')} />
            </div>
          </fieldset>
        )}
        <JaNee
          naam="aanvullend"
          legend={`${nummer(7)}. Heeft het gezin een aanvullende zorgverzekering?`}
          hint="Sommige hulp wordt alleen vergoed met een aanvullende verzekering."
          waarde={velden.aanvullend}
          opties={[
            ['ja', 'Ja'],
            ['nee', 'Nee'],
            // The default, and sent as an empty value: unknown is no answer.
            ['', 'Weet ik niet'],
          ]}
          onChange={zet('aanvullend')}
        />
        <p className="privacy">Vul geen namen in. Het adres van het antwoord bevat je keuzes; er wordt niets verstuurd of bewaard.</p>
        <button type="submit" className="knop">
          Toon passende hulp
        </button>
      </form>
      {/* A section once it has its heading; before that an empty, hidden div (a section needs a heading). */}
      <AntwoordVak id="antwoord" className="antwoord-sectie" aria-labelledby={antwoord ? 'antwoord-titel' : undefined} hidden={!antwoord}>
        {antwoord && (
          <>
            <div className="niet-printen">
              <h2 id="antwoord-titel" tabIndex={-1}>
                Passende hulp
              </h2>
              <Antwoord antwoord={antwoord} regioPad={regioPad} wijzigLink="#formulier" gemeenten={gemeenten} />
              <div className="afdrukken">
                {actief && (
                  <button type="button" className="knop" onClick={() => window.print()}>
                    Afdrukken voor het gezin
                  </button>
                )}
                <p className="hint">Afdrukken kan ook met Ctrl+P (op een Mac: Cmd+P). Alleen de tekst voor het gezin komt op papier.</p>
              </div>
            </div>
            <GezinsBlad antwoord={antwoord} regioNaam={regioNaam} datum={datum} />
          </>
        )}
      </AntwoordVak>
    </>
  );
}
