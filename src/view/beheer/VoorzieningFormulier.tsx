/** Every field of one voorziening (docs/data-format.md, src/domain/schema/voorziening.ts), with Dutch labels. */
import type { DataFout } from '../../domain/fouten.ts';
import { AANMELDING_IDS, KENMERK_IDS, NIVEAU_IDS, THEMA_IDS } from '../../domain/ids.ts';
import { AANMELDING_NAMEN, KENMERK_NAMEN, NIVEAU_NAMEN, THEMA_NAMEN } from '../../domain/woorden.ts';
import { alsLijst, alsObj, alsTekst, metItem, metVeld } from './bewerken.ts';
import { veldId } from './controle.ts';
import { TijdpuntKiezer } from './TijdpuntKiezer.tsx';
import { Groep, Keuzeveld, Regelsveld, Tekstveld, Vinkjes, meldingen, type Plek } from './Velden.tsx';
import type { Obj } from './werk.ts';
import type { ReactNode } from 'react';

interface Props {
  data: Obj;
  index: number;
  fouten: readonly DataFout[];
  gemeenten: readonly string[];
  vandaag: string;
  onData: (data: Obj) => void;
  onVerwijder: () => void;
}

const B = 'voorzieningen.json';

export function VoorzieningFormulier({ data, index, fouten, gemeenten, vandaag, onData, onVerwijder }: Props) {
  const pad = `voorzieningen[${index}]`;
  const plek = (veld: string) => ({ bestand: B, pad: `${pad}.${veld}`, fouten });
  const tekst = (veld: string, label: string, opties: { optioneel?: boolean; meerregelig?: boolean; hint?: string; type?: 'text' | 'url' | 'date' } = {}) => (
    <Tekstveld
      {...plek(veld)}
      label={label}
      verplicht={!opties.optioneel}
      meerregelig={opties.meerregelig}
      hint={opties.hint}
      type={opties.type}
      waarde={alsTekst(data[veld])}
      onWaarde={(w) => onData(metVeld(data, veld, w, opties.optioneel))}
    />
  );
  const periode = alsObj(data.periode);
  const beschikbaar = alsObj(data.beschikbaar);
  const aanbieders = alsLijst(data.aanbieders).map(alsObj);
  const locaties = alsLijst(data.locaties).map(alsObj);
  const kop = meldingen({ bestand: B, pad, fouten });
  /** A list of aanbieders or locaties: a group per item with its fields and a remove button, and an add button. */
  const herhaling = (
    veld: 'aanbieders' | 'locaties',
    legend: string,
    naam: string,
    items: Obj[],
    nieuw: Obj,
    velden: (item: Obj, zet: (veld: string, w: string, optioneel?: boolean) => void, plekVan: (veld: string) => Plek) => ReactNode,
    /** The field may be left out: removing the last item removes the field. */
    weglaatbaar = false,
  ) => (
    <Groep {...plek(veld)} legend={legend}>
      {items.map((item, i) => {
        const zet = (v: string, w: string, optioneel = true) => onData({ ...data, [veld]: metItem(items, i, metVeld(item, v, w, optioneel)) });
        const zonder = metItem(items, i, undefined);
        return (
          <Groep key={i} bestand={B} pad={`${pad}.${veld}[${i}]`} fouten={fouten} legend={`${naam} ${i + 1}`}>
            {velden(item, zet, (v) => ({ bestand: B, pad: `${pad}.${veld}[${i}].${v}`, fouten }))}
            <button type="button" onClick={() => onData(weglaatbaar ? metVeld(data, veld, zonder, true) : { ...data, [veld]: zonder })}>
              Verwijder {naam.toLowerCase()} {i + 1}
            </button>
          </Groep>
        );
      })}
      <button type="button" onClick={() => onData({ ...data, [veld]: [...items, nieuw] })}>{naam} toevoegen</button>
    </Groep>
  );
  return (
    <section className="bh-formulier" aria-labelledby={veldId(B, pad)}>
      <h2 id={veldId(B, pad)} tabIndex={-1}>Voorziening: {alsTekst(data.naam) || '(zonder naam)'}</h2>
      {kop.length > 0 && <p className="bh-melding">{kop.map((m) => m.tekst).join(' · ')}</p>}
      <div className="bh-knoppen">
        <button type="button" onClick={() => onData({ ...data, bijgewerkt: vandaag })}>Vandaag nagekeken</button>
        <button type="button" className="bh-gevaar" onClick={onVerwijder}>Verwijder deze voorziening</button>
      </div>
      {tekst('naam', 'Naam')}
      {tekst('id', 'Id', { hint: 'Het webadres van de voorziening: kleine letters, cijfers en streepjes, zoals "kraamzorg-thuis".' })}
      {tekst('omschrijving', 'Omschrijving', { meerregelig: true })}
      <Keuzeveld {...plek('niveau')} label="Niveau (laan op de kaart)" waarde={alsTekst(data.niveau)} opties={NIVEAU_IDS.map((n) => ({ waarde: n, naam: NIVEAU_NAMEN[n] }))} onWaarde={(w) => onData({ ...data, niveau: w })} />
      <TijdpuntKiezer legend="Periode: van" bestand={B} pad={`${pad}.periode.van`} fouten={fouten} waarde={alsTekst(periode.van)} onWaarde={(w) => onData({ ...data, periode: { ...periode, van: w ?? '' } })} />
      <TijdpuntKiezer legend="Periode: tot en met" leeg="Geen: één moment" bestand={B} pad={`${pad}.periode.tot`} fouten={fouten} waarde={periode.tot === undefined ? undefined : alsTekst(periode.tot)} onWaarde={(w) => onData({ ...data, periode: metVeld(periode, 'tot', w, true) })} />
      <Regelsveld {...plek('momenten')} label="Contactmomenten (niet verplicht)" hint='Eén tijdpunt per regel, zoals "week 1" of "maand 4".' waarden={alsLijst(data.momenten).map(alsTekst)} onWaarden={(w) => onData(metVeld(data, 'momenten', w, true))} />
      <Vinkjes {...plek('kenmerken')} legend="Kosten en aard" gekozen={alsLijst(data.kenmerken).map(alsTekst)} opties={KENMERK_IDS.map((k) => ({ waarde: k, naam: KENMERK_NAMEN[k] }))} onGekozen={(w) => onData({ ...data, kenmerken: w })} />
      {tekst('kostenToelichting', 'Toelichting op de kosten', { optioneel: true, meerregelig: true })}
      {herhaling('aanbieders', 'Aanbieders', 'Aanbieder', aanbieders, { naam: '' }, (a, zet, ap) => (
        <>
          <Tekstveld {...ap('naam')} label="Naam van de organisatie" verplicht waarde={alsTekst(a.naam)} onWaarde={(w) => zet('naam', w, false)} />
          <Tekstveld {...ap('website')} label="Website" type="url" waarde={alsTekst(a.website)} onWaarde={(w) => zet('website', w)} />
          <Tekstveld {...ap('telefoon')} label="Telefoon" waarde={alsTekst(a.telefoon)} onWaarde={(w) => zet('telefoon', w)} />
          <Tekstveld {...ap('email')} label="E-mail" waarde={alsTekst(a.email)} onWaarde={(w) => zet('email', w)} />
        </>
      ))}
      {tekst('toegang', 'Toegang: hoe komt een gezin erbij?', { meerregelig: true })}
      <Vinkjes {...plek('aanmelding')} legend="Aanmelding (niet verplicht)" gekozen={alsLijst(data.aanmelding).map(alsTekst)} opties={AANMELDING_IDS.map((k) => ({ waarde: k, naam: AANMELDING_NAMEN[k] }))} onGekozen={(w) => onData(metVeld(data, 'aanmelding', w, true))} />
      {tekst('voorWie', 'Voor wie', { optioneel: true, meerregelig: true })}
      {tekst('voorwaarden', 'Voorwaarden', { optioneel: true, meerregelig: true })}
      <Vinkjes {...plek('gemeenten')} legend="Gemeenten (niet verplicht)" hint="Niets aangevinkt: de hele regio." gekozen={alsLijst(data.gemeenten).map(alsTekst)} opties={gemeenten.map((g) => ({ waarde: g, naam: g }))} onGekozen={(w) => onData(metVeld(data, 'gemeenten', w, true))} />
      {herhaling('locaties', 'Locaties (niet verplicht)', 'Locatie', locaties, { adres: '', postcode: '', plaats: '' }, (l, zet, lp) => (
        <>
          <Tekstveld {...lp('naam')} label="Naam van de plek" waarde={alsTekst(l.naam)} onWaarde={(w) => zet('naam', w)} />
          <Tekstveld {...lp('adres')} label="Adres (straat en huisnummer)" verplicht waarde={alsTekst(l.adres)} onWaarde={(w) => zet('adres', w, false)} />
          <Tekstveld {...lp('postcode')} label="Postcode" verplicht hint='Zoals "6411 AB".' waarde={alsTekst(l.postcode)} onWaarde={(w) => zet('postcode', w, false)} />
          <Tekstveld {...lp('plaats')} label="Plaats" verplicht waarde={alsTekst(l.plaats)} onWaarde={(w) => zet('plaats', w, false)} />
          <Keuzeveld {...lp('gemeente')} label="Gemeente (niet verplicht)" leeg="Niet genoemd" waarde={alsTekst(l.gemeente)} opties={gemeenten.map((g) => ({ waarde: g, naam: g }))} onWaarde={(w) => zet('gemeente', w)} />
          <Tekstveld {...lp('openingstijden')} label="Openingstijden" waarde={alsTekst(l.openingstijden)} onWaarde={(w) => zet('openingstijden', w)} />
          <Tekstveld {...lp('toelichting')} label="Toelichting" meerregelig waarde={alsTekst(l.toelichting)} onWaarde={(w) => zet('toelichting', w)} />
        </>
      ), true)}
      <Groep {...plek('beschikbaar')} legend="Beschikbaar (niet verplicht)" hint="Leeg: de voorziening is er gewoon. Beide dagen tellen mee.">
        {(['van', 'tot'] as const).map((veld) => (
          <Tekstveld
            key={veld}
            bestand={B}
            pad={`${pad}.beschikbaar.${veld}`}
            fouten={fouten}
            type="date"
            label={veld === 'van' ? 'Beschikbaar van' : 'Beschikbaar tot en met'}
            waarde={alsTekst(beschikbaar[veld])}
            onWaarde={(w) => {
              const nieuw = metVeld(beschikbaar, veld, w, true);
              onData(metVeld(data, 'beschikbaar', Object.keys(nieuw).length ? nieuw : undefined, true));
            }}
          />
        ))}
      </Groep>
      <Vinkjes {...plek('themas')} legend="Thema's voor de verwijswijzer (niet verplicht)" gekozen={alsLijst(data.themas).map(alsTekst)} opties={THEMA_IDS.map((k) => ({ waarde: k, naam: THEMA_NAMEN[k] }))} onGekozen={(w) => onData(metVeld(data, 'themas', w, true))} />
      {tekst('meerInformatie', 'Link naar meer informatie', { optioneel: true, type: 'url' })}
      {tekst('bijgewerkt', 'Laatst nagekeken', { type: 'date' })}
    </section>
  );
}
