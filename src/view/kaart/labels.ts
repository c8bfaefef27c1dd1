/**
 * Semantic zoom for labels: the build shortened some labels to fit the reference width (data-naam, data-ruimte);
 * when the timeline is drawn wider they get the room they have there, up to their whole name, by the layout's own
 * rule (labelBijBreedte). Only those labels are read, once, and only the ones that change are written.
 */
import { labelBijBreedte } from '../../layout/tijdas.ts';

interface Ingekort {
  tekst: SVGTextElement;
  naam: string;
  ruimte: number;
  vast: number;
}

export function labelPasser(kaart: Element): (breedte: number) => void {
  let labels: Ingekort[] | undefined;
  return (breedte) => {
    labels ??= [...kaart.querySelectorAll<SVGTextElement>('text[data-ruimte]')].map((tekst) => {
      const [ruimte = 0, vast = 0] = tekst.dataset.ruimte!.split(' ').map(Number);
      return { tekst, naam: tekst.dataset.naam!, ruimte, vast };
    });
    for (const l of labels) {
      const nieuw = labelBijBreedte(l.naam, l, breedte);
      if (nieuw !== l.tekst.textContent) l.tekst.textContent = nieuw;
    }
  };
}
