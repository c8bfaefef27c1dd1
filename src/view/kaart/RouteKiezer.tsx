/**
 * The route picker: shows one klantroute over the map (its layer is drawn at build time by RouteLagen.astro),
 * steps back everything else, and walks the steps with their toelichting.
 * Its state lives in the URL's fragment (#route=…&stap=…): the explorer island owns the query string and keeps
 * the fragment, so neither overwrites the other, a link can be shared and Back undoes each step.
 */
import { useEffect, useRef, useState } from 'react';
import { leesRouteFragment, schrijfRouteFragment, type RouteStand } from '../../domain/route-url.ts';
import './route-kiezer.css';

export interface RouteKeuze {
  id: string;
  naam: string;
  href: string;
  stappen: { voorziening: string; naam: string; moment: string; toelichting: string; href: string }[];
}

interface Props {
  routes: RouteKeuze[];
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

export default function RouteKiezer({ routes }: Props) {
  const [stand, setStand] = useState<RouteStand>({ route: '', stap: 0 });
  const eerste = useRef(true);
  const route = routes.find((r) => r.id === stand.route);
  const stap = route?.stappen[stand.stap - 1];

  useEffect(() => {
    const lees = () => setStand(leesRouteFragment(location.hash, routes));
    lees();
    addEventListener('popstate', lees);
    return () => removeEventListener('popstate', lees);
  }, [routes]);

  useEffect(() => {
    const svg = document.querySelector<SVGSVGElement>('svg.kaart');
    if (!svg) return;
    const nummer = tekenOpKaart(svg, route, stand.stap);
    // Bring the current step into view sideways, but never move the page on first load.
    if (nummer && !eerste.current) {
      const rustig = matchMedia('(prefers-reduced-motion: reduce)').matches;
      nummer.scrollIntoView({ behavior: rustig ? 'auto' : 'smooth', block: 'nearest', inline: 'center' });
    }
    eerste.current = false;
  }, [route, stand.stap]);

  function naar(nieuw: RouteStand) {
    history.pushState(null, '', location.pathname + location.search + schrijfRouteFragment(nieuw));
    setStand(nieuw);
  }

  return (
    <section className="route-kiezer" aria-labelledby="route-kiezer-kop">
      <h2 id="route-kiezer-kop">Klantroute op de kaart</h2>
      <div className="route-keuze">
        <label htmlFor="route-keuze">Toon route</label>
        <select id="route-keuze" value={stand.route} onChange={(e) => naar({ route: e.target.value, stap: e.target.value ? 1 : 0 })}>
          <option value="">Geen route</option>
          {routes.map((r) => (
            <option key={r.id} value={r.id}>
              {r.naam}
            </option>
          ))}
        </select>
      </div>
      <p className="visueel-verborgen" role="status">
        {route && stap ? `${route.naam}, stap ${stand.stap} van ${route.stappen.length}: ${stap.naam}, ${stap.moment}.` : ''}
      </p>
      {route && stap && (
        <div className="route-stap">
          <h3>
            Stap {stand.stap} van {route.stappen.length}: <a href={stap.href}>{stap.naam}</a>
          </h3>
          <p>
            <strong>{stap.moment}.</strong> {stap.toelichting}
          </p>
          <div className="route-knoppen">
            <button type="button" aria-disabled={stand.stap <= 1} onClick={() => stand.stap > 1 && naar({ ...stand, stap: stand.stap - 1 })}>
              Vorige stap
            </button>
            <button
              type="button"
              aria-disabled={stand.stap >= route.stappen.length}
              onClick={() => stand.stap < route.stappen.length && naar({ ...stand, stap: stand.stap + 1 })}
            >
              Volgende stap
            </button>
            <a href={route.href}>De hele route als tekst</a>
          </div>
        </div>
      )}
    </section>
  );
}
