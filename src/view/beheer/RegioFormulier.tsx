/** regio.json in a form: naam, gemeenten, coalitie, contact, evaluatieve vragen per fase, licentie. */
import type { DataFout } from '../../domain/fouten.ts';
import { PROVINCIES } from '../../domain/schema/regio.ts';
import { FASE_IDS, FASE_NAMEN } from '../../domain/tijdlijn.ts';
import { alsLijst, alsObj, alsTekst, metVeld } from './bewerken.ts';
import { veldId } from './controle.ts';
import { Groep, Keuzeveld, Regelsveld, Tekstveld } from './Velden.tsx';
import type { Obj } from './werk.ts';

interface Props {
  data: Obj;
  fouten: readonly DataFout[];
  vandaag: string;
  onData: (data: Obj) => void;
}

const B = 'regio.json';

export function RegioFormulier({ data, fouten, vandaag, onData }: Props) {
  const plek = (pad: string) => ({ bestand: B, pad, fouten });
  const contact = alsObj(data.contact);
  const vragen = alsObj(data.evaluatievragen);
  const licentie = alsObj(data.licentie);
  const zetContact = (veld: string, w: string) => onData({ ...data, contact: metVeld(contact, veld, w, veld !== 'naam') });
  const zetLicentie = (veld: string, w: string) => {
    const nieuw = metVeld(licentie, veld, w, true);
    onData(metVeld(data, 'licentie', Object.keys(nieuw).length ? nieuw : undefined, true));
  };
  return (
    <section className="bh-formulier" aria-labelledby={veldId(B, '')}>
      <h2 id={veldId(B, '')} tabIndex={-1}>Regio</h2>
      <Tekstveld {...plek('naam')} label="Naam van de regio" verplicht waarde={alsTekst(data.naam)} onWaarde={(w) => onData({ ...data, naam: w })} />
      <Regelsveld {...plek('gemeenten')} label="Gemeenten" waarden={alsLijst(data.gemeenten).map(alsTekst)} onWaarden={(w) => onData({ ...data, gemeenten: w })} />
      <Keuzeveld {...plek('provincie')} label="Provincie (niet verplicht)" leeg="Niet genoemd" waarde={alsTekst(data.provincie)} opties={PROVINCIES.map((p) => ({ waarde: p, naam: p }))} onWaarde={(w) => onData(metVeld(data, 'provincie', w, true))} />
      <Tekstveld {...plek('coalitie')} label="Coalitie die de kaart bijhoudt" verplicht waarde={alsTekst(data.coalitie)} onWaarde={(w) => onData({ ...data, coalitie: w })} />
      <Groep {...plek('contact')} legend="Contact">
        <Tekstveld {...plek('contact.naam')} label="Naam (persoon of team)" verplicht waarde={alsTekst(contact.naam)} onWaarde={(w) => zetContact('naam', w)} />
        <Tekstveld {...plek('contact.email')} label="E-mail" waarde={alsTekst(contact.email)} onWaarde={(w) => zetContact('email', w)} />
        <Tekstveld {...plek('contact.telefoon')} label="Telefoon" waarde={alsTekst(contact.telefoon)} onWaarde={(w) => zetContact('telefoon', w)} />
        <Tekstveld {...plek('contact.website')} label="Website" type="url" waarde={alsTekst(contact.website)} onWaarde={(w) => zetContact('website', w)} />
      </Groep>
      <Tekstveld {...plek('intro')} label="Inleiding boven de kaart" verplicht meerregelig waarde={alsTekst(data.intro)} onWaarde={(w) => onData({ ...data, intro: w })} />
      <Groep {...plek('evaluatievragen')} legend="Evaluatieve vragen per fase">
        {FASE_IDS.map((fase) => (
          <Regelsveld
            key={fase}
            {...plek(`evaluatievragen.${fase}`)}
            label={`${FASE_NAMEN[fase]} (niet verplicht)`}
            hint="Eén vraag per regel."
            waarden={alsLijst(vragen[fase]).map(alsTekst)}
            onWaarden={(w) => onData({ ...data, evaluatievragen: metVeld(vragen, fase, w, true) })}
          />
        ))}
      </Groep>
      <Groep {...plek('licentie')} legend="Licentie van de open data (niet verplicht)" hint="Leeg: CC BY 4.0.">
        <Tekstveld {...plek('licentie.naam')} label="Naam van de licentie" waarde={alsTekst(licentie.naam)} onWaarde={(w) => zetLicentie('naam', w)} />
        <Tekstveld {...plek('licentie.url')} label="Link naar de licentie" type="url" waarde={alsTekst(licentie.url)} onWaarde={(w) => zetLicentie('url', w)} />
      </Groep>
      <Tekstveld {...plek('bijgewerkt')} label="Kaart als geheel laatst nagekeken" verplicht type="date" waarde={alsTekst(data.bijgewerkt)} onWaarde={(w) => onData({ ...data, bijgewerkt: w })} />
      <button type="button" onClick={() => onData({ ...data, bijgewerkt: vandaag })}>Vandaag nagekeken</button>
    </section>
  );
}
