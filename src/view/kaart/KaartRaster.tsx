/**
 * The map's drawing, apart from the legend marks' symbols: the combinations of marks its bars use, the corner and
 * the column header on top, the lane names on the left, the grid of lanes and columns behind, and the voorzieningen
 * in blocks of rows. React without state, so the same markup serves the map page (rendered by Astro at build time,
 * no JavaScript sent: Kaart.astro) and beheer's live preview (KaartVoorbeeld.tsx); each says where a lane name and a
 * bar link to. Time is in percent of the timeline's width, as everywhere on the map.
 */
import { Fragment, type MouseEvent } from 'react';
import type { VoorzieningModel } from '../../domain/model.ts';
import { toegankelijkeNaam } from '../../domain/woorden.ts';
import { MAAT, kenmerkenRij, kenmerkPlek, type KaartLayout, type LaanLayout, type SpanLayout } from '../../layout/kaart.ts';
import { ICON_SIZE } from '../../layout/tekstmaat.ts';
import { kenmerkHref, type Merkteken } from '../kenmerk-icoon.ts';
import { kenmerkCombinaties, kenmerkenSymbool } from './kenmerk-symbool.ts';

const p = (n: number) => `${n}%`;
/** A combination's id as the page's symbols have it (beheer's preview prefixes its own). */
const eigenId = (symbool: string) => symbool;

/**
 * Each combination of marks the bars use, as one rect filled with a pattern that draws the marks (from the legend
 * symbols, KenmerkSymbolen.astro). A bar's <use> of it makes Chromium clone one element per bar into the use's shadow
 * tree; a group of the marks' shapes cloned them all, six to ten elements per bar, even in blocks out of view. The
 * pattern is drawn once. At 10,000 voorzieningen, usable after 508 → 381 ms, and 160 → 144 ms at 1,000 (bench, 9
 * loads in turn); the marks look the same, sharp at any zoom, and a click on one still hits the bar's link.
 */
export function KenmerkCombinaties({ layout, symboolId = eigenId }: { layout: KaartLayout; symboolId?: (symbool: string) => string }) {
  return (
    <defs>
      {kenmerkCombinaties(layout.spans).map((kenmerken) => {
        const id = symboolId(kenmerkenSymbool(kenmerken));
        const breedte = kenmerkenRij(kenmerken.length);
        return (
          <Fragment key={id}>
            <pattern id={`${id}-vlak`} patternUnits="objectBoundingBox" width="1" height="1" viewBox={`0 0 ${breedte} ${ICON_SIZE}`}>
              {kenmerken.map((k, i) => (
                <use key={k} href={kenmerkHref(k as Merkteken)} x={kenmerkPlek(i)} width={ICON_SIZE} height={ICON_SIZE} />
              ))}
            </pattern>
            <rect id={id} width={breedte} height={ICON_SIZE} fill={`url(#${id}-vlak)`} />
          </Fragment>
        );
      })}
    </defs>
  );
}

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

/**
 * The lane names on the left, each as tall as its lane. On the map page a name links to who belongs in the lane
 * (`link`); in beheer's preview it is plain text.
 */
export function KaartLaanNamen({ layout, link }: { layout: KaartLayout; link?: (laan: LaanLayout) => Omit<BalkLink, 'onClick'> }) {
  return (
    <div className="laan-namen">
      {layout.lanen.map((laan) => (
        <div key={laan.niveau} className={`laan-cel niveau-${laan.niveau}`}>
          {/* The lane's height comes from the layout; an SVG's height attribute sets it without a style attribute. */}
          <svg className="laan-maat" width="1" height={laan.height} aria-hidden="true" />
          {link ? (
            <a className="laan-naam" {...link(laan)}>
              {`${laan.naam} `}
              <span className="laan-hint">wie hoort erbij?</span>
            </a>
          ) : (
            <span className="laan-naam">{laan.naam}</span>
          )}
        </div>
      ))}
    </div>
  );
}

/**
 * Where a bar leads: on the map page to the voorziening's page, in beheer's preview to its form. A lane name's link
 * is the same, without a click handler.
 */
export interface BalkLink {
  href: string;
  /** "_top" in the embed iframe: SVG links do not follow <base target>, so they carry it themselves. */
  target?: '_top';
  onClick?: (e: MouseEvent<HTMLAnchorElement>) => void;
}

interface BlokkenProps {
  layout: KaartLayout;
  voorzieningen: ReadonlyMap<string, VoorzieningModel>;
  gemeenten: readonly string[];
  link: (s: SpanLayout) => BalkLink;
  /** The id of a combination of marks among the page's symbols (the preview prefixes its own). */
  symboolId?: (symbool: string) => string;
}

/** A shortened label whose room grows with the zoom (not a chip's, nor one before its bar). */
const herpasbaar = (s: SpanLayout) => s.label.ingekort && s.label.ruimte > 0;

/**
 * The voorzieningen, a block of rows per SVG (the browser skips a block while it is out of view). A block keeps the
 * timeline's coordinates, shifted up by its top, so every y is the layout's, for the route layer, the keyboard and
 * the export alike. Every bar is a link named in full (aria-label) in the search index's order: the explorer finds
 * a link by its position, so links carry no ids. A shortened label carries its whole name and room (data-naam,
 * data-ruimte), so the explorer can lengthen it when there is more space.
 */
export function KaartBlokken({ layout, voorzieningen, gemeenten, link, symboolId = eigenId }: BlokkenProps) {
  return layout.blokken.map((blok) => (
    // Keyed by lane and first span: an empty lane's block starts where the next lane's does (beheer's preview
    // redraws as the data changes, and a shared key left a stale block behind).
    <svg key={`${blok.niveau}-${blok.van}`} className="kaart-blok" width="100%" height={blok.height}>
      <g className={`vz niveau-${blok.niveau}`} transform={blok.y ? `translate(0 ${-blok.y})` : undefined}>
        {layout.spans.slice(blok.van, blok.tot).map((s) => {
          const v = voorzieningen.get(s.id)!;
          return (
            <a key={s.id} className={s.soort === 'chip' ? 'chip' : undefined} {...link(s)} aria-label={toegankelijkeNaam(v, gemeenten)}>
              <rect x={p(s.x)} y={s.y} width={s.soort === 'chip' ? s.width : p(s.width)} height={s.height} />
              <text
                className={s.label.plek === 'binnen' ? undefined : 'buiten'}
                textAnchor={s.label.anker === 'end' ? 'end' : undefined}
                x={p(s.label.x)}
                dx={s.label.dx}
                y={s.label.y}
                data-naam={herpasbaar(s) ? v.naam : undefined}
                data-ruimte={herpasbaar(s) ? `${s.label.ruimte} ${s.label.vast}` : undefined}
              >
                {s.label.tekst}
              </text>
              {s.kenmerken.length > 0 && <use href={`#${symboolId(kenmerkenSymbool(s.kenmerken))}`} x={p(s.kenmerkX)} y={s.y + 3} transform={`translate(${s.kenmerkDx})`} />}
              {s.momenten.length > 0 && <text className="m" x={s.momenten.map(p).join(' ')} y={s.momentY + 4}>{'•'.repeat(s.momenten.length)}</text>}
            </a>
          );
        })}
      </g>
    </svg>
  ));
}
