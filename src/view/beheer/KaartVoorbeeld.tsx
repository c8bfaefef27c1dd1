/**
 * The live map preview: the published map's layout code (layoutKaart) drawn in React with the markup, classes,
 * legend symbols and kenmerk marks of src/view/kaart/Kaart.astro (kaart.css styles both). The header, the lane
 * names, the grid and the blocks of voorzieningen are the map page's own components (KaartRaster.tsx); here a bar
 * opens its voorziening's form instead of its page, and the marks' symbols have ids of their own (prefixed, beside
 * the page's).
 */
import type { VoorzieningModel } from '../../domain/model.ts';
import { layoutKaart } from '../../layout/kaart.ts';
import { KaartBlokken, KaartKop, KaartLaanNamen, KaartRaster, KenmerkCombinaties } from '../kaart/KaartRaster.tsx';

/** The preview's combinations of marks have ids of their own, beside the page's. */
const bhId = (symbool: string) => `bh-${symbool}`;

interface Props {
  regioNaam: string;
  gemeenten: readonly string[];
  voorzieningen: readonly VoorzieningModel[];
  onKies: (id: string) => void;
}

export function KaartVoorbeeld({ regioNaam, gemeenten, voorzieningen, onKies }: Props) {
  const layout = layoutKaart(voorzieningen, gemeenten);
  const byId = new Map(voorzieningen.map((v) => [v.id, v]));
  return (
    <>
      <svg width="0" height="0" className="symbolen" aria-hidden="true">
        <KenmerkCombinaties layout={layout} symboolId={bhId} />
      </svg>
      <div className="kaart-box bh-kaart-box" data-kaart>
        <div className="kaart-doek">
          <KaartKop layout={layout} />
          <KaartLaanNamen layout={layout} />
          <div className="kaart" role="group" aria-label={`Voorbeeld van de routekaart ${regioNaam}: ${voorzieningen.length} voorzieningen op de tijdlijn`}>
            <KaartRaster layout={layout} />
            <KaartBlokken
              layout={layout}
              voorzieningen={byId}
              gemeenten={gemeenten}
              symboolId={bhId}
              link={(s) => ({
                href: `#bh-vz-${s.id}`,
                onClick: (e) => {
                  e.preventDefault();
                  onKies(s.id);
                },
              })}
            />
          </div>
        </div>
      </div>
    </>
  );
}
