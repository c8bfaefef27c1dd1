/**
 * The map explorer: small plain modules over the server-rendered map and toolbar — no framework, because the HTML
 * already is the interface. Start-up only reads the URL and attaches listeners to the toolbar, the map box (one
 * delegated listener for all voorzieningen) and the window: it touches no voorziening. The search index is
 * fetched when a filter first needs it, or earlier when the browser is idle.
 *
 * All state lives in the URL (src/domain/kaart-url.ts): every change is a history entry, so Back undoes it;
 * typing in the search box replaces its own entry until the box is left.
 */
import { GEEN_FILTER, filterActief, leesIndex, pasToe, type IndexItem } from '../../domain/filter.ts';
import { LEGE_STAAT, leesUrl, schrijfUrl, type KaartStaat } from '../../domain/kaart-url.ts';
import { MAAT, tijdAs } from '../../layout/tijdas.ts';
import { Dimmer } from './dimmen.ts';
import { downloadPng, downloadSvg, kaartSvg } from './export.ts';
import { maakGeschiedenis, type Soort } from './geschiedenis.ts';
import { labelPasser } from './labels.ts';
import { labelSchuiver } from './schuiven.ts';
import { legendaKnoppen } from './legenda.ts';
import { Paneel } from './paneel.ts';
import { linkVan } from './route-laag.ts';
import { startRouteKiezer } from './route-kiezer.ts';
import { Toetsenbord } from './toetsenbord.ts';
import { telling, verborgenFilters, wissel, zelfdeFilter } from './verkenner-staat.ts';
import { Zoom, slepen, wielZoom } from './zoom.ts';
import './verkenner.css';

const FASES = new Map(tijdAs().fases.map((f) => [f.id as string, f]));
const naFrame = (doe: () => void) => requestAnimationFrame(() => setTimeout(doe));
const idVan = (a: Element) => /\/voorziening\/([^/]+)\/$/.exec(a.getAttribute('href') ?? '')?.[1] ?? '';

