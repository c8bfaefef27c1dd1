import { expect, test } from 'vitest';
import { KENMERK_FILTERS } from '../../../../src/domain/kaart-url.ts';
import { kenmerkenSymbool } from '../../../../src/view/kaart/kenmerk-symbool.ts';

test('every combination of marks has its own short, valid id', () => {
  const ids = new Set<string>();
  for (let mask = 1; mask < 1 << KENMERK_FILTERS.length; mask++) {
    const id = kenmerkenSymbool(KENMERK_FILTERS.filter((_, i) => mask & (1 << i)));
    expect(id).toMatch(/^k(-[a-z]{2})+$/);
    ids.add(id);
  }
  expect(ids.size).toBe((1 << KENMERK_FILTERS.length) - 1);
});
