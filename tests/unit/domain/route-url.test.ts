import { describe, expect, test } from 'vitest';
import { leesRouteFragment, schrijfRouteFragment } from '../../../src/domain/route-url.ts';

const routes = [
  { id: 'tienermoeder', stappen: [1, 2, 3] },
  { id: 'zwangere-met-schulden', stappen: [1, 2, 3, 4, 5, 6, 7] },
];

describe('the route in the URL fragment', () => {
  test('round trip', () => {
    const stand = { route: 'zwangere-met-schulden', stap: 4 };
    expect(schrijfRouteFragment(stand)).toBe('#route=zwangere-met-schulden&stap=4');
    expect(leesRouteFragment(schrijfRouteFragment(stand), routes)).toEqual(stand);
  });

  test('no route: an empty fragment, and an empty fragment is no route', () => {
    expect(schrijfRouteFragment({ route: '', stap: 0 })).toBe('');
    expect(leesRouteFragment('', routes)).toEqual({ route: '', stap: 0 });
  });

  test('an unknown route is dropped, not guessed', () => {
    expect(leesRouteFragment('#route=tienermoedr&stap=2', routes)).toEqual({ route: '', stap: 0 });
  });

  test('a missing or impossible step is clamped to the route', () => {
    expect(leesRouteFragment('#route=tienermoeder', routes)).toEqual({ route: 'tienermoeder', stap: 1 });
    expect(leesRouteFragment('#route=tienermoeder&stap=9', routes)).toEqual({ route: 'tienermoeder', stap: 3 });
    expect(leesRouteFragment('#route=tienermoeder&stap=-2', routes)).toEqual({ route: 'tienermoeder', stap: 1 });
    expect(leesRouteFragment('#route=tienermoeder&stap=abc', routes)).toEqual({ route: 'tienermoeder', stap: 1 });
  });

  test('a fragment that is an element id (a skip link target) is no route', () => {
    expect(leesRouteFragment('#inhoud', routes)).toEqual({ route: '', stap: 0 });
  });
});
