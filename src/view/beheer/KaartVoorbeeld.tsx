/**
 * The live map preview: the published map's layout code (layoutKaart) drawn in React with the markup, classes,
 * legend symbols and kenmerk marks of src/view/kaart/Kaart.astro (kaart.css styles both). A voorziening's bar
 * opens its form instead of its page. The header and the grid are the map page's own components (KaartRaster.tsx);
 * the lane names and the blocks of voorzieningen follow Kaart.astro's structure element for element, with their
 * own links (to the form, not the page) and symbol ids (prefixed, beside the page's).
 */
import type { VoorzieningModel } from '../../domain/model.ts';
import { toegankelijkeNaam } from '../../domain/woorden.ts';
import { layoutKaart } from '../../layout/kaart.ts';
import { KaartKop, KaartRaster } from '../kaart/KaartRaster.tsx';
import { ICON_SIZE } from '../../layout/tekstmaat.ts';
import { kenmerkHref, type Merkteken } from '../kenmerk-icoon.ts';
import { kenmerkenSymbool } from '../kaart/kenmerk-symbool.ts';

interface Props {
  regioNaam: string;
  gemeenten: readonly string[];
  voorzieningen: readonly VoorzieningModel[];
  onKies: (id: string) => void;
}

const p = (n: number) => `${n}%`;

export function KaartVoorbeeld({ regioNaam, gemeenten, voorzieningen, onKies }: Props) {
  const layout = layoutKaart(voorzieningen, gemeenten);
  const byId = new Map(voorzieningen.map((v) => [v.id, v]));
  const combinaties = [...new Set(layout.spans.filter((s) => s.kenmerken.length).map((s) => s.kenmerken.join(' ')))].map((k) => k.split(' '));
  return (
    <>
      <svg width="0" height="0" className="symbolen" aria-hidden="true">
        <defs>
          {combinaties.map((kenmerken) => (
            <g key={kenmerken.join(' ')} id={`bh-${kenmerkenSymbool(kenmerken)}`}>
              {kenmerken.map((k, i) => (
                <use key={k} href={kenmerkHref(k as Merkteken)} x={i * (ICON_SIZE + 2)} width={ICON_SIZE} height={ICON_SIZE} />
              ))}
            </g>
          ))}
        </defs>
      </svg>
      <div className="kaart-box bh-kaart-box" data-kaart>
        <div className="kaart-doek">
          <KaartKop layout={layout} />
          <div className="laan-namen">
            {layout.lanen.map((laan) => (
              <div key={laan.niveau} className={`laan-cel niveau-${laan.niveau}`}>
                <svg className="laan-maat" width="1" height={laan.height} aria-hidden="true" />
                <span className="laan-naam">{laan.naam}</span>
              </div>
            ))}
          </div>
          <div className="kaart" role="group" aria-label={`Voorbeeld van de routekaart ${regioNaam}: ${voorzieningen.length} voorzieningen op de tijdlijn`}>
            <KaartRaster layout={layout} />
            {layout.blokken.map((blok) => (
              <svg key={blok.van} className="kaart-blok" width="100%" height={blok.height}>
                <g className={`vz niveau-${blok.niveau}`} transform={blok.y ? `translate(0 ${-blok.y})` : undefined}>
                  {layout.spans.slice(blok.van, blok.tot).map((s) => (
                    <a
                      key={s.id}
                      className={s.soort === 'chip' ? 'chip' : undefined}
                      href={`#bh-vz-${s.id}`}
                      onClick={(e) => {
                        e.preventDefault();
                        onKies(s.id);
                      }}
                      aria-label={toegankelijkeNaam(byId.get(s.id)!, gemeenten)}
                    >
                      <rect x={p(s.x)} y={s.y} width={s.soort === 'chip' ? s.width : p(s.width)} height={s.height} />
                      <text className={s.label.plek === 'binnen' ? undefined : 'buiten'} textAnchor={s.label.anker === 'end' ? 'end' : undefined} x={p(s.label.x)} dx={s.label.dx} y={s.label.y}>
                        {s.label.tekst}
                      </text>
                      {s.kenmerken.length > 0 && <use href={`#bh-${kenmerkenSymbool(s.kenmerken)}`} x={p(s.kenmerkX)} y={s.y + 3} transform={`translate(${s.kenmerkDx})`} />}
                      {s.momenten.length > 0 && <text className="m" x={s.momenten.map(p).join(' ')} y={s.momentY + 4}>{'•'.repeat(s.momenten.length)}</text>}
                    </a>
                  ))}
                </g>
              </svg>
            ))}
          </div>
        </div>
      </div>
    </>
  );
}
