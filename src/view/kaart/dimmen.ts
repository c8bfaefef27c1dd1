/**
 * Filtering on the map: the voorzieningen that do not match grow faint. Only the links whose state changes are
 * touched, so a keystroke that changes little costs little; what the eye does not wait for (hiding them from
 * screen readers) follows right after the frame is painted.
 */
export class Dimmer {
  private readonly gedimd: boolean[];

  constructor(private readonly links: readonly SVGAElement[]) {
    this.gedimd = links.map(() => false);
  }

  isZichtbaar = (i: number) => !this.gedimd[i];

  /** `zichtbaar` is aligned with the links (the search index's order). Returns whether anything changed. */
  dim(zichtbaar: readonly boolean[]): boolean {
    const veranderd: number[] = [];
    for (let i = 0; i < this.links.length; i++) {
      const dim = !zichtbaar[i];
      if (dim === this.gedimd[i]) continue;
      this.gedimd[i] = dim;
      this.links[i]!.classList.toggle('gedimd', dim);
      veranderd.push(i);
    }
    if (veranderd.length === 0) return false;
    requestAnimationFrame(() =>
      setTimeout(() => {
        for (const i of veranderd) {
          if (this.gedimd[i]) this.links[i]!.setAttribute('aria-hidden', 'true');
          else this.links[i]!.removeAttribute('aria-hidden');
        }
      }),
    );
    return true;
  }
}
