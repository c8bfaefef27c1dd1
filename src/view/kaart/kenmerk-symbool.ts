/**
 * One SVG symbol per combination of legend marks that the map uses, so a voorziening's marks are one <use>, not
 * one element per mark. Its id is short: the map carries it once per voorziening.
 */
const CODE: Record<string, string> = {
  'eigen-risico': 'er',
  'eigen-bijdrage': 'eb',
  'aanvullend-verzekerd': 'av',
  'vrij-verzekerd': 'vv',
  standaard: 'st',
  'sociaal-netwerk': 'sn',
  'meer-informatie': 'mi',
  'alleen-in': 'ai',
};

export function kenmerkenSymbool(kenmerken: readonly string[]): string {
  return `k-${kenmerken.map((k) => CODE[k] ?? k).join('-')}`;
}

/** The combinations of marks the bars of a map use, each once: the symbols the page defines. */
export function kenmerkCombinaties(spans: readonly { kenmerken: readonly string[] }[]): string[][] {
  return [...new Set(spans.filter((s) => s.kenmerken.length).map((s) => s.kenmerken.join(' ')))].map((k) => k.split(' '));
}
