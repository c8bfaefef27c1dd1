/**
 * The island's hands on the server-rendered map, without a framework: React would have to re-render 1,000
 * spans per keystroke, while a filter here touches only the spans whose state changes.
 * Everything it does is an enhancement of markup that already works: classes (gedimd), tabindex for one Tab
 * stop into the map, a CSS variable and two attributes for zoom, listeners for keys, clicks, wheel and drag.
 */
import { ZOOM_MAX, ZOOM_MIN } from '../../domain/kaart-url.ts';
import { eersteZichtbare, maakNavModel, overgang, toetsNaarIntentie, type NavModel, type NavSpan } from './navigatie.ts';

export interface KaartAanroepen {
  /** A plain click or Enter on a voorziening (map span or card). */
  open(id: string): void;
  /** The user zoomed with wheel or pinch; the DOM is already updated. */
  gezoomd(factor: number): void;
}

const getal = (el: Element | null, attr: string) => Number(el?.getAttribute(attr) ?? 0);
export const klem = (k: number) => Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, Math.round(k * 100) / 100));
export const rustig = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

interface Etiket {
  etiket: SVGGElement;
  /** Bar start and end, unzoomed. */
  x: number;
  eind: number;
  /** The label and its icons, with their x as rendered. */
  delen: [Element, number][];
  breedte?: number;
  schuif: number;
}

export class KaartDom {
  readonly scroll: HTMLElement;
  readonly svg: SVGSVGElement;
  readonly spans = new Map<string, SVGAElement>();
  readonly kaartjes = new Map<string, HTMLElement>();
  readonly nav: NavModel;
  huidig: string | null;
  zoom = 1;
  private readonly doek: HTMLElement;
  private readonly svgs: SVGSVGElement[];
  /** Width of the map unzoomed. */
  readonly breedte: number;
  /** Width of the lane-name column: the timeline starts here and zoom stretches from here. */
  private readonly links: number;
  private readonly gedimd = new Set<string>();
  /** Per card its niveau group and fase section, and per container how many of its cards are visible. */
  private readonly houders = new Map<string, HTMLElement[]>();
  private readonly zichtbaarIn = new Map<HTMLElement, number>();
  private sleep: { x: number; y: number; left: number; top: number; id: number; bezig: boolean } | null = null;
  private gesleept = false;
  private wielStap?: { delta: number; x: number };
  /** Labels inside their bar, which slide along when the bar's start is scrolled out of view. */
  private readonly etiketten: Etiket[] = [];
  private geschoven = { links: 0, zoom: 1 };

  constructor(private readonly aanroepen: KaartAanroepen) {
    this.scroll = document.querySelector<HTMLElement>('[data-kaart]')!;
    this.doek = this.scroll.querySelector<HTMLElement>('.kaart-doek')!;
    this.svg = this.scroll.querySelector<SVGSVGElement>('svg.kaart')!;
    this.svgs = [this.svg, ...this.scroll.querySelectorAll<SVGSVGElement>('.kaart-kop-svg')];
    this.breedte = getal(this.svg, 'width');
    this.links = getal(this.scroll.querySelector('.laan-namen-svg'), 'width');
    this.doek.style.setProperty('--links', `${this.links}px`);

    const niveau = (el: Element) => [...el.classList].find((c) => c.startsWith('niveau-'));
    const lanen = [...this.svg.querySelectorAll('.lanen .laan')].map(niveau);
    const nav: NavSpan[] = [];
    for (const a of this.svg.querySelectorAll<SVGAElement>('a.span')) {
      const id = a.dataset.id!;
      const balk = a.querySelector('.balk');
      this.spans.set(id, a);
      const x = getal(balk, 'x');
      nav.push({ id, laan: lanen.indexOf(niveau(a)), x, y: getal(balk, 'y') });
      a.tabIndex = -1;
      const label = a.querySelector('.label');
      if (getal(label, 'x') === x + 6) {
        const delen = [...a.querySelectorAll('.etiket > *')].map((el): [Element, number] => [el, getal(el, 'x')]);
        this.etiketten.push({ etiket: a.querySelector<SVGGElement>('.etiket')!, x, eind: x + getal(balk, 'width'), delen, schuif: 0 });
      }
    }
    for (const li of document.querySelectorAll<HTMLElement>('.kaartje[data-id]')) {
      const houders = [li.closest<HTMLElement>('.niveau-groep')!, li.closest<HTMLElement>('.fase-sectie')!];
      this.kaartjes.set(li.dataset.id!, li);
      this.houders.set(li.dataset.id!, houders);
      for (const h of houders) this.zichtbaarIn.set(h, (this.zichtbaarIn.get(h) ?? 0) + 1);
    }
    this.nav = maakNavModel(nav);
    this.huidig = null;
    this.zetHuidig(eersteZichtbare(this.nav, this.zichtbaar), false);

    this.svg.setAttribute('aria-describedby', 'kaart-uitleg');
    // Listeners sit on the box, not the SVG: Chromium makes an <svg> with focus listeners a Tab stop of its own.
    this.scroll.addEventListener('keydown', (e) => this.toets(e));
    this.scroll.addEventListener('focusin', (e) => {
      const id = (e.target as Element).closest<SVGAElement>('a.span')?.dataset.id;
      if (id) this.zetHuidig(id, false);
    });
    for (const el of [this.scroll, document.querySelector('.tijdlijn-mobiel')]) el?.addEventListener('click', (e) => this.klik(e as MouseEvent));
    this.scroll.addEventListener('wheel', (e) => this.wiel(e), { passive: false });
    let gepland = false;
    this.scroll.addEventListener('scroll', () => {
      if (gepland) return;
      gepland = true;
      requestAnimationFrame(() => ((gepland = false), this.schuifEtiketten()));
    });
    this.scroll.addEventListener('pointerdown', (e) => this.sleepBegin(e));
    this.scroll.addEventListener('pointermove', (e) => this.sleepVerder(e));
    for (const type of ['pointerup', 'pointercancel'] as const) {
      this.scroll.addEventListener(type, () => {
        this.sleep = null;
        this.scroll.classList.remove('sleept');
        // The click that ends a drag comes right after pointerup; later clicks (Enter too) count again.
        setTimeout(() => (this.gesleept = false));
      });
    }
    // Print the whole timeline, not the zoomed window.
    let voorPrint = 1;
    addEventListener('beforeprint', () => {
      voorPrint = this.zoom;
      this.zet(1);
      this.schuifEtiketten(0);
    });
    addEventListener('afterprint', () => this.zet(voorPrint));
  }

