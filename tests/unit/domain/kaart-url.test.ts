/** gemeente= in the map's URL (issue 15); the rest of the URL state is pinned in tests/unit/kaart/kaart-url.test.ts. */
import { describe, expect, test } from 'vitest';
import { LEGE_STAAT, leesUrl, schrijfUrl } from '../../../src/domain/kaart-url.ts';

describe('gemeente in het webadres', () => {
  test('wordt gelezen en geschreven, tussen toegang en q', () => {
    const staat = leesUrl('?q=kraam&gemeente=sittard-geleen&toegang=zelf');
    expect(staat.gemeente).toBe('sittard-geleen');
    expect(schrijfUrl(staat)).toBe('?toegang=zelf&gemeente=sittard-geleen&q=kraam');
    expect(leesUrl(schrijfUrl(staat))).toEqual(staat);
  });

  test('alleen kebab-case; met de lijst van de regio ook alleen een gemeente van de regio', () => {
    expect(leesUrl('?gemeente=Sittard Geleen').gemeente).toBe('');
    expect(leesUrl('?gemeente=<script>').gemeente).toBe('');
    expect(leesUrl(`?gemeente=${'a'.repeat(101)}`).gemeente).toBe('');
    expect(leesUrl('?gemeente=maastricht').gemeente).toBe('maastricht');
    expect(leesUrl('?gemeente=maastricht', ['heerlen', 'kerkrade']).gemeente).toBe('');
    expect(leesUrl('?gemeente=kerkrade', ['heerlen', 'kerkrade']).gemeente).toBe('kerkrade');
  });

  test('zonder gemeente blijft het adres zoals het was', () => {
    expect(leesUrl('')).toEqual(LEGE_STAAT);
    expect(schrijfUrl({ ...LEGE_STAAT, gemeente: '' })).toBe('');
    expect(schrijfUrl({ ...LEGE_STAAT, gemeente: 'Geen Kebab' })).toBe('');
  });
});
