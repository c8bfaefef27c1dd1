/**
 * The case timeline as SVG, and the same facts as HTML tables. Both are plain render functions: no hooks, no
 * browser APIs, so they render on the server (renderToStaticMarkup) as well as in an island.
 * Nothing is told by colour alone: lanes carry their names in text, every bar has a title in words, and each
 * overdracht has a line style, a sign (✓ ✕ ?) and a word. No style attributes: the site's CSP forbids them.
 */
import {
  ROL_NAMEN,
  betrokkenheid,
  persoonLabel,
  persoonPerBetrokkene,
  type Betrokkenheid,
} from '../../domain/klantreis/betrokkenheid.ts';
import { leeftijdInWoorden, leeftijdsbereikInWoorden } from '../../domain/klantreis/leeftijd.ts';
import { LEEFTIJD_MAX, LEEFTIJD_MIN, type Klantreis, type Overdracht, type VerloopId } from '../../domain/klantreis/schema.ts';
import { SYSTEEMLETTERS } from '../../domain/lettertype.ts';
import { MAAT } from '../../layout/kaart.ts';
import { AS, layoutKlantreis, type KlantreisOverdrachtLayout } from '../../layout/klantreis.ts';
import { TEKSTMATEN } from '../../layout/tekstmaat.ts';
import './klantreis-tijdlijn.css';

export const VERLOOP_WOORDEN: Record<VerloopId, string> = { goed: 'goed', gemist: 'gemist', onbekend: 'onbekend' };
export const VERLOOP_TEKENS: Record<VerloopId, string> = { goed: '✓', gemist: '✕', onbekend: '?' };
/** Solid for goed, dashed for gemist, dotted for onbekend: the line itself tells them apart, in print too. */
const VERLOOP_STREEP: Record<VerloopId, string | undefined> = { goed: undefined, gemist: '8 4', onbekend: '1 5' };


export function telwoord(n: number, enkelvoud: string, meervoud: string): string {
  return `${n} ${n === 1 ? enkelvoud : meervoud}`;
}

function titelVan(k: Klantreis): string {
  return `Klantreis: ${k.titel.trim() || 'casus zonder titel'}`;
}

function persoonNaam(p: Betrokkenheid | undefined): string {
  return p ? persoonLabel(p) : 'een onbekende betrokkene';
}

/** "Overdracht bij 2 jaar van Verloskundige (Praktijk Oost) naar Jeugdverpleegkundige (GGD Twente): gemist". */
export function overdrachtInWoorden(o: Overdracht, van: Betrokkenheid | undefined, naar: Betrokkenheid | undefined): string {
  const moment = o.moment === 0 ? 'bij de geboorte' : `bij ${leeftijdInWoorden(o.moment)}`;
  return `Overdracht ${moment} van ${persoonNaam(van)} naar ${persoonNaam(naar)}: ${VERLOOP_WOORDEN[o.verloop]}`;
}

interface Props {
  klantreis: Klantreis;
  /** Id of the SVG's <title>, which names the SVG; needed unique when a page shows more than one timeline. */
  titelId?: string;
}

function OverdrachtTeken({ o }: { o: KlantreisOverdrachtLayout }) {
  const richting = o.y2 >= o.y1 ? 1 : -1;
  return (
    <>
      {o.y1 !== o.y2 && (
        <>
          <line
            className="kr-overdracht-lijn"
            x1={o.x}
            x2={o.x}
            y1={o.y1}
            y2={o.y2}
            strokeWidth="2"
            strokeDasharray={VERLOOP_STREEP[o.verloop]}
            strokeLinecap={o.verloop === 'onbekend' ? 'round' : undefined}
          />
          <circle className="kr-overdracht-begin" cx={o.x} cy={o.y1} r="3" />
          <path className="kr-overdracht-pijl" d={`M${o.x - 5} ${o.y2 - richting * 8}L${o.x} ${o.y2}L${o.x + 5} ${o.y2 - richting * 8}Z`} />
        </>
      )}
      <circle className="kr-overdracht-marker" cx={o.x} cy={o.markerY} r="8" strokeWidth="1.5" />
      <text className="kr-overdracht-teken" x={o.x} y={o.markerY + 4} textAnchor="middle" fontWeight="700">
        {VERLOOP_TEKENS[o.verloop]}
      </text>
      <text className="kr-overdracht-label" x={o.labelX} y={o.labelY} textAnchor={o.labelAnker} fontWeight="600">
        {VERLOOP_WOORDEN[o.verloop]}
      </text>
    </>
  );
}

