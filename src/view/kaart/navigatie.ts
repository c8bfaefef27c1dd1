/**
 * Keyboard navigation over the map as a pure state machine, in the manner of visx-a11y's keyboard stateMachine:
 * keys become intents, intents move the current voorziening. No DOM here, so every move is unit-tested.
 *
 * Left/right move in time within a lane (by start, ties by row), up/down to the span nearest in time in the
 * next lane that has anything visible, Home/End to the first/last in the lane (with Ctrl: in the whole map).
 * Dimmed (filtered-out) spans are skipped. Moves stop at the edges instead of wrapping: a wrap would jump
 * across the whole timeline without warning.
 */

export interface NavSpan {
  id: string;
  /** Lane index, top to bottom. */
  laan: number;
  /** Start of the bar in map units. */
  x: number;
  /** Top of the bar: the row within its lane. */
  y: number;
}

export type NavIntentie = 'vorige' | 'volgende' | 'laanOmhoog' | 'laanOmlaag' | 'eersteInLaan' | 'laatsteInLaan' | 'eerste' | 'laatste';

export interface NavModel {
  /** Spans per lane, sorted by start, then row. Empty lanes are kept so lane indices stay stable. */
  lanen: NavSpan[][];
  opId: Map<string, NavSpan>;
}

export function maakNavModel(spans: readonly NavSpan[]): NavModel {
  const lanen: NavSpan[][] = [];
  for (const span of spans) (lanen[span.laan] ??= []).push(span);
  for (let i = 0; i < lanen.length; i++) lanen[i] = (lanen[i] ?? []).sort((a, b) => a.x - b.x || a.y - b.y || (a.id < b.id ? -1 : 1));
  return { lanen, opId: new Map(spans.map((s) => [s.id, s])) };
}

export function toetsNaarIntentie(key: string, ctrl: boolean): NavIntentie | null {
  switch (key) {
    case 'ArrowLeft':
      return 'vorige';
    case 'ArrowRight':
      return 'volgende';
    case 'ArrowUp':
      return 'laanOmhoog';
    case 'ArrowDown':
      return 'laanOmlaag';
    case 'Home':
      return ctrl ? 'eerste' : 'eersteInLaan';
    case 'End':
      return ctrl ? 'laatste' : 'laatsteInLaan';
    default:
      return null;
  }
}

type Zichtbaar = (id: string) => boolean;

function zichtbareLaan(model: NavModel, laan: number, zichtbaar: Zichtbaar): NavSpan[] {
  return (model.lanen[laan] ?? []).filter((s) => zichtbaar(s.id));
}

/** The first visible span of the map: where Tab lands when the current one is gone. */
export function eersteZichtbare(model: NavModel, zichtbaar: Zichtbaar): string | null {
  for (let laan = 0; laan < model.lanen.length; laan++) {
    const first = zichtbareLaan(model, laan, zichtbaar)[0];
    if (first) return first.id;
  }
  return null;
}

function laatsteZichtbare(model: NavModel, zichtbaar: Zichtbaar): string | null {
  for (let laan = model.lanen.length - 1; laan >= 0; laan--) {
    const last = zichtbareLaan(model, laan, zichtbaar).at(-1);
    if (last) return last.id;
  }
  return null;
}

function dichtstbij(kandidaten: readonly NavSpan[], van: NavSpan): NavSpan {
  let best = kandidaten[0]!;
  for (const c of kandidaten) {
    const d = Math.abs(c.x - van.x);
    const bestD = Math.abs(best.x - van.x);
    if (d < bestD || (d === bestD && c.y < best.y)) best = c;
  }
  return best;
}

/**
 * The next current span for an intent. Returns the same id when the move hits an edge, and the first visible
 * span when there is no (visible) current one yet; null only when nothing is visible at all.
 */
export function overgang(model: NavModel, huidig: string | null, intentie: NavIntentie, zichtbaar: Zichtbaar = () => true): string | null {
  const nu = huidig ? model.opId.get(huidig) : undefined;
  if (intentie === 'eerste') return eersteZichtbare(model, zichtbaar);
  if (intentie === 'laatste') return laatsteZichtbare(model, zichtbaar);
  if (!nu || !zichtbaar(nu.id)) return eersteZichtbare(model, zichtbaar);

  const laan = zichtbareLaan(model, nu.laan, zichtbaar);
  const plek = laan.findIndex((s) => s.id === nu.id);
  switch (intentie) {
    case 'vorige':
      return laan[Math.max(0, plek - 1)]!.id;
    case 'volgende':
      return laan[Math.min(laan.length - 1, plek + 1)]!.id;
    case 'eersteInLaan':
      return laan[0]!.id;
    case 'laatsteInLaan':
      return laan.at(-1)!.id;
    case 'laanOmhoog':
    case 'laanOmlaag': {
      const stap = intentie === 'laanOmhoog' ? -1 : 1;
      for (let l = nu.laan + stap; l >= 0 && l < model.lanen.length; l += stap) {
        const kandidaten = zichtbareLaan(model, l, zichtbaar);
        if (kandidaten.length) return dichtstbij(kandidaten, nu).id;
      }
      return nu.id;
    }
  }
}
