/** A klantroute in a form: its steps, each with a voorziening picker and a moment picker, in order. */
import type { DataFout } from '../../domain/fouten.ts';
import { NIVEAU_IDS, THEMA_IDS } from '../../domain/ids.ts';
import { NIVEAU_NAMEN, THEMA_NAMEN } from '../../domain/woorden.ts';
import { alsLijst, alsObj, alsTekst, metItem, metVeld, verschuif } from './bewerken.ts';
import { veldId } from './controle.ts';
import { TijdpuntKiezer } from './TijdpuntKiezer.tsx';
import { Groep, Keuzeveld, Tekstveld, Vinkjes, meldingen } from './Velden.tsx';
import type { Obj } from './werk.ts';

interface Props {
  data: Obj;
  index: number;
  fouten: readonly DataFout[];
  voorzieningen: readonly { id: string; naam: string }[];
  onData: (data: Obj) => void;
  onVerwijder: () => void;
}

const B = 'routes.json';

export function RouteFormulier({ data, index, fouten, voorzieningen, onData, onVerwijder }: Props) {
  const pad = `routes[${index}]`;
  const plek = (veld: string) => ({ bestand: B, pad: `${pad}.${veld}`, fouten });
  const stappen = alsLijst(data.stappen).map(alsObj);
  const opties = voorzieningen.map((v) => ({ waarde: v.id, naam: v.naam || v.id }));
  const kop = meldingen({ bestand: B, pad, fouten });
  return (
    <section className="bh-formulier" aria-labelledby={veldId(B, pad)}>
      <h2 id={veldId(B, pad)} tabIndex={-1}>Klantroute: {alsTekst(data.naam) || '(zonder naam)'}</h2>
      {kop.length > 0 && <p className="bh-melding">{kop.map((m) => m.tekst).join(' · ')}</p>}
      <button type="button" className="bh-gevaar" onClick={onVerwijder}>Verwijder deze klantroute</button>
      <Tekstveld {...plek('naam')} label="Naam van de route" verplicht waarde={alsTekst(data.naam)} onWaarde={(w) => onData({ ...data, naam: w })} />
      <Tekstveld {...plek('id')} label="Id" verplicht hint="Kleine letters, cijfers en streepjes." waarde={alsTekst(data.id)} onWaarde={(w) => onData({ ...data, id: w })} />
      <Tekstveld {...plek('omschrijving')} label="Het verhaal van de route" verplicht meerregelig waarde={alsTekst(data.omschrijving)} onWaarde={(w) => onData({ ...data, omschrijving: w })} />
      <Keuzeveld {...plek('niveau')} label="Niveau (niet verplicht)" leeg="Geen" waarde={alsTekst(data.niveau)} opties={NIVEAU_IDS.map((n) => ({ waarde: n, naam: NIVEAU_NAMEN[n] }))} onWaarde={(w) => onData(metVeld(data, 'niveau', w, true))} />
      <Vinkjes {...plek('themas')} legend="Thema's (niet verplicht)" gekozen={alsLijst(data.themas).map(alsTekst)} opties={THEMA_IDS.map((t) => ({ waarde: t, naam: THEMA_NAMEN[t] }))} onGekozen={(w) => onData(metVeld(data, 'themas', w, true))} />
      <Groep {...plek('stappen')} legend="Stappen">
        {stappen.map((stap, i) => {
          const sp = (veld: string) => ({ bestand: B, pad: `${pad}.stappen[${i}].${veld}`, fouten });
          const zet = (veld: string, w: unknown) => onData({ ...data, stappen: metItem(stappen, i, { ...stap, [veld]: w }) });
          return (
            <Groep key={i} bestand={B} pad={`${pad}.stappen[${i}]`} fouten={fouten} legend={`Stap ${i + 1}`}>
              <Keuzeveld {...sp('voorziening')} label="Voorziening" leeg="Kies een voorziening" waarde={alsTekst(stap.voorziening)} opties={opties} onWaarde={(w) => zet('voorziening', w)} />
              <TijdpuntKiezer legend="Moment" bestand={B} pad={`${pad}.stappen[${i}].moment`} fouten={fouten} waarde={alsTekst(stap.moment)} onWaarde={(w) => zet('moment', w ?? '')} />
              <Tekstveld {...sp('toelichting')} label="Toelichting: wie signaleert, wie verwijst" verplicht meerregelig waarde={alsTekst(stap.toelichting)} onWaarde={(w) => zet('toelichting', w)} />
              <div className="bh-knoppen">
                <button type="button" disabled={i === 0} onClick={() => onData({ ...data, stappen: verschuif(stappen, i, -1) })}>Stap {i + 1} omhoog</button>
                <button type="button" disabled={i === stappen.length - 1} onClick={() => onData({ ...data, stappen: verschuif(stappen, i, 1) })}>Stap {i + 1} omlaag</button>
                <button type="button" onClick={() => onData({ ...data, stappen: metItem(stappen, i, undefined) })}>Verwijder stap {i + 1}</button>
              </div>
            </Groep>
          );
        })}
        <button type="button" onClick={() => onData({ ...data, stappen: [...stappen, { voorziening: '', moment: 'bevalling', toelichting: '' }] })}>Stap toevoegen</button>
      </Groep>
    </section>
  );
}
