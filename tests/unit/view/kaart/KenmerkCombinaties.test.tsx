/**
 * The combinations of marks the bars use: each one rect, filled with a pattern that draws the marks once. A bar's
 * <use> of a single element is what keeps the map's load from cloning every mark's shapes per bar.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { regioOpDeKaart } from '../../../../src/domain/beschikbaar.ts';
import { laadRegio } from '../../../../src/io/data.ts';
import { kenmerkBreedte, layoutKaart } from '../../../../src/layout/kaart.ts';
import { KaartBlokken, KenmerkCombinaties } from '../../../../src/view/kaart/KaartRaster.tsx';

const regio = regioOpDeKaart(laadRegio('data', 'voorbeeldregio').regio!, '2026-12-01');
const layout = layoutKaart(regio.voorzieningen, regio.regio.gemeenten);
const defs = renderToStaticMarkup(<KenmerkCombinaties layout={layout} />);
const blokken = renderToStaticMarkup(
  <KaartBlokken layout={layout} voorzieningen={new Map(regio.voorzieningen.map((v) => [v.id, v]))} gemeenten={regio.regio.gemeenten} link={() => ({ href: '#' })} />,
);

test('a combination is one rect as wide as its marks, filled with its own pattern of the legend symbols', () => {
  const rect = /<rect id="k-st-vv-mi" width="(\d+)" height="14" fill="url\(#k-st-vv-mi-vlak\)"><\/rect>/.exec(defs);
  expect(rect).not.toBeNull();
  // The room the layout keeps before a label, less its gap of 4 px.
  expect(Number(rect![1])).toBe(kenmerkBreedte(3) - 4);
  const patroon = /<pattern id="k-st-vv-mi-vlak" patternUnits="objectBoundingBox" width="1" height="1" viewBox="0 0 46 14">(.*?)<\/pattern>/.exec(defs);
  expect(patroon![1]).toBe(
    '<use href="#kenmerk-standaard" x="0" width="14" height="14"></use>' +
      '<use href="#kenmerk-vrij-verzekerd" x="16" width="14" height="14"></use>' +
      '<use href="#kenmerk-meer-informatie" x="32" width="14" height="14"></use>',
  );
});

test("every bar's marks are a <use> of one such rect, none of a group", () => {
  const verwezen = [...blokken.matchAll(/<use href="#(k-[a-z-]+)"/g)].map((m) => m[1]!);
  expect(verwezen.length).toBeGreaterThan(40);
  for (const id of new Set(verwezen)) expect(defs).toMatch(new RegExp(`<rect id="${id}" `));
  expect(defs).not.toContain('<g');
  // Each combination once.
  const ids = [...defs.matchAll(/<rect id="([^"]+)"/g)].map((m) => m[1]);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(ids)).toEqual(new Set(verwezen));
});

test("beheer's preview gives them ids of their own", () => {
  const bh = renderToStaticMarkup(<KenmerkCombinaties layout={layout} symboolId={(s) => `bh-${s}`} />);
  expect(bh).toContain('<rect id="bh-k-vv-mi" width="30" height="14" fill="url(#bh-k-vv-mi-vlak)"></rect>');
  expect(bh).toContain('<pattern id="bh-k-vv-mi-vlak"');
});
