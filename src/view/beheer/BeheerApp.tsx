/**
 * The beheer page's island: open a region, edit it in forms, see every message of the live check beside its field
 * and in a summary, preview the map and the voorziening's page, and download the files. Work is kept in this
 * browser (opslag.ts) on every change and followed across tabs; nothing leaves the browser but the fetch of this
 * site's own routekaart.json.
 */
// First: zod must not probe for new Function, which the page's CSP refuses (see zonder-eval.ts).
import '../klantreis/zonder-eval.ts';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { DataFout } from '../../domain/fouten.ts';
import { isoDatum } from '../../domain/beschikbaar.ts';
import { bestandVan, controleer, itemIndex, itemsMetFouten, padOmhoog, veldId } from './controle.ts';
import { DoelgroepenFormulier } from './DoelgroepenFormulier.tsx';
import { Downloaden } from './Downloaden.tsx';
import { Foutenoverzicht } from './Foutenoverzicht.tsx';
import { Inhoud, type Keuze } from './Inhoud.tsx';
import { KaartVoorbeeld } from './KaartVoorbeeld.tsx';
import { Nakijken } from './Nakijken.tsx';
import { Openen } from './Openen.tsx';
import { bewaarWerk, browserOpslag, laadWerk, laatsteRegio, onthoudRegio, vergeetWerk, volgWerk, BEHEER_SLEUTEL } from './opslag.ts';
import { RegioFormulier } from './RegioFormulier.tsx';
import { RouteFormulier } from './RouteFormulier.tsx';
import { alsModel, voorbeeldVoorzieningen } from './voorbeeld.ts';
import { VoorzieningFormulier } from './VoorzieningFormulier.tsx';
import { VoorzieningVoorbeeld } from './VoorzieningVoorbeeld.tsx';
import { bestandenVan, levend, nieuweRoute, nieuweSleutel, nieuweVoorziening, vervangVoorzieningen, werkUitExport, wijzigDeel, wijzigItem, type Obj, type Werk } from './werk.ts';
import { ExcelKnoppen } from './ExcelKnoppen.tsx';
import type { VoorzieningItem } from '../../domain/import/basis-terug.ts';
import type { Regio } from '../../domain/schema/regio.ts';

interface Props {
  /** The site's base path (import.meta.env.BASE_URL), to fetch /<id>/data/routekaart.json under it. */
  basis: string;
  regios: { id: string; naam: string }[];
}

