/**
 * The source tree as a graph, for the tests that guard its shape (tests/unit/lagen.test.ts, the islands' import
 * rule): which file imports which, what runs in the browser, and where a global such as `process` is touched. Read with the
 * TypeScript parser, so strings, comments and regular expressions cannot fool it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, extname, join, normalize } from 'node:path';
import ts from 'typescript';

export const BRON_EXTENSIES = /\.(astro|tsx?|mjs)$/;

/** Every source file below dir, as a path relative to the project ("src/domain/bouwen.ts"), sorted. */
export function bronBestanden(dir = 'src'): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const pad = join(dir, name);
      if (statSync(pad).isDirectory()) return bronBestanden(pad);
      return BRON_EXTENSIES.test(name) ? [pad] : [];
    })
    .sort();
}

export interface Import {
  /** As written: "../domain/ids.ts", "zod", "node:fs". */
  specifier: string;
  /** The file it names, relative to the project, for a relative specifier; undefined for a package. */
  bestand?: string;
  /** `import type …` and `export type … from`: erased from what runs. */
  alleenType: boolean;
  regel: number;
}

export interface Bron {
  /** Imports of what runs at build time (a module; the frontmatter of an .astro file). */
  imports: Import[];
  /** Imports of the <script> blocks of an .astro file: those modules run in the browser. */
  scriptImports: Import[];
  /** Components an .astro file renders as islands (client:load, client:only …), as files. */
  eilanden: string[];
  /** Global name (process, document, window …) → the lines that touch it. */
  globalen: Map<string, number[]>;
}

/** The TypeScript parts of a file: a module whole, or an .astro file's frontmatter and scripts. */
function delen(bestand: string, tekst: string): { code: string; soort: 'module' | 'script'; beginRegel: number }[] {
  if (extname(bestand) !== '.astro') return [{ code: tekst, soort: 'module', beginRegel: 0 }];
  const regelVan = (offset: number) => tekst.slice(0, offset).split('\n').length - 1;
  const uit: { code: string; soort: 'module' | 'script'; beginRegel: number }[] = [];
  const voorwerk = /^---\n([\s\S]*?)\n---/.exec(tekst);
  if (voorwerk) uit.push({ code: voorwerk[1]!, soort: 'module', beginRegel: 1 });
  for (const script of tekst.matchAll(/<script(?![^>]*\bis:inline)[^>]*>([\s\S]*?)<\/script>/g)) {
    uit.push({ code: script[1]!, soort: 'script', beginRegel: regelVan(script.index! + script[0].indexOf('>') + 1) });
  }
  return uit;
}

function oplossen(van: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  return normalize(join(dirname(van), specifier));
}

/** Globals that say a module is not pure: the Node process and the browser's DOM. */
export const ONZUIVERE_GLOBALEN = ['process', 'document', 'window', 'localStorage', 'sessionStorage', 'navigator'] as const;

/** Whether this identifier is the global of that name (not a property name such as `x.process`). */
function isGlobaal(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return ts.isIdentifier(parent.expression) && parent.expression.text === 'globalThis';
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) && parent.name === node) return false;
  if (ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isFunctionDeclaration(parent) || ts.isImportSpecifier(parent)) return false;
  return true;
}

function leesDeel(bestand: string, code: string, beginRegel: number, globalen: Map<string, number[]>): Import[] {
  const source = ts.createSourceFile(bestand, code, ts.ScriptTarget.Latest, true, bestand.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const imports: Import[] = [];
  const regel = (node: ts.Node) => beginRegel + source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const voegToe = (node: ts.Node, specifier: string, alleenType: boolean) => {
    const opgelost = oplossen(bestand, specifier);
    imports.push({ specifier, ...(opgelost ? { bestand: opgelost } : {}), alleenType, regel: regel(node) });
  };
  const bezoek = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      voegToe(node, node.moduleSpecifier.text, node.importClause?.phaseModifier === ts.SyntaxKind.TypeKeyword);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      voegToe(node, node.moduleSpecifier.text, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) voegToe(node, arg.text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      voegToe(node, node.argument.literal.text, true);
    } else if (ts.isIdentifier(node) && (ONZUIVERE_GLOBALEN as readonly string[]).includes(node.text) && isGlobaal(node)) {
      globalen.set(node.text, [...(globalen.get(node.text) ?? []), regel(node)]);
    }
    ts.forEachChild(node, bezoek);
  };
  bezoek(source);
  return imports;
}

