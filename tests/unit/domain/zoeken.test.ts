import { expect, test } from 'vitest';
import { komtOvereen, zoekvorm } from '../../../src/domain/zoeken.ts';

test('zoekvorm drops accents, case, hyphens and extra spaces', () => {
  expect(zoekvorm('  Dongewâld ')).toBe('dongewald');
  expect(zoekvorm('Sint-Ewoud')).toBe('sint ewoud');
  expect(zoekvorm("'s-Hertogenbosch")).toBe('s hertogenbosch');
  expect(zoekvorm('Súdwest-Fryslân')).toBe('sudwest fryslan');
});

test('every word of the query must occur in one of the names', () => {
  const gemeenten = ['Kleinstad', 'Dongewâld', 'Sint-Ewoud'];
  expect(komtOvereen('dongewald', gemeenten)).toBe(true);
  expect(komtOvereen('DONGEWÂLD', gemeenten)).toBe(true);
  expect(komtOvereen('sint ewoud', gemeenten)).toBe(true);
  expect(komtOvereen('ewoud', gemeenten)).toBe(true);
  expect(komtOvereen('klein', gemeenten)).toBe(true);
  expect(komtOvereen('amsterdam', gemeenten)).toBe(false);
  expect(komtOvereen('sint amsterdam', gemeenten)).toBe(false);
  expect(komtOvereen('   ', gemeenten)).toBe(true);
});

test('sitemap: page files become route patterns', async () => {
  const { routePatroon } = await import('../../../src/pages/sitemap.xml.ts');
  expect(routePatroon('./index.astro')).toBe('');
  expect(routePatroon('./privacy.astro')).toBe('privacy/');
  expect(routePatroon('./[regio]/index.astro')).toBe('[regio]/');
  expect(routePatroon('./[regio]/voorziening/[id].astro')).toBe('[regio]/voorziening/[id]/');
});
