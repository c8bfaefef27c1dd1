/**
 * The addresses of a voorziening: name, address, the gemeente when the place name does not say it, opening hours,
 * what to know, and a plain link to the address on OpenStreetMap (no embed: nothing is loaded from another
 * server unless the reader follows the link). Used by the voorziening page and the verwijswijzer's answer.
 */
import { adresRegel, gemeenteVanLocatie, kaartLink } from '../domain/gemeente.ts';
import type { Locatie, Voorziening } from '../domain/schema/voorziening.ts';

interface Props {
  locaties: readonly Locatie[];
  voorziening: Pick<Voorziening, 'gemeenten'>;
  /** The region's gemeenten, to say which gemeente an address lies in. */
  gemeenten: readonly string[];
}

export function Locaties({ locaties, voorziening, gemeenten }: Props) {
  return (
    <ul className="locaties">
      {locaties.map((l) => {
        const gemeente = gemeenteVanLocatie(l, voorziening, gemeenten);
        const adres = adresRegel(l);
        return (
          <li key={adres} className="locatie" data-postcode={l.postcode}>
            {l.naam && (
              <>
                <strong>{l.naam}</strong>
                <br />
              </>
            )}
            {adres}
            {gemeente && gemeente !== l.plaats && gemeenten.length > 1 && <> (gemeente {gemeente})</>}
            {l.openingstijden && (
              <>
                <br />
                Open: {l.openingstijden}
              </>
            )}
            {l.toelichting && (
              <>
                <br />
                {l.toelichting}
              </>
            )}
            <br />
            <a className="kaart-link" href={kaartLink(l)} rel="noopener noreferrer">
              Op de kaart (OpenStreetMap)<span className="visueel-verborgen">: {adres}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
