import { describe, expect, test } from 'vitest';
import { KOLOMMEN, kolomIndex } from '../../../src/domain/tijdlijn.ts';
import { MAAT, kolomAs, kolomGewicht } from '../../../src/layout/kolomas.ts';
import { AS, KLANTREIS_KOLOMMEN, KR_MAAT, layoutKlantreis, leeftijdNaarX, type KlantreisLayout } from '../../../src/layout/klantreis.ts';
import { labelWidth } from '../../../src/layout/tekstmaat.ts';
import { band, casus, overdracht, persoon, voorbeeldCasus } from '../maak.ts';

function numbers(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => numbers(item, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => numbers(item, `${path}.${key}`));
  return [];
}

const leeg = layoutKlantreis(casus([]));
const kolom = (layout: KlantreisLayout, id: string) => layout.kolommen.find((k) => k.id === id)!;
const fase = (layout: KlantreisLayout, id: string) => layout.fases.find((f) => f.id === id)!;

describe('the axis', () => {
  test('is the map axis up to the 3e jaar, then the 4e, 5e and 6e jaar in the schoolkind fase', () => {
    expect(KLANTREIS_KOLOMMEN.map((k) => k.id)).toEqual([
      ...KOLOMMEN.slice(0, kolomIndex('jaar-3') + 1).map((k) => k.id),
      'jaar-4',
      'jaar-5',
      'jaar-6',
    ]);
    expect(KLANTREIS_KOLOMMEN.slice(-3).map((k) => [k.fase, k.label])).toEqual([
      ['schoolkind', '4e jaar'],
      ['schoolkind', '5e jaar'],
      ['schoolkind', '6e jaar'],
    ]);
    const schoolkind = fase(leeg, 'schoolkind');
    expect(schoolkind.x).toBe(kolom(leeg, 'jaar-4').x);
    expect(schoolkind.x + schoolkind.width).toBe(leeg.width);
  });

  test('shares the 1000-days columns’ positions and widths (kolomAs)', () => {
    const kaart = kolomAs(KOLOMMEN, kolomGewicht);
    for (const id of ['preconceptie', 'zwangerschap-maand-1', 'bevalling', 'week-1', 'maand-2', 'maand-15-24', 'jaar-3']) {
      const opKaart = kaart.kolommen.find((k) => k.id === id)!;
      expect(kolom(leeg, id), id).toMatchObject({ x: opKaart.x, width: opKaart.width });
    }
    // a year column is as wide as the 3e jaar
    for (const id of ['jaar-4', 'jaar-5', 'jaar-6']) expect(kolom(leeg, id).width).toBe(kolom(leeg, 'jaar-3').width);
  });

  test('is strictly increasing, integer-valued and runs from the left edge at -10 to the right edge at 72', () => {
    expect(leeftijdNaarX(-10)).toBe(MAAT.laanLabel);
    expect(leeftijdNaarX(-10)).toBe(AS.links);
    expect(leeftijdNaarX(72)).toBe(leeg.width);
    expect(leeftijdNaarX(72)).toBe(AS.rechts);
    let vorige = -Infinity;
    for (let maanden = -10; maanden <= 72; maanden += 0.25) {
      const x = leeftijdNaarX(maanden);
      expect(Number.isInteger(x)).toBe(true);
      expect(x, `${maanden}`).toBeGreaterThan(vorige);
      vorige = x;
    }
    expect(leeftijdNaarX(-20)).toBe(AS.links);
    expect(leeftijdNaarX(100)).toBe(AS.rechts);
  });

  test('puts the birth on the centre line of the bevalling column', () => {
    const bevalling = kolom(leeg, 'bevalling');
    expect(leeftijdNaarX(0)).toBe(bevalling.x + bevalling.width / 2);
    expect(leeftijdNaarX(-1)).toBe(kolom(leeg, 'zwangerschap-maand-9').x);
    expect(leeftijdNaarX(0.25)).toBe(kolom(leeg, 'week-2').x);
  });

  test('puts each month at the start of its column', () => {
    expect(leeftijdNaarX(-9)).toBe(kolom(leeg, 'zwangerschap-maand-1').x);
    for (let n = 1; n <= 9; n++) expect(leeftijdNaarX(n - 10)).toBe(kolom(leeg, `zwangerschap-maand-${n}`).x);
    for (let n = 2; n <= 14; n++) expect(leeftijdNaarX(n - 1)).toBe(kolom(leeg, `maand-${n}`).x);
    expect(leeftijdNaarX(14)).toBe(kolom(leeg, 'maand-15-24').x);
    expect(leeftijdNaarX(36)).toBe(kolom(leeg, 'jaar-4').x);
    expect(leeftijdNaarX(48)).toBe(kolom(leeg, 'jaar-5').x);
    expect(leeftijdNaarX(60)).toBe(kolom(leeg, 'jaar-6').x);
  });

  test('puts 24 months on the boundary between the peuterfase and the 3e jaar', () => {
    const peuter = fase(leeg, 'peuterfase');
    expect(leeftijdNaarX(24)).toBe(peuter.x + peuter.width);
    expect(leeftijdNaarX(24)).toBe(fase(leeg, 'derde-jaar').x);
  });
});

