/**
 * The sheet the professional hands to the family: the same answer in plain language (taalniveau B1, "u"),
 * short sentences, one thing per line. On screen it is a preview; printing shows only this.
 */
import type { Antwoord, Treffer } from '../../domain/verwijswijzer.ts';
import { websiteTekst } from '../../domain/contact.ts';
import { VEILIG_THUIS } from '../../domain/verwijswijzer.ts';

interface Props {
  antwoord: Antwoord;
  regioNaam: string;
  /** "15 juni 2026": when the sheet was made; left out on pages built in advance. */
  datum?: string;
}

function Hulp({ treffer }: { treffer: Treffer }) {
  const v = treffer.voorziening;
  return (
    <li data-voorziening={v.id}>
      <h4>{v.naam}</h4>
      <p>{v.omschrijving}</p>
      <p>
        <strong>Hoe komt u er?</strong> {v.toegang}
      </p>
      <p>
        <strong>Wat kost het?</strong> {treffer.kostenVoorGezin.join(' ')}
      </p>
      <p>
        <strong>Contact:</strong>
      </p>
      <ul className="gezin-contact">
        {v.aanbieders.map((a) => (
          <li key={a.naam}>
            {[a.naam, a.telefoon && `telefoon ${a.telefoon}`, a.website && websiteTekst(a.website), a.email].filter(Boolean).join(', ')}
          </li>
        ))}
      </ul>
    </li>
  );
}

export function GezinsBlad({ antwoord, regioNaam, datum }: Props) {
  const veilig = antwoord.eerst.some((a) => a.id === 'veilig-thuis');
  const spoed = antwoord.eerst.some((a) => a.id === 'spoed');
  const hulp = [...antwoord.voorzieningen, ...antwoord.tips];
  return (
    <section className="voor-het-gezin" aria-labelledby="gezin-titel">
      <p className="gezin-scherm-uitleg niet-printen">
        Hieronder staat de tekst voor het gezin, in eenvoudige taal. Alleen deze tekst komt op papier.
        {veilig && <strong> Geef het blad alleen mee als dat veilig is voor ouder en kind.</strong>}
      </p>
      <h2 id="gezin-titel">Hulp voor u en uw kind</h2>
      <p>U hebt met iemand gepraat over hoe het met u gaat. Op dit blad staat waar u hulp kunt krijgen.</p>
      {(spoed || veilig) && (
        <div className="gezin-veilig">
          <h3>Is er direct gevaar? Bel 112.</h3>
          {veilig && (
            <p>
              Bent u niet veilig thuis, of uw kind niet? Bel {VEILIG_THUIS.naam}: <strong>{VEILIG_THUIS.telefoon}</strong>. Bellen is gratis. Dat kan
              dag en nacht. U hoeft uw naam niet te zeggen.
            </p>
          )}
          {spoed && <p>Is het dringend? Bel vandaag nog uw huisarts. &apos;s Avonds en in het weekend belt u de huisartsenpost.</p>}
        </div>
      )}
      {hulp.length > 0 && (
        <>
          <h3>Hier kunt u terecht</h3>
          <ol className="gezin-hulp">
            {hulp.map((t) => (
              <Hulp key={t.voorziening.id} treffer={t} />
            ))}
          </ol>
        </>
      )}
      {hulp.length === 0 && (
        <p>
          Bel het wijkteam of uw huisarts. Zij helpen u verder.
          {antwoord.vangnet[0]?.aanbieders[0]?.telefoon && (
            <>
              {' '}
              {antwoord.vangnet[0].naam}: telefoon {antwoord.vangnet[0].aanbieders[0].telefoon}.
            </>
          )}
        </p>
      )}
      <p>Hebt u vragen? Stel ze gerust. U mag altijd zelf bellen.</p>
      <p className="gezin-voet">
        Routekaart Kansrijke Start, {regioNaam}
        {datum && <>, {datum}</>}.
      </p>
    </section>
  );
}
