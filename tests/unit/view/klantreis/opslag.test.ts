import { describe, expect, test } from 'vitest';
import type { Klantreis } from '../../../../src/domain/klantreis/schema.ts';
import { APART_SLEUTEL, OPSLAG_SLEUTEL, bewaarWijziging, laadReizen, volgOpslag } from '../../../../src/view/klantreis/opslag.ts';
import { kleineKlantreis } from '../../maak.ts';

/** Saves every case in turn, as the editor does when they are made one after the other. */
function bewaarReizen(s: Storage, reizen: readonly Klantreis[]): boolean {
  let geheugen: Klantreis[] = [];
  let gelukt = true;
  for (const k of reizen) {
    const uitslag = bewaarWijziging(s, geheugen, { bewaar: k });
    geheugen = uitslag.reizen;
    gelukt &&= uitslag.bewaard;
  }
  return gelukt;
}

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

const casus = (id: string, titel: string, bijgewerkt = '2026-12-01T10:00:00.000Z'): Klantreis => ({ ...kleineKlantreis(), id, titel, bijgewerkt });
const later = (k: Klantreis, wijziging: Partial<Klantreis>, bijgewerkt: string): Klantreis => ({ ...k, ...wijziging, bijgewerkt });

describe('klantreis storage shared by two tabs', () => {
  test('a save keeps the case another tab added since this tab loaded', () => {
    const s = opslag();
    const tabA = laadReizen(s).reizen;
    const tabB = laadReizen(s).reizen;
    const a = casus('a', 'Uit tab A');
    const vanA = bewaarWijziging(s, tabA, { bewaar: a });
    expect(vanA.reizen).toEqual([a]);
    // Tab B never saw a, and saves its own case: a stays.
    const b = casus('b', 'Uit tab B');
    const vanB = bewaarWijziging(s, tabB, { bewaar: b });
    expect(vanB.reizen).toEqual([a, b]);
    expect(laadReizen(s).reizen).toEqual([a, b]);
    // Tab A types in its case, still holding the list without b: b stays.
    const a2 = later(a, { titel: 'Uit tab A, verder' }, '2026-12-01T10:05:00.000Z');
    expect(bewaarWijziging(s, vanA.reizen, { bewaar: a2 }).reizen).toEqual([a2, b]);
    expect(laadReizen(s).reizen).toEqual([a2, b]);
  });

  test('of two versions of one case the later bijgewerkt wins, whichever tab writes last', () => {
    const s = opslag();
    const k = casus('k', 'Begin');
    bewaarReizen(s, [k]);
    const nieuw = later(k, { titel: 'Nieuw in tab A' }, '2026-12-01T11:00:00.000Z');
    const oud = later(k, { titel: 'Ouder in tab B' }, '2026-12-01T10:30:00.000Z');
    bewaarWijziging(s, [k], { bewaar: nieuw });
    expect(bewaarWijziging(s, [k], { bewaar: oud }).reizen).toEqual([nieuw]);
    expect(laadReizen(s).reizen).toEqual([nieuw]);
  });

  test('a removal takes out only that case, also when the tab had not seen the others', () => {
    const s = opslag();
    const [a, b, c] = [casus('a', 'A'), casus('b', 'B'), casus('c', 'C')];
    bewaarReizen(s, [a, b]);
    const tab = laadReizen(s).reizen;
    bewaarWijziging(s, tab, { bewaar: c });
    expect(bewaarWijziging(s, tab, { verwijder: 'a' }).reizen).toEqual([b, c]);
    expect(laadReizen(s).reizen).toEqual([b, c]);
  });

  test('an unreadable item in the list is never dropped by a save', () => {
    const s = opslag();
    const k = casus('k', 'Leesbaar');
    s.setItem(OPSLAG_SLEUTEL, JSON.stringify([k, { kapot: true }]));
    bewaarWijziging(s, [k], { bewaar: later(k, { titel: 'Verder' }, '2026-12-02T00:00:00.000Z') });
    expect(JSON.parse(s.getItem(OPSLAG_SLEUTEL)!)[1]).toEqual({ kapot: true });
  });

  test('following the other tab: its new and changed cases appear, its removals go, unsaved cases of this tab stay', () => {
    const s = opslag();
    const [a, b] = [casus('a', 'A'), casus('b', 'B')];
    bewaarReizen(s, [a, b]);
    const hier = laadReizen(s).reizen;
    // The other tab changes a, removes b and adds c.
    const a2 = later(a, { titel: 'A, elders gewijzigd' }, '2026-12-01T12:00:00.000Z');
    const c = casus('c', 'C');
    let elders = bewaarWijziging(s, hier, { bewaar: a2 }).reizen;
    elders = bewaarWijziging(s, elders, { verwijder: 'b' }).reizen;
    bewaarWijziging(s, elders, { bewaar: c });
    const gevolgd = volgOpslag(s, hier, new Set());
    expect(gevolgd).toEqual([a2, c]);
    // Unchanged cases keep their object, so the editor does not redraw them.
    expect(volgOpslag(s, gevolgd, new Set())[1]).toBe(gevolgd[1]);
    // A case this tab could not save is kept, even though the stored list does not have it.
    const mijn = casus('mijn', 'Niet bewaard');
    expect(volgOpslag(s, [...gevolgd, mijn], new Set(['mijn']))).toEqual([a2, c, mijn]);
  });
});

