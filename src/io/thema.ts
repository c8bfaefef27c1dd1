/** Finding an installed NL Design System token package on disk for huisstijl.json (src/domain/thema.ts reads what it holds). */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ThemaPakket } from '../domain/thema.ts';

/** Where the package's folder is, as node resolves it from `zoekVanaf` (the project folder). */
function pakketMap(pakket: string, zoekVanaf: string): string | undefined {
  try {
    return dirname(createRequire(join(zoekVanaf, 'package.json')).resolve(`${pakket}/package.json`));
  } catch {
    // A package whose "exports" hide package.json: look in node_modules itself.
    const map = join(zoekVanaf, 'node_modules', pakket);
    return existsSync(join(map, 'package.json')) ? map : undefined;
  }
}

/** The package's dist/tokens.json, version and licence file; undefined when it is not installed. */
export function leesThemaPakket(pakket: string, zoekVanaf = process.cwd()): ThemaPakket | undefined {
  const map = pakketMap(pakket, zoekVanaf);
  if (!map) return undefined;
  const tokens = [join(map, 'dist', 'tokens.json'), join(map, 'tokens.json')].find(existsSync);
  const licentie = ['LICENSE.md', 'LICENSE', 'LICENCE.md', 'LICENSE.txt'].map((naam) => join(map, naam)).find(existsSync);
  let info: { version?: unknown; license?: unknown } = {};
  try {
    info = JSON.parse(readFileSync(join(map, 'package.json'), 'utf8')) as typeof info;
  } catch {
    // no version or licence name then
  }
  return {
    ...(tokens && { tokens: readFileSync(tokens, 'utf8') }),
    ...(typeof info.version === 'string' && { versie: info.version }),
    ...(licentie && { licentie: { naam: typeof info.license === 'string' ? info.license : 'zie het licentiebestand', pad: licentie } }),
  };
}
