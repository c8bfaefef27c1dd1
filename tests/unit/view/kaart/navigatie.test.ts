import { describe, expect, test } from 'vitest';
import { type NavIntentie, type NavSpan, eersteZichtbare, maakNavModel, overgang, toetsNaarIntentie } from '../../../../src/view/kaart/navigatie.ts';

/**
 *  lane 0:  a(0) ───  b(100)──  c(300)
 *           d(100, row 2)
 *  lane 1:  (empty)
 *  lane 2:  e(90)   f(280)
 *  lane 3:  g(500)
 */
const SPANS: NavSpan[] = [
  { id: 'c', laan: 0, x: 300, y: 10 },
  { id: 'a', laan: 0, x: 0, y: 10 },
  { id: 'd', laan: 0, x: 100, y: 40 },
  { id: 'b', laan: 0, x: 100, y: 10 },
  { id: 'e', laan: 2, x: 90, y: 200 },
  { id: 'f', laan: 2, x: 280, y: 200 },
  { id: 'g', laan: 3, x: 500, y: 300 },
];
const model = maakNavModel(SPANS);
const walk = (van: string | null, ...intenties: NavIntentie[]) => intenties.reduce((huidig, i) => overgang(model, huidig, i), van);

describe('toetsen worden intenties', () => {
  test.each([
    ['ArrowLeft', false, 'vorige'],
    ['ArrowRight', false, 'volgende'],
    ['ArrowUp', false, 'laanOmhoog'],
    ['ArrowDown', false, 'laanOmlaag'],
    ['Home', false, 'eersteInLaan'],
    ['End', false, 'laatsteInLaan'],
    ['Home', true, 'eerste'],
    ['End', true, 'laatste'],
    ['Enter', false, null],
    ['a', false, null],
  ] as const)('%s (ctrl %s) → %s', (key, ctrl, intentie) => {
    expect(toetsNaarIntentie(key, ctrl)).toBe(intentie);
  });
});

describe('door de kaart lopen', () => {
  test('links en rechts gaan in de tijd door de laan; bij gelijke start eerst de bovenste rij', () => {
    expect(model.lanen[0]!.map((s) => s.id)).toEqual(['a', 'b', 'd', 'c']);
    expect(walk('a', 'volgende', 'volgende', 'volgende')).toBe('c');
    expect(walk('c', 'vorige')).toBe('d');
  });

  test('aan de rand blijft de focus staan in plaats van rond te springen', () => {
    expect(walk('a', 'vorige')).toBe('a');
    expect(walk('c', 'volgende')).toBe('c');
    expect(walk('a', 'laanOmhoog')).toBe('a');
    expect(walk('g', 'laanOmlaag')).toBe('g');
  });

  test('omlaag slaat een lege laan over en kiest wat het dichtst bij ligt in de tijd', () => {
    expect(walk('b', 'laanOmlaag')).toBe('e');
    expect(walk('c', 'laanOmlaag')).toBe('f');
    expect(walk('f', 'laanOmlaag')).toBe('g');
    expect(walk('g', 'laanOmhoog')).toBe('f');
  });

  test('omhoog kiest bij gelijke afstand de bovenste rij', () => {
    expect(walk('e', 'laanOmhoog')).toBe('b');
  });

  test('Home en End in de laan; met Ctrl in de hele kaart', () => {
    expect(walk('d', 'eersteInLaan')).toBe('a');
    expect(walk('a', 'laatsteInLaan')).toBe('c');
    expect(walk('f', 'eerste')).toBe('a');
    expect(walk('a', 'laatste')).toBe('g');
  });

  test('zonder huidige voorziening begint elke toets bij de eerste', () => {
    expect(walk(null, 'volgende')).toBe('a');
    expect(walk('bestaat-niet', 'laanOmlaag')).toBe('a');
  });
});

describe('gedimde voorzieningen worden overgeslagen', () => {
  const zichtbaar = (id: string) => !['b', 'd', 'e', 'f'].includes(id);
  test('in de laan en tussen lanen', () => {
    expect(overgang(model, 'a', 'volgende', zichtbaar)).toBe('c');
    expect(overgang(model, 'c', 'laanOmlaag', zichtbaar)).toBe('g');
    expect(overgang(model, 'g', 'laanOmhoog', zichtbaar)).toBe('c');
  });

  test('is de huidige zelf gedimd, dan begint het bij de eerste zichtbare', () => {
    expect(overgang(model, 'b', 'volgende', zichtbaar)).toBe('a');
    expect(eersteZichtbare(model, (id) => id === 'f')).toBe('f');
  });

  test('is niets zichtbaar, dan is er geen huidige', () => {
    expect(overgang(model, 'a', 'volgende', () => false)).toBeNull();
    expect(overgang(model, 'a', 'laatste', () => false)).toBeNull();
  });
});
