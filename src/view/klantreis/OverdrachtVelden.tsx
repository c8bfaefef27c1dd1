/**
 * Overdrachtsmomenten: from whom to whom the family was handed over, when, and how it went. The two sides are
 * chosen from the case's betrokkenen, so a handover can always be drawn between two bars on the timeline.
 */
import { alleBetrokkenen, wijzigIn, zonder } from '../../domain/klantreis/bewerken.ts';
import { nieuweOverdracht } from '../../domain/klantreis/nieuw.ts';
import { LEEFTIJD_MAX, LEEFTIJD_MIN, type Klantreis, type Overdracht, type VerloopId } from '../../domain/klantreis/schema.ts';
import { KeuzeVeld, MaandVeld, TekstVeld } from './Velden.tsx';

export const VERLOOP_NAMEN: Record<VerloopId, string> = { goed: 'goed (warme overdracht)', gemist: 'gemist', onbekend: 'onbekend' };
const VERLOOP_KEUZES = (Object.entries(VERLOOP_NAMEN) as [VerloopId, string][]).map(([k, naam]) => [k, naam] as const);

interface Props {
  klantreis: Klantreis;
  maakId: () => string;
  wijzig: (overdrachten: Overdracht[]) => void;
}

export function OverdrachtVelden({ klantreis, maakId, wijzig }: Props) {
  const mensen = alleBetrokkenen(klantreis).filter(({ betrokkene }) => betrokkene.naam.trim());
  const keuzes = mensen.map(({ band, betrokkene }) => [betrokkene.id, `${betrokkene.naam}${betrokkene.organisatie ? `, ${betrokkene.organisatie}` : ''} (${band.naam})`] as const);
  const lijst = klantreis.overdrachten;
  const zet = (id: string, deel: Partial<Overdracht>) => wijzig(wijzigIn(lijst, id, (o) => ({ ...o, ...deel })));

  function voegToe() {
    const [van, naar] = [mensen[0], mensen[1] ?? mensen[0]];
    if (!van || !naar) return;
    wijzig([...lijst, nieuweOverdracht(maakId, { van: van.betrokkene.id, naar: naar.betrokkene.id, moment: naar.band.van })]);
  }

  return (
    <fieldset className="kr-lijst kr-overdrachten">
      <legend>Overdrachtsmomenten</legend>
      {mensen.length < 2 ? (
        <p className="kr-leeg">Noem eerst minstens twee betrokkenen met een naam; daarna kun je vastleggen wie aan wie overdroeg.</p>
      ) : (
        lijst.length === 0 && <p className="kr-leeg">Nog geen overdrachten vastgelegd.</p>
      )}
      {lijst.map((o, i) => (
        <div className="kr-rij kr-overdracht" key={o.id} role="group" aria-label={`Overdracht ${i + 1}`}>
          <KeuzeVeld label="Van" waarde={o.van} keuzes={keuzes} wijzig={(van) => zet(o.id, { van })} />
          <KeuzeVeld label="Naar" waarde={o.naar} keuzes={keuzes} wijzig={(naar) => zet(o.id, { naar })} />
          <MaandVeld label="Moment (maanden)" waarde={o.moment} min={LEEFTIJD_MIN} max={LEEFTIJD_MAX} wijzig={(moment) => zet(o.id, { moment: moment! })} />
          <KeuzeVeld label="Verloop" waarde={o.verloop} keuzes={VERLOOP_KEUZES} wijzig={(verloop) => zet(o.id, { verloop })} />
          {o.van === o.naar && <p className="kr-veldfout">Van en naar zijn dezelfde persoon: kies bij "Naar" wie de zorg overnam.</p>}
          <TekstVeld label="Toelichting" regels={2} waarde={o.toelichting} wijzig={(toelichting) => zet(o.id, { toelichting })} />
          <button type="button" className="kr-weg" onClick={() => wijzig(zonder(lijst, o.id))}>
            Verwijder<span className="visueel-verborgen"> overdracht {i + 1}</span>
          </button>
        </div>
      ))}
      {mensen.length >= 2 && (
        <button type="button" onClick={voegToe}>
          + Overdracht
        </button>
      )}
    </fieldset>
  );
}
