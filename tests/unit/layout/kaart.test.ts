import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { laadRegio } from '../../../src/io/data.ts';
import type { VoorzieningModel } from '../../../src/domain/model.ts';
import { NIVEAU_IDS, type NiveauId } from '../../../src/domain/schema/gedeeld.ts';
import { KOLOMMEN } from '../../../src/domain/tijdlijn.ts';
import { parseTijdpunt } from '../../../src/domain/tijdpunt.ts';
import { type KaartLayout, MAAT, layoutKaart, stackRows } from '../../../src/layout/kaart.ts';
import { ICON_SIZE, labelWidth } from '../../../src/layout/tekstmaat.ts';
import { kenmerkenVan } from '../../../src/domain/woorden.ts';

const GELDIG = fileURLToPath(new URL('../../fixtures/geldig/', import.meta.url));
const { regio } = laadRegio(GELDIG, 'kleine-regio', new Date('2026-11-22T12:00:00Z'));
if (!regio) throw new Error('the fixture kleine-regio does not load');
const FIXTURE = regio.voorzieningen;

/** One tijdpunt per column, left to right. */
const PER_KOLOM = [
  'preconceptie',
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `zwangerschap maand ${n}`),
  'bevalling',
  ...[1, 2, 3, 4].map((n) => `week ${n}`),
  ...[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map((n) => `maand ${n}`),
  'jaar 3',
  'jaar 4',
];

/** A crowded map: 60 short, overlapping voorzieningen with long names, so labels run past their bars and rows must stack. */
function crowded(): VoorzieningModel[] {
  const kolom = (t: string) => (parseTijdpunt(t) as { ok: true; tijdpunt: { eerste: number; laatste: number } }).tijdpunt;
  const namen = ['VVE', 'Kraamzorg', 'Mama-café', 'Wijkteam en schuldhulpverlening', 'Stevig Ouderschap met een lange naam'];
  return Array.from({ length: 60 }, (_, i) => {
    const vanIndex = (i * 2) % PER_KOLOM.length;
    const van = PER_KOLOM[vanIndex]!;
    const tot = PER_KOLOM[Math.min(PER_KOLOM.length - 1, vanIndex + (i % 3))]!;
    return {
      id: `v-${String(i).padStart(2, '0')}`,
      naam: namen[i % namen.length]!,
      omschrijving: 'o',
      niveau: NIVEAU_IDS[i % NIVEAU_IDS.length] as NiveauId,
      periode: { van, tot },
      momenten: [van],
      kenmerken: (['eigen-risico', 'standaard', 'sociaal-netwerk'] as const).slice(0, i % 4),
      meerInformatie: i % 3 === 0 ? 'https://example.nl' : undefined,
      aanbieders: [{ naam: 'a' }],
      toegang: 't',
      bijgewerkt: '2026-01-01',
      kolommen: { eerste: kolom(van).eerste, laatste: kolom(tot).laatste },
      momentKolommen: [kolom(van).eerste],
    };
  });
}

function numbers(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => numbers(item, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => numbers(item, `${path}.${key}`));
  return [];
}

/** Where a span's ink ends: its bar, its label or its last kenmerk icon, whichever is furthest right. */
function inkEnd(layout: KaartLayout, id: string, voorzieningen: readonly VoorzieningModel[]): number {
  const span = layout.spans.find((s) => s.id === id)!;
  const v = voorzieningen.find((x) => x.id === id)!;
  const labelEnd = span.labelX + labelWidth(v.naam);
  const iconEnd = span.iconX.length ? span.iconX.at(-1)! + ICON_SIZE : 0;
  return Math.max(span.x + span.width, labelEnd, iconEnd);
}

