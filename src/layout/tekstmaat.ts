/**
 * A deterministic estimate of text widths in the system sans-serif (SYSTEEMLETTERS). Measuring real text would need
 * a DOM and fonts that differ per machine; an estimate that errs wide keeps layouts identical everywhere, and a label
 * that fits by the estimate fits on screen. The same functions run at build time and in the browser (zoomed labels).
 */

/** Font sizes in the drawn SVGs (map, route, klantreis), in pixels: labels, column numbers, lane names. */
export const TEKSTMATEN = { tekst: 12, klein: 11, laan: 13 } as const;
export const ICON_SIZE = 14;

export const ELLIPS = '…';

/**
 * Advance widths at 12px, rounded up from DejaVu Sans, the widest of the common system sans-serifs (Segoe UI,
 * Roboto, Arial, Helvetica and San Francisco all run narrower), so the estimate errs wide on every platform.
 */
const BREEDTE: Record<string, number> = {
  ...Object.fromEntries([...'ijl'].map((c) => [c, 3.4])),
  ...Object.fromEntries([...'ftr'].map((c) => [c, 4.8])),
  ...Object.fromEntries([...'scz'].map((c) => [c, 6.7])),
  k: 7,
  m: 11.7,
  w: 9.9,
  ...Object.fromEntries([...'IJ'].map((c) => [c, 3.6])),
  M: 10.4,
  W: 11.9,
  ...Object.fromEntries([...' .,'].map((c) => [c, 3.9])),
  ...Object.fromEntries([...':;|/'].map((c) => [c, 4.1])),
  "'": 3.3,
  '!': 4.9,
  '(': 4.7,
  ')': 4.7,
  '-': 4.4,
  '–': 6,
  '—': 12,
  '&': 9.4,
  '+': 10.1,
  [ELLIPS]: 12,
};

/** Width at 12px of one character; an accented letter as its base letter. */
function charWidth(char: string): number {
  const known = BREEDTE[char];
  if (known !== undefined) return known;
  if (/[a-z0-9€]/.test(char)) return 7.7;
  if (/[A-Z]/.test(char)) return 9.5;
  const base = char.normalize('NFD')[0]!;
  return base !== char && /[a-zA-Z]/.test(base) ? charWidth(base) : 10;
}

/** Width of a label at 12px, regular weight. */
export function labelWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return Math.ceil(width);
}

/** Width at another size; bold text runs about 10 % wider. */
export function tekstBreedte(text: string, px: number, vet = false): number {
  return Math.ceil((labelWidth(text) * px * (vet ? 1.1 : 1)) / 12);
}

/**
 * The longest start of `text` that fits `breedte` px at 12px with an ellipsis after it. It ends at a whole word,
 * outside any unclosed parenthesis, without dangling punctuation — so every word shown is a word of the full name,
 * which stays the accessible name (WCAG 2.5.3, label in name). Only when not even the first word fits is a word
 * cut; "" when not one character does. The whole text when it fits.
 */
export function kortIn(text: string, breedte: number): string {
  if (labelWidth(text) <= breedte) return text;
  const past = (begin: string) => labelWidth(begin) + charWidth(ELLIPS) <= breedte;
  const netjes = (begin: string) => {
    const open = begin.lastIndexOf('(');
    if (open > begin.lastIndexOf(')')) begin = begin.slice(0, open);
    return begin.replace(/[\s.,:;'"–—(/&+-]+$/u, '');
  };
  const woorden = text.split(/(?<=\S)(?=\s)/u);
  let beste = '';
  for (let n = 1; n <= woorden.length; n++) {
    const begin = netjes(woorden.slice(0, n).join(''));
    if (begin && past(begin)) beste = begin;
  }
  if (beste) return beste + ELLIPS;
  const chars = [...text];
  let n = 0;
  while (n < chars.length && past(chars.slice(0, n + 1).join(''))) n++;
  const begin = netjes(chars.slice(0, n).join(''));
  return begin ? begin + ELLIPS : '';
}

/** Greedy word wrap into lines of at most `breedte` px (at `px`, bold or not); a word too long stands alone. */
export function breekAf(text: string, breedte: number, px: number, vet = false): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && tekstBreedte(`${last} ${word}`, px, vet) <= breedte) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