export function KlantreisTijdlijn({ klantreis, titelId = 'klantreis-tijdlijn-titel' }: Props) {
  const layout = layoutKlantreis(klantreis);
  const personen = betrokkenheid(klantreis);
  const perBetrokkene = persoonPerBetrokkene(personen);
  const overdrachtVan = new Map(klantreis.overdrachten.map((o) => [o.id, o]));
  const descId = `${titelId}-beschrijving`;
  const kolomKopOnder = MAAT.faseKop + MAAT.kolomKop;
  const gemist = klantreis.overdrachten.filter((o) => o.verloop === 'gemist').length;
  const beschrijving =
    `Tijdlijn van ${leeftijdInWoorden(LEEFTIJD_MIN)} tot ${leeftijdInWoorden(LEEFTIJD_MAX)}: ` +
    `${telwoord(personen.length, 'betrokkene', 'betrokkenen')} in ${telwoord(klantreis.banden.length, 'leeftijdsband', 'leeftijdsbanden')}, ` +
    `${telwoord(klantreis.overdrachten.length, 'overdracht', 'overdrachten')}` +
    (gemist > 0 ? `, waarvan ${gemist} gemist` : '') +
    (layout.overdrachtenZonderRij.length > 0
      ? ` (${telwoord(layout.overdrachtenZonderRij.length, 'overdracht staat', 'overdrachten staan')} niet op de tijdlijn: een betrokkene ontbreekt)`
      : '') +
    '. Dezelfde gegevens staan ook in de tabellen.';

  return (
    <svg
      className="kr-tijdlijn"
      xmlns="http://www.w3.org/2000/svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      preserveAspectRatio="xMinYMin meet"
      role="group"
      aria-labelledby={titelId}
      aria-describedby={descId}
      fontFamily={SYSTEEMLETTERS}
      fontSize={TEKSTMATEN.tekst}
    >
      <title id={titelId}>{titelVan(klantreis)}</title>
      <desc id={descId}>{beschrijving}</desc>
      <g className="kr-raster" aria-hidden="true">
        {layout.lanes.map((laan) => (
          <rect key={laan.rol} className={`kr-laan kr-rol-${laan.rol}`} x="0" y={laan.y} width={layout.width} height={laan.height} />
        ))}
        {layout.bands.map((band) =>
          band.gearceerd ? (
            <rect key={band.id} className="kr-band-vlak" x={band.x} y={layout.kop} width={band.width} height={layout.height - layout.kop} />
          ) : null,
        )}
        {layout.fases.map((fase) => (
          <g key={fase.id} className="kr-fase">
            <rect className="kr-fase-kop" x={fase.x} y="0" width={fase.width} height={MAAT.faseKop} />
            <text className="kr-fase-naam" x={fase.x + Math.round(fase.width / 2)} y="18" textAnchor="middle" fontWeight="700">
              {fase.naam}
            </text>
            <line className="kr-fase-grens" x1={fase.x} x2={fase.x} y1="0" y2={layout.height} />
          </g>
        ))}
        {layout.kolommen.map((kolom) => (
          <g key={kolom.id} className="kr-kolom">
            <line className="kr-kolom-grens" x1={kolom.x} x2={kolom.x} y1={MAAT.faseKop} y2={layout.height} />
            {kolom.label && (
              <text x={kolom.x + Math.round(kolom.width / 2)} y={MAAT.faseKop + 15} textAnchor="middle" fontSize={TEKSTMATEN.klein}>
                {kolom.label}
              </text>
            )}
          </g>
        ))}
        <line className="kr-kop-grens" x1="0" x2={layout.width} y1={kolomKopOnder} y2={kolomKopOnder} />
        {layout.bands.map((band) => (
          <g key={band.id} className="kr-band">
            <line className="kr-band-grens" x1={band.x} x2={band.x} y1={band.y} y2={layout.height} strokeDasharray="4 3" />
            <line className="kr-band-grens" x1={band.x + band.width} x2={band.x + band.width} y1={band.y} y2={layout.height} strokeDasharray="4 3" />
            <text className="kr-band-naam" x={band.labelX} y={band.labelY} textAnchor="middle" fontWeight="600">
              {band.label}
            </text>
          </g>
        ))}
        <line className="kr-kop-grens" x1="0" x2={layout.width} y1={layout.kop} y2={layout.kop} />
        <text className="kr-hoek" x="8" y={kolomKopOnder - 8} fontSize={TEKSTMATEN.klein}>
          Rol ↓ · Leeftijd →
        </text>
      </g>
      {layout.lanes.map((laan) => {
        const rows = layout.rows.filter((rij) => rij.rol === laan.rol);
        return (
          <g key={laan.rol} className={`kr-laan-groep kr-rol-${laan.rol}`}>
            <rect className="kr-laan-naam-vlak" x="0" y={laan.y} width={MAAT.laanLabel} height={laan.height} aria-hidden="true" />
            <text className="kr-laan-naam" x="8" y={laan.labelY} fontSize={TEKSTMATEN.laan} fontWeight="700">
              {laan.naam}
            </text>
            {rows.length === 0 && (
              <text className="kr-leeg" x={AS.links + 8} y={laan.y + MAAT.laanMarge + 15}>
                Niemand ingevuld
              </text>
            )}
            {rows.map((rij) => (
              <g key={rij.id} className="kr-rij" id={rij.id}>
                {layout.bars
                  .filter((bar) => bar.rijId === rij.id)
                  .map((bar) => (
                    <g key={bar.id} className="kr-balk-groep" id={bar.id} role="img">
                      <title>{`${rij.label} — ${ROL_NAMEN[bar.rol]} — ${leeftijdsbereikInWoorden(bar.van, bar.tot)}`}</title>
                      <rect className={`kr-balk kr-rol-${bar.rol}`} x={bar.x} y={bar.y} width={bar.width} height={bar.height} rx="4" strokeWidth="1.5" />
                    </g>
                  ))}
                <text className="kr-rij-label" x={rij.labelX} y={rij.labelY} textAnchor={rij.labelAnker} aria-hidden="true">
                  {rij.label}
                </text>
              </g>
            ))}
          </g>
        );
      })}
      {layout.overdrachten.length > 0 && (
        <g className="kr-overdrachten" role="group" aria-label="Overdrachten">
          {layout.overdrachten.map((o) => (
            <g key={o.id} className={`kr-overdracht kr-verloop-${o.verloop}`} id={`kr-overdracht-${o.id}`} role="img">
              <title>{overdrachtInWoorden(overdrachtVan.get(o.id)!, perBetrokkene.get(o.van), perBetrokkene.get(o.naar))}</title>
              <OverdrachtTeken o={o} />
            </g>
          ))}
        </g>
      )}
    </svg>
  );
}

