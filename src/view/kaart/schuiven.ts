/**
 * Zoomed in and scrolled, a long bar whose start is out of view would show no name: its label and marks slide to
 * the visible edge, never past the bar's end. Read once, on the first scroll; only labels that move are written.
 */
import { labelWidth } from '../../layout/tekstmaat.ts';

interface Etiket {
  tekst: SVGTextElement;
  marks: Element | null;
  /** The bar, in percent. */
  x: number;
  width: number;
  dx: number;
  marksDx: number;
  schuif: number;
}

const verschuiving = (transform: string | null) => Number(/translate\((-?[\d.]+)/.exec(transform ?? '')?.[1] ?? 0);

export function labelSchuiver(kaart: Element): (links: number, breedte: number) => void {
  let etiketten: Etiket[] | undefined;
  return (links, breedte) => {
    etiketten ??= [...kaart.querySelectorAll<SVGAElement>('.vz > a:not(.chip)')].flatMap((a) => {
      const rect = a.firstElementChild!;
      const tekst = rect.nextElementSibling as SVGTextElement;
      // Only labels inside their bar: a label beside or before it is in view with the bar's end or start.
      if (tekst.classList.contains('buiten')) return [];
      const marks = tekst.nextElementSibling?.tagName === 'use' ? tekst.nextElementSibling : null;
      const x = parseFloat(rect.getAttribute('x')!);
      const width = parseFloat(rect.getAttribute('width')!);
      return [{ tekst, marks, x, width, dx: Number(tekst.getAttribute('dx')), marksDx: verschuiving(marks?.getAttribute('transform') ?? null), schuif: 0 }];
    });
    for (const e of etiketten) {
      const begin = (e.x / 100) * breedte;
      const ruimte = ((e.x + e.width) / 100) * breedte - begin - e.dx - labelWidth(e.tekst.textContent ?? '') - 5;
      const schuif = Math.round(Math.max(0, Math.min(links - begin, ruimte)));
      if (schuif === e.schuif) continue;
      e.schuif = schuif;
      e.tekst.setAttribute('dx', String(e.dx + schuif));
      e.marks?.setAttribute('transform', `translate(${e.marksDx + schuif})`);
    }
  };
}
