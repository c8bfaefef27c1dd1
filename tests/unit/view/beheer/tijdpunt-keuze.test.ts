import { expect, test } from 'vitest';
import { keuzeVan, tekstVan } from '../../../../src/view/beheer/tijdpunt-keuze.ts';
import { parseTijdpunt } from '../../../../src/domain/tijdpunt.ts';

test.each(['preconceptie', 'zwangerschap maand 3', 'zwangerschap week 12', 'bevalling', 'week 2', 'maand 9', 'jaar 3', 'jaar 4', 'schoolleeftijd'])('%s round trips', (tekst) => {
  const keuze = keuzeVan(tekst);
  expect(keuze).toBeDefined();
  expect(tekstVan(keuze!)).toBe(tekst);
  expect(parseTijdpunt(tekstVan(keuze!)).ok).toBe(true);
});

test('a fase with units starts at its first unit, number 1; a text that is no tijdpunt is no choice', () => {
  expect(tekstVan({ fase: 'zwangerschap' })).toBe('zwangerschap maand 1');
  expect(tekstVan({ fase: 'na-geboorte', eenheid: 'maand', nummer: 6 })).toBe('maand 6');
  expect(keuzeVan('Zwangerschap  Week 7')).toEqual({ fase: 'zwangerschap', eenheid: 'week', nummer: 7 });
  expect(keuzeVan('ergens')).toBeUndefined();
});
