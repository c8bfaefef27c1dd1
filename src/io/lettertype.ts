/** Finding an installed Fontsource package on disk for huisstijl.json (src/domain/lettertype.ts reads what it holds). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { lettertypeUitPakket, type LettertypePakket, type LettertypeResultaat } from '../domain/lettertype.ts';

const tekstOfNiets = (pad: string) => (existsSync(pad) ? readFileSync(pad, 'utf8') : undefined);

/** The package as node resolves it from `zoekVanaf` (the project folder); undefined when it is not installed. */
export function leesLettertypePakket(pakket: string, zoekVanaf = process.cwd()): LettertypePakket | undefined {
  const require = createRequire(join(zoekVanaf, 'package.json'));
  let map: string;
  try {
    map = dirname(require.resolve(`${pakket}/metadata.json`));
  } catch {
    return undefined;
  }
  const files = join(map, 'files');
  const namen = existsSync(files) ? readdirSync(files) : [];
  const licentie = join(map, 'LICENSE');
  return {
    metadata: tekstOfNiets(join(map, 'metadata.json')),
    unicode: tekstOfNiets(join(map, 'unicode.json')),
    bestanden: new Map(namen.map((naam) => [naam, join(files, naam)])),
    ...(existsSync(licentie) ? { licentie } : {}),
  };
}

export function leesLettertype(pakket: string, zoekVanaf?: string): LettertypeResultaat {
  return lettertypeUitPakket(pakket, leesLettertypePakket(pakket, zoekVanaf));
}
