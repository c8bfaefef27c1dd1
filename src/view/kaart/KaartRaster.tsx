/**
 * The parts of the map that only show the time axis and the lanes: the corner and the column header on top, and
 * the grid of lanes and columns behind the voorzieningen. React without state, so the same markup serves the map
 * page (rendered by Astro at build time, no JavaScript sent: Kaart.astro) and beheer's live preview
 * (KaartVoorbeeld.tsx). Time is in percent of the timeline's width, as everywhere on the map.
 */
import { Fragment } from 'react';
import { MAAT, type KaartLayout } from '../../layout/kaart.ts';

const p = (n: number) => `${n}%`;

/** The corner and the sticky column header: fases, then the month and week labels with their borders. */
export function KaartKop({ layout }: { layout: KaartLayout }) {
  const kop = layout.kopHoogte;
  return (
    <>
      <div className="kaart-hoek" aria-hidden="true">Niveau ↓ · Tijd →</div>
      <svg className="kaart-kop" aria-hidden="true" width="100%" height={kop}>
        {layout.fases.map((fase) => (
          <g key={fase.id} className={`fase fase-${fase.id}`}>
            <rect className="fase-kop" x={p(fase.x)} y="0" width={p(fase.width)} height={MAAT.faseKop} />
            <text className="fase-naam" x={p(fase.x + fase.width / 2)} y="17">{fase.naam}</text>
          </g>
        ))}
        <g className="kolom-labels">
          {layout.kolommen.map((kolom, i) => kolom.label && <text key={i} x={p(kolom.x + kolom.width / 2)} y={MAAT.faseKop + 14}>{kolom.label}</text>)}
        </g>
        <g className="kolom-grenzen">
          {layout.kolommen.map((kolom, i) => <line key={i} x1={p(kolom.x)} x2={p(kolom.x)} y1={MAAT.faseKop} y2={kop} />)}
        </g>
      </svg>
    </>
  );
}

/** Behind the blocks of voorzieningen: the lanes, their doorlopend bands, and the fase and column borders. */
export function KaartRaster({ layout }: { layout: KaartLayout }) {
  return (
    <svg className="kaart-raster" width="100%" height={layout.height} aria-hidden="true">
      {layout.lanen.map((laan) => (
        <Fragment key={laan.niveau}>
          <rect className={`laan niveau-${laan.niveau}`} x="0" y={laan.y} width="100%" height={laan.height} />
          {laan.doorlopend && <rect className="doorlopend-band" x="0" y={laan.doorlopend.y} width="100%" height={laan.doorlopend.height} />}
        </Fragment>
      ))}
      {layout.fases.slice(1).map((fase) => <line key={fase.id} className="fase-grens" x1={p(fase.x)} x2={p(fase.x)} y1="0" y2="100%" />)}
      {layout.kolommen.map((kolom, i) => i > 0 && layout.kolommen[i - 1]!.fase === kolom.fase && <line key={i} className="kolom-grens" x1={p(kolom.x)} x2={p(kolom.x)} y1="0" y2="100%" />)}
    </svg>
  );
}
