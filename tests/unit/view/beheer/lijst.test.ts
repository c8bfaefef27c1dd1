import { expect, test } from 'vitest';
import { filterVoorzieningen, GEEN_FILTER } from '../../../../src/view/beheer/lijst.ts';
import { NU } from './hulp.ts';

const vz = [
  { naam: 'Kraamzorg', niveau: 'basiszorg', bijgewerkt: '2026-01-01', aanbieders: [{ naam: 'Kraamzorg Noord' }] },
  { naam: 'Schuldhulp', niveau: 'extra-steun', bijgewerkt: '2024-01-01', aanbieders: [{ naam: 'Gemeente' }] },
];

test('search, niveau, with errors, not checked for 12 months', () => {
  expect(filterVoorzieningen(vz, GEEN_FILTER, new Set(), NU)).toEqual([0, 1]);
  expect(filterVoorzieningen(vz, { ...GEEN_FILTER, zoek: 'noord' }, new Set(), NU)).toEqual([0]);
  expect(filterVoorzieningen(vz, { ...GEEN_FILTER, niveau: 'extra-steun' }, new Set(), NU)).toEqual([1]);
  expect(filterVoorzieningen(vz, { ...GEEN_FILTER, metFouten: true }, new Set([0]), NU)).toEqual([0]);
  expect(filterVoorzieningen(vz, { ...GEEN_FILTER, verouderd: true }, new Set(), NU)).toEqual([1]);
});
