/**
 * The route picker's behaviour over its server-rendered markup (RouteKiezer.astro): one klantroute drawn over the
 * map (route-laag.ts), everything off it stepped back, its steps walked with their toelichting. Its state lives in
 * the URL's fragment (#route=…&stap=…, src/domain/route-url.ts): the explorer owns the query string and keeps the
 * fragment, so neither overwrites the other, a link can be shared and Back undoes each step.
 */
import { leesRouteFragment, schrijfRouteFragment, type RouteStand } from '../../domain/route-url.ts';
import { linkVan, tekenRoute } from './route-laag.ts';
import { rustig } from './zoom.ts';

export interface RouteKeuze {
  id: string;
  naam: string;
  href: string;
  stappen: { voorziening: string; kolom: number; naam: string; moment: string; toelichting: string }[];
}

/** Starts the picker; returns what the explorer calls when the timeline's width changes. */
export function startRouteKiezer(kaart: Element, breedte: () => number): (breedte: number) => void {
  const kiezer = document.querySelector<HTMLElement>('[data-route-kiezer]');
  if (!kiezer) return () => {};
  const routes: RouteKeuze[] = JSON.parse(kiezer.querySelector('script[data-routes]')?.textContent || '[]');
  const veld = <T extends Element = HTMLElement>(naam: string) => kiezer.querySelector<T>(`[data-${naam}]`)!;
  const keuze = kiezer.querySelector<HTMLSelectElement>('select')!;
  const vorige = veld<HTMLButtonElement>('vorige');
  const volgende = veld<HTMLButtonElement>('volgende');
  let stand: RouteStand = { route: '', stap: 0 };
  let opRoute: SVGAElement[] = [];

  function teken(route: RouteKeuze | undefined, stap: number, b: number): SVGGElement | undefined {
    const nummers = tekenRoute(kaart, route, b);
    nummers[stap - 1]?.classList.add('huidig');
    return nummers[stap - 1];
  }

  function toon(nieuw: RouteStand, scrollen: boolean) {
    stand = nieuw;
    const route = routes.find((r) => r.id === nieuw.route);
    const stap = route?.stappen[nieuw.stap - 1];
    keuze.value = nieuw.route;
    veld('stap').hidden = !stap;
    veld('status').textContent = route && stap ? `${route.naam}, stap ${nieuw.stap} van ${route.stappen.length}: ${stap.naam}, ${stap.moment}.` : '';
    if (route && stap) {
      veld('nummer').textContent = String(nieuw.stap);
      veld('aantal').textContent = String(route.stappen.length);
      veld<HTMLAnchorElement>('naam').textContent = stap.naam;
      veld<HTMLAnchorElement>('naam').href = linkVan(kaart, stap.voorziening)?.getAttribute('href') ?? route.href;
      veld('moment').textContent = `${stap.moment}.`;
      veld('toelichting').textContent = stap.toelichting;
      veld<HTMLAnchorElement>('route-link').href = route.href;
      vorige.setAttribute('aria-disabled', String(nieuw.stap <= 1));
      volgende.setAttribute('aria-disabled', String(nieuw.stap >= route.stappen.length));
    }
    for (const a of opRoute) a.classList.remove('in-route');
    opRoute = route ? route.stappen.flatMap((s) => linkVan(kaart, s.voorziening) ?? []) : [];
    for (const a of opRoute) a.classList.add('in-route');
    kaart.classList.toggle('route-actief', Boolean(route));
    // The width is measured only for a route: measuring forces a layout of the whole map, not for start-up.
    const nummer = route ? teken(route, nieuw.stap, breedte()) : teken(undefined, 0, 0);
    // Bring the current step into view sideways, but never move the page on load or on Back.
    if (nummer && scrollen) nummer.scrollIntoView({ behavior: rustig() ? 'auto' : 'smooth', block: 'nearest', inline: 'center' });
  }

  function naar(nieuw: RouteStand) {
    history.pushState(null, '', location.pathname + location.search + schrijfRouteFragment(nieuw));
    toon(nieuw, true);
  }

  keuze.addEventListener('change', () => naar({ route: keuze.value, stap: keuze.value ? 1 : 0 }));
  vorige.addEventListener('click', () => stand.stap > 1 && naar({ ...stand, stap: stand.stap - 1 }));
  volgende.addEventListener('click', () => {
    const route = routes.find((r) => r.id === stand.route);
    if (route && stand.stap < route.stappen.length) naar({ ...stand, stap: stand.stap + 1 });
  });
  addEventListener('popstate', () => toon(leesRouteFragment(location.hash, routes), false));
  toon(leesRouteFragment(location.hash, routes), false);
  return (b) => {
    if (stand.route) teken(routes.find((r) => r.id === stand.route), stand.stap, b);
  };
}
