/**
 * The verwijswijzer's answer for the professional: first steps, the voorzieningen light → heavy with how to
 * refer and what it costs, digital tips and matching klantroutes. Pure rendering of verwijs(): used live by the
 * island and at build time by the pages per thema, so both show the same thing.
 */
import type { Antwoord as AntwoordModel, Advies, Treffer } from '../../domain/verwijswijzer.ts';
import { contactLinks, telefoonHref, websiteTekst } from '../../domain/contact.ts';
import type { Aanbieder } from '../../domain/schema/voorziening.ts';
import { NIVEAU_IDS, type NiveauId } from '../../domain/ids.ts';
import { periodeInWoorden } from '../../domain/tijdpunt.ts';
import { kenmerkHref } from '../kenmerk-icoon.ts';
import { AANMELDING_NAMEN, KENMERK_NAMEN, KENMERK_UITLEG, NIVEAU_NAMEN, THEMA_NAMEN } from '../../domain/woorden.ts';

export interface AntwoordProps {
  antwoord: AntwoordModel;
  /** Site path of the region, ending in "/", for links to voorziening and route pages. */
  regioPad: string;
  /** Link back to the form, when there is one on the page. */
  wijzigLink?: string;
}

const lijst = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`);

export function Contact({ aanbieders }: { aanbieders: readonly Aanbieder[] }) {
  return (
    <ul className="aanbieders">
      {aanbieders.map((a) => (
        <li key={a.naam}>
          <strong>{a.naam}</strong>
          {contactLinks(a).length > 0 && (
            <ul className="contact">
              {contactLinks(a).map((link) => (
                <li key={link.soort}>
                  {link.label}:{' '}
                  <a href={link.href} rel={link.soort === 'website' ? 'noopener noreferrer' : undefined}>
                    {link.tekst}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

function EersteStap({ advies }: { advies: Advies }) {
  return (
    <div className={`advies advies-${advies.id}`} data-advies={advies.id}>
      <p className="advies-titel">
        <strong>{advies.titel}</strong>
      </p>
      <p>{advies.tekst}</p>
      {(advies.telefoon || advies.website) && (
        <p>
          {advies.telefoon && <a href={telefoonHref(advies.telefoon)}>Bel {advies.telefoon}</a>}
          {advies.telefoon && advies.website && ' · '}
          {advies.website && (
            <a href={advies.website} rel="noopener noreferrer">
              {websiteTekst(advies.website)}
            </a>
          )}
        </p>
      )}
    </div>
  );
}

function TrefferKaart({ treffer, regioPad }: { treffer: Treffer; regioPad: string }) {
  const v = treffer.voorziening;
  return (
    <li className="treffer" data-voorziening={v.id} data-niveau={v.niveau}>
      <h4>
        <a href={`${regioPad}voorziening/${v.id}/`}>{v.naam}</a>
      </h4>
      <p className="treffer-sub">
        {NIVEAU_NAMEN[v.niveau]} · {periodeInWoorden(v.periode)} · bij {lijst(treffer.themas.map((t) => THEMA_NAMEN[t].toLowerCase()))}
      </p>
      <p>{v.omschrijving}</p>
      <dl className="feiten">
        <dt>Verwijzen</dt>
        <dd>
          {v.toegang}
          {v.aanmelding && v.aanmelding.length > 0 && <> ({v.aanmelding.map((a) => AANMELDING_NAMEN[a].toLowerCase()).join(', ')})</>}
        </dd>
        <dt>Kosten voor het gezin</dt>
        <dd>
          {treffer.nietVergoed && (
            <p className="niet-vergoed">
              <strong>Let op: niet vergoed zonder aanvullende verzekering.</strong> Het gezin heeft die niet en betaalt dit zelf.
            </p>
          )}
          {v.kenmerken.length > 0 ? (
            <ul className="kenmerken">
              {v.kenmerken.map((k) => (
                <li key={k}>
                  <svg className="icoon" width="16" height="16" viewBox="0 0 14 14" aria-hidden="true">
                    <use href={kenmerkHref(k)} />
                  </svg>
                  <span>
                    <strong>{KENMERK_NAMEN[k]}</strong>: {KENMERK_UITLEG[k]}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            !v.kostenToelichting && <p>Niet opgegeven; vraag het de aanbieder.</p>
          )}
          {v.kostenToelichting && <p>{v.kostenToelichting}</p>}
        </dd>
        <dt>Contact</dt>
        <dd>
          <Contact aanbieders={v.aanbieders} />
        </dd>
      </dl>
    </li>
  );
}

export function Antwoord({ antwoord, regioPad, wijzigLink }: AntwoordProps) {
  const { vraag } = antwoord;
  const perNiveau = NIVEAU_IDS.map((niveau) => [niveau, antwoord.voorzieningen.filter((t) => t.voorziening.niveau === niveau)] as [NiveauId, Treffer[]]).filter(
    ([, treffers]) => treffers.length > 0,
  );
  const gezocht = [
    antwoord.fase ? `${antwoord.fase.naam}${antwoord.fase.uitleg ? ` (${antwoord.fase.uitleg.replace(/\.$/, '')})` : ''}` : 'alle fases',
    antwoord.themas.length > 0 ? lijst(antwoord.themas.map((t) => THEMA_NAMEN[t].toLowerCase())) : 'geen thema',
    vraag.aanvullend === true ? 'met aanvullende verzekering' : vraag.aanvullend === false ? 'zonder aanvullende verzekering' : 'aanvullende verzekering onbekend',
  ];
  return (
    <div className="antwoord" data-treffers={antwoord.voorzieningen.length}>
      <p className="samenvatting">
        Gezocht: {gezocht.join('; ')}.{wijzigLink && <> <a href={wijzigLink}>Vraag aanpassen</a></>}
      </p>
      {antwoord.datumFout && <p className="melding">{antwoord.datumFout} {antwoord.fase ? `De gekozen fase (${antwoord.fase.naam}) is gebruikt.` : 'Er is gezocht in alle fases.'}</p>}
      {antwoord.eerst.length > 0 && (
        <section className="eerst" aria-labelledby="eerst-titel">
          <h3 id="eerst-titel">Eerst</h3>
          {antwoord.eerst.map((advies) => (
            <EersteStap key={advies.id} advies={advies} />
          ))}
        </section>
      )}
      {antwoord.geenVraag && <p className="melding">Kies minstens één gebied waar de zorgen over gaan; dan zoekt de verwijswijzer passende hulp.</p>}
      {antwoord.geenTreffers && (
        <section className="geen-treffers" aria-labelledby="geen-treffers-titel">
          <h3 id="geen-treffers-titel">Geen passende voorziening gevonden</h3>
          <p>
            Deze routekaart noemt geen voorziening voor {lijst(antwoord.themas.map((t) => THEMA_NAMEN[t].toLowerCase()))}
            {antwoord.fase ? ` in de fase ${antwoord.fase.naam.toLowerCase()}` : ''}. Dat betekent niet dat er geen hulp is. Neem contact op met het
            wijkteam of met de huisarts van het gezin: zij kennen de weg en kunnen verwijzen.
          </p>
          {antwoord.vangnet.length > 0 && (
            <ul>
              {antwoord.vangnet.map((v) => (
                <li key={v.id}>
                  <a href={`${regioPad}voorziening/${v.id}/`}>{v.naam}</a>
                  {v.aanbieders[0]?.telefoon && (
                    <>
                      {' '}
                      — <a href={telefoonHref(v.aanbieders[0].telefoon)}>{v.aanbieders[0].telefoon}</a>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {perNiveau.length > 0 && (
        <section aria-labelledby="treffers-titel">
          <h3 id="treffers-titel">Voorzieningen, van licht naar zwaar</h3>
          <p className="toelichting">Niet te zwaar, niet te licht: begin bovenaan, en kies zwaardere hulp als lichtere niet genoeg is.</p>
          {perNiveau.map(([niveau, treffers]) => (
            <div key={niveau} className="niveau-groep" data-niveau={niveau}>
              <p className="niveau-label">
                <span className={`niveau-stip niveau-${niveau}`} aria-hidden="true"></span>
                {NIVEAU_NAMEN[niveau]}
              </p>
              <ol className="treffers">
                {treffers.map((t) => (
                  <TrefferKaart key={t.voorziening.id} treffer={t} regioPad={regioPad} />
                ))}
              </ol>
            </div>
          ))}
        </section>
      )}
      {antwoord.tips.length > 0 && (
        <section aria-labelledby="tips-titel">
          <h3 id="tips-titel">Tips: digitale zorg</h3>
          <ol className="treffers">
            {antwoord.tips.map((t) => (
              <TrefferKaart key={t.voorziening.id} treffer={t} regioPad={regioPad} />
            ))}
          </ol>
        </section>
      )}
      {antwoord.routes.length > 0 && (
        <section aria-labelledby="routes-titel">
          <h3 id="routes-titel">Klantroutes die passen</h3>
          <ul className="routes-treffers">
            {antwoord.routes.map(({ route }) => (
              <li key={route.id} data-route={route.id}>
                <a href={`${regioPad}route/${route.id}/`}>{route.naam}</a>: {route.omschrijving}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
