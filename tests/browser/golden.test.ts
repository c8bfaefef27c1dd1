/**
 * The map of the example region as a golden SVG file, in the manner of observablehq/plot's snapshots:
 * the layout rounds every number, so any change in the file is a real change in the drawing.
 * After an intended change: `npx vitest run --project browser -u` and review the diff.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

test('de kaart van de voorbeeldregio is gelijk aan het goldenbestand', async () => {
  const html = readFileSync('dist/voorbeeldregio/index.html', 'utf8');
  // The whole map: its symbols, header, lane names and timeline, up to the legend.
  const svg = /<svg width="0" height="0" class="symbolen"[\s\S]*?(?=<section class="legenda")/.exec(html)?.[0];
  expect(svg).toBeDefined();
  const pretty = svg!.replace(/></g, '>\n<');
  await expect(pretty).toMatchFileSnapshot('../golden/voorbeeldregio-kaart.svg');
});
