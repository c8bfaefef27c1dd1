/**
 * The route shown over the map, in the URL's fragment: #route=<id>&stap=<n>. The fragment, because the map
 * explorer owns the query string (kaart-url.ts) and carries the fragment along untouched.
 * An unknown route or step is dropped or clamped, never guessed.
 */
export interface RouteStand {
  route: string;
  /** 1-based step; 0 when no route is shown. */
  stap: number;
}

export function leesRouteFragment(hash: string, routes: readonly { id: string; stappen: readonly unknown[] }[]): RouteStand {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const route = routes.find((r) => r.id === p.get('route'));
  if (!route) return { route: '', stap: 0 };
  const stap = Math.round(Number(p.get('stap')) || 1);
  return { route: route.id, stap: Math.min(Math.max(stap, 1), route.stappen.length) };
}

export function schrijfRouteFragment({ route, stap }: RouteStand): string {
  return route ? `#route=${encodeURIComponent(route)}&stap=${stap}` : '';
}
