/**
 * The route picker's behaviour over its server-rendered markup (RouteKiezer.astro). Its state lives in the URL's
 * fragment (#route=…&stap=…, src/domain/route-url.ts): the explorer island owns the query string and keeps the
 * fragment, so neither overwrites the other, a link can be shared and Back undoes each step.
 */
import { leesRouteFragment, schrijfRouteFragment, type RouteStand } from '../../domain/route-url.ts';

export interface RouteKeuze {
  id: string;
  naam: string;
  href: string;
  stappen: { voorziening: string; naam: string; moment: string; toelichting: string; href: string }[];
}

/** Shows the chosen layer, marks the spans on the route and the current number; returns the number's element. */
function tekenOpKaart(svg: SVGSVGElement, route: RouteKeuze | undefined, stap: number): SVGGElement | null {
  for (const laag of svg.querySelectorAll('.route-laag')) laag.classList.toggle('gekozen', laag.getAttribute('data-route') === route?.id);
  svg.classList.toggle('route-actief', Boolean(route));
  const op = new Set(route?.stappen.map((s) => s.voorziening));
  for (const span of svg.querySelectorAll<SVGAElement>('a.span')) span.classList.toggle('in-route', op.has(span.dataset.id!));
  for (const nummer of svg.querySelectorAll('.route-nummer.huidig')) nummer.classList.remove('huidig');
  if (!route) return null;
  const nummer = svg.querySelector<SVGGElement>(`.route-laag[data-route="${route.id}"] .route-nummer[data-stap="${stap}"]`);
  nummer?.classList.add('huidig');
  return nummer;
}

export function startRouteKiezer(): void {
  const kiezer = document.querySelector<HTMLElement>('[data-route-kiezer]');
  const svg = document.querySelector<SVGSVGElement>('svg.kaart');
  if (!kiezer || !svg) return;
  const routes: RouteKeuze[] = JSON.parse(kiezer.dataset.routes ?? '[]');
  const veld = <T extends Element = HTMLElement>(naam: string) => kiezer.querySelector<T>(`[data-${naam}]`)!;
  const keuze = kiezer.querySelector<HTMLSelectElement>('select')!;
  const vorige = veld<HTMLButtonElement>('vorige');
  const volgende = veld<HTMLButtonElement>('volgende');
  let stand: RouteStand = { route: '', stap: 0 };

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
      veld<HTMLAnchorElement>('naam').href = stap.href;
      veld('moment').textContent = `${stap.moment}.`;
      veld('toelichting').textContent = stap.toelichting;
      veld<HTMLAnchorElement>('route-link').href = route.href;
      vorige.setAttribute('aria-disabled', String(nieuw.stap <= 1));
      volgende.setAttribute('aria-disabled', String(nieuw.stap >= route.stappen.length));
    }
    const nummer = tekenOpKaart(svg!, route, nieuw.stap);
    // Bring the current step into view sideways, but never move the page on load or on Back.
    if (nummer && scrollen) {
      const rustig = matchMedia('(prefers-reduced-motion: reduce)').matches;
      nummer.scrollIntoView({ behavior: rustig ? 'auto' : 'smooth', block: 'nearest', inline: 'center' });
    }
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
}