export default function BeheerApp({ basis, regios }: Props) {
  const opslag = useMemo(() => browserOpslag(), []);
  const [werk, setWerk] = useState<Werk | undefined>();
  const [melding, setMelding] = useState('');
  const [bewaard, setBewaard] = useState(true);
  const [keuze, setKeuze] = useState<Keuze>({ soort: 'regio' });
  const [focusDoel, setFocusDoel] = useState<string[] | undefined>();
  const [laden, setLaden] = useState(true);
  const vandaag = useMemo(() => new Date(), []);
  const vandaagIso = isoDatum(vandaag);
  const werkRef = useRef(werk);
  werkRef.current = werk;

  const neem = useCallback(
    (nieuw: Werk) => {
      const uit = bewaarWerk(opslag, nieuw);
      setWerk(uit.werk);
      setBewaard(uit.bewaard);
      onthoudRegio(opslag, nieuw.regioId);
    },
    [opslag],
  );
  const verander = (f: (w: Werk) => Werk) => {
    if (werkRef.current) neem(f(werkRef.current));
  };

  // Opening: the stored work of the region first (a reload keeps unsaved work), else the site's routekaart.json.
  useEffect(() => {
    const id = new URLSearchParams(location.search).get('regio') ?? laatsteRegio(opslag);
    if (!id) return setLaden(false);
    const opgeslagen = laadWerk(opslag, id);
    if (opgeslagen) {
      setWerk(opgeslagen);
      setMelding(`Je werk aan ${id} uit deze browser is teruggezet (geopend op ${opgeslagen.geopend.slice(0, 10)}).`);
      return setLaden(false);
    }
    if (!regios.some((r) => r.id === id)) {
      setMelding(`De regio "${id}" staat niet op deze site. Open hieronder bestanden of kies een regio.`);
      return setLaden(false);
    }
    fetch(`${basis.replace(/\/$/, '')}/${id}/data/routekaart.json`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`status ${r.status}`))))
      .then((data: unknown) => {
        const geopend = werkUitExport(data, new Date());
        if (geopend.ok) neem(geopend.werk);
        else setMelding(`Niet geopend: ${geopend.fout}`);
      })
      .catch((e: Error) => setMelding(`De gegevens van ${id} konden niet geladen worden (${e.message}).`))
      .finally(() => setLaden(false));
  }, []);

  // Another tab wrote: take in its changes.
  useEffect(() => {
    const luister = (e: StorageEvent) => {
      if (!werkRef.current || e.key !== BEHEER_SLEUTEL + werkRef.current.regioId) return;
      setWerk(volgWerk(opslag, werkRef.current));
    };
    addEventListener('storage', luister);
    return () => removeEventListener('storage', luister);
  }, [opslag]);

  const uitgesteld = useDeferredValue(werk);
  const fouten = useMemo<DataFout[]>(() => (uitgesteld ? controleer(uitgesteld, vandaag) : []), [uitgesteld, vandaag]);
  const voorzieningen = werk ? levend(werk.voorzieningen) : [];
  const routes = werk ? levend(werk.routes) : [];
  const gemeenten = werk && Array.isArray(werk.regio.data?.gemeenten) ? (werk.regio.data!.gemeenten as unknown[]).filter((g): g is string => typeof g === 'string') : [];
  const kaartModellen = useMemo(() => (uitgesteld ? voorbeeldVoorzieningen(levend(uitgesteld.voorzieningen).map((i) => i.data), vandaagIso) : []), [uitgesteld, vandaagIso]);

  // After a jump from the list of messages: focus the nearest field of the message's path that is shown.
  useEffect(() => {
    if (!focusDoel) return;
    const doel = focusDoel.map((id) => document.getElementById(id)).find(Boolean);
    doel?.focus();
    doel?.scrollIntoView({ block: 'center' });
    setFocusDoel(undefined);
  }, [focusDoel, keuze]);

  const kies = (k: Keuze) => {
    setKeuze(k);
    setFocusDoel([k.soort === 'nakijken' ? 'bh-nakijken-kop' : k.soort === 'regio' ? veldId('regio.json', '') : k.soort === 'doelgroepen' ? veldId('doelgroepen.json', '') : '']);
  };
  const kiesItem = (soort: 'voorziening' | 'route', sleutel: string) => {
    setKeuze({ soort, sleutel });
    const lijst = soort === 'voorziening' ? voorzieningen : routes;
    const i = lijst.findIndex((x) => x.sleutel === sleutel);
    setFocusDoel([veldId(soort === 'voorziening' ? 'voorzieningen.json' : 'routes.json', `${soort === 'voorziening' ? 'voorzieningen' : 'routes'}[${i}]`)]);
  };
  const gaNaar = (f: DataFout) => {
    const bestand = bestandVan(f);
    const ids = padOmhoog(f.pad).map((p) => veldId(bestand, p));
    if (bestand === 'voorzieningen.json') {
      const i = itemIndex(f.pad, 'voorzieningen');
      if (i !== undefined && voorzieningen[i]) setKeuze({ soort: 'voorziening', sleutel: voorzieningen[i]!.sleutel });
    } else if (bestand === 'routes.json') {
      const i = itemIndex(f.pad, 'routes');
      if (i !== undefined && routes[i]) setKeuze({ soort: 'route', sleutel: routes[i]!.sleutel });
    } else if (bestand === 'regio.json') setKeuze({ soort: 'regio' });
    else if (bestand === 'doelgroepen.json') setKeuze({ soort: 'doelgroepen' });
    setFocusDoel(ids);
  };
  const nieuw = (soort: 'voorziening' | 'route') => {
    const sleutel = nieuweSleutel(soort === 'voorziening' ? 'v' : 'r', Date.now());
    verander((w) => wijzigItem(w, soort === 'voorziening' ? 'voorzieningen' : 'routes', sleutel, soort === 'voorziening' ? nieuweVoorziening(vandaagIso) : nieuweRoute(), Date.now()));
    kiesItem(soort, sleutel);
  };

  if (laden) return <p role="status">Bezig met openen…</p>;

  const regioNaam = typeof werk?.regio.data?.naam === 'string' ? werk.regio.data.naam : werk?.regioId ?? '';
  const gekozenV = keuze.soort === 'voorziening' ? voorzieningen.findIndex((i) => i.sleutel === keuze.sleutel) : -1;
  const gekozenR = keuze.soort === 'route' ? routes.findIndex((i) => i.sleutel === keuze.sleutel) : -1;
  const formulier = () => {
    if (!werk) return null;
    if (keuze.soort === 'regio') return <RegioFormulier data={werk.regio.data ?? {}} fouten={fouten} vandaag={vandaagIso} onData={(d) => verander((w) => wijzigDeel(w, 'regio', d, Date.now()))} />;
    if (keuze.soort === 'doelgroepen') return <DoelgroepenFormulier data={werk.doelgroepen.data ?? {}} fouten={fouten} onData={(d) => verander((w) => wijzigDeel(w, 'doelgroepen', d, Date.now()))} />;
    if (keuze.soort === 'nakijken') {
      const contact = (werk.regio.data?.contact ?? {}) as Obj;
      return <Nakijken voorzieningen={voorzieningen} regioNaam={regioNaam} afzender={String(contact.naam ?? '')} vandaag={vandaag} onKies={(s) => kiesItem('voorziening', s)} />;
    }
    if (keuze.soort === 'voorziening' && gekozenV >= 0) {
      const item = voorzieningen[gekozenV]!;
      const zet = (d: Obj | null) => verander((w) => wijzigItem(w, 'voorzieningen', item.sleutel, d, Date.now()));
      return (
        <div className="bh-met-voorbeeld">
          <VoorzieningFormulier data={item.data} index={gekozenV} fouten={fouten} gemeenten={gemeenten} vandaag={vandaagIso} onData={zet} onVerwijder={() => { zet(null); kies({ soort: 'regio' }); }} />
          <section className="bh-voorbeeld-pagina" aria-labelledby="bh-pagina-kop" tabIndex={0}>
            <h2 id="bh-pagina-kop">Voorbeeld van de pagina</h2>
            <VoorzieningVoorbeeld v={alsModel(item.data)} gemeenten={gemeenten} vandaag={vandaagIso} />
          </section>
        </div>
      );
    }
    if (keuze.soort === 'route' && gekozenR >= 0) {
      const item = routes[gekozenR]!;
      const zet = (d: Obj | null) => verander((w) => wijzigItem(w, 'routes', item.sleutel, d, Date.now()));
      const opties = voorzieningen.map((v) => ({ id: String(v.data.id ?? ''), naam: String(v.data.naam ?? '') }));
      return <RouteFormulier data={item.data} index={gekozenR} fouten={fouten} voorzieningen={opties} onData={zet} onVerwijder={() => { zet(null); kies({ soort: 'regio' }); }} />;
    }
    return <p>Kies links wat je wilt bewerken.</p>;
  };

  return (
    <div className="bh-app">
      <div aria-live="polite" className="bh-meldingen-boven">
        {melding && <p>{melding}</p>}
        {werk && !bewaard && (
          <p className="bh-melding">Deze browser bewaart je werk niet (opslag vol of uitgeschakeld). Het staat alleen in dit tabblad: download het voordat je het sluit.</p>
        )}
      </div>
      {werk ? (
        <>
          <p className="bh-regio-kop">
            Je bewerkt <strong>{regioNaam || werk.regioId}</strong> (map <code>data/{werk.regioId}/</code>). Wijzigingen worden in deze browser bewaard.{' '}
            <button
              type="button"
              className="bh-link"
              onClick={() => {
                vergeetWerk(opslag, werk.regioId);
                location.reload();
              }}
            >
              Gooi mijn wijzigingen weg en open opnieuw
            </button>
          </p>
          <Foutenoverzicht fouten={fouten} onGa={gaNaar} />
          <div className="bh-werkvlak">
            <Inhoud
              voorzieningen={voorzieningen}
              routes={routes}
              metFouten={itemsMetFouten(fouten, 'voorzieningen')}
              routesMetFouten={itemsMetFouten(fouten, 'routes')}
              vandaag={vandaag}
              keuze={keuze}
              onKies={(k) => (k.soort === 'voorziening' || k.soort === 'route' ? kiesItem(k.soort, k.sleutel) : kies(k))}
              onNieuw={nieuw}
            />
            <div className="bh-bewerken">{formulier()}</div>
          </div>
          <section className="bh-voorbeeld" aria-labelledby="bh-kaart-kop">
            <h2 id="bh-kaart-kop">Voorbeeld van de kaart</h2>
            <p>Zo ziet de kaart er vandaag uit. Een voorziening met fouten staat er pas op als ze hersteld zijn. Kies een voorziening op de kaart om haar te bewerken.</p>
            <KaartVoorbeeld
              regioNaam={regioNaam}
              gemeenten={gemeenten}
              voorzieningen={kaartModellen}
              onKies={(id) => {
                const item = voorzieningen.find((v) => v.data.id === id);
                if (item) kiesItem('voorziening', item.sleutel);
              }}
            />
          </section>
          <Downloaden werk={werk} fouten={fouten}>
            <ExcelKnoppen
              voorzieningen={voorzieningen.map((i) => i.data) as VoorzieningItem[]}
              regio={(werk.regio.data ?? {}) as Regio}
              regioId={werk.regioId}
              bestanden={new Map(Object.entries(bestandenVan(werk)))}
              onGelezen={(lijst) => verander((w) => vervangVoorzieningen(w, lijst, Date.now()))}
            />
          </Downloaden>
        </>
      ) : null}
      <Openen regios={regios} huidig={werk?.regioId} onGeopend={(g) => { neem(g.werk); setKeuze({ soort: 'regio' }); setMelding(`${g.werk.regioId} is geopend.`); }} />
    </div>
  );
}
