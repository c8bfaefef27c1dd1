import { describe, expect, test } from 'vitest';
import { BEHEER_SLEUTEL, bewaarWerk, laadWerk, volgWerk, type Opslag } from '../../../../src/view/beheer/opslag.ts';
import { wijzigItem } from '../../../../src/view/beheer/werk.ts';
import { voorbeeldWerk } from './hulp.ts';

function geheugen(): Opslag & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

describe('opslag', () => {
  test('saved work loads again', () => {
    const opslag = geheugen();
    const werk = voorbeeldWerk();
    expect(bewaarWerk(opslag, werk).bewaard).toBe(true);
    expect(laadWerk(opslag, 'voorbeeldregio')).toEqual(werk);
    expect(laadWerk(opslag, 'kleinstad')).toBeUndefined();
  });

  test('two tabs that each changed another voorziening keep both changes', () => {
    const opslag = geheugen();
    const basis = voorbeeldWerk();
    bewaarWerk(opslag, basis);
    const [a, b] = basis.voorzieningen;
    const tab1 = wijzigItem(basis, 'voorzieningen', a!.sleutel, { ...a!.data, naam: 'Uit tab 1' }, basis.regio.tijd + 10);
    const tab2 = wijzigItem(basis, 'voorzieningen', b!.sleutel, { ...b!.data, naam: 'Uit tab 2' }, basis.regio.tijd + 11);
    bewaarWerk(opslag, tab1);
    const samen = bewaarWerk(opslag, tab2).werk;
    expect([samen.voorzieningen[0]!.data!.naam, samen.voorzieningen[1]!.data!.naam]).toEqual(['Uit tab 1', 'Uit tab 2']);
    expect(volgWerk(opslag, tab1).voorzieningen[1]!.data!.naam).toBe('Uit tab 2');
  });

  test('full or switched-off storage: the work stays in the tab, and the page is told', () => {
    const werk = voorbeeldWerk();
    const vol: Opslag = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
    const uit: Opslag = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('SecurityError'); }, removeItem: () => undefined };
    expect(bewaarWerk(vol, werk)).toEqual({ werk, bewaard: false });
    expect(bewaarWerk(uit, werk).bewaard).toBe(false);
    expect(bewaarWerk(undefined, werk).bewaard).toBe(false);
    expect(laadWerk(uit, 'voorbeeldregio')).toBeUndefined();
  });

  test('an unreadable stored copy is not loaded', () => {
    const opslag = geheugen();
    opslag.map.set(BEHEER_SLEUTEL + 'voorbeeldregio', '{"versie":1');
    expect(laadWerk(opslag, 'voorbeeldregio')).toBeUndefined();
  });
});
