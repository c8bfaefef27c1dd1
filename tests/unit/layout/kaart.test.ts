import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { laadRegio } from '../../../src/io/data.ts';
import type { VoorzieningModel } from '../../../src/domain/model.ts';
import { NIVEAU_IDS, type NiveauId } from '../../../src/domain/schema/gedeeld.ts';
import { FASE_KOLOMMEN, KOLOMMEN } from '../../../src/domain/tijdlijn.ts';
import { parseTijdpunt } from '../../../src/domain/tijdpunt.ts';
import { type KaartLayout, type SpanLayout, MAAT, kenmerkBreedte, kolomGewicht, labelBijBreedte, layoutKaart, stackRows, tijdAs } from '../../../src/layout/kaart.ts';
import { ELLIPS, labelWidth, tekstBreedte } from '../../../src/layout/tekstmaat.ts';

const NU = new Date('2026-11-22T12:00:00Z');
const laad = (map: string, id: string) => {
  const { regio } = laadRegio(fileURLToPath(new URL(map, import.meta.url)), id, NU);
  if (!regio) throw new Error(`${id} does not load`);
  return regio.voorzieningen;
};
const FIXTURE = laad('../../fixtures/geldig/', 'kleine-regio');
const VOORBEELD = laad('../../../data/', 'voorbeeldregio');

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

