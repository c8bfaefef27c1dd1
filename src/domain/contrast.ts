/**
 * WCAG 2.x contrast between two sRGB colours, as the success criteria 1.4.3 (text) and 1.4.11 (UI parts) define it.
 * https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio
 */

/** "#1d4f7c" or "#fff" → [r, g, b] in 0…255; undefined for anything else. */
export function parseHex(kleur: string): [number, number, number] | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(kleur.trim());
  if (!match) return undefined;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((c) => c + c).join('') : match[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function channel(value: number): number {
  const c = value / 255;
  // 0.04045 is the sRGB standard's threshold; WCAG 2.1's 0.03928 gives the same result for 8-bit values.
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(kleur: string): number {
  const rgb = parseHex(kleur);
  if (!rgb) throw new Error(`geen kleur: ${kleur}`);
  const [r, g, b] = rgb.map(channel) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** From 1 (same colour) to 21 (black on white); the order of the two colours does not matter. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * "2,51:1" — rounded down, so that a ratio just under the limit never shows as the limit itself
 * (4.496 is "4,49:1", not "4,50:1", when 4.5 is required).
 */
export function formatRatio(ratio: number): string {
  const truncated = Math.floor(ratio * 100 + 1e-9) / 100;
  return `${truncated.toFixed(2).replace('.', ',')}:1`;
}
