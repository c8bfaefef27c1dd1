/**
 * The klantreis editor: one island, and everything stays in this browser. Every change is saved at once in
 * localStorage (src/view/klantreis/opslag.ts); files go out only when the user downloads them and come in only
 * through the import, which validates them completely before anything in the open case changes.
 */
import './zonder-eval.ts';
import { useEffect, useRef, useState } from 'react';
import { gestempeld, verwijderBand, verwijderBetrokkene, wijzigBand } from '../../domain/klantreis/bewerken.ts';
import { actiesCsv, klantreisCsv } from '../../domain/klantreis/csv.ts';
import { klantreisNaarJson, klantreisTeGroot, leesKlantreis } from '../../domain/klantreis/importeren.ts';
import { maakSleutel, nieuweBand, nieuweKlantreis } from '../../domain/klantreis/nieuw.ts';
import { LEEFTIJD_MAX, type Klantreis } from '../../domain/klantreis/schema.ts';
import { zoekvorm } from '../../domain/zoeken.ts';
import { bewaar } from '../bewaar.ts';
import { BandVelden, type VoorzieningKeuze } from './BandVelden.tsx';
import { OverdrachtVelden } from './OverdrachtVelden.tsx';
import { BandenTabel, Overzicht } from './Overzicht.tsx';
import { OPSLAG_SLEUTEL, bewaarWijziging, browserOpslag, laadReizen, volgOpslag, type Wijziging } from './opslag.ts';
import { Bevestig, RegelVeld } from './Velden.tsx';
import './klantreis.css';

interface Props {
  voorbeeld: Klantreis;
  regio?: string;
}

/** The region's voorzieningen, from the page's <datalist id="kr-voorzieningen"> (see KlantreisPagina.astro). */
function leesVoorzieningen(): VoorzieningKeuze[] {
  return [...document.querySelectorAll<HTMLOptionElement>('#kr-voorzieningen option')].map((o) => ({
    id: o.dataset.id ?? '',
    naam: o.value,
    aanbieder: o.textContent ?? '',
  }));
}

const maakId = () => maakSleutel();
const titelVan = (k: Klantreis) => k.titel.trim() || 'Casus zonder titel';
const bestandsnaam = (k: Klantreis) => `klantreis-${zoekvorm(titelVan(k)).replaceAll(' ', '-') || 'casus'}`;