describe.each([
  ['the fixture kleine-regio', FIXTURE],
  ['a crowded map of 60 voorzieningen', crowded()],
])('layoutKaart on %s', (_, voorzieningen) => {
  const layout = layoutKaart(voorzieningen);

  test('every number is an integer', () => {
    const bad = numbers(layout).filter(([, n]) => !Number.isInteger(n));
    expect(bad).toEqual([]);
  });

  test('every voorziening is drawn exactly once, in the lane of its niveau', () => {
    expect(layout.spans.map((s) => s.id).sort()).toEqual(voorzieningen.map((v) => v.id).sort());
    for (const span of layout.spans) expect(span.niveau).toBe(voorzieningen.find((v) => v.id === span.id)!.niveau);
  });

  test('no two spans in one lane and row overlap, labels and icons included', () => {
    const overlaps: string[] = [];
    for (const a of layout.spans) {
      for (const b of layout.spans) {
        if (a.id >= b.id || a.niveau !== b.niveau || a.rij !== b.rij) continue;
        const [left, right] = a.x <= b.x ? [a, b] : [b, a];
        if (inkEnd(layout, left.id, voorzieningen) > right.x) overlaps.push(`${left.id} / ${right.id}`);
      }
    }
    expect(overlaps).toEqual([]);
  });

  test('lanes follow each other in niveau order, without gaps or overlap', () => {
    expect(layout.lanen.map((l) => l.niveau)).toEqual([...NIVEAU_IDS]);
    expect(layout.lanen[0]!.y).toBe(MAAT.faseKop + MAAT.kolomKop);
    layout.lanen.forEach((lane, i) => {
      expect(lane.height).toBeGreaterThanOrEqual(MAAT.laanMinimum);
      const next = layout.lanen[i + 1];
      expect(next ? next.y : layout.height).toBe(lane.y + lane.height);
    });
  });

  test('each span lies inside its lane, on the row it claims', () => {
    for (const span of layout.spans) {
      const lane = layout.lanen.find((l) => l.niveau === span.niveau)!;
      expect(span.rij).toBeLessThan(lane.rijen);
      expect(span.y).toBe(lane.y + MAAT.laanMarge + span.rij * MAAT.rij);
      expect(span.y + span.height).toBeLessThanOrEqual(lane.y + lane.height);
    }
  });

  test('each span covers the columns of its periode, and its moments sit on it', () => {
    for (const span of layout.spans) {
      const v = voorzieningen.find((x) => x.id === span.id)!;
      const first = layout.kolommen[v.kolommen.eerste]!;
      const last = layout.kolommen[v.kolommen.laatste]!;
      expect(span.x).toBeGreaterThanOrEqual(first.x);
      expect(span.x + span.width).toBeLessThanOrEqual(last.x + last.width);
      expect(span.width).toBeGreaterThan(0);
      expect(span.iconX).toHaveLength(kenmerkenVan(v).length);
      for (const moment of span.momenten) {
        expect(moment.x).toBeGreaterThanOrEqual(span.x);
        expect(moment.x).toBeLessThanOrEqual(span.x + span.width);
      }
    }
  });

  test('is deterministic: the same input gives the same layout, whatever the input order', () => {
    expect(layoutKaart(voorzieningen)).toEqual(layout);
    expect(layoutKaart([...voorzieningen].reverse())).toEqual(layout);
  });
});

describe('columns and fases', () => {
  const layout = layoutKaart(FIXTURE);

  test('31 columns, x strictly increasing, each starting where the previous ends', () => {
    expect(layout.kolommen.map((k) => k.id)).toEqual(KOLOMMEN.map((k) => k.id));
    expect(layout.kolommen[0]!.x).toBe(MAAT.laanLabel);
    layout.kolommen.forEach((k, i) => {
      expect(k.width).toBeGreaterThan(0);
      const next = layout.kolommen[i + 1];
      if (next) {
        expect(next.x).toBeGreaterThan(k.x);
        expect(next.x).toBe(k.x + k.width);
      } else expect(k.x + k.width).toBe(layout.width);
    });
  });

  test('a fase of one column gets a double column, so its name fits', () => {
    const width = (id: string) => layout.kolommen.find((k) => k.id === id)!.width;
    expect(width('preconceptie')).toBe(2 * MAAT.kolom);
    expect(width('bevalling')).toBe(2 * MAAT.kolom);
    expect(width('zwangerschap-maand-1')).toBe(MAAT.kolom);
  });

  test('fases span exactly their columns', () => {
    for (const fase of layout.fases) {
      const columns = layout.kolommen.filter((k) => k.fase === fase.id);
      expect(fase.x).toBe(columns[0]!.x);
      expect(fase.x + fase.width).toBe(columns.at(-1)!.x + columns.at(-1)!.width);
    }
  });

  test('the PER_KOLOM helper really has one tijdpunt per column', () => {
    expect(PER_KOLOM.map((t) => KOLOMMEN[(parseTijdpunt(t) as { ok: true; tijdpunt: { eerste: number } }).tijdpunt.eerste]!.id)).toEqual(
      KOLOMMEN.map((k) => k.id),
    );
  });

  test('an empty map still has its lanes', () => {
    const empty = layoutKaart([]);
    expect(empty.spans).toEqual([]);
    expect(empty.lanen.map((l) => l.rijen)).toEqual([1, 1, 1, 1]);
  });
});

describe('stackRows', () => {
  test('puts each item in the first row where it fits', () => {
    expect(stackRows([{ start: 0, end: 10 }, { start: 5, end: 15 }, { start: 10, end: 20 }, { start: 12, end: 30 }, { start: 16, end: 18 }])).toEqual([
      0, 1, 0, 2, 1,
    ]);
  });

  test('touching items share a row', () => {
    expect(stackRows([{ start: 0, end: 10 }, { start: 10, end: 20 }])).toEqual([0, 0]);
  });
});