  readonly zichtbaar = (id: string) => !this.gedimd.has(id);

  /** Dims what does not match, touching only the elements whose state changes. Returns whether anything did. */
  dim(ids: readonly string[], zichtbaar: readonly boolean[]): boolean {
    const veranderd: [string, boolean][] = [];
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      const dim = !zichtbaar[i];
      if (dim === this.gedimd.has(id)) continue;
      veranderd.push([id, dim]);
      if (dim) this.gedimd.add(id);
      else this.gedimd.delete(id);
      this.spans.get(id)?.classList.toggle('gedimd', dim);
    }
    if (veranderd.length === 0) return false;
    // The map is what the eye waits for; the rest follows right after that frame is painted.
    requestAnimationFrame(() => setTimeout(() => this.dimRest(veranderd)));
    if (!this.huidig || !this.zichtbaar(this.huidig)) this.zetHuidig(eersteZichtbare(this.nav, this.zichtbaar), false);
    return true;
  }

  /**
   * Hidden from screen readers too (they are out of the tab order already), the mobile cards, and niveau groups or
   * fase sections with nothing left (counted here: cheaper than :has() on every keystroke).
   */
  private dimRest(veranderd: readonly [string, boolean][]): void {
    for (const [id, dim] of veranderd) {
      const span = this.spans.get(id);
      if (dim) span?.setAttribute('aria-hidden', 'true');
      else span?.removeAttribute('aria-hidden');
      this.kaartjes.get(id)?.classList.toggle('gedimd', dim);
      for (const h of this.houders.get(id) ?? []) {
        const n = this.zichtbaarIn.get(h)! + (dim ? -1 : 1);
        this.zichtbaarIn.set(h, n);
        h.classList.toggle('leeg-gefilterd', n === 0);
      }
    }
  }

  /** Roving tabindex: only the current span is a Tab stop. */
  zetHuidig(id: string | null, focus: boolean): void {
    if (this.huidig !== id) {
      if (this.huidig) this.spans.get(this.huidig)?.setAttribute('tabindex', '-1');
      this.huidig = id;
    }
    const span = id ? this.spans.get(id) : undefined;
    span?.setAttribute('tabindex', '0');
    if (focus) span?.focus();
  }

  /** Where focus goes back to when the panel closes: the span, or on a narrow screen its card. */
  terug(id: string): HTMLElement | SVGElement | undefined {
    const span = this.spans.get(id);
    if (span && span.getClientRects().length) {
      this.zetHuidig(id, false);
      return span;
    }
    return this.kaartjes.get(id)?.querySelector('a') ?? undefined;
  }

  naam(id: string): string {
    return this.spans.get(id)?.querySelector('.label')?.textContent ?? id;
  }

  private toets(e: KeyboardEvent): void {
    const id = (e.target as Element).closest<SVGAElement>('a.span')?.dataset.id;
    const intentie = toetsNaarIntentie(e.key, e.ctrlKey || e.metaKey);
    if (!id || !intentie || e.altKey) return;
    e.preventDefault();
    this.zetHuidig(overgang(this.nav, id, intentie, this.zichtbaar), true);
  }

  private klik(e: MouseEvent): void {
    const a = (e.target as Element).closest<HTMLElement | SVGAElement>('a[data-id]');
    if (this.gesleept) {
      this.gesleept = false;
      e.preventDefault();
      return;
    }
    // Ctrl/Cmd/Shift-click and the middle button keep their browser meaning: the real page, in a new tab.
    if (!a || e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    this.aanroepen.open(a.dataset.id!);
  }

  // ── zoom ────────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * Stretches the timeline by factor k without squashing text: CSS (kaart.css) scales the map's groups from the
   * lane-name edge and scales each label, dot and header text back; here only the SVG's width and viewBox grow.
   * Keeps the timeline point at `anker` (px from the scroll box's left) in place.
   */
  zet(k: number, anker = this.links): void {
    k = klem(k);
    const punt = (this.scroll.scrollLeft + anker - this.links) / this.zoom;
    this.zoom = k;
    const breedte = Math.round(this.links + (this.breedte - this.links) * k);
    for (const svg of this.svgs) {
      const hoogte = svg.viewBox.baseVal.height;
      svg.setAttribute('width', String(breedte));
      svg.setAttribute('viewBox', `0 0 ${breedte} ${hoogte}`);
    }
    this.doek.style.setProperty('--zoom', String(k));
    this.doek.toggleAttribute('data-zoom', k > 1);
    this.scroll.scrollLeft = this.links + punt * k - anker;
    this.schuifEtiketten();
  }

  /**
   * A long bar whose start is scrolled out of view would show no name: its label slides to the visible edge,
   * never past the bar's end. Only labels that change are written.
   */
  schuifEtiketten(links = this.scroll.scrollLeft): void {
    const k = this.zoom;
    if (links === this.geschoven.links && k === this.geschoven.zoom) return;
    this.geschoven = { links, zoom: k };
    const rand = this.links + (links + 6) / k;
    for (const e of this.etiketten) {
      let doel = Math.max(e.x + 6, rand);
      if (doel > e.x + 6) {
        e.breedte ??= e.etiket.getBBox().width;
        doel = Math.max(e.x + 6, Math.min(doel, e.eind - (e.breedte + 6) / k));
      }
      const schuif = Math.round(doel - e.x - 6);
      if (schuif === e.schuif) continue;
      e.schuif = schuif;
      for (const [el, x] of e.delen) el.setAttribute('x', String(x + schuif));
    }
  }

  /** Runs `doe` with every label where the build put it (for export). */
  metEtikettenThuis<T>(doe: () => T): T {
    this.schuifEtiketten(0);
    try {
      return doe();
    } finally {
      this.schuifEtiketten();
    }
  }

  /** Fits one fase into the visible width and scrolls it to the left edge. */
  naarFase(fase: string): void {
    const kop = this.svg.querySelector(`#fase-${fase} .fase-kop`);
    if (!kop) return;
    const x = getal(kop, 'x');
    const breedte = getal(kop, 'width');
    this.zet((this.scroll.clientWidth - this.links) / breedte);
    this.scroll.scrollTo({ left: (x - this.links) * this.zoom, behavior: rustig() ? 'auto' : 'smooth' });
  }

  private wiel(e: WheelEvent): void {
    // Ctrl+wheel is also what a trackpad pinch sends. A plain wheel keeps scrolling.
    if (!e.ctrlKey) return;
    e.preventDefault();
    // A trackpad sends dozens of events a second; zoom once per frame with their sum.
    const w = (this.wielStap ??= { delta: 0, x: 0 });
    if (w.delta === 0) {
      requestAnimationFrame(() => {
        this.zet(this.zoom * Math.exp(-w.delta * 0.005), w.x);
        w.delta = 0;
        this.aanroepen.gezoomd(this.zoom);
      });
    }
    w.delta += e.deltaY;
    w.x = e.clientX - this.scroll.getBoundingClientRect().left;
  }

  private sleepBegin(e: PointerEvent): void {
    // Touch pans natively; a mouse drags the timeline like a hand.
    if (e.pointerType !== 'mouse' || e.button !== 0) return;
    this.sleep = { x: e.clientX, y: e.clientY, left: this.scroll.scrollLeft, top: this.scroll.scrollTop, id: e.pointerId, bezig: false };
    this.gesleept = false;
  }

  private sleepVerder(e: PointerEvent): void {
    const s = this.sleep;
    if (!s) return;
    const dx = e.clientX - s.x;
    const dy = e.clientY - s.y;
    if (!s.bezig && Math.hypot(dx, dy) < 5) return;
    if (!s.bezig) {
      // Only now capture: capturing on pointerdown would send every plain click to the scroll box.
      s.bezig = this.gesleept = true;
      this.scroll.setPointerCapture(s.id);
      this.scroll.classList.add('sleept');
    }
    this.scroll.scrollLeft = s.left - dx;
    this.scroll.scrollTop = s.top - dy;
    e.preventDefault();
  }
}
