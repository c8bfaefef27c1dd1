/** doelgroepen.json in a form: per niveau who belongs and the coalition's goals; digitale zorg only when the region has that lane. */
import type { DataFout } from '../../domain/fouten.ts';
import { NIVEAU_IDS } from '../../domain/ids.ts';
import { NIVEAU_NAMEN } from '../../domain/woorden.ts';
import { alsLijst, alsObj, alsTekst, metVeld } from './bewerken.ts';
import { veldId } from './controle.ts';
import { Groep, Regelsveld, Tekstveld } from './Velden.tsx';
import type { Obj } from './werk.ts';

const B = 'doelgroepen.json';

export function DoelgroepenFormulier({ data, fouten, onData }: { data: Obj; fouten: readonly DataFout[]; onData: (data: Obj) => void }) {
  return (
    <section className="bh-formulier" aria-labelledby={veldId(B, '')}>
      <h2 id={veldId(B, '')} tabIndex={-1}>Doelgroepen</h2>
      {NIVEAU_IDS.map((niveau) => {
        const groep = alsObj(data[niveau]);
        const optioneel = niveau === 'digitale-zorg';
        const zet = (veld: string, w: unknown) => onData({ ...data, [niveau]: { ...groep, [veld]: w } });
        const plek = (pad: string) => ({ bestand: B, pad, fouten });
        return (
          <Groep key={niveau} {...plek(niveau)} legend={NIVEAU_NAMEN[niveau]}>
            {optioneel && (
              <div className="bh-vinkje">
                <input
                  type="checkbox"
                  id="bh-digitale-zorg"
                  checked={data[niveau] !== undefined}
                  onChange={(e) => onData(metVeld(data, niveau, e.target.checked ? { naam: '', omschrijving: '', doelen: [''] } : undefined))}
                />
                <label htmlFor="bh-digitale-zorg">Deze regio heeft een laan Digitale zorg</label>
              </div>
            )}
            {(!optioneel || data[niveau] !== undefined) && (
              <>
                <Tekstveld {...plek(`${niveau}.naam`)} label="Naam van de doelgroep" verplicht waarde={alsTekst(groep.naam)} onWaarde={(w) => zet('naam', w)} />
                <Tekstveld {...plek(`${niveau}.omschrijving`)} label="Wie hoort erbij" verplicht meerregelig waarde={alsTekst(groep.omschrijving)} onWaarde={(w) => zet('omschrijving', w)} />
                <Regelsveld {...plek(`${niveau}.doelen`)} label="Doelen" hint="Eén doel per regel." waarden={alsLijst(groep.doelen).map(alsTekst)} onWaarden={(w) => zet('doelen', w)} />
              </>
            )}
          </Groep>
        );
      })}
    </section>
  );
}
