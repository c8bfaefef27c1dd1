import { expect, test } from 'vitest';
import { metItem, metVeld, regels, verschuif } from '../../../../src/view/beheer/bewerken.ts';

test('an emptied optional field is left out; a required one stays empty so the check says "mag niet leeg zijn"', () => {
  expect(metVeld({ a: 1, voorWie: 'x' }, 'voorWie', '', true)).toEqual({ a: 1 });
  expect(metVeld({ naam: 'x' }, 'naam', '')).toEqual({ naam: '' });
  expect(metVeld({}, 'gemeenten', [], true)).toEqual({});
});

test('lines, items, order', () => {
  expect(regels(' a \n\n b\n')).toEqual(['a', 'b']);
  expect(metItem([1, 2, 3], 1, undefined)).toEqual([1, 3]);
  expect(metItem([1, 2, 3], 1, 9)).toEqual([1, 9, 3]);
  expect(verschuif([1, 2, 3], 0, 1)).toEqual([2, 1, 3]);
  expect(verschuif([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
});
