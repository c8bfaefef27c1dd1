import { describe, expect, test } from 'vitest';
import { MAAT, kolommenBij, layoutKaart } from '../../../src/layout/kaart.ts';
import { ROUTE_MAAT, layoutRoute, stappenOpVolgorde } from '../../../src/layout/route.ts';
import { KAARTJE_MAAT, kolomKort, layoutRouteKaartje } from '../../../src/layout/routekaartje.ts';
import { kolomIndex } from '../../../src/domain/tijdlijn.ts';
import { labelWidth } from '../../../src/layout/tekstmaat.ts';
import { route, stap, voorziening } from '../maak.ts';

const voorzieningen = [
  voorziening({ id: 'verloskundige', niveau: 'basiszorg', periode: { van: 'zwangerschap maand 1', tot: 'week 6' } }),
  voorziening({ id: 'consultatiebureau', niveau: 'basiszorg', periode: { van: 'week 1', tot: 'jaar 4' } }),
  // Bars, not doorlopend chips (those cover at least 90 % of the timeline): two rows of one lane.
  voorziening({ id: 'wijkteam', niveau: 'steuntje-in-de-rug', periode: { van: 'preconceptie', tot: 'maand 12' } }),
  voorziening({ id: 'schuldhulp', niveau: 'steuntje-in-de-rug', periode: { van: 'zwangerschap maand 2', tot: 'jaar 3' } }),
  voorziening({ id: 'voorzorg', niveau: 'extra-steun', periode: { van: 'zwangerschap maand 4', tot: 'jaar 3' } }),
];
// The map in px at its reference width, as route-laag.ts lays a route over it in the browser.
const kaart = { kolommen: kolommenBij(MAAT.tijdlijn), spans: layoutKaart(voorzieningen).spans };
const spanOf = (id: string) => kaart.spans.find((s) => s.id === id)!;
const centre = (kolomId: string) => {
  const k = kaart.kolommen[kolomIndex(kolomId)]!;
  return Math.round((k.x + k.width / 2) * 10) / 10;
};
const r = ROUTE_MAAT.nummer;

/** Every number in an SVG path string. */
const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('layoutRoute op de kaart', () => {
  const schulden = route({
    id: 'schulden',
    stappen: [
      stap('verloskundige', 'zwangerschap maand 3'),
      stap('wijkteam', 'zwangerschap maand 4'),
      stap('schuldhulp', 'zwangerschap maand 4'),
      stap('consultatiebureau', 'week 2'),
      stap('consultatiebureau', 'maand 6'),
    ],
  });
  const layout = layoutRoute(kaart, schulden);

  test('elke stap staat midden in de kolom van haar moment, op de balk van haar voorziening', () => {
    const eerste = layout.stappen[0]!;
    expect(eerste.x).toBe(centre('zwangerschap-maand-3'));
    expect(eerste.y).toBe(spanOf('verloskundige').y + spanOf('verloskundige').height / 2);
    expect(eerste.tekstY).toBe(eerste.y + 4);
    const laatste = layout.stappen[4]!;
    expect(laatste).toMatchObject({ nummer: 5, voorziening: 'consultatiebureau', x: centre('maand-6') });
  });

  test('binnen één balk een rechte lijn, naar een andere rij een bocht; paden beginnen en eindigen aan de rand van het nummer', () => {
    expect(layout.verbindingen.map((v) => [v.van, v.naar, v.soort])).toEqual([
      [1, 2, 'bocht'],
      [2, 3, 'bocht'],
      [3, 4, 'bocht'],
      [4, 5, 'recht'],
    ]);
    const [a, b] = [layout.stappen[3]!, layout.stappen[4]!];
    expect(layout.verbindingen[3]!.d).toBe(`M${a.x + r},${a.y}L${b.x - r - ROUTE_MAAT.pijlRuimte},${b.y}`);
    // Every path leaves its number at the circle's edge and stops just before the next one, wherever it goes.
    layout.verbindingen.forEach((v, i) => {
      const [a, b] = [layout.stappen[i]!, layout.stappen[i + 1]!];
      const d = numbers(v.d);
      expect(Math.hypot(d[0]! - a.x, d[1]! - a.y)).toBeCloseTo(r, 5);
      expect(Math.hypot(d.at(-2)! - b.x, d.at(-1)! - b.y)).toBeCloseTo(r + ROUTE_MAAT.pijlRuimte, 5);
    });
    // To another moment (1 → 2, one column on but far down): sideways tangents, so the path cannot cross number 3
    // under 2; at the same moment (2 → 3): straight down.
    expect(numbers(layout.verbindingen[0]!.d)[1]).toBe(layout.stappen[0]!.y);
    expect(numbers(layout.verbindingen[1]!.d)[0]).toBe(layout.stappen[1]!.x);
  });

  test('stappen op hetzelfde moment staan onder elkaar, verbonden door een verticale bocht', () => {
    const [wijkteam, schuld] = [layout.stappen[1]!, layout.stappen[2]!];
    expect(wijkteam.x).toBe(schuld.x);
    expect(Math.abs(wijkteam.y - schuld.y)).toBeGreaterThanOrEqual(2 * r);
    const d = numbers(layout.verbindingen[1]!.d);
    const down = Math.sign(schuld.y - wijkteam.y);
    expect(d.slice(0, 2)).toEqual([wijkteam.x, wijkteam.y + down * r]);
    expect(d.slice(-2)).toEqual([schuld.x, schuld.y - down * (r + ROUTE_MAAT.pijlRuimte)]);
  });

  test('alle getallen zijn afgerond op hoogstens één decimaal', () => {
    const all = [...layout.stappen.flatMap((s) => [s.x, s.y, s.tekstY]), ...layout.verbindingen.flatMap((v) => numbers(v.d)), ...Object.values(layout.box)];
    for (const n of all) expect(Math.round(n * 10) / 10).toBe(n);
    expect(layoutRoute(kaart, schulden)).toEqual(layout);
  });

  test('de box omvat alle nummers', () => {
    for (const s of layout.stappen) {
      expect(s.x - r).toBeGreaterThanOrEqual(layout.box.x);
      expect(s.x + r).toBeLessThanOrEqual(layout.box.x + layout.box.width);
      expect(s.y + r).toBeLessThanOrEqual(layout.box.y + layout.box.height);
    }
  });
});

