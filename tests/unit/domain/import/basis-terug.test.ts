/** Voorzieningen from the landelijke basis stay references when a spreadsheet is read back. */
import { describe, expect, test } from 'vitest';
import type { Basis } from '../../../../src/domain/basis.ts';
import { bestaandeItems, gelijk, naarBasisVerwijzingen } from '../../../../src/domain/import/basis-terug.ts';
import type { Voorziening } from '../../../../src/domain/schema/voorziening.ts';

const nipt: Voorziening = {
  id: 'nipt',
  naam: 'NIPT',
  omschrijving: 'Test.',
  niveau: 'basiszorg',
  periode: { van: 'zwangerschap week 10' },
  kenmerken: ['standaard'],
  aanbieders: [{ naam: 'Verloskundige', telefoon: '088 123 45 67', website: 'https://x.example.nl' }],
  toegang: 'Via de verloskundige.',
  bijgewerkt: '2026-01-01',
};
const basis: Basis = { bestaat: true, voorzieningen: new Map([['nipt', nipt]]), ongeldig: new Set() };

describe('naarBasisVerwijzingen', () => {
  test('onveranderd: hetzelfde item; een veld dat de regio al had blijft, ook als het nu gelijk is aan de basis', () => {
    expect(naarBasisVerwijzingen([nipt], [{ basis: 'nipt' }], basis)).toEqual([{ basis: 'nipt' }]);
    expect(naarBasisVerwijzingen([nipt], [{ basis: 'nipt', naam: 'NIPT' }], basis)).toEqual([{ basis: 'nipt', naam: 'NIPT' }]);
  });

  test('een veranderd veld wordt een eigen veld; een eigen id blijft; een gewone voorziening blijft heel', () => {
    const ander = { ...nipt, id: 'nipt-hier', toegang: 'Anders.' };
    expect(naarBasisVerwijzingen([ander], [{ basis: 'nipt', id: 'nipt-hier' }], basis)).toEqual([{ basis: 'nipt', id: 'nipt-hier', toegang: 'Anders.' }]);
    expect(naarBasisVerwijzingen([nipt], [nipt], basis)).toEqual([nipt]);
    expect(naarBasisVerwijzingen([nipt], [{ basis: 'bestaat-niet', id: 'nipt' }], basis)).toEqual([nipt]);
  });

  test('de volgorde van de sleutels van een aanbieder telt niet', () => {
    const omgedraaid = { ...nipt, aanbieders: [{ website: 'https://x.example.nl', naam: 'Verloskundige', telefoon: '088 123 45 67' }] };
    expect(naarBasisVerwijzingen([omgedraaid], [{ basis: 'nipt' }], basis)).toEqual([{ basis: 'nipt' }]);
    expect(gelijk({ a: [1, { b: 2 }] }, { a: [1, { b: 2, c: undefined }] })).toBe(true);
    expect(gelijk([1, 2], [2, 1])).toBe(false);
  });

  test('bestaandeItems leest { voorzieningen } en een kale lijst, en [] bij onzin', () => {
    expect(bestaandeItems('\uFEFF{"voorzieningen":[{"basis":"nipt"}]}')).toEqual([{ basis: 'nipt' }]);
    expect(bestaandeItems(new TextEncoder().encode('[1]'))).toEqual([1]);
    expect(bestaandeItems('{kapot')).toEqual([]);
    expect(bestaandeItems(null)).toEqual([]);
  });
});