describe('the klantreis layout', () => {
  const layout = layoutKlantreis(voorbeeldCasus());

  test('has integers only', () => {
    const crowded = casus(
      Array.from({ length: 12 }, (_, i) =>
        band(`b${i}`, -10 + i * 6, Math.min(72, -10 + i * 6 + 9), [
          persoon(`p${i}`, `Professional met een vrij lange naam ${i % 4}`, 'professional', `Organisatie ${i % 3}`, { tot: Math.min(72, i * 7) }),
          persoon(`n${i}`, `Buur ${i}`, 'netwerk'),
        ]),
      ),
      [overdracht('a', 'p1', 'p2', 5, 'goed'), overdracht('b', 'p1', 'p2', 5, 'gemist'), overdracht('c', 'n3', 'p9', 71, 'onbekend')],
    );
    for (const l of [layout, layoutKlantreis(crowded), leeg]) {
      const niet = numbers(l).filter(([, n]) => !Number.isInteger(n));
      expect(niet).toEqual([]);
    }
  });

  test('is deterministic, with stable and unique ids', () => {
    expect(layoutKlantreis(voorbeeldCasus())).toEqual(layout);
    expect(layout.bars.map((b) => b.id)).toEqual([
      'kr-bar-moeder-1-1',
      'kr-bar-oma-1-1',
      'kr-bar-oma-1-2',
      'kr-bar-vk-1',
      'kr-bar-jvk-1',
      'kr-bar-kz-1',
      'kr-bar-pm-1',
    ]);
    const ids = [...layout.rows.map((r) => r.id), ...layout.bars.map((b) => b.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('keeps ids unique when a file reuses a betrokkene id for different people', () => {
    const l = layoutKlantreis(casus([band('a', 0, 12, [persoon('x', 'Vader', 'ouder')]), band('b', 12, 24, [persoon('x', 'Moeder', 'ouder')])]));
    expect(l.rows.map((r) => r.id)).toEqual(['kr-rij-x', 'kr-rij-x-2']);
    expect(new Set(l.bars.map((b) => b.id)).size).toBe(2);
  });

  test('has three lanes in rol order, one row per person inside its lane', () => {
    expect(layout.lanes.map((l) => [l.rol, l.naam, l.rijen])).toEqual([
      ['ouder', 'Ouders', 1],
      ['netwerk', 'Eigen netwerk', 1],
      ['professional', 'Professionals', 4],
    ]);
    expect(layout.lanes[0]!.y).toBe(layout.kop);
    for (let i = 1; i < layout.lanes.length; i++) expect(layout.lanes[i]!.y).toBe(layout.lanes[i - 1]!.y + layout.lanes[i - 1]!.height);
    expect(layout.height).toBe(layout.lanes[2]!.y + layout.lanes[2]!.height);
    for (const rij of layout.rows) {
      const laan = layout.lanes.find((l) => l.rol === rij.rol)!;
      expect(rij.y).toBeGreaterThanOrEqual(laan.y);
      expect(rij.y + rij.height).toBeLessThanOrEqual(laan.y + laan.height);
    }
    expect(layout.rows.filter((r) => r.rol === 'professional').map((r) => r.naam)).toEqual([
      'Verloskundige',
      'Jeugdverpleegkundige',
      'Kraamverzorgende',
      'Pedagogisch medewerker',
    ]);
  });

  test('an empty lane keeps its minimum height', () => {
    expect(leeg.lanes.map((l) => l.height)).toEqual([KR_MAAT.laanMinimum, KR_MAAT.laanMinimum, KR_MAAT.laanMinimum]);
    expect(leeg.rows).toEqual([]);
    expect(leeg.bars).toEqual([]);
  });

  test('draws each period as a bar from its van to its tot', () => {
    const bar = (id: string) => layout.bars.find((b) => b.id === id)!;
    const bevalling = kolom(layout, 'bevalling');
    // Jeugdverpleegkundige: from the birth (centre of the bevalling column) to 3 years (start of the 4e jaar)
    expect(bar('kr-bar-jvk-1')).toMatchObject({ van: 0, tot: 36, x: bevalling.x + bevalling.width / 2, bandId: 'baby' });
    expect(bar('kr-bar-jvk-1').x + bar('kr-bar-jvk-1').width).toBe(kolom(layout, 'jaar-4').x);
    expect(bar('kr-bar-jvk-1')).toMatchObject({ x: 702, width: 966 });
    // Moeder: the whole pregnancy up to 4 years
    expect(bar('kr-bar-moeder-1-1')).toMatchObject({ x: AS.links, width: kolom(layout, 'jaar-5').x - AS.links });
    // Oma: two bars on one row, with the gap between them
    const [a, b] = [bar('kr-bar-oma-1-1'), bar('kr-bar-oma-1-2')];
    expect(a.rijId).toBe(b.rijId);
    expect(a).toMatchObject({ x: leeftijdNaarX(-4), width: leeftijdNaarX(0) - leeftijdNaarX(-4) });
    expect(b).toMatchObject({ x: kolom(layout, 'maand-7').x, width: leeftijdNaarX(18) - kolom(layout, 'maand-7').x });
    for (const balk of layout.bars) {
      const rij = layout.rows.find((r) => r.id === balk.rijId)!;
      expect(balk.y).toBe(rij.y);
      expect(balk.height).toBe(MAAT.balk);
    }
  });

  test('gives a single moment a narrow bar centred on it', () => {
    const l = layoutKlantreis(casus([band('a', 0, 24, [persoon('p', 'Huisarts', 'professional', '', { van: 12, tot: 12 })])]));
    expect(l.bars[0]).toMatchObject({ x: leeftijdNaarX(12) - KR_MAAT.momentBreedte / 2, width: KR_MAAT.momentBreedte });
  });

  test('places labels as on the map: inside a bar that fits them, else after it, else before it at the right edge', () => {
    const rij = (naam: string) => layout.rows.find((r) => r.naam === naam)!;
    const bar = (id: string) => layout.bars.find((b) => b.id === id)!;
    expect(rij('Jeugdverpleegkundige')).toMatchObject({ label: 'Jeugdverpleegkundige (GGD Twente)', labelX: bar('kr-bar-jvk-1').x + 6, labelAnker: 'start' });
    // a label too wide for its only bar goes right after it
    const kz = bar('kr-bar-kz-1');
    expect(rij('Kraamverzorgende')).toMatchObject({ labelX: kz.x + kz.width + 4, labelAnker: 'start' });
    const vk = bar('kr-bar-vk-1');
    expect(rij('Verloskundige')).toMatchObject({ labelX: vk.x + 6, labelAnker: 'start' });
    // Oma's short label fits in her first bar
    expect(rij('Oma').labelX).toBe(bar('kr-bar-oma-1-1').x + 6);
    // a label that fits in neither of two short bars goes after the last one, never over a bar
    const kort = layoutKlantreis(
      casus([
        band('a', 0, 24, [
          persoon('p1', 'Pedagogisch medewerker', 'professional', 'Kinderopvang De Boog', { van: 2, tot: 3 }),
          persoon('p2', 'Pedagogisch medewerker', 'professional', 'Kinderopvang De Boog', { van: 5, tot: 6 }),
        ]),
      ]),
    );
    expect(kort.bars).toHaveLength(2);
    expect(kort.rows[0]).toMatchObject({ labelX: kort.bars[1]!.x + kort.bars[1]!.width + 4, labelAnker: 'start' });
    // a short bar at the end of the axis: the label stands before it, right-aligned
    const l = layoutKlantreis(casus([band('a', 66, 72, [persoon('p', 'Intern begeleider', 'professional', 'Basisschool De Wilg')])]));
    expect(l.rows[0]).toMatchObject({ labelX: l.bars[0]!.x - 4, labelAnker: 'end' });
    for (const r of [...layout.rows, ...l.rows]) {
      const w = labelWidth(r.label);
      const [links, rechts] = r.labelAnker === 'start' ? [r.labelX, r.labelX + w] : [r.labelX - w, r.labelX];
      expect(links).toBeGreaterThanOrEqual(AS.links);
      expect(rechts).toBeLessThanOrEqual(AS.rechts);
    }
  });

  test('draws overdrachten between the rows of their van and naar, at their moment', () => {
    const rijVan = (betrokkeneId: string) => layout.rows.find((r) => r.betrokkeneIds.includes(betrokkeneId))!;
    expect(layout.overdrachten.map((o) => [o.id, o.verloop])).toEqual([
      ['o1', 'goed'],
      ['o2', 'onbekend'],
      ['o3', 'gemist'],
    ]);
    for (const o of layout.overdrachten) {
      const bron = voorbeeldCasus().overdrachten.find((x) => x.id === o.id)!;
      expect(o.x).toBe(leeftijdNaarX(bron.moment));
      expect(o.vanRijId).toBe(rijVan(bron.van).id);
      expect(o.naarRijId).toBe(rijVan(bron.naar).id);
      expect(o.y1).toBe(rijVan(bron.van).y + MAAT.balk / 2);
      expect(o.y2).toBe(rijVan(bron.naar).y + MAAT.balk / 2);
      expect(o.markerY).toBeGreaterThanOrEqual(Math.min(o.y1, o.y2));
      expect(o.markerY).toBeLessThanOrEqual(Math.max(o.y1, o.y2));
    }
    // o3 has room halfway; o1's halfway point is on the jeugdverpleegkundige's label, so its marker moves off it
    const o3 = layout.overdrachten[2]!;
    expect(o3.markerY).toBe(Math.round((o3.y1 + o3.y2) / 2));
    expect(layout.overdrachten[0]!.markerY).not.toBe(Math.round((layout.overdrachten[0]!.y1 + layout.overdrachten[0]!.y2) / 2));
    // jvk-2 is the same person as jvk: the gemist overdracht starts on that one row
    expect(layout.overdrachten[2]!.vanRijId).toBe('kr-rij-jvk');
  });

  test('keeps verloop markers and words off the row labels and off each other', () => {
    const vak = (links: number, rechts: number, boven: number, onder: number) => ({ links, rechts, boven, onder });
    const raakt = (a: ReturnType<typeof vak>, b: ReturnType<typeof vak>) =>
      a.links < b.rechts && b.links < a.rechts && a.boven < b.onder && b.boven < a.onder;
    const labels = layout.rows.map((r) => {
      const w = labelWidth(r.label);
      const links = r.labelAnker === 'start' ? r.labelX : r.labelX - w;
      return vak(links, links + w, r.labelY - 12, r.labelY + 4);
    });
    const markers = layout.overdrachten.map((o) => {
      const w = labelWidth(o.verloop);
      const links = o.labelAnker === 'start' ? o.labelX : o.labelX - w;
      return [vak(o.x - 8, o.x + 8, o.markerY - 8, o.markerY + 8), vak(links, links + w, o.labelY - 12, o.labelY + 4)];
    });
    // o2 (at 1 month, between the kraamverzorgende and the jeugdverpleegkundige) has no free place: both labels run
    // past 1 month. It stays halfway.
    const o2 = layout.overdrachten[1]!;
    expect(o2.markerY).toBe(Math.round((o2.y1 + o2.y2) / 2));
    for (const [i, [marker, woord]] of markers.entries()) {
      if (i === 1) continue;
      for (const label of labels) {
        expect(raakt(marker!, label), `marker ${i}`).toBe(false);
        expect(raakt(woord!, label), `woord ${i}`).toBe(false);
      }
      for (const [j, [ander]] of markers.entries()) if (j !== i) expect(raakt(marker!, ander!)).toBe(false);
    }
  });

  test('spreads overdrachten at the same moment and leaves out those naming no one on the timeline', () => {
    const l = layoutKlantreis(
      casus(
        [band('a', 0, 24, [persoon('a', 'A', 'professional'), persoon('b', 'B', 'professional'), persoon('c', '', 'ouder')])],
        [
          overdracht('o1', 'a', 'b', 6, 'goed'),
          overdracht('o2', 'b', 'a', 6, 'gemist'),
          overdracht('o3', 'a', 'b', 6, 'onbekend'),
          overdracht('o4', 'a', 'weg', 6, 'gemist'),
          overdracht('o5', 'c', 'a', 6, 'gemist'),
        ],
      ),
    );
    const x = leeftijdNaarX(6);
    expect(l.overdrachten.map((o) => o.x)).toEqual([x, x + KR_MAAT.overdrachtStap, x - KR_MAAT.overdrachtStap]);
    expect(l.overdrachtenZonderRij).toEqual(['o4', 'o5']);
    expect(l.overdrachten[1]!.y1).toBeGreaterThan(l.overdrachten[1]!.y2); // b → a runs upwards
  });

  test('puts band names in a header row, stacking overlapping bands and shading every other band', () => {
    expect(layout.bands.map((b) => [b.id, b.label, b.rij, b.gearceerd])).toEqual([
      ['zwanger', 'Zwangerschap', 0, false],
      ['baby', '0–2 jaar', 0, true],
      ['peuter', '2–4 jaar', 0, false],
    ]);
    expect(layout.kop).toBe(MAAT.faseKop + MAAT.kolomKop + KR_MAAT.bandKop);
    const baby = layout.bands[1]!;
    expect(baby).toMatchObject({ x: leeftijdNaarX(0), width: leeftijdNaarX(24) - leeftijdNaarX(0) });
    expect(baby.labelX).toBe(Math.round(baby.x + baby.width / 2));

    const overlap = layoutKlantreis(casus([band('a', 0, 24, [], ''), band('b', 12, 36, [], 'Peuter')]));
    expect(overlap.bands.map((b) => [b.label, b.rij])).toEqual([
      ['van de geboorte tot 2 jaar', 0],
      ['Peuter', 1],
    ]);
    expect(overlap.kop).toBe(MAAT.faseKop + MAAT.kolomKop + 2 * KR_MAAT.bandKop);
    expect(leeg.kop).toBe(MAAT.faseKop + MAAT.kolomKop);
  });
});