describe('volgorde', () => {
  test('nummers volgen de tijd; stappen in dezelfde kolom houden de volgorde van de auteur', () => {
    const door = route({
      id: 'door-elkaar',
      stappen: [stap('consultatiebureau', 'maand 6'), stap('wijkteam', 'zwangerschap maand 4'), stap('schuldhulp', 'zwangerschap maand 4'), stap('verloskundige', 'zwangerschap maand 2')],
    });
    expect(stappenOpVolgorde(door.stappen).map((s) => s.index)).toEqual([3, 1, 2, 0]);
    const layout = layoutRoute(kaart, door);
    expect(layout.stappen.map((s) => [s.nummer, s.voorziening])).toEqual([
      [1, 'verloskundige'],
      [2, 'wijkteam'],
      [3, 'schuldhulp'],
      [4, 'consultatiebureau'],
    ]);
    expect(layout.verbindingen.map((v) => [v.van, v.naar])).toEqual([[1, 2], [2, 3], [3, 4]]);
  });

  test('een stap bij een voorziening die niet op de kaart staat is een fout met de naam erin', () => {
    expect(() => layoutRoute(kaart, route({ id: 'x', stappen: [stap('verloskundige', 'bevalling'), stap('bestaat-niet', 'week 2')] }))).toThrow(/bestaat-niet/);
  });
});

