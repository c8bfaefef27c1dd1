import { describe, expect, test } from 'vitest';
import { GEEN_FILTER } from '../../../../src/domain/filter.ts';
import { LEGE_STAAT } from '../../../../src/domain/kaart-url.ts';
import { telling, verborgenFilters, wissel, zelfdeFilter } from '../../../../src/view/kaart/verkenner-staat.ts';

describe('the explorer’s rules', () => {
  test('wissel adds a choice or takes it out', () => {
    expect(wissel([], 'a')).toEqual(['a']);
    expect(wissel(['a', 'b'], 'a')).toEqual(['b']);
  });

  test('zelfdeFilter compares the filter, not the panel or the zoom', () => {
    const metPaneel: typeof LEGE_STAAT = { ...LEGE_STAAT, v: 'x', zoom: '2' };
    expect(zelfdeFilter(metPaneel, LEGE_STAAT)).toBe(true);
    expect(zelfdeFilter({ ...LEGE_STAAT, niveau: ['basiszorg'] }, LEGE_STAAT)).toBe(false);
    expect(zelfdeFilter({ ...LEGE_STAAT, q: 'k' }, LEGE_STAAT)).toBe(false);
    expect(zelfdeFilter({ ...LEGE_STAAT, gemeente: 'lindewaard' }, LEGE_STAAT)).toBe(false);
  });

  test('the count says "alle" without a filter, "n van m" with one (a blank search is no filter)', () => {
    expect(telling(67, 67, GEEN_FILTER)).toBe('Alle 67 voorzieningen');
    expect(telling(67, 67, { ...GEEN_FILTER, q: '  ' })).toBe('Alle 67 voorzieningen');
    expect(telling(3, 67, { ...GEEN_FILTER, q: 'kraam' })).toBe('3 van 67 voorzieningen');
  });

  test('the "Filters" control counts the filters folded inside it', () => {
    expect(verborgenFilters(LEGE_STAAT)).toBe(0);
    expect(verborgenFilters({ ...LEGE_STAAT, q: 'x', niveau: ['basiszorg'] })).toBe(0);
    expect(verborgenFilters({ ...LEGE_STAAT, fase: 'babyfase', toegang: 'zelf', kenmerk: ['eigen-risico', 'standaard'] })).toBe(4);
    expect(verborgenFilters({ ...LEGE_STAAT, gemeente: 'lindewaard' })).toBe(1);
  });
});
