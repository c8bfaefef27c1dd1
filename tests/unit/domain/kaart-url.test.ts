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