describe('klantreis storage the browser refuses', () => {
  const geweigerd = (): Storage => ({
    ...opslag(),
    getItem: () => {
      throw new DOMException('uitgezet', 'SecurityError');
    },
    setItem: () => {
      throw new DOMException('uitgezet', 'SecurityError');
    },
  });

  test('no storage at all: nothing to load, and it says so', () => {
    expect(laadReizen(undefined)).toEqual({ reizen: [], apartGezet: 0, onbeschikbaar: true });
    expect(laadReizen(geweigerd())).toEqual({ reizen: [], apartGezet: 0, onbeschikbaar: true });
  });

  test('no storage: changes are made in the tab and marked unsaved', () => {
    const k = casus('k', 'Alleen hier');
    const eerste = bewaarWijziging(geweigerd(), [], { bewaar: k });
    expect(eerste).toEqual({ reizen: [k], onbewaard: new Set(['k']), bewaard: false });
    const ander = casus('ander', 'Ook hier');
    const tweede = bewaarWijziging(undefined, eerste.reizen, { bewaar: ander }, eerste.onbewaard);
    expect(tweede.reizen).toEqual([k, ander]);
    expect(bewaarWijziging(undefined, tweede.reizen, { verwijder: 'k' }, tweede.onbewaard).reizen).toEqual([ander]);
  });

  test('full while setting aside: the unreadable case stays where it was, the readable ones load', () => {
    const s = opslag();
    const k = kleineKlantreis();
    const kapot = { ...kleineKlantreis(), id: 'kapot', banden: 'geen lijst' };
    const vooraf = JSON.stringify([k, kapot]);
    s.setItem(OPSLAG_SLEUTEL, vooraf);
    const vol: Storage = { ...s, getItem: s.getItem, setItem: () => { throw new DOMException('vol', 'QuotaExceededError'); } };
    expect(laadReizen(vol)).toEqual({ reizen: [k], apartGezet: 1, apartMislukt: true });
    expect(s.getItem(OPSLAG_SLEUTEL)).toBe(vooraf);
    expect(s.getItem(APART_SLEUTEL)).toBeNull();
  });

  test('full: a case that could not be saved is saved with the next write that fits', () => {
    let quota = 10;
    const data = new Map<string, string>();
    const s = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => {
        if (v.length > quota) throw new DOMException('vol', 'QuotaExceededError');
        data.set(k, v);
      },
    };
    const a = casus('a', 'Eerst geweigerd');
    const eerste = bewaarWijziging(s, [], { bewaar: a });
    expect(eerste.bewaard).toBe(false);
    expect(eerste.onbewaard).toEqual(new Set(['a']));
    quota = Infinity;
    const b = casus('b', 'Daarna');
    const tweede = bewaarWijziging(s, eerste.reizen, { bewaar: b }, eerste.onbewaard);
    expect(tweede).toEqual({ reizen: [a, b], onbewaard: new Set(), bewaard: true });
    expect(laadReizen(s).reizen).toEqual([a, b]);
  });
});