/** The timeline as tables: who was involved when, and every overdracht with its verloop. */
export function KlantreisTijdlijnTabel({ klantreis }: { klantreis: Klantreis }) {
  const personen = betrokkenheid(klantreis);
  const perBetrokkene = persoonPerBetrokkene(personen);
  const overdrachten = klantreis.overdrachten
    .map((o, volgorde) => ({ o, volgorde }))
    .sort((a, b) => a.o.moment - b.o.moment || a.volgorde - b.volgorde)
    .map(({ o }) => o);
  return (
    <div className="kr-tabellen">
      {personen.length === 0 ? (
        <p>Er zijn nog geen betrokkenen ingevuld.</p>
      ) : (
        <table className="kr-tabel">
          <caption>Betrokkenen in de tijd</caption>
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">Rol</th>
              <th scope="col">Organisatie</th>
              <th scope="col">Betrokken</th>
            </tr>
          </thead>
          <tbody>
            {personen.map((p) => (
              <tr key={p.sleutel}>
                <th scope="row">{p.naam}</th>
                <td>{ROL_NAMEN[p.rol]}</td>
                <td>{p.organisatie || <span className="kr-gedempt">niet ingevuld</span>}</td>
                <td>{p.perioden.map((periode) => leeftijdsbereikInWoorden(periode.van, periode.tot)).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {overdrachten.length === 0 ? (
        <p>Er zijn nog geen overdrachten ingevuld.</p>
      ) : (
        <table className="kr-tabel">
          <caption>Overdrachten</caption>
          <thead>
            <tr>
              <th scope="col">Moment</th>
              <th scope="col">Van</th>
              <th scope="col">Naar</th>
              <th scope="col">Verloop</th>
              <th scope="col">Toelichting</th>
            </tr>
          </thead>
          <tbody>
            {overdrachten.map((o) => (
              <tr key={o.id} className={`kr-verloop-${o.verloop}`}>
                <td>{leeftijdInWoorden(o.moment)}</td>
                <td>{persoonNaam(perBetrokkene.get(o.van))}</td>
                <td>{persoonNaam(perBetrokkene.get(o.naar))}</td>
                <td>
                  <span className="kr-teken" aria-hidden="true">
                    {VERLOOP_TEKENS[o.verloop]}
                  </span>{' '}
                  {VERLOOP_WOORDEN[o.verloop]}
                </td>
                <td>{o.toelichting}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
