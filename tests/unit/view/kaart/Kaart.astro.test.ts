/**
 * The map of the example region as a golden SVG file, in the manner of observablehq/plot's snapshots: the layout
 * rounds every number, so any change in the file is a real change in the drawing. Rendered here with Astro's
 * Container API, without a build. After an intended change: `npx vitest run --project astro -u` and review the diff.
 */
import { getContainerRenderer } from '@astrojs/react';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { expect, test } from 'vitest';
import Kaart from '../../../../src/view/kaart/Kaart.astro';
import { regioOpDeKaart } from '../../../../src/domain/beschikbaar.ts';
import { laadRegio } from '../../../../src/io/data.ts';
import { layoutKaart } from '../../../../src/layout/kaart.ts';

test('de kaart van de voorbeeldregio is gelijk aan het goldenbestand', async () => {
  // The map as on a fixed day (the page draws what is available on the day of the build): the golden stays put.
  const regio = regioOpDeKaart(laadRegio('data', 'voorbeeldregio').regio!, '2026-12-01');
  // The header and the grid are React components (KaartRaster.tsx), rendered to HTML as on the built page.
  const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  const html = await container.renderToString(Kaart, { props: { regio, layout: layoutKaart(regio.voorzieningen, regio.regio.gemeenten) } });
  // The whole map: its symbols, header, lane names and timeline.
  expect(html).toContain('<div class="kaart" role="group"');
  expect(html).toContain('<svg class="kaart-blok"');
  await expect(html.trim().replace(/></g, '>\n<')).toMatchFileSnapshot('../../../golden/voorbeeldregio-kaart.svg');
});
