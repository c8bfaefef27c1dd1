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
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // A clipped word ("basis" for "basiszorg") counts as close; an exact match stays closest of all.
    const full = distance(needle, candidate.toLowerCase());
    const d = candidate.toLowerCase().startsWith(needle) && needle.length >= 3 ? Math.min(1, full) : full;
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // A third of the word may differ: "zwangerschp" finds "zwangerschap", "xyz" finds nothing.
  return best !== undefined && bestDistance <= Math.max(2, Math.ceil(needle.length / 3)) ? best : undefined;
}
