import { describe, expect, test } from 'vitest';
import { LEGE_STAAT, type KaartStaat, leesUrl, leesZoom, schrijfUrl, zelfdeStaat } from '../../../src/domain/kaart-url.ts';

describe('de staat van de kaart in de URL', () => {
  test('een lege staat is een kale URL', () => {
    expect(schrijfUrl(LEGE_STAAT)).toBe('');
    expect(leesUrl('')).toEqual(LEGE_STAAT);
  });

  test('heen en terug geeft dezelfde staat', () => {
    const staat: KaartStaat = {
      niveau: ['basiszorg', 'extra-steun'],
      fase: 'zwangerschap',
      kenmerk: ['vrij-verzekerd', 'meer-informatie'],
      toegang: 'zelf',
      gemeente: '',
      q: 'crèche & co',
      v: 'kraamzorg',
      zoom: '2.5',
    };
    const url = schrijfUrl(staat);
    expect(url).toBe('?niveau=basiszorg&niveau=extra-steun&fase=zwangerschap&kenmerk=vrij-verzekerd&kenmerk=meer-informatie&toegang=zelf&q=cr%C3%A8che+%26+co&v=kraamzorg&zoom=2.5');
    expect(leesUrl(url)).toEqual(staat);
  });

  test('leest wat een GET-formulier schrijft, en komma-lijsten; volgorde en dubbelingen maken niet uit', () => {
    const a = leesUrl('?kenmerk=standaard&niveau=extra-steun&niveau=basiszorg&niveau=basiszorg&q=');
    const b = leesUrl('niveau=basiszorg,extra-steun&kenmerk=standaard');
    expect(a.niveau).toEqual(['basiszorg', 'extra-steun']);
    expect(zelfdeStaat(a, b)).toBe(true);
  });

  test('laat onbekende waarden weg in plaats van te raden', () => {
    expect(leesUrl('?niveau=onzin&fase=later&kenmerk=gratis&toegang=misschien&v=<script>&zoom=-3&extra=1')).toEqual(LEGE_STAAT);
  });

  test('zoom is een factor tussen 1 en 6, of een fase', () => {
    expect(leesZoom('2')).toBe('2');
    expect(leesZoom('1')).toBe('');
    expect(leesZoom('99')).toBe('6');
    expect(leesZoom('1.333')).toBe('1.33');
    expect(leesZoom('babyfase')).toBe('babyfase');
    expect(leesZoom('abc')).toBe('');
  });

  test('een te lange zoekvraag wordt afgekapt', () => {
    expect(leesUrl(`?q=${'a'.repeat(500)}`).q).toHaveLength(200);
  });
});

// gemeente= in the map's URL (issue 15).
describe('gemeenten en beschikbaarheid (issue 15)', () => {
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
});
