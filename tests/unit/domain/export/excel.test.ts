/** The workbook's building blocks; the whole round trip is in tests/unit/domain/import/excel.test.ts. */
import { describe, expect, test } from 'vitest';
import { kolomLetter, lijstNaarExcelCel } from '../../../../src/domain/export/excel.ts';
import { lijstUitExcelCel } from '../../../../src/domain/import/excel.ts';

describe('excel export', () => {
  test('kolomletters zoals Excel ze boven de kolommen zet', () => {
    expect([0, 3, 22, 25, 26, 27, 51, 52, 701, 702].map(kolomLetter)).toEqual(['A', 'D', 'W', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  test('een lijst als "a; b", met \\; en \\| voor het teken in een item, en weer terug', () => {
    const items = ['GGD; JGZ', 'a|b', '', 'c'];
    expect(lijstNaarExcelCel(items)).toBe('GGD\\; JGZ; a\\|b; ; c');
    expect(lijstUitExcelCel(lijstNaarExcelCel(items))).toEqual(items);
  });
});