describe('terugkeer bij dezelfde voorziening', () => {
  test('twee stappen in één kolom van één balk worden rond het kolommidden uit elkaar gezet en met een pijl verbonden', () => {
    // "week 5" and "maand 2" both fall in the column "maand 2".
    const layout = layoutRoute(kaart, route({ id: 'terug', stappen: [stap('consultatiebureau', 'week 5'), stap('consultatiebureau', 'maand 2')] }));
    const [a, b] = layout.stappen;
    expect(a!.y).toBe(b!.y);
    expect(b!.x - a!.x).toBe(ROUTE_MAAT.afstand);
    expect((a!.x + b!.x) / 2).toBe(centre('maand-2'));
    expect(layout.verbindingen[0]).toMatchObject({ soort: 'recht', d: `M${a!.x + r},${a!.y}L${b!.x - r - ROUTE_MAAT.pijlRuimte},${b!.y}` });
  });

  test('hoe vol het ook wordt: geen twee nummers overlappen', () => {
    const vol = route({
      id: 'vol',
      stappen: [
        stap('consultatiebureau', 'week 1'),
        stap('consultatiebureau', 'week 5'),
        stap('consultatiebureau', 'week 6'),
        stap('consultatiebureau', 'maand 2'),
        stap('wijkteam', 'maand 2'),
        stap('consultatiebureau', 'maand 3'),
        stap('voorzorg', 'maand 3'),
      ],
    });
    for (const grond of [kaart, layoutRouteKaartje(voorzieningen, vol)]) {
      const { stappen } = layoutRoute(grond, vol);
      for (const a of stappen) {
        for (const b of stappen) {
          if (a === b) continue;
          expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.nummer} en ${b.nummer}`).toBeGreaterThanOrEqual(2 * r + 2);
        }
      }
    }
  });
});

describe('het routekaartje (alleen de bezochte kolommen en voorzieningen)', () => {
  const tiener = route({
    id: 'tiener',
    stappen: [
      stap('verloskundige', 'zwangerschap maand 3'),
      stap('voorzorg', 'zwangerschap maand 4'),
      stap('voorzorg', 'zwangerschap maand 7'),
      stap('consultatiebureau', 'week 2'),
      stap('wijkteam', 'maand 6'),
    ],
  });
  const kaartje = layoutRouteKaartje(voorzieningen, tiener);

  test('toont alleen de kolommen met een stap, met een smalle opening waar kolommen zijn overgeslagen', () => {
    expect(kaartje.zichtbaar.map((k) => k.id)).toEqual(['zwangerschap-maand-3', 'zwangerschap-maand-4', 'zwangerschap-maand-7', 'week-2', 'maand-6']);
    expect(kaartje.zichtbaar.map((k) => k.label)).toEqual(['mnd 3', 'mnd 4', 'mnd 7', 'week 2', 'mnd 6']);
    // Gaps between maand 4 and 7, between maand 7 and week 2, and between week 2 and maand 6.
    expect(kaartje.gaten).toHaveLength(3);
    expect(kaartje.gaten.every((g) => g.width === KAARTJE_MAAT.gat)).toBe(true);
    const last = kaartje.zichtbaar.at(-1)!;
    expect(kaartje.width).toBe(last.x + last.width);
    expect(kaartje.kolommen.filter((k) => k.width > 0)).toHaveLength(5);
  });

  test('elke fasenaam past boven haar kolommen', () => {
    for (const fase of kaartje.fases) expect(fase.width).toBeGreaterThanOrEqual(labelWidth(fase.naam) + 12);
    expect(kaartje.fases.map((f) => f.naam)).toEqual(['Zwangerschap', 'Babyfase']);
  });

  test('één rij per voorziening, gegroepeerd per laan van licht naar zwaar; balken alleen binnen de periode', () => {
    expect(kaartje.lanen.map((l) => l.niveau)).toEqual(['basiszorg', 'steuntje-in-de-rug', 'extra-steun']);
    expect(kaartje.rijen.map((r) => r.id)).toEqual(['verloskundige', 'consultatiebureau', 'wijkteam', 'voorzorg']);
    const cb = kaartje.spans.find((s) => s.id === 'consultatiebureau')!;
    const week2 = kaartje.zichtbaar.find((k) => k.id === 'week-2')!;
    expect(cb.x).toBe(week2.x + 2); // consultatiebureau starts in week 1: not drawn across pregnancy
    expect(kaartje.route.stappen.map((s) => s.nummer)).toEqual([1, 2, 3, 4, 5]);
    expect(kaartje.height).toBe(kaartje.lanen.at(-1)!.y + kaartje.lanen.at(-1)!.height);
  });

  test('korte kolomnamen', () => {
    expect(['preconceptie', 'zwangerschap-maand-9', 'bevalling', 'week-3', 'maand-12', 'maand-15-24', 'jaar-4'].map((id) => kolomKort(kolomIndex(id)))).toEqual([
      '',
      'mnd 9',
      '',
      'week 3',
      'mnd 12',
      'mnd 15–24',
      '',
    ]);
  });
});