/** A crowded map: 120 short, overlapping voorzieningen with long names, some doorlopend, all marks in use. */
function crowded(): VoorzieningModel[] {
  const kolom = (t: string) => (parseTijdpunt(t) as { ok: true; tijdpunt: { eerste: number; laatste: number } }).tijdpunt;
  const namen = ['VVE', 'Kraamzorg', 'Mama-café', 'Wijkteam en schuldhulpverlening', 'Stevig Ouderschap met een heel lange naam', 'W'];
  return Array.from({ length: 120 }, (_, i) => {
    const vanIndex = (i * 2) % PER_KOLOM.length;
    const van = i % 11 === 0 ? 'preconceptie' : PER_KOLOM[vanIndex]!;
    const tot = i % 11 === 0 ? 'jaar 4' : PER_KOLOM[Math.min(PER_KOLOM.length - 1, vanIndex + (i % 3))]!;
    return {
      id: `v-${String(i).padStart(3, '0')}`,
      naam: namen[i % namen.length]!,
      omschrijving: 'o',
      niveau: NIVEAU_IDS[i % NIVEAU_IDS.length] as NiveauId,
      periode: { van, tot },
      momenten: [van],
      kenmerken: (['eigen-risico', 'standaard', 'sociaal-netwerk', 'vrij-verzekerd'] as const).slice(0, i % 5),
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

/** px at width `breedte` of a percentage. */
const px = (pct: number, breedte: number = MAAT.tijdlijn) => (pct / 100) * breedte;

/** What a span draws in its row at a timeline width: the bar or chip, and its marks and label, as [from, to] in px. */
function vakken(span: SpanLayout, breedte: number = MAAT.tijdlijn, tekst = span.label.tekst): [number, number][] {
  const balk: [number, number] = [px(span.x, breedte), span.soort === 'chip' ? px(span.x, breedte) + span.width : px(span.x + span.width, breedte)];
  const anker = px(span.label.x, breedte);
  const marks = kenmerkBreedte(span.kenmerken.length);
  const label: [number, number] =
    span.label.anker === 'end'
      ? [anker + span.label.dx - labelWidth(tekst), anker + span.label.dx + marks]
      : [anker + span.label.dx - marks, anker + span.label.dx + labelWidth(tekst)];
  return [balk, label];
}

/** Every pair of things that overlap in one row of one lane, at a timeline width. */
function overlappen(layout: KaartLayout, breedte: number = MAAT.tijdlijn, tekst: (s: SpanLayout) => string = (s) => s.label.tekst): string[] {
  const rijen = new Map<number, { id: string; van: number; tot: number }[]>();
  for (const span of layout.spans) {
    const [balk, label] = vakken(span, breedte, tekst(span));
    const rij = rijen.get(span.y) ?? [];
    // A label inside its own bar shares the bar's room.
    const binnen = span.label.plek === 'binnen';
    rij.push({ id: `${span.id} balk`, van: balk[0], tot: balk[1] });
    if (!binnen) rij.push({ id: `${span.id} label`, van: label[0], tot: label[1] });
    rijen.set(span.y, rij);
  }
  const fout: string[] = [];
  for (const [y, rij] of rijen) {
    const op = [...rij].sort((a, b) => a.van - b.van);
    for (let i = 1; i < op.length; i++) if (op[i]!.van < op[i - 1]!.tot) fout.push(`y=${y}: ${op[i - 1]!.id} ~ ${op[i]!.id}`);
  }
  return fout;
}

describe('the time axis', () => {
  const { kolommen, fases } = tijdAs();

  test('31 columns from 0 to 100 percent, each starting where the previous ends, as wide as its weight', () => {
    expect(kolommen).toHaveLength(KOLOMMEN.length);
    expect(kolommen[0]!.x).toBe(0);
    const totaal = KOLOMMEN.reduce((som, _, i) => som + kolomGewicht(i), 0);
    kolommen.forEach((k, i) => {
      if (i > 0) expect(k.x).toBeCloseTo(kolommen[i - 1]!.x + kolommen[i - 1]!.width, 1);
      expect(k.width).toBeCloseTo((kolomGewicht(i) / totaal) * 100, 1);
    });
    expect(kolommen.at(-1)!.x + kolommen.at(-1)!.width).toBeCloseTo(100, 1);
  });

  test('fases span exactly their columns, and every fase name and column label fits at the reference width', () => {
    for (const fase of fases) {
      const { eerste, laatste } = FASE_KOLOMMEN[fase.id];
      expect(fase.x).toBe(kolommen[eerste]!.x);
      expect(fase.x + fase.width).toBeCloseTo(kolommen[laatste]!.x + kolommen[laatste]!.width, 1);
      expect(tekstBreedte(fase.naam, 12, true) + 4, fase.id).toBeLessThanOrEqual(px(fase.width));
    }
    for (const k of kolommen) expect(tekstBreedte(k.label, 11) + 2, k.id).toBeLessThanOrEqual(px(k.width));
  });
});

describe.each([
  ['the fixture kleine-regio', FIXTURE],
  ['the example region', VOORBEELD],
  ['a crowded map of 120 voorzieningen', crowded()],
])('layoutKaart on %s', (_, voorzieningen) => {
  const layout = layoutKaart(voorzieningen);

  test('is deterministic and rounds: percentages to 2 decimals, pixels to whole numbers', () => {
    expect(layoutKaart(voorzieningen)).toEqual(layout);
    for (const [path, n] of numbers(layout)) {
      if (/\.(x|width|ruimte|kenmerkX)$|momenten\[/.test(path) && !/soort/.test(path)) expect(Math.round(n * 100) / 100, path).toBe(n);
      else expect(Number.isInteger(n) || Math.round(n * 100) / 100 === n, path).toBe(true);
    }
  });

  test('lanes follow each other in niveau order, without gaps, each at least its minimum height', () => {
    expect(layout.lanen.map((l) => l.niveau)).toEqual([...NIVEAU_IDS]);
    let y = 0;
    for (const laan of layout.lanen) {
      expect(laan.y).toBe(y);
      expect(laan.height).toBeGreaterThanOrEqual(MAAT.laanMinimum);
      y += laan.height;
    }
    expect(layout.height).toBe(y);
    for (const span of layout.spans) {
      const laan = layout.lanen.find((l) => l.niveau === span.niveau)!;
      expect(span.y).toBeGreaterThanOrEqual(laan.y);
      expect(span.y + span.height).toBeLessThanOrEqual(laan.y + laan.height);
    }
  });

  test('every voorziening once, lane by lane: doorlopend ones as chips at the top, the others as bars over their columns', () => {
    expect(layout.spans.map((s) => s.id).sort()).toEqual(voorzieningen.map((v) => v.id).sort());
    expect(layout.spans.map((s) => NIVEAU_IDS.indexOf(s.niveau))).toEqual(layout.spans.map((s) => NIVEAU_IDS.indexOf(s.niveau)).sort((a, b) => a - b));
    const { kolommen } = tijdAs();
    for (const span of layout.spans) {
      const v = voorzieningen.find((w) => w.id === span.id)!;
      const van = kolommen[v.kolommen.eerste]!;
      const tot = kolommen[v.kolommen.laatste]!;
      const dekking = (tot.x + tot.width - van.x) / 100;
      expect(span.soort, span.id).toBe(dekking >= MAAT.doorlopend ? 'chip' : 'balk');
      if (span.soort === 'balk') {
        expect(px(span.x)).toBeCloseTo(px(van.x) + 1, 0);
        expect(px(span.x + span.width)).toBeCloseTo(px(tot.x + tot.width) - 1, 0);
        expect(span.momenten).toEqual([...new Set(v.momentKolommen)].map((k) => Math.round((kolommen[k]!.x + kolommen[k]!.width / 2) * 100) / 100));
        expect(span.momentY).toBe(span.y + span.height);
      }
    }
    for (const laan of layout.lanen) {
      const inLaan = layout.spans.filter((s) => s.niveau === laan.niveau);
      const chips = inLaan.filter((s) => s.soort === 'chip');
      const balken = inLaan.filter((s) => s.soort === 'balk');
      if (chips.length && balken.length) expect(Math.max(...chips.map((c) => c.y))).toBeLessThan(Math.min(...balken.map((b) => b.y)));
      expect(laan.doorlopend !== null).toBe(chips.length > 0);
    }
  });

  test('labels are the whole name, or its start with an ellipsis; never empty', () => {
    for (const span of layout.spans) {
      const naam = voorzieningen.find((v) => v.id === span.id)!.naam;
      const { tekst, ingekort } = span.label;
      expect(tekst.length, span.id).toBeGreaterThan(0);
      if (ingekort) {
        expect(tekst.endsWith(ELLIPS)).toBe(true);
        expect(naam.startsWith(tekst.slice(0, -1))).toBe(true);
        // Whole words only (label in name, WCAG 2.5.3): the next character of the name is not a letter.
        expect(naam.slice(tekst.length - 1), span.id).toMatch(/^[^\p{L}\p{N}]/u);
      } else expect(tekst).toBe(naam);
    }
  });

  test('nothing overlaps in the overview: no two bars, chips or labels in a row, all inside the timeline', () => {
    expect(overlappen(layout)).toEqual([]);
    for (const span of layout.spans) {
      for (const [van, tot] of vakken(span)) {
        expect(van, span.id).toBeGreaterThanOrEqual(0);
        expect(tot, span.id).toBeLessThanOrEqual(MAAT.tijdlijn);
      }
      // A label inside its bar (or chip) ends inside it.
      if (span.label.plek === 'binnen') {
        const [balk, label] = vakken(span);
        expect(label[1], span.id).toBeLessThanOrEqual(balk[1]! - MAAT.binnen + 0.5);
      }
    }
  });

  test('zoomed in, shortened labels get their room back and still overlap nothing; at 6× the example fits whole', () => {
    const naam = (s: SpanLayout) => voorzieningen.find((v) => v.id === s.id)!.naam;
    for (const k of [1, 1.5, 2.25, 4, 6]) {
      const breedte = MAAT.tijdlijn * k;
      const tekst = (s: SpanLayout) => (s.label.ingekort && s.label.ruimte > 0 ? labelBijBreedte(naam(s), s.label, breedte) : s.label.tekst);
      expect(overlappen(layout, breedte, tekst), `zoom ${k}`).toEqual([]);
      for (const s of layout.spans) {
        const nu = tekst(s);
        if (k === 1) expect(nu).toBe(s.label.tekst);
        // Never shorter than in the overview.
        expect(nu.replace(ELLIPS, '').length).toBeGreaterThanOrEqual(s.label.tekst.replace(ELLIPS, '').length);
      }
    }
  });
});

describe('the example region at a glance', () => {
  const layout = layoutKaart(VOORBEELD);

  test('its whole-period voorzieningen are chips, and the map is far shorter than one row per voorziening', () => {
    const chips = layout.spans.filter((s) => s.soort === 'chip').map((s) => s.id);
    expect(chips).toContain('wijkteam');
    expect(chips).toContain('veilig-thuis');
    expect(chips.length).toBeGreaterThan(15);
    expect(layout.height).toBeLessThan(VOORBEELD.length * MAAT.rij * 0.6);
  });

  test('a shortened label comes back whole when there is room for it', () => {
    const kort = layout.spans.filter((s) => s.label.ingekort && s.label.ruimte > 0);
    expect(kort.length).toBeGreaterThan(0);
    for (const s of kort) {
      const naam = VOORBEELD.find((v) => v.id === s.id)!.naam;
      expect(labelBijBreedte(naam, s.label, MAAT.tijdlijn)).toBe(s.label.tekst);
      expect(labelBijBreedte(naam, s.label, MAAT.tijdlijn * 6)).toBe(naam);
    }
  });
});

describe('voorzieningen in part of the region', () => {
  const gemeenten = ['Beekveld aan de Dijk', 'Lindewaard', 'Hazelmonde'];
  const layout = layoutKaart(VOORBEELD, gemeenten);
  const marks = (id: string) => layout.spans.find((s) => s.id === id)!.kenmerken;

  test('get the "alleen-in" mark after their kenmerken, with room for it; the others do not', () => {
    expect(marks('mamacafe').at(-1)).toBe('alleen-in');
    expect(marks('buurtgezinnen').at(-1)).toBe('alleen-in');
    expect(marks('kraamzorg')).not.toContain('alleen-in');
    // One that lists every gemeente of the region is there for the whole region: no mark.
    const overal = VOORBEELD.map((v) => (v.id === 'mamacafe' ? { ...v, gemeenten } : v));
    expect(layoutKaart(overal, gemeenten).spans.find((s) => s.id === 'mamacafe')!.kenmerken).not.toContain('alleen-in');
    expect(overlappen(layout)).toEqual([]);
  });
});

/** The crowded map five times over (600 voorzieningen): lanes long enough for several blocks. */
const groot = () => [0, 1, 2, 3, 4].flatMap((n) => crowded().map((v) => ({ ...v, id: `${v.id}-${n}` })));

describe.each([
  ['the example region', VOORBEELD],
  ['a crowded map of 120 voorzieningen', crowded()],
  ['a map of 600 voorzieningen', groot()],
])('the blocks of %s', (_, voorzieningen) => {
  const layout = layoutKaart(voorzieningen);

  test('stack up to the whole timeline, lane by lane, each lane starting and ending on a block edge', () => {
    let y = 0;
    for (const blok of layout.blokken) {
      expect(blok.y).toBe(y);
      expect(blok.height).toBeGreaterThan(0);
      y += blok.height;
    }
    expect(y).toBe(layout.height);
    for (const laan of layout.lanen) {
      const eigen = layout.blokken.filter((b) => b.niveau === laan.niveau);
      expect(eigen[0]!.y).toBe(laan.y);
      expect(eigen.at(-1)!.y + eigen.at(-1)!.height).toBe(laan.y + laan.height);
    }
  });

  test('hold every span once, in the order of layout.spans, each whole inside its block and of its lane', () => {
    let van = 0;
    for (const blok of layout.blokken) {
      expect(blok.van).toBe(van);
      van = blok.tot;
      const spans = layout.spans.slice(blok.van, blok.tot);
      for (const s of spans) {
        expect(s.niveau).toBe(blok.niveau);
        expect(s.y).toBeGreaterThanOrEqual(blok.y);
        // The contact moments' dots hang just below a bar: the row's gap leaves them room.
        expect(s.momentY + 4, s.id).toBeLessThanOrEqual(blok.y + blok.height);
      }
      expect(new Set(spans.map((s) => s.y)).size).toBeLessThanOrEqual(MAAT.blokRijen);
    }
    expect(van).toBe(layout.spans.length);
  });
});

test('a long lane is cut into blocks of MAAT.blokRijen rows, a short one is one block', () => {
  const layout = layoutKaart(groot());
  const laan = [...layout.lanen].sort((a, b) => b.rijen - a.rijen)[0]!;
  expect(laan.rijen).toBeGreaterThan(MAAT.blokRijen);
  const blokken = layout.blokken.filter((b) => b.niveau === laan.niveau);
  expect(blokken).toHaveLength(Math.ceil(laan.rijen / MAAT.blokRijen));
  expect(blokken[0]!.height).toBe(MAAT.laanMarge + MAAT.blokRijen * MAAT.rij);
  expect(layoutKaart(VOORBEELD).blokken.map((b) => b.niveau)).toEqual([...NIVEAU_IDS]);
});

describe('stackRows', () => {
  test('puts each item in the first row that is free from its start on, with a gap', () => {
    const items = [
      { start: 0, end: 10 },
      { start: 5, end: 20 },
      { start: 10 + MAAT.tussen, end: 30 },
      { start: 11, end: 12 },
    ];
    expect(stackRows(items)).toEqual([0, 1, 0, 2]);
  });
});

describe('the stylesheet agrees with the layout', () => {
  const css = readFileSync(fileURLToPath(new URL('../../../src/view/kaart/kaart.css', import.meta.url)), 'utf8');

  test('lane-name column, minimum width and sticky offset are the layout’s', () => {
    expect(css).toContain(`grid-template-columns: ${MAAT.laanNaam}px 1fr`);
    expect(css).toContain(`min-width: ${MAAT.laanNaam + MAAT.tijdlijn}px`);
    expect(css).toContain(`top: ${MAAT.faseKop + MAAT.kolomKop}px`);
    // Below this width the box scrolls: the page's padding and border leave less than the minimum.
    const breekpunt = Number(/@media \(max-width: (\d+)px\)/.exec(css)![1]);
    expect(breekpunt).toBeGreaterThanOrEqual(MAAT.laanNaam + MAAT.tijdlijn + 2 + 32);
  });
});
