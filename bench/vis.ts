/**
 * The vis-timeline comparison page: bench/vis/* plus the standalone UMD build and stylesheet copied from
 * node_modules (no CDN), and data.js with the region's voorzieningen mapped to dates.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { RegioModel } from '../src/domain/model.ts';
import { NIVEAU_NAMEN } from '../src/domain/woorden.ts';
import { KOLOMMEN } from '../src/domain/tijdlijn.ts';

const require = createRequire(import.meta.url);

/** The child's birth date the comparison pins the timeline to. */
export const GEBOORTE = '2026-01-01';

function plus(date: Date, months: number, days = 0): Date {
  const out = new Date(date);
  out.setUTCMonth(out.getUTCMonth() + months);
  out.setUTCDate(out.getUTCDate() + days);
  return out;
}

/** Each timeline column as a date range [start, end) around the birth date. */
export function kolomDatums(geboorte = new Date(`${GEBOORTE}T00:00:00Z`)): { start: Date; end: Date }[] {
  return KOLOMMEN.map((kolom) => {
    const id = kolom.id;
    let m: RegExpExecArray | null;
    if (id === 'preconceptie') return { start: plus(geboorte, -12), end: plus(geboorte, -9) };
    if ((m = /^zwangerschap-maand-(\d+)$/.exec(id))) return { start: plus(geboorte, Number(m[1]) - 10), end: plus(geboorte, Number(m[1]) - 9) };
    if (id === 'bevalling') return { start: geboorte, end: plus(geboorte, 0, 1) };
    if ((m = /^week-(\d+)$/.exec(id))) return { start: plus(geboorte, 0, (Number(m[1]) - 1) * 7), end: plus(geboorte, 0, Number(m[1]) * 7) };
    if (id === 'maand-15-24') return { start: plus(geboorte, 14), end: plus(geboorte, 24) };
    if ((m = /^maand-(\d+)$/.exec(id))) return { start: plus(geboorte, Number(m[1]) - 1), end: plus(geboorte, Number(m[1])) };
    if (id === 'jaar-3') return { start: plus(geboorte, 24), end: plus(geboorte, 36) };
    if (id === 'jaar-4') return { start: plus(geboorte, 36), end: plus(geboorte, 48) };
    throw new Error(`bench: kolom ${id} heeft geen datum`);
  });
}

export function visData(regio: RegioModel) {
  const datums = kolomDatums();
  const niveaus = [...new Set(regio.voorzieningen.map((v) => v.niveau))];
  return {
    min: datums[0]!.start.toISOString(),
    max: datums.at(-1)!.end.toISOString(),
    groups: niveaus.map((niveau) => ({ id: niveau, content: NIVEAU_NAMEN[niveau] })),
    items: regio.voorzieningen.map((v) => ({
      id: v.id,
      group: v.niveau,
      content: v.naam,
      className: v.niveau,
      // Filter on the same words a visitor sees, precomputed so the filter itself is as cheap as ours.
      zoektekst: v.naam.toLowerCase(),
      start: datums[v.kolommen.eerste]!.start.toISOString(),
      end: datums[v.kolommen.laatste]!.end.toISOString(),
      type: 'range',
    })),
  };
}

/** Writes the page to outDir; returns the files the page loads as JavaScript. */
export function schrijfVisPagina(outDir: string, regio: RegioModel): { bibliotheek: string; lijm: string; data: string } {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync('bench/vis')) copyFileSync(join('bench/vis', name), join(outDir, name));
  const pkg = dirname(require.resolve('vis-timeline/package.json'));
  copyFileSync(join(pkg, 'standalone/umd/vis-timeline-graph2d.min.js'), join(outDir, 'vis-timeline-graph2d.min.js'));
  copyFileSync(join(pkg, 'styles/vis-timeline-graph2d.min.css'), join(outDir, 'vis-timeline-graph2d.min.css'));
  writeFileSync(join(outDir, 'data.js'), `window.VIS_DATA = ${JSON.stringify(visData(regio))};\n`);
  return { bibliotheek: 'vis-timeline-graph2d.min.js', lijm: 'vis-bench.js', data: 'data.js' };
}
