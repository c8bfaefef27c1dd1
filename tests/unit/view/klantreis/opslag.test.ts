import { describe, expect, test } from 'vitest';
import { APART_SLEUTEL, OPSLAG_SLEUTEL, bewaarReizen, laadReizen } from '../../../../src/view/klantreis/opslag.ts';
import { kleineKlantreis } from '../../maak.ts';

/** localStorage as the browser has it, with an optional quota. */
function opslag(quota = Infinity): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => {
      if (v.length > quota) throw new DOMException('vol', 'QuotaExceededError');
      data.set(k, v);
    },
  };
}

describe('klantreis storage', () => {
  test('saves and loads every case as it was', () => {
    const s = opslag();
    const k = kleineKlantreis();
    const ander = { ...kleineKlantreis(), id: 'ander', titel: 'Tweede casus' };
    expect(bewaarReizen(s, [k, ander])).toBe(true);
    expect(laadReizen(s)).toEqual({ reizen: [k, ander], apartGezet: 0 });
  });

  test('an empty browser has no cases', () => {
    expect(laadReizen(opslag())).toEqual({ reizen: [], apartGezet: 0 });
  });

  test('a case that no longer reads is set aside, not thrown away', () => {
    const s = opslag();
    const k = kleineKlantreis();
    const kapot = { ...kleineKlantreis(), id: 'kapot', banden: 'geen lijst' };
    s.setItem(OPSLAG_SLEUTEL, JSON.stringify([k, kapot]));
    expect(laadReizen(s)).toEqual({ reizen: [k], apartGezet: 1 });
    expect(JSON.parse(s.getItem(APART_SLEUTEL)!)).toEqual([kapot]);
    expect(JSON.parse(s.getItem(OPSLAG_SLEUTEL)!)).toEqual([k]);
    // Set aside once: the next load finds only the readable case, and the kept copy stays.
    expect(laadReizen(s)).toEqual({ reizen: [k], apartGezet: 0 });
    expect(JSON.parse(s.getItem(APART_SLEUTEL)!)).toEqual([kapot]);
  });

  test('text that is not JSON at all is kept aside as it was', () => {
    const s = opslag();
    s.setItem(OPSLAG_SLEUTEL, '{half');
    expect(laadReizen(s)).toEqual({ reizen: [], apartGezet: 1 });
    expect(JSON.parse(s.getItem(APART_SLEUTEL)!)).toEqual(['{half']);
  });

  test('a damaged set-aside list is kept too, with the new case added to it', () => {
    const s = opslag();
    const kapot = { ...kleineKlantreis(), id: 'kapot', banden: 'geen lijst' };
    s.setItem(APART_SLEUTEL, '{kapot');
    s.setItem(OPSLAG_SLEUTEL, JSON.stringify([kapot]));
    expect(laadReizen(s)).toEqual({ reizen: [], apartGezet: 1 });
    expect(JSON.parse(s.getItem(APART_SLEUTEL)!)).toEqual(['{kapot', kapot]);
  });

  test('says so when the browser refuses to save', () => {
    expect(bewaarReizen(opslag(10), [kleineKlantreis()])).toBe(false);
  });
});
