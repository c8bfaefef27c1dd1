/**
 * Writes the map's state to the URL after the frame is painted: a history write costs milliseconds (more under
 * test tools) and has no place in a keystroke's frame. Writes within one frame merge; a push is never lost to a
 * replace (typing replaces its own entry, a click pushes a new one). Pure apart from the two functions it is
 * given, so the merging rules are unit-tested.
 */
export type Soort = 'push' | 'replace';

export interface Schrijver<S> {
  /** Writes one history entry. */
  schrijf(staat: S, soort: Soort): void;
  /** Runs `doe` once the current frame has been painted. */
  naFrame(doe: () => void): void;
}

export function maakGeschiedenis<S>({ schrijf, naFrame }: Schrijver<S>) {
  let wacht: { staat: S; soort: Soort } | undefined;
  return {
    plan(staat: S, soort: Soort): void {
      if (wacht?.soort === 'replace' && soort === 'push') {
        schrijf(wacht.staat, 'replace');
        wacht = undefined;
      }
      if (wacht) {
        wacht.staat = staat;
        return;
      }
      wacht = { staat, soort };
      naFrame(() => {
        if (wacht) schrijf(wacht.staat, wacht.soort);
        wacht = undefined;
      });
    },
    /** Drops a waiting write: after Back the URL already says what the map shows. */
    vergeet(): void {
      wacht = undefined;
    },
  };
}
