/**
 * The route map of the example region's first route as a golden SVG file, rendered with Astro's Container API,
 * without a build. After an intended change: `npx vitest run --project astro -u` and review the diff.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import RouteKaartje from '../../../../src/view/route/RouteKaartje.astro';
import { laadRegio } from '../../../../src/io/data.ts';

test('het kaartje van de eerste route is gelijk aan het goldenbestand', async () => {
  const { regio } = laadRegio('data', 'voorbeeldregio');
  const route = regio!.routes[0]!;
  const container = await AstroContainer.create();
  const html = await container.renderToString(RouteKaartje, { props: { regio, route } });
  const svg = /<svg class="route-kaartje"[\s\S]*?<\/svg>/.exec(html)?.[0];
  expect(svg).toBeDefined();
  await expect(svg!.replace(/></g, '>\n<')).toMatchFileSnapshot(`../../../golden/voorbeeldregio-route-${route.id}.svg`);
});
