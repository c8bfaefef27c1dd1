/**
 * The layers of the README, held by a test: each layer imports only the layers below it, domain and layout stay
 * pure (no node:, no process, no DOM, no Astro: the same domain runs in the browser), and no import goes round in
 * a circle. Type-only imports count too: a type from a layer above is a dependency on it all the same.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { bronBestanden, isNodeModule, leesBron, type Import } from './bronnen.ts';

type Laag = 'domain' | 'layout' | 'io' | 'view' | 'pages' | 'cli';

/** What each layer may import. io is the one adapter for disk access: below the view, pages and cli, above the domain. */
const MAG: Record<Laag, readonly Laag[]> = {
  domain: ['domain'],
  layout: ['domain', 'layout'],
  io: ['domain', 'io'],
  view: ['domain', 'layout', 'io', 'view'],
  pages: ['domain', 'layout', 'io', 'view', 'pages'],
  cli: ['domain', 'layout', 'io', 'cli'],
};
const PUUR: readonly Laag[] = ['domain', 'layout'];
/** Packages that tie a module to Node, Astro or the DOM. */
const ONZUIVER = (specifier: string) => isNodeModule(specifier) || /^(astro|astro:.*|astro\/.*|react(-dom)?(\/.*)?|preact(\/.*)?)$/.test(specifier);

function laagVan(bestand: string): Laag | undefined {
  const match = /^src\/(domain|layout|io|view|pages|cli)\//.exec(bestand);
  return match ? (match[1] as Laag) : undefined;
}

/** Every import of `bestand` that breaks the layer rule, as "regel 3: ../view/x.ts (domain → view)". */
export function laagFouten(bestand: string, imports: readonly Import[], globalen: ReadonlyMap<string, number[]> = new Map()): string[] {
  const laag = laagVan(bestand);
  if (!laag) return [];
  const fouten: string[] = [];
  for (const imp of imports) {
    if (imp.bestand) {
      const doel = laagVan(imp.bestand);
      if (doel && !MAG[laag].includes(doel)) fouten.push(`regel ${imp.regel}: ${imp.specifier} (${laag} → ${doel})`);
    } else if (PUUR.includes(laag) && ONZUIVER(imp.specifier)) {
      fouten.push(`regel ${imp.regel}: ${imp.specifier} (${laag} is puur)`);
    }
  }
  if (PUUR.includes(laag)) {
    for (const [naam, regels] of globalen) for (const regel of regels) fouten.push(`regel ${regel}: ${naam} (${laag} is puur)`);
  }
  return fouten;
}

/** The circles in a graph of file → imported files (Tarjan's strongly connected components), each sorted. */
export function cycli(graaf: ReadonlyMap<string, readonly string[]>): string[][] {
  let teller = 0;
  const index = new Map<string, number>();
  const laag = new Map<string, number>();
  const stapel: string[] = [];
  const opStapel = new Set<string>();
  const uit: string[][] = [];
  const bezoek = (v: string) => {
    index.set(v, teller);
    laag.set(v, teller++);
    stapel.push(v);
    opStapel.add(v);
    for (const w of graaf.get(v) ?? []) {
      if (!index.has(w)) {
        bezoek(w);
        laag.set(v, Math.min(laag.get(v)!, laag.get(w)!));
      } else if (opStapel.has(w)) laag.set(v, Math.min(laag.get(v)!, index.get(w)!));
    }
    if (laag.get(v) === index.get(v)) {
      const groep: string[] = [];
      let w: string;
      do {
        w = stapel.pop()!;
        opStapel.delete(w);
        groep.push(w);
      } while (w !== v);
      if (groep.length > 1 || (graaf.get(v) ?? []).includes(v)) uit.push(groep.sort());
    }
  };
  for (const v of graaf.keys()) if (!index.has(v)) bezoek(v);
  return uit;
}

const BESTANDEN = bronBestanden('src');

describe('the checks can fail', () => {
  const imp = (specifier: string, bestand?: string): Import => ({ specifier, ...(bestand ? { bestand } : {}), alleenType: false, regel: 1 });

  test('an upward import, node: or process in the domain, the view reaching into pages', () => {
    expect(laagFouten('src/domain/a.ts', [imp('../layout/kaart.ts', 'src/layout/kaart.ts'), imp('../io/data.ts', 'src/io/data.ts')])).toEqual([
      'regel 1: ../layout/kaart.ts (domain → layout)',
      'regel 1: ../io/data.ts (domain → io)',
    ]);
    expect(laagFouten('src/layout/a.ts', [imp('node:fs'), imp('path'), imp('astro:content'), imp('react')], new Map([['process', [4]]]))).toHaveLength(5);
    expect(laagFouten('src/view/a.ts', [imp('../pages/index.astro', 'src/pages/index.astro'), imp('../cli/serve.ts', 'src/cli/serve.ts')])).toHaveLength(2);
    expect(laagFouten('src/io/a.ts', [imp('../view/gegevens.ts', 'src/view/gegevens.ts')])).toEqual(['regel 1: ../view/gegevens.ts (io → view)']);
    expect(laagFouten('src/view/a.ts', [imp('node:fs'), imp('../io/data.ts', 'src/io/data.ts'), imp('../layout/kaart.ts', 'src/layout/kaart.ts')])).toEqual([]);
  });

  test('a circle of imports', () => {
    const graaf = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(cycli(graaf)).toEqual([['a', 'b', 'c'], ['e']]);
  });

  test('the parser sees process and a type-only import, and not a word in a string or a comment', () => {
    const bron = leesBron('tests/unit/bronnen.ts');
    expect(bron.globalen.has('process')).toBe(false);
    expect(leesBron('src/io/data.ts').globalen.get('process')?.length).toBeGreaterThan(0);
    expect(leesBron('src/domain/woorden.ts').imports.find((i) => i.specifier === './schema/gedeeld.ts')?.alleenType).toBe(true);
  });
});

describe('the source keeps its layers', () => {
  test('finds the layers', () => {
    for (const laag of Object.keys(MAG)) expect(BESTANDEN.some((b) => laagVan(b) === laag), laag).toBe(true);
  });

  test.each(BESTANDEN)('%s', (bestand) => {
    const bron = leesBron(bestand);
    expect(laagFouten(bestand, [...bron.imports, ...bron.scriptImports], bron.globalen)).toEqual([]);
  });

  test('no import goes round in a circle', () => {
    const graaf = new Map(BESTANDEN.map((b) => [b, leesBron(b).imports.flatMap((i) => (i.bestand && i.bestand.startsWith('src/') ? [i.bestand] : []))]));
    expect(cycli(graaf)).toEqual([]);
  });

  test('no comment switches off a linter the project does not have', () => {
    const metEslint = BESTANDEN.filter((b) => /eslint-disable/.test(readFileSync(b, 'utf8')));
    expect(metEslint).toEqual([]);
  });
});
