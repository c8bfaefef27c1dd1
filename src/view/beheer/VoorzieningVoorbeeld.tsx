/** The live preview of a voorziening's page: what a parent reads, in the words the site uses (src/view/VoorzieningDetail.astro). */
import { beschikbaarInWoorden } from '../../domain/beschikbaar.ts';
import type { VoorzieningModel } from '../../domain/model.ts';
import { periodeInWoorden } from '../../domain/tijdpunt.ts';
import { AANMELDING_NAMEN, KENMERK_NAMEN, NIVEAU_NAMEN, kenmerkenVan } from '../../domain/woorden.ts';
import { Locaties } from '../Locaties.tsx';

export function VoorzieningVoorbeeld({ v, gemeenten, vandaag }: { v: VoorzieningModel | undefined; gemeenten: readonly string[]; vandaag: string }) {
  if (!v) return <p>Het voorbeeld verschijnt zodra deze voorziening geen fouten meer heeft.</p>;
  const beschikbaar = beschikbaarInWoorden(v, vandaag);
  return (
    <article className="bh-pagina-voorbeeld">
      <p className="bh-naam-voorbeeld">{v.naam}</p>
      <p>{v.omschrijving}</p>
      {beschikbaar && <p><strong>{beschikbaar}</strong></p>}
      <dl>
        <dt>Niveau</dt>
        <dd>{NIVEAU_NAMEN[v.niveau]}</dd>
        <dt>Wanneer</dt>
        <dd>{periodeInWoorden(v.periode)}</dd>
        <dt>Kosten</dt>
        <dd>{[kenmerkenVan(v).map((k) => KENMERK_NAMEN[k]).join(', '), v.kostenToelichting].filter(Boolean).join('. ') || 'Niet genoemd'}</dd>
        <dt>Toegang</dt>
        <dd>{v.toegang}{v.aanmelding?.length ? ` (${v.aanmelding.map((a) => AANMELDING_NAMEN[a]).join(', ')})` : ''}</dd>
        {v.voorWie && (<><dt>Voor wie</dt><dd>{v.voorWie}</dd></>)}
        {v.voorwaarden && (<><dt>Voorwaarden</dt><dd>{v.voorwaarden}</dd></>)}
        <dt>Waar</dt>
        <dd>{v.gemeenten?.length ? `Alleen in ${v.gemeenten.join(', ')}` : 'In de hele regio'}</dd>
        <dt>Aanbieders</dt>
        <dd>
          <ul>
            {v.aanbieders.map((a, i) => (
              <li key={i}>{[a.naam, a.telefoon, a.email, a.website].filter(Boolean).join(' · ')}</li>
            ))}
          </ul>
        </dd>
        <dt>Laatst nagekeken</dt>
        <dd>{v.bijgewerkt}</dd>
      </dl>
      {v.locaties?.length ? <Locaties locaties={v.locaties} voorziening={v} gemeenten={gemeenten} /> : null}
    </article>
  );
}