export function startVerkenner(): void {
  const werkbalk = document.querySelector<HTMLElement>('[data-werkbalk]');
  const box = document.querySelector<HTMLElement>('[data-kaart]');
  if (!werkbalk || !box) return;
  const form = werkbalk.querySelector('form')!;
  const kaart = box.querySelector<HTMLElement>('.kaart')!;
  const tellingEl = werkbalk.querySelector<HTMLElement>('[data-telling]')!;
  const melding = werkbalk.querySelector<HTMLElement>('[data-melding]')!;
  const totaal = Number(werkbalk.dataset.totaal);
  const veld = <T extends Element>(selector: string) => werkbalk.querySelector<T>(selector)!;
  // The region's gemeenten as the toolbar offers them (none for a region of one gemeente): others in a URL are dropped.
  const gemeenteKeuze = form.querySelector<HTMLSelectElement>('select[name=gemeente]');
  const gemeenten = gemeenteKeuze ? [...gemeenteKeuze.options].map((o) => o.value).filter(Boolean) : [];
  const uitUrl = () => leesUrl(location.search, gemeenten);

  let staat: KaartStaat = LEGE_STAAT;
  let typen = false;
  let meldingKlok: ReturnType<typeof setTimeout> | undefined;
  let links: SVGAElement[] | undefined;
  const alleLinks = () => (links ??= [...kaart.querySelectorAll<SVGAElement>('.vz > a')]);
  let dimmer: Dimmer | undefined;
  const zichtbaar = (i: number) => dimmer?.isZichtbaar(i) ?? true;
  const toetsenbord = new Toetsenbord(box, alleLinks, zichtbaar);
  const geschiedenis = maakGeschiedenis<KaartStaat>({
    schrijf: (s, soort) => history[soort === 'push' ? 'pushState' : 'replaceState'](null, '', location.pathname + schrijfUrl(s) + location.hash),
    naFrame,
  });

  let index: Promise<IndexItem[]> | undefined;
  const laadIndex = () =>
    (index ??= fetch(werkbalk.dataset.index!)
      .then((antwoord) => (antwoord.ok ? antwoord.text() : Promise.reject(new Error(`${antwoord.status}`))))
      .then(leesIndex));

  const pasLabels = labelPasser(kaart);
  const schuif = labelSchuiver(kaart);
  let herteken: (breedte: number) => void = () => {};
  const zoom = new Zoom(box, box.querySelector<HTMLElement>('.kaart-doek')!, (breedte) =>
    naFrame(() => {
      pasLabels(breedte);
      schuif(box.scrollLeft, breedte);
      herteken(breedte);
    }),
  );
  let schuiftAl = false;
  box.addEventListener('scroll', () => {
    if (schuiftAl || (box.scrollLeft === 0 && zoom.k === 1)) return;
    schuiftAl = true;
    requestAnimationFrame(() => {
      schuiftAl = false;
      schuif(box.scrollLeft, zoom.breedte());
    });
  });
  herteken = startRouteKiezer(kaart, () => zoom.breedte());
  const legenda = legendaKnoppen((kenmerk) => wijzig({ kenmerk: wissel(staat.kenmerk, kenmerk) }));
  const paneel = new Paneel(sluit);

  function wijzig(deel: Partial<KaartStaat>, soort: Soort = 'push') {
    toepassen({ ...staat, ...deel }, soort);
  }

  /** Applies a new state to the toolbar, the map, the panel and the URL. */
  function toepassen(nieuw: KaartStaat, soort: Soort | null, eerste = false) {
    if (nieuw.v && !linkVan(kaart, nieuw.v)) nieuw = { ...nieuw, v: '' };
    const oud = staat;
    staat = nieuw;
    toonInFormulier(nieuw);
    if (eerste ? filterActief(nieuw) : !zelfdeFilter(oud, nieuw)) void filteren();
    if (eerste || nieuw.zoom !== oud.zoom) zoomNaar(nieuw.zoom);
    if (eerste || nieuw.v !== oud.v) paneelNaar(nieuw.v, oud.v);
    if (soort) geschiedenis.plan(nieuw, soort);
  }

  async function filteren() {
    const gevraagd = staat;
    let items: IndexItem[];
    try {
      items = await laadIndex();
    } catch {
      index = undefined;
      tellingEl.textContent = 'Zoeken lukt nu niet; laad de pagina opnieuw.';
      return;
    }
    // A later change filters for itself.
    if (!zelfdeFilter(gevraagd, staat)) return;
    const uitslag = pasToe(items, staat);
    dimmer ??= new Dimmer(alleLinks());
    dimmer.dim(uitslag.zichtbaar);
    tellingEl.textContent = telling(uitslag.aantal, totaal, staat);
    tellingEl.dataset.telling = String(uitslag.aantal);
    naFrame(() => toetsenbord.naFilter());
    // The visible count changes at once; a screen reader hears it when typing pauses.
    clearTimeout(meldingKlok);
    meldingKlok = setTimeout(() => (melding.textContent = telling(uitslag.aantal, totaal, staat)), 700);
  }

  function toonInFormulier(s: KaartStaat) {
    const q = veld<HTMLInputElement>('input[name=q]');
    if (q.value !== s.q) q.value = s.q;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = (box.name === 'niveau' ? s.niveau : s.kenmerk).includes(box.value);
    }
    veld<HTMLSelectElement>('select[name=fase]').value = s.fase;
    veld<HTMLSelectElement>('select[name=toegang]').value = s.toegang;
    if (gemeenteKeuze) gemeenteKeuze.value = s.gemeente;
    const verborgen = verborgenFilters(s);
    veld('[data-filter-aantal]').textContent = verborgen ? ` (${verborgen})` : '';
    legenda(s.kenmerk);
  }

  function zoomNaar(z: string) {
    const fase = FASES.get(z);
    if (fase) zoom.naarStuk(fase.x, fase.width);
    else zoom.zetRondMidden(Number(z) || 1);
    veld('[data-zoom=in]').setAttribute('aria-disabled', String(zoom.k >= 6));
    veld('[data-zoom=uit]').setAttribute('aria-disabled', String(zoom.k <= 1));
    veld<HTMLSelectElement>('select[data-zoom=fase]').value = fase ? z : '';
  }

  function paneelNaar(v: string, was: string) {
    if (was) linkVan(kaart, was)?.classList.remove('actief');
    const link = v ? linkVan(kaart, v) : null;
    if (!link) return paneel.verberg();
    link.classList.add('actief');
    paneel.toon(link.getAttribute('href')!, (link.getAttribute('aria-label') ?? '').split(' — ')[0]!);
  }

  function sluit() {
    const v = staat.v;
    wijzig({ v: '' });
    const link = linkVan(kaart, v);
    if (!link) return;
    const i = alleLinks().indexOf(link);
    if (zichtbaar(i)) toetsenbord.zetHuidig(i, true);
    else link.focus();
  }

  // ── the toolbar ──
  const formulierStaat = (): KaartStaat => ({ ...leesUrl(`?${new URLSearchParams(new FormData(form) as unknown as Record<string, string>)}`, gemeenten), v: staat.v, zoom: staat.zoom });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    typen = false;
  });
  form.addEventListener('input', (e) => {
    if ((e.target as HTMLInputElement).name !== 'q') return;
    toepassen(formulierStaat(), typen ? 'replace' : 'push');
    typen = true;
  });
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLInputElement).name === 'q') typen = false;
    else toepassen(formulierStaat(), 'push');
  });
  veld('input[name=q]').addEventListener('blur', () => (typen = false));
  veld('[data-wis]').addEventListener('click', () => wijzig({ ...GEEN_FILTER }));
  const zoomStap = (factor: number) => {
    zoom.zetRondMidden(zoom.k * factor);
    wijzig({ zoom: zoom.k > 1 ? String(zoom.k) : '' });
  };
  veld('[data-zoom=in]').addEventListener('click', () => zoomStap(1.5));
  veld('[data-zoom=uit]').addEventListener('click', () => zoomStap(1 / 1.5));
  veld('[data-zoom=heel]').addEventListener('click', () => {
    zoom.zet(1);
    wijzig({ zoom: '' });
  });
  veld<HTMLSelectElement>('select[data-zoom=fase]').addEventListener('change', (e) => wijzig({ zoom: (e.currentTarget as HTMLSelectElement).value }));
  const bestand = `routekaart-${werkbalk.dataset.regio}`;
  // The file has every label where the build put it, not slid along to the scrolled edge.
  const exporteer = () => {
    schuif(0, zoom.breedte());
    const svgTekst = kaartSvg(box, `Routekaart Kansrijke Start — ${werkbalk.dataset.naam}`, `${tellingEl.textContent}. ${location.href}`);
    schuif(box.scrollLeft, zoom.breedte());
    return svgTekst;
  };
  veld('[data-export=svg]').addEventListener('click', () => downloadSvg(exporteer(), bestand));
  veld('[data-export=png]').addEventListener('click', () => downloadPng(exporteer(), bestand));
  veld('[data-export=print]').addEventListener('click', () => print());

  // ── the map ──
  const wasSlepen = slepen(box);
  box.addEventListener('click', (e) => {
    const a = (e.target as Element).closest('.vz a');
    if (wasSlepen()) return e.preventDefault();
    // Ctrl/Cmd/Shift-click and the middle button keep their browser meaning: the real page, in a new tab.
    if (!a || e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    wijzig({ v: idVan(a) });
  });
  box.addEventListener('keydown', (e) => {
    if (toetsenbord.index(e.target) === -1 || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '+' || e.key === '=') zoomStap(1.5);
    else if (e.key === '-') zoomStap(1 / 1.5);
  });
  wielZoom(box, zoom, () => wijzig({ zoom: zoom.k > 1 ? String(zoom.k) : '' }, 'replace'));

  // ── the window ──
  addEventListener('popstate', () => {
    geschiedenis.vergeet();
    toepassen(uitUrl(), null);
  });
  addEventListener('keydown', (e) => {
    const waar = document.activeElement;
    if (e.key === 'Escape' && staat.v && (waar === document.body || waar?.closest('[data-kaart]'))) sluit();
  });
  // Print the whole timeline with the labels as built (they fit any page at least the reference width).
  addEventListener('beforeprint', () => {
    zoom.afdrukken(true);
    pasLabels(MAAT.tijdlijn);
    schuif(0, MAAT.tijdlijn);
  });
  addEventListener('afterprint', () => zoom.afdrukken(false));

  toepassen(uitUrl(), null, true);
  box.dataset.klaar = String(Math.round(performance.now()));
  // When the browser has nothing else to do: the index, and labels for the width the timeline really has.
  const later = window.requestIdleCallback ?? ((doe: () => void) => setTimeout(doe, 200));
  later(() => {
    void laadIndex().catch(() => (index = undefined));
    pasLabels(zoom.breedte());
  });
}
