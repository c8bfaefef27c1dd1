/**
 * The case at a glance, on screen and on paper: the timeline (with its table alternative), the keukentafel
 * per age band, and every agreed action in one list. Rendered from the case alone, so the build can show the
 * example case without JavaScript and the editor shows the open case with the same markup.
 */
import { alleActies } from '../../domain/klantreis/acties.ts';
import { ROL_NAMEN } from '../../domain/klantreis/betrokkenheid.ts';
import { keukentafel } from '../../domain/klantreis/keukentafel.ts';
import type { Klantreis } from '../../domain/klantreis/schema.ts';
import { datumNaarNl } from '../../domain/export/csv.ts';
import { KlantreisTijdlijn, KlantreisTijdlijnTabel, telwoord } from './KlantreisTijdlijn.tsx';

const datumNl = (iso: string) => (iso ? datumNaarNl(iso) : 'geen datum');

export function Overzicht({ klantreis, voorzetsel = 'kr' }: { klantreis: Klantreis; voorzetsel?: string }) {
  const acties = alleActies(klantreis);
  return (
    <>
      <section className="kr-blok" aria-labelledby={`${voorzetsel}-tijdlijn-kop`}>
        <h2 id={`${voorzetsel}-tijdlijn-kop`}>De casus op de tijdlijn</h2>
        <div className="kr-tijdlijn-scroll" tabIndex={0} role="region" aria-label="Tijdlijn, schuif zijwaarts">
          <KlantreisTijdlijn klantreis={klantreis} titelId={`${voorzetsel}-tijdlijn-titel`} />
        </div>
        <details className="kr-als-tabel">
          <summary>Tijdlijn als tabel</summary>
          <KlantreisTijdlijnTabel klantreis={klantreis} />
        </details>
      </section>

      <section className="kr-blok" aria-labelledby={`${voorzetsel}-keukentafel-kop`}>
        <h2 id={`${voorzetsel}-keukentafel-kop`}>Keukentafel: wie zit er aan tafel?</h2>
        <ul className="kr-keukentafel">
          {keukentafel(klantreis).map((band) => (
            <li key={band.bandId}>
              <strong>{band.naam || 'Leeftijdsband zonder naam'}:</strong> {telwoord(band.professionals, 'professional', 'professionals')},{' '}
              {telwoord(band.netwerk, 'persoon', 'personen')} uit het eigen netwerk, {telwoord(band.ouders, 'ouder', 'ouders')}.
              {band.waarschuwing && (
                <p className="kr-let-op">
                  <strong>Let op:</strong> {band.waarschuwing}
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section className="kr-blok" aria-labelledby={`${voorzetsel}-acties-kop`}>
        <h2 id={`${voorzetsel}-acties-kop`}>Afspraken: alle benodigde acties</h2>
        {acties.length === 0 ? (
          <p className="kr-leeg">Nog geen acties afgesproken.</p>
        ) : (
          <div className="tabel-scroll">
            <table className="kr-tabel kr-acties-tabel">
              <caption className="visueel-verborgen">Alle benodigde acties, op datum</caption>
              <thead>
                <tr>
                  <th scope="col">Wat</th>
                  <th scope="col">Eigenaar</th>
                  <th scope="col">Datum</th>
                  <th scope="col">Leeftijdsband</th>
                </tr>
              </thead>
              <tbody>
                {acties.map(({ actie, bandNaam }) => (
                  <tr key={actie.id}>
                    <td>{actie.wat || '(nog niet beschreven)'}</td>
                    <td>{actie.eigenaar || '(nog geen eigenaar)'}</td>
                    <td>{datumNl(actie.datum)}</td>
                    <td>{bandNaam}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

/** The Word table the coalitions used to fill in, for the meeting's record: one row per age band. */
export function BandenTabel({ klantreis }: { klantreis: Klantreis }) {
  return (
    <table className="kr-tabel kr-banden-tabel">
      <caption>Klantreis per leeftijdsband</caption>
      <thead>
        <tr>
          <th scope="col">Leeftijd</th>
          <th scope="col">Betrokkenen</th>
          <th scope="col">Feiten</th>
          <th scope="col">Perspectieven</th>
          <th scope="col">Succesfactoren</th>
          <th scope="col">Verbeterfactoren</th>
          <th scope="col">Benodigde acties</th>
        </tr>
      </thead>
      <tbody>
        {klantreis.banden.map((band) => (
          <tr key={band.id}>
            <th scope="row">{band.naam}</th>
            <td>
              <ul>
                {band.betrokkenen.map((p) => (
                  <li key={p.id}>
                    {p.naam} ({ROL_NAMEN[p.rol]}
                    {p.organisatie ? `, ${p.organisatie}` : ''})
                  </li>
                ))}
              </ul>
            </td>
            <td className="kr-tekst">{band.feiten}</td>
            <td className="kr-tekst">
              {band.perspectieven.ouders && (
                <p>
                  <strong>Ouders:</strong> {band.perspectieven.ouders}
                </p>
              )}
              {band.perspectieven.professionals && (
                <p>
                  <strong>Professionals:</strong> {band.perspectieven.professionals}
                </p>
              )}
            </td>
            <td className="kr-tekst">{band.succesfactoren}</td>
            <td className="kr-tekst">{band.verbeterfactoren}</td>
            <td>
              <ul>
                {band.acties.map((a) => (
                  <li key={a.id}>
                    {a.wat} — {a.eigenaar || 'geen eigenaar'} — {datumNl(a.datum)}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
