/**
 * The map by keyboard: one Tab stop into the map, then arrows (navigatie.ts, a pure state machine). Until the map
 * first gets focus or a filter, every voorziening is an ordinary link in the tab order — start-up touches none of
 * them; at that moment the others leave the tab order (roving tabindex) and the navigation model is read.
 */
import { NIVEAU_IDS } from '../../domain/ids.ts';
import { eersteZichtbare, maakNavModel, overgang, toetsNaarIntentie, type NavModel } from './navigatie.ts';

export class Toetsenbord {
  private model: NavModel | undefined;
  huidig: number | null = null;

  constructor(
    /** Where the listeners go: the map's box, not the SVG — Chromium makes an <svg> with focus listeners a Tab stop. */
    box: HTMLElement,
    private readonly alleLinks: () => readonly SVGAElement[],
    private readonly isZichtbaar: (i: number) => boolean,
  ) {
    box.addEventListener('focusin', (e) => {
      const i = this.index(e.target);
      if (i === -1) return;
      this.bereid();
      this.zetHuidig(i, false);
    });
    box.addEventListener('keydown', (e) => {
      const i = this.index(e.target);
      const intentie = toetsNaarIntentie(e.key, e.ctrlKey || e.metaKey);
      if (i === -1 || !intentie || e.altKey) return;
      e.preventDefault();
      const doel = overgang(this.bereid(), String(i).padStart(6, '0'), intentie, (id) => this.isZichtbaar(Number(id)));
      if (doel !== null) this.zetHuidig(Number(doel), true);
    });
  }

  private get links(): readonly SVGAElement[] {
    return this.alleLinks();
  }

  index(el: EventTarget | null): number {
    const a = (el as Element | null)?.closest?.<SVGAElement>('a');
    return a ? this.links.indexOf(a) : -1;
  }

  /** Reads the navigation model and takes all but one voorziening out of the tab order; once. */
  bereid(): NavModel {
    if (this.model) return this.model;
    // Ids that sort in the links' order, which breaks ties. A doorlopend chip stands for the whole period: it comes
    // before the bars of its lane, row by row, and is as near in time to anything as the timeline's start.
    this.model = maakNavModel(
      this.links.map((a, i) => {
        const rect = a.firstElementChild!;
        const niveau = NIVEAU_IDS.findIndex((n) => a.parentElement!.classList.contains(`niveau-${n}`));
        const x = a.classList.contains('chip') ? 0 : parseFloat(rect.getAttribute('x')!);
        return { id: String(i).padStart(6, '0'), laan: niveau, x, y: Number(rect.getAttribute('y')) };
      }),
    );
    for (const a of this.links) a.setAttribute('tabindex', '-1');
    this.zetHuidig(this.eerste(), false);
    return this.model;
  }

  private eerste(): number | null {
    const id = eersteZichtbare(this.bereid(), (id) => this.isZichtbaar(Number(id)));
    return id === null ? null : Number(id);
  }

  /** After a filter: the Tab stop moves off a voorziening that is no longer shown. */
  naFilter(): void {
    this.bereid();
    if (this.huidig === null || !this.isZichtbaar(this.huidig)) this.zetHuidig(this.eerste(), false);
  }

  zetHuidig(i: number | null, focus: boolean): void {
    if (this.huidig !== null && this.huidig !== i) this.links[this.huidig]?.setAttribute('tabindex', '-1');
    this.huidig = i;
    if (i === null) return;
    this.links[i]!.setAttribute('tabindex', '0');
    if (focus) this.links[i]!.focus();
  }
}
