/**
 * One age band of the case, the way the Word table had it: who was involved, the facts, both perspectives,
 * what went well, what must improve, and the actions agreed. Tab moves through it in reading order.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { ROL_NAMEN } from '../../domain/klantreis/betrokkenheid.ts';
import { bandHeeftInhoud, wijzigIn, zonder } from '../../domain/klantreis/bewerken.ts';
import { nieuweActie, nieuweBetrokkene } from '../../domain/klantreis/nieuw.ts';
import { LEEFTIJD_MAX, LEEFTIJD_MIN, ROL_IDS, type Band, type Betrokkene } from '../../domain/klantreis/schema.ts';
import { Bevestig, KeuzeVeld, MaandVeld, RegelVeld, TekstVeld } from './Velden.tsx';

const ROL_KEUZES = ROL_IDS.map((rol) => [rol, ROL_NAMEN[rol]] as const);

export interface VoorzieningKeuze {
  id: string;
  naam: string;
  aanbieder: string;
}

interface Props {
  band: Band;
  /** The region's voorzieningen, offered while typing a betrokkene's name. */
  voorzieningen: readonly VoorzieningKeuze[];
  maakId: () => string;
  wijzig: (band: Band) => void;
  /** Removes a betrokkene (and the overdrachten that name it). */
  verwijderBetrokkene: (id: string) => void;
  verwijder: () => void;
}

