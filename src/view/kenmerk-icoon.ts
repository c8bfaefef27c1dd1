/**
 * The kenmerk marks are SVG symbols, defined once per page by <Symbolen /> (src/view/Symbolen.astro, which the
 * page shell Basis.astro renders when a page asks for it) and referenced by id wherever a mark is drawn.
 */
import type { KenmerkId } from '../domain/ids.ts';

/** The marks: the kenmerken, and "meer informatie" for a voorziening with a meerInformatie link. */
export type Merkteken = KenmerkId | 'meer-informatie';

export function kenmerkSymboolId(kenmerk: Merkteken): string {
  return `kenmerk-${kenmerk}`;
}

/** The reference for <use href>. */
export function kenmerkHref(kenmerk: Merkteken): string {
  return `#${kenmerkSymboolId(kenmerk)}`;
}