const cache = new Map<string, Bron>();

export function leesBron(bestand: string): Bron {
  const bekend = cache.get(bestand);
  if (bekend) return bekend;
  const tekst = readFileSync(bestand, 'utf8');
  const bron: Bron = { imports: [], scriptImports: [], eilanden: [], globalen: new Map() };
  for (const deel of delen(bestand, tekst)) {
    const imports = leesDeel(bestand, deel.code, deel.beginRegel, bron.globalen);
    (deel.soort === 'module' ? bron.imports : bron.scriptImports).push(...imports);
  }
  if (extname(bestand) === '.astro') {
    const standaard = new Map<string, string>();
    for (const m of tekst.matchAll(/^import\s+(\w+)\s+from\s+['"]([^'"]+)['"]/gm)) {
      const opgelost = oplossen(bestand, m[2]!);
      if (opgelost) standaard.set(m[1]!, opgelost);
    }
    for (const m of tekst.matchAll(/<([A-Z]\w*)\b[^>]*\sclient:[a-z]+/g)) {
      const component = standaard.get(m[1]!);
      if (component && !bron.eilanden.includes(component)) bron.eilanden.push(component);
    }
  }
  cache.set(bestand, bron);
  return bron;
}

/** What runs in the browser: every island and every module a <script> block imports. */
export function browserIngangen(bestanden = bronBestanden()): string[] {
  const ingangen = new Set<string>();
  for (const bestand of bestanden) {
    const bron = leesBron(bestand);
    for (const eiland of bron.eilanden) ingangen.add(eiland);
    for (const imp of bron.scriptImports) if (imp.bestand && BRON_EXTENSIES.test(imp.bestand)) ingangen.add(imp.bestand);
  }
  return [...ingangen].sort();
}

/** Every file that runs along with `start`, and every package it takes along (type-only imports are erased). */
export function bereikbaar(start: string): { bestanden: Set<string>; pakketten: Set<string>; pad: Map<string, string> } {
  const bestanden = new Set<string>([start]);
  const pakketten = new Set<string>();
  /** File or package → the file that imported it first: to say how a forbidden import is reached. */
  const pad = new Map<string, string>();
  const rij = [start];
  while (rij.length) {
    const huidig = rij.shift()!;
    if (!BRON_EXTENSIES.test(huidig)) continue;
    for (const imp of leesBron(huidig).imports) {
      if (imp.alleenType) continue;
      if (imp.bestand) {
        if (!bestanden.has(imp.bestand)) {
          bestanden.add(imp.bestand);
          pad.set(imp.bestand, huidig);
          rij.push(imp.bestand);
        }
      } else if (!pakketten.has(imp.specifier)) {
        pakketten.add(imp.specifier);
        pad.set(imp.specifier, huidig);
      }
    }
  }
  return { bestanden, pakketten, pad };
}

/** "a.ts → b.ts → zod": how `doel` is reached from the start of a bereikbaar() result. */
export function route(pad: Map<string, string>, doel: string): string {
  const stappen = [doel];
  for (let stap = pad.get(doel); stap; stap = pad.get(stap)) stappen.unshift(stap);
  return stappen.join(' → ');
}

/** Node's own modules, with and without "node:". */
export function isNodeModule(specifier: string): boolean {
  return specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!);
}


/**
 * Islands that validate files in the browser and so ship zod on purpose (the klantreis import checks a whole case;
 * the beheer page runs the whole domain, the checks of npm run check-data, on the data being edited: issue 16 asks
 * for the one domain in the browser, and only the people keeping the map open that page).
 * Every other island imports the fixed ids (src/domain/ids.ts), never a schema: a schema would ship the validator
 * to every visitor.
 */
export const VALIDERENDE_EILANDEN: readonly string[] = ['src/view/beheer/BeheerApp.tsx', 'src/view/klantreis/KlantreisEditor.tsx'];