export default function KlantreisEditor({ voorbeeld, regio }: Props) {
  const [voorzieningen] = useState(leesVoorzieningen);
  const [reizen, setReizen] = useState<Klantreis[]>([]);
  const [openId, setOpenId] = useState<string | null>(null);
  const [melding, setMelding] = useState('');
  const [fouten, setFouten] = useState<string[]>([]);
  const [opslagFout, setOpslagFout] = useState(false);
  const [geenOpslag, setGeenOpslag] = useState(false);
  const [opslag] = useState(browserOpslag);
  // The list as last saved or received, and the ids this tab could not save: a second change before the next
  // render, and a storage event from another tab, must see them.
  const huidig = useRef<Klantreis[]>([]);
  const onbewaard = useRef<ReadonlySet<string>>(new Set());
  const [vraag, setVraag] = useState(false);
  const [geladen, setGeladen] = useState(false);
  const lijstKop = useRef<HTMLHeadingElement>(null);
  const verwijderKnop = useRef<HTMLButtonElement>(null);
  const open = reizen.find((k) => k.id === openId);
  const openNu = useRef(openId);
  openNu.current = openId;

  function toon(nieuw: Klantreis[]) {
    huidig.current = nieuw;
    setReizen(nieuw);
  }

  useEffect(() => {
    const { reizen: opgeslagen, apartGezet, apartMislukt, onbeschikbaar } = laadReizen(opslag);
    toon(opgeslagen);
    setOpenId(opgeslagen[0]?.id ?? null);
    setGeenOpslag(!!onbeschikbaar);
    const casussen = apartGezet === 1 ? '1 opgeslagen casus kon' : `${apartGezet} opgeslagen casussen konden`;
    if (apartMislukt) setMelding(`${casussen} niet worden gelezen. Ze blijven ongewijzigd in deze browser staan: apart zetten lukte niet, de opslag is vol.`);
    else if (apartGezet) setMelding(`${casussen} niet worden gelezen en zijn apart bewaard in deze browser.`);
    setGeladen(true);
    if (!opslag) return;
    // Another tab of this site wrote: show its changes here too.
    const volg = (event: StorageEvent) => {
      if (event.storageArea !== opslag || (event.key !== null && event.key !== OPSLAG_SLEUTEL)) return;
      const nieuw = volgOpslag(opslag, huidig.current, onbewaard.current);
      toon(nieuw);
      const id = openNu.current;
      if (id !== null && !nieuw.some((k) => k.id === id)) {
        setOpenId(nieuw[0]?.id ?? null);
        setMelding('De open casus is in een ander tabblad verwijderd.');
      }
    };
    addEventListener('storage', volg);
    return () => removeEventListener('storage', volg);
  }, []);

  /** One change, saved against what is stored now (src/view/klantreis/opslag.ts). */
  function pasToe(wijziging: Wijziging) {
    const uitslag = bewaarWijziging(opslag, huidig.current, wijziging, onbewaard.current);
    onbewaard.current = uitslag.onbewaard;
    toon(uitslag.reizen);
    setOpslagFout(!!opslag && !uitslag.bewaard);
  }

  const werkBij = (k: Klantreis) => pasToe({ bewaar: gestempeld(k, new Date()) });

  function voegToe(k: Klantreis, bericht: string) {
    const vrij = huidig.current.some((r) => r.id === k.id) ? { ...k, id: maakId() } : k;
    pasToe({ bewaar: vrij });
    setOpenId(vrij.id);
    setFouten([]);
    setMelding(bericht);
  }

  async function importeer(input: HTMLInputElement) {
    const bestand = input.files?.[0];
    if (!bestand) return;
    // The size first: a file far too big is refused before it is read.
    const teGroot = klantreisTeGroot(bestand.name, bestand.size);
    const uitslag = teGroot ? { ok: false as const, meldingen: teGroot } : leesKlantreis(bestand.name, new Uint8Array(await bestand.arrayBuffer()));
    input.value = '';
    if (!uitslag.ok) {
      setMelding('');
      return setFouten(uitslag.meldingen);
    }
    voegToe(uitslag.klantreis, `"${titelVan(uitslag.klantreis)}" is geïmporteerd en geopend.`);
  }

  function verwijder(k: Klantreis) {
    pasToe({ verwijder: k.id });
    setOpenId(huidig.current[0]?.id ?? null);
    setVraag(false);
    setMelding(`"${titelVan(k)}" is uit deze browser verwijderd.`);
    lijstKop.current?.focus();
  }

  function nieuweBandNa(k: Klantreis) {
    const laatste = k.banden.at(-1);
    const van = laatste?.tot ?? 0;
    const band = nieuweBand(maakId, { naam: 'Nieuwe leeftijdsband', van, tot: Math.min(LEEFTIJD_MAX, van + 12) });
    werkBij({ ...k, banden: [...k.banden, band] });
  }

  return (
    <div className="kr-editor">
      <section className="kr-beheer niet-printen" aria-labelledby="kr-casussen-kop">
        <h2 id="kr-casussen-kop" ref={lijstKop} tabIndex={-1}>
          Casussen in deze browser
        </h2>
        {geladen && reizen.length === 0 && <p>Er staat nog geen casus in deze browser. Begin een nieuwe, open het voorbeeld of importeer een bestand.</p>}
        {reizen.length > 0 && (
          <ul className="kr-casussen">
            {reizen.map((k) => (
              <li key={k.id}>
                <button type="button" aria-current={k.id === openId ? 'true' : undefined} onClick={() => (setOpenId(k.id), setVraag(false))}>
                  {titelVan(k)}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="kr-knoppen">
          <button type="button" onClick={() => voegToe(nieuweKlantreis('', new Date(), maakId, regio), 'Nieuwe casus begonnen.')}>
            + Nieuwe casus
          </button>
          <button type="button" onClick={() => voegToe({ ...voorbeeld, id: maakId() }, 'De voorbeeldcasus is geopend; je kunt hem vrij aanpassen.')}>
            Voorbeeldcasus openen
          </button>
          <span className="kr-bestand">
            <label htmlFor="kr-import">Klantreis-bestand importeren (JSON)</label>
            <input id="kr-import" type="file" accept=".json,application/json" onChange={(e) => void importeer(e.target as HTMLInputElement)} />
          </span>
        </div>
        {fouten.length > 0 && (
          <div className="kr-fout" role="alert">
            <p>
              <strong>Dit bestand is niet geïmporteerd.</strong> {open ? 'De open casus is niet veranderd.' : 'Er is niets veranderd.'}
            </p>
            <ul>
              {fouten.map((f, i) => (
                <li key={i}>{f}</li>
              ))}
            </ul>
          </div>
        )}
        {geenOpslag && (
          <p className="kr-fout" role="alert">
            Deze browser laat deze site niets bewaren (de opslag is uitgezet, of dit is een privévenster). Je kunt een casus invullen, maar die is weg als je dit tabblad sluit: download hem als bestand.
          </p>
        )}
        {opslagFout && (
          <p className="kr-fout" role="alert">
            Deze browser kan de casus niet meer bewaren (de opslag is vol of uitgezet). Download de casus als bestand om niets te verliezen.
          </p>
        )}
        <p className="kr-status" role="status">
          {melding}
        </p>
      </section>

      {open && (
        <section className="kr-casus" key={open.id} aria-labelledby="kr-casus-kop">
          <h2 id="kr-casus-kop" className="niet-printen">
            Casus: {titelVan(open)}
          </h2>
          <div className="kr-knoppen niet-printen">
            <button type="button" onClick={() => bewaar(new Blob([klantreisNaarJson(open)], { type: 'application/json' }), `${bestandsnaam(open)}.json`)}>
              Download als bestand (JSON)
            </button>
            <button type="button" onClick={() => bewaar(new Blob([klantreisCsv(open)], { type: 'text/csv' }), `${bestandsnaam(open)}.csv`)}>
              Download voor spreadsheet (CSV)
            </button>
            <button type="button" onClick={() => bewaar(new Blob([actiesCsv(open)], { type: 'text/csv' }), `${bestandsnaam(open)}-acties.csv`)}>
              Download acties (CSV)
            </button>
            <button type="button" onClick={() => print()}>
              Afdrukken (A4 liggend)
            </button>
            <button type="button" className="kr-gevaar" ref={verwijderKnop} onClick={() => setVraag(true)}>
              Casus verwijderen
            </button>
          </div>
          {vraag && (
            <Bevestig
              vraag={`"${titelVan(open)}" definitief uit deze browser verwijderen? Download de casus eerst als bestand als je hem wilt bewaren.`}
              ja="Ja, verwijder de casus"
              bevestig={() => verwijder(open)}
              annuleer={() => (setVraag(false), verwijderKnop.current?.focus())}
            />
          )}

          <div className="niet-printen kr-invullen">
            <RegelVeld label="Titel van de casus (zonder namen of herleidbare gegevens)" waarde={open.titel} autoFocus={!open.titel} wijzig={(titel) => werkBij({ ...open, titel })} />
            {open.banden.map((band) => (
              <BandVelden
                key={band.id}
                band={band}
                voorzieningen={voorzieningen}
                maakId={maakId}
                wijzig={(b) => werkBij(wijzigBand(open, band.id, () => b))}
                verwijderBetrokkene={(id) => werkBij(verwijderBetrokkene(open, band.id, id))}
                verwijder={() => werkBij(verwijderBand(open, band.id))}
              />
            ))}
            <button type="button" onClick={() => nieuweBandNa(open)}>
              + Leeftijdsband
            </button>
            <OverdrachtVelden klantreis={open} maakId={maakId} wijzig={(overdrachten) => werkBij({ ...open, overdrachten })} />
          </div>

          <div className="kr-alleen-print">
            <h2>{titelVan(open)}</h2>
            <p>Klantreis, afgedrukt op {new Date().toLocaleDateString('nl-NL', { dateStyle: 'long' })}.</p>
            <BandenTabel klantreis={open} />
          </div>
          <Overzicht klantreis={open} />
        </section>
      )}
    </div>
  );
}
