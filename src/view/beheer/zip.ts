/**
 * The download as a .zip (fflate: small, no dependencies): the region's files at the top of the zip, so that
 * unpacked into data/<regio>/ they are the folder; and reading a .zip back, also one that holds the folder itself.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** A zip of a region folder is a few hundred kB at most; anything far larger is not one (and would fill the tab). */
export const MAX_UITGEPAKT = 20 * 1024 * 1024;

export function maakZip(bestanden: Readonly<Record<string, string>>, datum: Date): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(bestanden).map(([naam, tekst]) => [naam, [strToU8(tekst), { mtime: datum }]])), { level: 6 });
}

export type Uitgepakt = { ok: true; bestanden: Record<string, string> } | { ok: false; fout: string };

/** The text files of a zip by their name in the folder; one folder level around them (regio/…) is taken off. */
export function leesZip(bytes: Uint8Array): Uitgepakt {
  let totaal = 0;
  let ruw: Record<string, Uint8Array>;
  try {
    ruw = unzipSync(bytes, {
      filter: (file) => {
        totaal += file.originalSize;
        return !file.name.endsWith('/') && !file.name.startsWith('__MACOSX/') && /\.(json|svg)$/i.test(file.name);
      },
    });
  } catch (e) {
    return { ok: false, fout: `dit is geen leesbaar .zip-bestand (${(e as Error).message})` };
  }
  if (totaal > MAX_UITGEPAKT) return { ok: false, fout: 'de zip is uitgepakt groter dan 20 MB; dat is geen regiomap' };
  const namen = Object.keys(ruw);
  const map = namen.length && namen.every((n) => n.includes('/')) ? namen[0]!.slice(0, namen[0]!.indexOf('/') + 1) : '';
  const bestanden: Record<string, string> = {};
  for (const naam of namen) {
    const kort = map && naam.startsWith(map) ? naam.slice(map.length) : naam;
    if (kort.includes('/')) continue;
    bestanden[kort] = strFromU8(ruw[naam]!);
  }
  return { ok: true, bestanden };
}
