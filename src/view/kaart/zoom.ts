/**
 * Zoom along the time axis. The timeline is laid out in percent, so zooming is one width on the map's grid: the
 * browser places every bar anew, text keeps its size, and nothing is drawn again. At zoom 1 the whole timeline
 * fits the box (at least the reference width, below which the box scrolls); "Hele tijdlijn" returns there.
 */
import { ZOOM_MAX, ZOOM_MIN } from '../../domain/kaart-url.ts';
import { MAAT } from '../../layout/tijdas.ts';

const klem = (k: number) => Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, Math.round(k * 100) / 100));
export const rustig = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export class Zoom {
  k = 1;
  /** The timeline's width at zoom 1, measured when it is needed (the box's width changes with the window). */
  private basis: number | undefined;

  constructor(
    private readonly box: HTMLElement,
    private readonly doek: HTMLElement,
    /** Called with the timeline's new width in px, after every change. */
    private readonly opBreedte: (breedte: number) => void,
  ) {
    addEventListener('resize', () => {
      const punt = this.box.scrollLeft / this.breedte();
      this.basis = undefined;
      this.toepassen(punt);
    });
  }

  private basisBreedte(): number {
    if (this.basis === undefined) {
      const zoomed = this.doek.style.width;
      this.doek.style.width = '';
      this.basis = Math.max(MAAT.tijdlijn, this.doek.clientWidth - MAAT.laanNaam);
      this.doek.style.width = zoomed;
    }
    return this.basis;
  }

  /** The timeline's drawn width in px. */
  breedte(): number {
    return this.basisBreedte() * this.k;
  }

  /** The middle of the visible timeline, in px from the box's left edge: where the buttons zoom around. */
  private midden(): number {
    return MAAT.laanNaam + (this.box.clientWidth - MAAT.laanNaam) / 2;
  }

  /** Zooms to factor k, keeping the point of time at `anker` (px from the box's left edge) where it is. */
  zet(k: number, anker: number = MAAT.laanNaam): void {
    this.zoomRond(k, () => anker);
  }

  /** Zooms to factor k around the middle of the visible timeline: the buttons, the keys, a zoom from the URL. */
  zetRondMidden(k: number): void {
    this.zoomRond(k, () => this.midden());
  }

  // The anchor is asked for only when the zoom changes: the middle reads the box's width, a layout of the map.
  private zoomRond(k: number, anker: () => number): void {
    k = klem(k);
    if (k === this.k) return;
    const a = anker();
    const punt = (this.box.scrollLeft + a - MAAT.laanNaam) / this.breedte();
    this.k = k;
    this.toepassen(punt, a);
  }

  private toepassen(punt: number, anker: number = MAAT.laanNaam): void {
    const breedte = this.breedte();
    this.doek.style.width = this.k > 1 ? `${Math.round(MAAT.laanNaam + breedte)}px` : '';
    this.box.toggleAttribute('data-zoom', this.k > 1);
    this.box.scrollLeft = MAAT.laanNaam + punt * breedte - anker;
    this.opBreedte(breedte);
  }

  /** For print: the whole timeline on the page, then back to the zoom on screen. */
  afdrukken(bezig: boolean): void {
    if (bezig) this.doek.style.width = '';
    else this.toepassen(this.box.scrollLeft / this.breedte());
  }

  /** Fits a stretch of the timeline (percent) into the visible width, scrolled to its start. */
  naarStuk(x: number, width: number): void {
    this.zet(100 / width);
    this.box.scrollTo({ left: (x / 100) * this.breedte(), behavior: rustig() ? 'auto' : 'smooth' });
  }
}

/** Ctrl+wheel (what a trackpad pinch sends too) zooms around the pointer, once per frame; a plain wheel scrolls. */
export function wielZoom(box: HTMLElement, zoom: Zoom, gezoomd: () => void): void {
  let stap: { delta: number; x: number } | undefined;
  box.addEventListener(
    'wheel',
    (e) => {
      if (!e.ctrlKey) return;
      e.preventDefault();
      if (!stap) {
        stap = { delta: 0, x: 0 };
        requestAnimationFrame(() => {
          zoom.zet(zoom.k * Math.exp(-stap!.delta * 0.005), stap!.x);
          stap = undefined;
          gezoomd();
        });
      }
      stap.delta += e.deltaY;
      stap.x = e.clientX - box.getBoundingClientRect().left;
    },
    { passive: false },
  );
}

/**
 * A mouse drags the timeline like a hand (touch pans natively). Returns whether the last click ended a drag, so
 * that click opens nothing.
 */
export function slepen(box: HTMLElement): () => boolean {
  let sleep: { x: number; y: number; left: number; top: number; id: number; bezig: boolean } | null = null;
  let gesleept = false;
  box.addEventListener('pointerdown', (e) => {
    if (e.pointerType !== 'mouse' || e.button !== 0) return;
    sleep = { x: e.clientX, y: e.clientY, left: box.scrollLeft, top: box.scrollTop, id: e.pointerId, bezig: false };
    gesleept = false;
  });
  box.addEventListener('pointermove', (e) => {
    if (!sleep) return;
    const dx = e.clientX - sleep.x;
    const dy = e.clientY - sleep.y;
    if (!sleep.bezig && Math.hypot(dx, dy) < 5) return;
    if (!sleep.bezig) {
      // Only now capture: capturing on pointerdown would send every plain click to the box.
      sleep.bezig = gesleept = true;
      box.setPointerCapture(sleep.id);
      box.classList.add('sleept');
    }
    box.scrollLeft = sleep.left - dx;
    box.scrollTop = sleep.top - dy;
    e.preventDefault();
  });
  for (const type of ['pointerup', 'pointercancel'] as const) {
    box.addEventListener(type, () => {
      sleep = null;
      box.classList.remove('sleept');
      // The click that ends a drag comes right after pointerup; later clicks (Enter too) count again.
      setTimeout(() => (gesleept = false));
    });
  }
  return () => gesleept;
}