export function BandVelden({ band, voorzieningen, maakId, wijzig, verwijderBetrokkene, verwijder }: Props) {
  const [vraag, setVraag] = useState(false);
  const [nieuw, setNieuw] = useState('');
  const verwijderKnop = useRef<HTMLButtonElement>(null);
  const [terug, setTerug] = useState(false);
  // A cancelled confirmation gives the focus back to the button that asked for it.
  useLayoutEffect(() => {
    if (terug) verwijderKnop.current?.focus();
    setTerug(false);
  }, [terug]);
  const kopId = `band-${band.id}`;
  const zet = (deel: Partial<Band>) => wijzig({ ...band, ...deel });
  const zetBetrokkene = (id: string, deel: Partial<Betrokkene>) => zet({ betrokkenen: wijzigIn(band.betrokkenen, id, (p) => ({ ...p, ...deel })) });

  /** A name picked from the region's list links the voorziening and fills in its provider when still empty. */
  function zetNaam(p: Betrokkene, naam: string) {
    const gekozen = voorzieningen.find((v) => v.naam.toLowerCase() === naam.trim().toLowerCase());
    zetBetrokkene(p.id, {
      naam,
      voorziening: gekozen?.id,
      organisatie: gekozen && !p.organisatie ? gekozen.aanbieder : p.organisatie,
    });
  }

  function voegToe(soort: 'betrokkene' | 'actie') {
    const item = soort === 'betrokkene' ? nieuweBetrokkene(maakId) : nieuweActie(maakId);
    setNieuw(item.id);
    if (soort === 'betrokkene') zet({ betrokkenen: [...band.betrokkenen, item as Betrokkene] });
    else zet({ acties: [...band.acties, item as Band['acties'][number]] });
  }

  return (
    <section className="kr-band-velden" aria-labelledby={kopId}>
      <h3 id={kopId}>{band.naam.trim() || 'Leeftijdsband zonder naam'}</h3>
      <div className="kr-rij">
        <RegelVeld label="Naam van de leeftijdsband" waarde={band.naam} wijzig={(naam) => zet({ naam })} />
        <MaandVeld label="Van (maanden)" waarde={band.van} min={LEEFTIJD_MIN} max={band.tot} wijzig={(van) => zet({ van: van! })} />
        <MaandVeld label="Tot (maanden)" waarde={band.tot} min={band.van} max={LEEFTIJD_MAX} wijzig={(tot) => zet({ tot: tot! })} />
      </div>

      <fieldset className="kr-lijst">
        <legend>Betrokkenen</legend>
        {band.betrokkenen.length === 0 && <p className="kr-leeg">Nog niemand genoemd.</p>}
        {band.betrokkenen.map((p, i) => (
          <div className="kr-rij kr-betrokkene" key={p.id} role="group" aria-label={`Betrokkene ${i + 1}: ${p.naam || 'zonder naam'}`}>
            <RegelVeld label="Naam of functie" waarde={p.naam} lijst={voorzieningen.length ? 'kr-voorzieningen' : undefined} wijzig={(naam) => zetNaam(p, naam)} autoFocus={p.id === nieuw} />
            <KeuzeVeld label="Rol" waarde={p.rol} keuzes={ROL_KEUZES} wijzig={(rol) => zetBetrokkene(p.id, { rol })} />
            <RegelVeld label="Organisatie" waarde={p.organisatie} wijzig={(organisatie) => zetBetrokkene(p.id, { organisatie })} />
            <MaandVeld label="Van (maanden)" leegMag hint={String(band.van)} waarde={p.van} min={LEEFTIJD_MIN} max={p.tot ?? LEEFTIJD_MAX} wijzig={(van) => zetBetrokkene(p.id, { van })} />
            <MaandVeld label="Tot (maanden)" leegMag hint={String(band.tot)} waarde={p.tot} min={p.van ?? LEEFTIJD_MIN} max={LEEFTIJD_MAX} wijzig={(tot) => zetBetrokkene(p.id, { tot })} />
            <button type="button" className="kr-weg" onClick={() => verwijderBetrokkene(p.id)}>
              Verwijder<span className="visueel-verborgen"> {p.naam || `betrokkene ${i + 1}`}</span>
            </button>
          </div>
        ))}
        <button type="button" onClick={() => voegToe('betrokkene')}>
          + Betrokkene<span className="visueel-verborgen"> bij {band.naam}</span>
        </button>
      </fieldset>

      <div className="kr-teksten">
        <TekstVeld label="Feiten" waarde={band.feiten} wijzig={(feiten) => zet({ feiten })} />
        <TekstVeld label="Perspectief van de ouders" waarde={band.perspectieven.ouders} wijzig={(ouders) => zet({ perspectieven: { ...band.perspectieven, ouders } })} />
        <TekstVeld label="Perspectief van professionals" waarde={band.perspectieven.professionals} wijzig={(professionals) => zet({ perspectieven: { ...band.perspectieven, professionals } })} />
        <TekstVeld label="Succesfactoren" waarde={band.succesfactoren} wijzig={(succesfactoren) => zet({ succesfactoren })} />
        <TekstVeld label="Verbeterfactoren" waarde={band.verbeterfactoren} wijzig={(verbeterfactoren) => zet({ verbeterfactoren })} />
      </div>

      <fieldset className="kr-lijst">
        <legend>Benodigde acties</legend>
        {band.acties.length === 0 && <p className="kr-leeg">Nog geen acties.</p>}
        {band.acties.map((a, i) => (
          <div className="kr-rij kr-actie" key={a.id} role="group" aria-label={`Actie ${i + 1}`}>
            <RegelVeld label="Wat" waarde={a.wat} autoFocus={a.id === nieuw} wijzig={(wat) => zet({ acties: wijzigIn(band.acties, a.id, (x) => ({ ...x, wat })) })} />
            <RegelVeld label="Eigenaar" waarde={a.eigenaar} wijzig={(eigenaar) => zet({ acties: wijzigIn(band.acties, a.id, (x) => ({ ...x, eigenaar })) })} />
            <RegelVeld label="Datum" type="date" waarde={a.datum} wijzig={(datum) => zet({ acties: wijzigIn(band.acties, a.id, (x) => ({ ...x, datum })) })} />
            <button type="button" className="kr-weg" onClick={() => zet({ acties: zonder(band.acties, a.id) })}>
              Verwijder<span className="visueel-verborgen"> actie {i + 1}</span>
            </button>
          </div>
        ))}
        <button type="button" onClick={() => voegToe('actie')}>
          + Actie<span className="visueel-verborgen"> bij {band.naam}</span>
        </button>
      </fieldset>

      {vraag ? (
        <Bevestig
          vraag={`Leeftijdsband "${band.naam}" met alles wat erin staat verwijderen?`}
          ja="Ja, verwijder deze band"
          bevestig={verwijder}
          annuleer={() => (setVraag(false), setTerug(true))}
        />
      ) : (
        <button type="button" className="kr-weg" ref={verwijderKnop} onClick={() => (bandHeeftInhoud(band) ? setVraag(true) : verwijder())}>
          Leeftijdsband verwijderen<span className="visueel-verborgen"> ({band.naam})</span>
        </button>
      )}
    </section>
  );
}
