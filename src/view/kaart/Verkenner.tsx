/**
 * The map explorer: one React island over the server-rendered map. It renders only the controls (filters,
 * count, zoom, export) and the detail panel; the map itself stays the build's SVG, which KaartDom enhances.
 * All state lives in the URL (src/domain/kaart-url.ts): every change is a history entry, so Back undoes it;
 * typing in the search box replaces its own entry until the box is left.
 */
import { useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { GEEN_FILTER, filterActief, leesIndex, pasToe, type IndexItem } from '../../domain/filter.ts';
import { AANMELDING_IDS, NIVEAU_IDS } from '../../domain/ids.ts';
import { KENMERK_FILTERS, LEGE_STAAT, ZOOM_MAX, leesUrl, schrijfUrl, type KaartStaat } from '../../domain/kaart-url.ts';
import { FASE_IDS, FASE_NAMEN } from '../../domain/tijdlijn.ts';
import { AANMELDING_NAMEN, KENMERK_NAMEN, NIVEAU_NAMEN } from '../../domain/woorden.ts';
import { downloadPng, downloadSvg, kaartSvg } from './export.ts';
import { KaartDom, klem, rustig } from './kaart-dom.ts';
import { legendaKnoppen } from './legenda.ts';
import { laadArtikel } from './paneel.ts';
import './verkenner.css';

interface Props {
  regio: string;
  naam: string;
  /** The search index, see schrijfIndex. */
  index: string;
}

type Geschiedenis = 'push' | 'replace' | null;

interface Greep {
  dom: KaartDom;
  items: IndexItem[];
  ids: string[];
  staat: KaartStaat;
  typen: boolean;
  legenda: (actief: readonly string[]) => void;
  melding?: ReturnType<typeof setTimeout>;
  /** A URL write waiting for the frame to be painted. */
  url?: { staat: KaartStaat; geschiedenis: 'push' | 'replace' };
}

function schrijfGeschiedenis(staat: KaartStaat, geschiedenis: 'push' | 'replace') {
  history[geschiedenis === 'push' ? 'pushState' : 'replaceState'](null, '', location.pathname + schrijfUrl(staat) + location.hash);
}

const FILTER_VELDEN = ['niveau', 'fase', 'kenmerk', 'toegang', 'q'] as const;
const zelfdeFilter = (a: KaartStaat, b: KaartStaat) => FILTER_VELDEN.every((k) => String(a[k]) === String(b[k]));
const telling = (aantal: number, totaal: number, actief: boolean) =>
  actief ? `${aantal} van ${totaal} voorzieningen` : `Alle ${totaal} voorzieningen`;
const wissel = (lijst: readonly string[], waarde: string) => (lijst.includes(waarde) ? lijst.filter((w) => w !== waarde) : [...lijst, waarde]);

export default function Verkenner({ regio, naam, index }: Props) {
  const [totaal] = useState(() => (index ? index.split('\n').length : 0));
  const [staat, setStaat] = useState(LEGE_STAAT);
  const [aantal, setAantal] = useState(totaal);
  const [zoom, setZoom] = useState(1);
  const [melding, setMelding] = useState('');
  const [inhoud, setInhoud] = useState<'laden' | 'fout' | 'klaar'>('laden');
  const greep = useRef<Greep | null>(null);
  const kop = useRef<HTMLHeadingElement>(null);
  const lijf = useRef<HTMLDivElement>(null);

  /** Applies a new state to the map, the panel and the URL in one pass. */
  function toepassen(nieuw: KaartStaat, geschiedenis: Geschiedenis, eerste = false) {
    const g = greep.current!;
    if (nieuw.v && !g.dom.spans.has(nieuw.v)) nieuw = { ...nieuw, v: '' };
    const oud = g.staat;
    g.staat = nieuw;
    if (eerste || !zelfdeFilter(oud, nieuw)) {
      const uitslag = pasToe(g.items, nieuw);
      g.dom.dim(g.ids, uitslag.zichtbaar);
      if (eerste || String(oud.kenmerk) !== String(nieuw.kenmerk)) g.legenda(nieuw.kenmerk);
      setAantal(uitslag.aantal);
      // The visible count changes at once; the screen reader hears it when typing pauses.
      clearTimeout(g.melding);
      g.melding = setTimeout(() => setMelding(telling(uitslag.aantal, totaal, filterActief(nieuw))), 700);
    }
    if (eerste || nieuw.zoom !== oud.zoom) {
      if ((FASE_IDS as readonly string[]).includes(nieuw.zoom)) g.dom.naarFase(nieuw.zoom);
      else if (klem(Number(nieuw.zoom) || 1) !== g.dom.zoom) g.dom.zet(Number(nieuw.zoom) || 1);
      setZoom(g.dom.zoom);
    }
    if (geschiedenis) planGeschiedenis(nieuw, geschiedenis);
    setStaat(nieuw);
  }

  /**
   * The URL is written after the frame is painted: a history write costs milliseconds (more under test tools)
   * and has no place in the keystroke's frame. Writes in one frame merge; a push is never lost to a replace.
   */
  function planGeschiedenis(staat: KaartStaat, geschiedenis: 'push' | 'replace') {
    const g = greep.current!;
    if (g.url && g.url.geschiedenis === 'replace' && geschiedenis === 'push') {
      schrijfGeschiedenis(g.url.staat, 'replace');
      g.url = undefined;
    }
    if (g.url) {
      g.url.staat = staat;
      return;
    }
    g.url = { staat, geschiedenis };
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (g.url) schrijfGeschiedenis(g.url.staat, g.url.geschiedenis);
        g.url = undefined;
      }),
    );
  }

  const wijzig = (deel: Partial<KaartStaat>, geschiedenis: Geschiedenis = 'push') => {
    if (greep.current) toepassen({ ...greep.current.staat, ...deel }, geschiedenis);
  };

  function sluit() {
    const g = greep.current!;
    const v = g.staat.v;
    wijzig({ v: '' });
    g.dom.terug(v)?.focus();
  }

  useEffect(() => {
    // A big map's HTML can still be arriving when the island hydrates: set up once the map is all there.
    if (document.readyState === 'loading') {
      const later = () => setUp();
      document.addEventListener('DOMContentLoaded', later, { once: true });
      return () => document.removeEventListener('DOMContentLoaded', later);
    }
    return setUp();
    // The map is set up once; wijzig/toepassen read the latest state from the ref.
  }, []);

  function setUp() {
    const dom = new KaartDom({
      open: (v) => wijzig({ v }),
      gezoomd: (k) => wijzig({ zoom: k > 1 ? String(k) : '' }, 'replace'),
    });
    const items = leesIndex(index);
    const legenda = legendaKnoppen((kenmerk) => wijzig({ kenmerk: wissel(greep.current!.staat.kenmerk, kenmerk) }));
    greep.current = { dom, items, ids: items.map((i) => i.id), staat: LEGE_STAAT, typen: false, legenda };
    toepassen(leesUrl(location.search), null, true);
    const terug = () => {
      greep.current!.url = undefined;
      toepassen(leesUrl(location.search), null);
    };
    const escape = (e: globalThis.KeyboardEvent) => {
      const waar = document.activeElement;
      if (e.key === 'Escape' && greep.current!.staat.v && (waar === document.body || waar?.closest('[data-kaart], .tijdlijn-mobiel'))) sluit();
    };
    addEventListener('popstate', terug);
    addEventListener('keydown', escape);
    return () => {
      removeEventListener('popstate', terug);
      removeEventListener('keydown', escape);
    };
  }

  // The panel: focus to its heading, then its content from the voorziening's own page.
  useEffect(() => {
    const g = greep.current;
    const v = staat.v;
    if (!g || !v) return;
    kop.current?.focus();
    setInhoud('laden');
    lijf.current?.replaceChildren();
    laadArtikel(g.dom.spans.get(v)!.getAttribute('href')!).then(
      (artikel) => {
        if (greep.current!.staat.v !== v) return;
        lijf.current?.replaceChildren(artikel);
        setInhoud('klaar');
      },
      () => setInhoud('fout'),
    );
  }, [staat.v]);

  const zoomStap = (factor: number) => {
    const dom = greep.current!.dom;
    dom.zet(dom.zoom * factor, dom.scroll.clientWidth / 2);
    wijzig({ zoom: dom.zoom > 1 ? String(dom.zoom) : '' });
  };
  const heleTijdlijn = () => {
    const dom = greep.current!.dom;
    dom.zet(1);
    dom.scroll.scrollTo({ left: 0, behavior: rustig() ? 'auto' : 'smooth' });
    wijzig({ zoom: '' });
  };
  const bestand = `routekaart-${regio}`;
  const exporteer = () => {
    const dom = greep.current!.dom;
    return dom.metEtikettenThuis(() => kaartSvg(dom, `Routekaart Kansrijke Start — ${naam}`, `${telling(aantal, totaal, filterActief(staat))}. ${location.href}`));
  };

  const href = staat.v ? greep.current?.dom.spans.get(staat.v)?.getAttribute('href') ?? '' : '';
  const keuze = (veld: 'fase' | 'toegang') => (e: ChangeEvent<HTMLSelectElement>) => wijzig({ [veld]: e.currentTarget.value });
  const vinkjes = (veld: 'niveau' | 'kenmerk', waarde: string) => () => wijzig({ [veld]: wissel(staat[veld], waarde) });

  return (
    <div className="verkenner">
      {/* A real GET form: submitted before the island has loaded, the island reads the query after reload. */}
      <form
        className="zoeken"
        method="get"
        role="search"
        aria-label="Voorzieningen zoeken en filteren"
        onSubmit={(e) => {
          e.preventDefault();
          greep.current && (greep.current.typen = false);
        }}
      >
        <div className="zoekveld">
          <label htmlFor="zoek-q">Zoek op naam, aanbieder of omschrijving</label>
          <input
            id="zoek-q"
            type="search"
            name="q"
            value={staat.q}
            autoComplete="off"
            onChange={(e) => {
              const g = greep.current;
              wijzig({ q: e.currentTarget.value }, g?.typen ? 'replace' : 'push');
              if (g) g.typen = true;
            }}
            onBlur={() => greep.current && (greep.current.typen = false)}
          />
        </div>
        <div className="keuze">
          <label htmlFor="zoek-fase">Fase</label>
          <select id="zoek-fase" name="fase" value={staat.fase} onChange={keuze('fase')}>
            <option value="">Alle fases</option>
            {FASE_IDS.map((f) => (
              <option key={f} value={f}>{FASE_NAMEN[f]}</option>
            ))}
          </select>
        </div>
        <div className="keuze">
          <label htmlFor="zoek-toegang">Toegang</label>
          <select id="zoek-toegang" name="toegang" value={staat.toegang} onChange={keuze('toegang')}>
            <option value="">Alle manieren</option>
            {AANMELDING_IDS.map((a) => (
              <option key={a} value={a}>{AANMELDING_NAMEN[a]}</option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>Niveau</legend>
          {NIVEAU_IDS.map((n) => (
            <label key={n} className="vinkje">
              <input type="checkbox" name="niveau" value={n} checked={staat.niveau.includes(n)} onChange={vinkjes('niveau', n)} />
              <span className={`niveau-stip niveau-${n}`} aria-hidden="true" />
              {NIVEAU_NAMEN[n]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Kosten en kenmerken</legend>
          {KENMERK_FILTERS.map((k) => (
            <label key={k} className="vinkje">
              <input type="checkbox" name="kenmerk" value={k} checked={staat.kenmerk.includes(k)} onChange={vinkjes('kenmerk', k)} />
              <svg className="icoon" width="16" height="16" viewBox="0 0 14 14" aria-hidden="true">
                <use href={`#kenmerk-${k}`} />
              </svg>
              {KENMERK_NAMEN[k as keyof typeof KENMERK_NAMEN]}
            </label>
          ))}
        </fieldset>
        <button type="button" className="wis" onClick={() => wijzig({ ...GEEN_FILTER })}>
          Wis zoeken en filters
        </button>
      </form>

      <div className="verkenner-balk">
        <p className="telling" data-telling={aantal}>
          {telling(aantal, totaal, filterActief(staat))}
        </p>
        <div className="zoom-balk" role="group" aria-label="Tijdlijn">
          <button type="button" aria-disabled={zoom >= ZOOM_MAX} onClick={() => zoomStap(1.5)}>
            <span aria-hidden="true">+ </span>Inzoomen
          </button>
          <button type="button" aria-disabled={zoom <= 1} onClick={() => zoomStap(1 / 1.5)}>
            <span aria-hidden="true">− </span>Uitzoomen
          </button>
          <button type="button" onClick={heleTijdlijn}>
            Hele tijdlijn
          </button>
          <label htmlFor="spring-fase">Spring naar fase</label>
          <select
            id="spring-fase"
            value={(FASE_IDS as readonly string[]).includes(staat.zoom) ? staat.zoom : ''}
            onChange={(e) => (e.currentTarget.value ? wijzig({ zoom: e.currentTarget.value }) : heleTijdlijn())}
          >
            <option value="">—</option>
            {FASE_IDS.map((f) => (
              <option key={f} value={f}>{FASE_NAMEN[f]}</option>
            ))}
          </select>
        </div>
        <div className="export-balk">
          <button type="button" onClick={() => downloadSvg(exporteer(), bestand)}>Download SVG</button>
          <button type="button" onClick={() => downloadPng(exporteer(), bestand)}>Download PNG</button>
          <button type="button" onClick={() => print()}>Afdrukken (A3)</button>
        </div>
      </div>
      <p className="visueel-verborgen" role="status">{melding}</p>
      <p className="kaart-uitleg" id="kaart-uitleg">
        Met Tab gaat u de kaart in. Pijltjes links en rechts gaan door de tijd, omhoog en omlaag naar een ander niveau; Home en End
        naar het begin en eind. Enter opent de details. Ctrl + scrollwiel zoomt, slepen verschuift de tijdlijn.
      </p>

      <section className="paneel" aria-labelledby="paneel-kop" hidden={!staat.v} onKeyDown={(e: KeyboardEvent<HTMLElement>) => e.key === 'Escape' && sluit()}>
        <div className="paneel-kop">
          <h2 id="paneel-kop" tabIndex={-1} ref={kop}>
            {staat.v ? greep.current?.dom.naam(staat.v) : 'Details'}
          </h2>
          <button type="button" onClick={sluit}>
            Sluiten<span className="visueel-verborgen"> (Escape)</span>
          </button>
        </div>
        {inhoud === 'laden' && <p>Even laden…</p>}
        {inhoud === 'fout' && <p>Dit lukte niet. Open de pagina hieronder.</p>}
        <div className="paneel-inhoud" ref={lijf} />
        {href && (
          <p>
            <a href={href}>Open als losse pagina</a>
          </p>
        )}
      </section>
    </div>
  );
}
