import { describe, expect, test } from 'vitest';
import { contrastRatio, formatRatio, parseHex, relativeLuminance } from '../../../src/domain/contrast.ts';

describe('contrast (WCAG 2.x)', () => {
  test('reads #rgb and #rrggbb, and nothing else', () => {
    expect(parseHex('#fff')).toEqual([255, 255, 255]);
    expect(parseHex('#1D4F7C')).toEqual([29, 79, 124]);
    expect(parseHex('1d4f7c')).toBeUndefined();
    expect(parseHex('#12345')).toBeUndefined();
    expect(parseHex('red')).toBeUndefined();
  });

  test('luminance runs from 0 (black) to 1 (white)', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    // sRGB mid grey: 0.2158605 (the WCAG formula's published value for #808080)
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2158605, 6);
  });

  test('known ratios: black on white 21, white on white 1, order does not matter', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // #767676 on white is the classic lightest grey that passes 4.5:1; #777777 just fails.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  test('ratios are shown in Dutch, rounded down so a failing pair never shows the limit', () => {
    expect(formatRatio(21)).toBe('21,00:1');
    expect(formatRatio(contrastRatio('#777777', '#ffffff'))).toBe('4,47:1');
    expect(formatRatio(4.4999)).toBe('4,49:1');
    expect(formatRatio(3)).toBe('3,00:1');
  });
});
