/**
 * A region in Open Referral HSDS 3.0 (Human Services Data Specification), so that other sociale kaarten can take
 * the voorzieningen over. The mapping is documented in docs/data-format.md ("Open Referral HSDS"); in short:
 * aanbieder → organization, voorziening × aanbieder → service (HSDS gives a service one organization), contact →
 * email/url/phones, kosten → fees_description, toegang → application_process, doelgroep/voorWie/periode →
 * eligibility_description. Ids are UUID v5 of stable names, so they stay the same from one build to the next.
 */
import type { RegioModel, VoorzieningModel } from '../model.ts';
import type { Aanbieder } from '../schema/voorziening.ts';
import type { KenmerkId } from '../schema/gedeeld.ts';
import { periodeInWoorden, tijdpuntInWoorden } from '../tijdpunt.ts';
import { KENMERK_NAMEN, KENMERK_UITLEG, NIVEAU_NAMEN } from '../woorden.ts';
import { licentieVan } from './json.ts';
import { uuidV5 } from './uuid.ts';

export interface HsdsPhone {
  id: string;
  organization_id?: string;
  service_id?: string;
  number: string;
  type: 'voice';
}

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  phones: HsdsPhone[];
}

export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url?: string;
  email?: string;
  status: 'active';
  application_process: string;
  fees_description?: string;
  eligibility_description: string;
  assured_date: string;
  phones: HsdsPhone[];
}

export interface HsdsExport {
  version: '3.0';
  description: string;
  publisher: { name: string; email?: string; website?: string };
  license: { name: string; url: string };
  organizations: HsdsOrganization[];
  services: HsdsService[];
}

/** The same organisation written twice ("GGD  Regio" / "GGD regio") is one organization. */
function sleutel(naam: string): string {
  return naam.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** HSDS `url` and `website` are web addresses; a mailto: or tel: link in our data is not one. */
function webadres(link: string | undefined): string | undefined {
  return link && /^https?:\/\//.test(link) ? link : undefined;
}

const KOSTEN_KENMERKEN: readonly KenmerkId[] = ['eigen-risico', 'eigen-bijdrage', 'aanvullend-verzekerd', 'vrij-verzekerd'];

function kostenTekst(voorziening: VoorzieningModel): string | undefined {
  const delen = voorziening.kenmerken.filter((k) => KOSTEN_KENMERKEN.includes(k)).map((k) => `${capitalize(KENMERK_NAMEN[k])}: ${KENMERK_UITLEG[k]}`);
  if (voorziening.kostenToelichting) delen.push(voorziening.kostenToelichting);
  return delen.length ? delen.join(' ') : undefined;
}

function capitalize(tekst: string): string {
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}

function voorWieTekst(regio: RegioModel, voorziening: VoorzieningModel): string {
  const doelgroep = regio.doelgroepen[voorziening.niveau];
  const delen = [
    voorziening.voorWie,
    `Niveau: ${NIVEAU_NAMEN[voorziening.niveau].toLowerCase()}${doelgroep ? ` (${doelgroep.naam})` : ''}.`,
    `Wanneer: ${periodeInWoorden(voorziening.periode)}.`,
  ];
  if (voorziening.momenten?.length) delen.push(`Contactmomenten: ${voorziening.momenten.map(tijdpuntInWoorden).join(', ')}.`);
  return delen.filter(Boolean).join(' ');
}

export function regioNaarHsds(regio: RegioModel): HsdsExport {
  const organisaties = new Map<string, HsdsOrganization & { voorzieningen: string[] }>();
  const organisatie = (aanbieder: Aanbieder, voorziening: VoorzieningModel) => {
    const key = sleutel(aanbieder.naam);
    let org = organisaties.get(key);
    if (!org) {
      org = { id: uuidV5(`${regio.id}/aanbieder/${key}`), name: aanbieder.naam, description: '', phones: [], voorzieningen: [] };
      organisaties.set(key, org);
    }
    // The first voorziening that names an address for this aanbieder decides; later ones only fill gaps.
    org.email ??= aanbieder.email;
    org.website ??= webadres(aanbieder.website);
    if (aanbieder.telefoon && !org.phones.some((p) => p.number === aanbieder.telefoon)) {
      org.phones.push({ id: uuidV5(`${org.id}/telefoon/${aanbieder.telefoon}`), organization_id: org.id, number: aanbieder.telefoon, type: 'voice' });
    }
    if (!org.voorzieningen.includes(voorziening.naam)) org.voorzieningen.push(voorziening.naam);
    return org;
  };

  const services: HsdsService[] = regio.voorzieningen.flatMap((voorziening) =>
    voorziening.aanbieders.map((aanbieder) => {
      const org = organisatie(aanbieder, voorziening);
      const id = uuidV5(`${regio.id}/voorziening/${voorziening.id}/${sleutel(aanbieder.naam)}`);
      const service: HsdsService = {
        id,
        organization_id: org.id,
        name: voorziening.naam,
        description: voorziening.omschrijving,
        status: 'active',
        application_process: voorziening.toegang,
        eligibility_description: voorWieTekst(regio, voorziening),
        assured_date: voorziening.bijgewerkt,
        phones: aanbieder.telefoon ? [{ id: uuidV5(`${id}/telefoon/${aanbieder.telefoon}`), service_id: id, number: aanbieder.telefoon, type: 'voice' }] : [],
      };
      const url = webadres(voorziening.meerInformatie) ?? webadres(aanbieder.website);
      if (url) service.url = url;
      if (aanbieder.email) service.email = aanbieder.email;
      const kosten = kostenTekst(voorziening);
      if (kosten) service.fees_description = kosten;
      return service;
    }),
  );

  const organizations = [...organisaties.values()].map(({ voorzieningen, ...org }) => ({
    ...org,
    description: `Aanbieder in de routekaart Kansrijke Start van ${regio.regio.naam}: ${voorzieningen.join(', ')}.`,
  }));
  const licentie = licentieVan(regio);
  const { contact } = regio.regio;
  return {
    version: '3.0',
    description: `Routekaart Kansrijke Start ${regio.regio.naam}: voorzieningen in de eerste 1000 dagen van een kind, bijgehouden door ${regio.regio.coalitie}.`,
    publisher: {
      name: regio.regio.coalitie,
      ...(contact.email ? { email: contact.email } : {}),
      ...(webadres(contact.website) ? { website: contact.website } : {}),
    },
    license: { name: licentie.naam, url: licentie.url },
    organizations,
    services,
  };
}

export function regioNaarHsdsJson(regio: RegioModel): string {
  return `${JSON.stringify(regioNaarHsds(regio), null, 2)}\n`;
}
