import { expect, test } from 'vitest';
import { KENMERK_FILTERS } from '../../../../src/domain/kaart-url.ts';
import { kenmerkCombinaties, kenmerkenSymbool } from '../../../../src/view/kaart/kenmerk-symbool.ts';

test('every combination of marks has its own short, valid id', () => {
  const ids = new Set<string>();
  for (let mask = 1; mask < 1 << KENMERK_FILTERS.length; mask++) {
    const id = kenmerkenSymbool(KENMERK_FILTERS.filter((_, i) => mask & (1 << i)));
    expect(id).toMatch(/^k(-[a-z]{2})+$/);
    ids.add(id);
  }
  expect(ids.size).toBe((1 << KENMERK_FILTERS.length) - 1);
});

test('the combinations a map defines: each once, in order of first use, none for bars without marks', () => {
  const spans = [{ kenmerken: ['standaard'] }, { kenmerken: [] }, { kenmerken: ['eigen-risico', 'meer-informatie'] }, { kenmerken: ['standaard'] }];
  expect(kenmerkCombinaties(spans)).toEqual([['standaard'], ['eigen-risico', 'meer-informatie']]);
  expect(kenmerkCombinaties([])).toEqual([]);
});
