import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { laadRegio } from '../../../src/io/data.ts';
import { layoutKaart } from '../../../src/layout/kaart.ts';
import { verticaleTijdlijn } from '../../../src/layout/mobiel.ts';

const GELDIG = fileURLToPath(new URL('../../fixtures/geldig/', import.meta.url));
const { regio } = laadRegio(GELDIG, 'kleine-regio', new Date('2026-11-22T12:00:00Z'));
if (!regio) throw new Error('the fixture kleine-regio does not load');
const layout = layoutKaart(regio.voorzieningen);
const fases = verticaleTijdlijn(layout);

test('elke voorziening staat precies één keer in de verticale tijdlijn, in de fase waar haar balk begint', () => {
  const ids = fases.flatMap((f) => f.groepen.flatMap((g) => g.ids));
  expect(ids.sort()).toEqual(regio.voorzieningen.map((v) => v.id).sort());
  for (const fase of fases) {
    const kolommen = layout.fases.find((f) => f.id === fase.id)!;
    for (const groep of fase.groepen) {
      for (const id of groep.ids) {
        const span = layout.spans.find((s) => s.id === id)!;
        expect(span.niveau).toBe(groep.niveau);
        expect(span.x).toBeGreaterThanOrEqual(kolommen.x);
        expect(span.x).toBeLessThan(kolommen.x + kolommen.width);
      }
    }
  }
});

test('fases in tijdsvolgorde, groepen in de volgorde van de lanen, geen lege groepen', () => {
  expect(fases.map((f) => f.id)).toEqual(layout.fases.map((f) => f.id));
  const laanVolgorde = layout.lanen.map((l) => l.niveau);
  for (const fase of fases) {
    const volgorde = fase.groepen.map((g) => laanVolgorde.indexOf(g.niveau));
    expect(volgorde).toEqual([...volgorde].sort((a, b) => a - b));
    for (const groep of fase.groepen) expect(groep.ids.length).toBeGreaterThan(0);
  }
});
