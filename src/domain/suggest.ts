/** Did-you-mean: the closest known word, when it is close enough to be a likely typo. */

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  // A third of the word may differ: "zwangerschp" finds "zwangerschap", "xyz" finds nothing.
  const limit = Math.max(2, Math.ceil(needle.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    // A clipped word ("basis" for "basiszorg") counts as close; an exact match stays closest of all.
    const clipped = lower.startsWith(needle) && needle.length >= 3;
    // The distance is at least the difference in length: a word that far off cannot win, so it costs nothing
    // (a field name of a million characters is compared with nothing at all).
    if (!clipped && Math.abs(lower.length - needle.length) > Math.min(limit, bestDistance)) continue;
    const full = distance(needle, lower);
    const d = clipped ? Math.min(1, full) : full;
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= limit ? best : undefined;
}
