/**
 * A region in Open Referral HSDS 3.0 (Human Services Data Specification), so that other sociale kaarten can take
 * the voorzieningen over. The mapping is documented in docs/data-format.md ("Open Referral HSDS"); in short:
 * aanbieder → organization, voorziening × aanbieder → service (HSDS gives a service one organization), contact →
 * email/url/phones, kosten → fees_description, toegang → application_process, doelgroep/voorWie/periode →
 * eligibility_description, locaties → locations (physical addresses) linked by service_at_locations (with the
 * opening hours as a schedule), gemeenten → service_areas. Ids are UUID v5 of stable names, so they stay the same
 * from one build to the next.
 */
import { isBeschikbaar, isoDatum } from '../beschikbaar.ts';
import { gemeenteVanLocatie } from '../gemeente.ts';
import type { RegioModel, VoorzieningModel } from '../model.ts';
import type { Aanbieder, Locatie } from '../schema/voorziening.ts';
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

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  /** The gemeente, when it is known. */
  region?: string;
  /** regio.json › provincie; empty when the region does not name one. */
  state_province: string;
  postal_code: string;
  country: 'NL';
  address_type: 'physical';
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical';
  name: string;
  addresses: HsdsAddress[];
}

export interface HsdsSchedule {
  id: string;
  service_at_location_id: string;
  /** The opening hours as the region wrote them: free text, no recurrence rule. */
  description: string;
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  description?: string;
  schedules: HsdsSchedule[];
}

export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
  description: string;
}

export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url?: string;
  email?: string;
  /** inactive: outside its `beschikbaar` window on the day of the export (an ended pilot, a service not yet started). */
  status: 'active' | 'inactive';
  application_process: string;
  fees_description?: string;
  eligibility_description: string;
  assured_date: string;
  phones: HsdsPhone[];
  service_at_locations: HsdsServiceAtLocation[];
  service_areas: HsdsServiceArea[];
}

export interface HsdsExport {
  version: '3.0';
  description: string;
  publisher: { name: string; email?: string; website?: string };
  license: { name: string; url: string };
  organizations: HsdsOrganization[];
  services: HsdsService[];
  /** Every address of every voorziening, once; services point to them through service_at_locations. */
  locations: HsdsLocation[];
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
    voorziening.voorwaarden && `Voorwaarden: ${voorziening.voorwaarden}`,
    `Niveau: ${NIVEAU_NAMEN[voorziening.niveau].toLowerCase()}${doelgroep ? ` (${doelgroep.naam})` : ''}.`,
    `Wanneer: ${periodeInWoorden(voorziening.periode)}.`,
  ];
  if (voorziening.momenten?.length) delen.push(`Contactmomenten: ${voorziening.momenten.map(tijdpuntInWoorden).join(', ')}.`);
  return delen.filter(Boolean).join(' ');
}

/** One location per name and address: two voorzieningen in the same building under the same name share it. */
function locatieSleutel(locatie: Locatie): string {
  return `${locatie.postcode}/${sleutel(locatie.adres)}/${sleutel(locatie.naam ?? '')}`;
}

/** `vandaag`: the day of the export, for the status of a voorziening with a `beschikbaar` window. */
export function regioNaarHsds(regio: RegioModel, vandaag: Date = new Date()): HsdsExport {
  const dag = isoDatum(vandaag);
  const gemeenten = regio.regio.gemeenten;
  const locations = new Map<string, HsdsLocation>();
  const locatie = (l: Locatie, voorziening: VoorzieningModel): HsdsLocation => {
    const key = locatieSleutel(l);
    let location = locations.get(key);
    if (!location) {
      const id = uuidV5(`${regio.id}/locatie/${key}`);
      const gemeente = gemeenteVanLocatie(l, voorziening, gemeenten);
      location = {
        id,
        location_type: 'physical',
        name: l.naam ?? l.adres,
        addresses: [
          {
            id: uuidV5(`${id}/adres`),
            location_id: id,
            address_1: l.adres,
            city: l.plaats,
            ...(gemeente && { region: gemeente }),
            state_province: regio.regio.provincie ?? '',
            postal_code: l.postcode,
            country: 'NL',
            address_type: 'physical',
          },
        ],
      };
      locations.set(key, location);
    }
    return location;
  };
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
        service_at_locations: (voorziening.locaties ?? []).map((l) => {
          const location_id = locatie(l, voorziening).id;
          const salId = uuidV5(`${id}/locatie/${location_id}`);
          return {
            id: salId,
            service_id: id,
            location_id,
            ...(l.toelichting && { description: l.toelichting }),
            schedules: l.openingstijden ? [{ id: uuidV5(`${salId}/openingstijden`), service_at_location_id: salId, description: l.openingstijden }] : [],
          };
        }),
        // The gemeenten where a family can get it; without `gemeenten`, every gemeente of the region.
        service_areas: (voorziening.gemeenten ?? gemeenten).map((gemeente) => ({
          id: uuidV5(`${id}/gebied/${gemeente}`),
          service_id: id,
          name: gemeente,
          description: `Gemeente ${gemeente}: voor gezinnen die daar wonen.`,
        })),
      };
      if (!isBeschikbaar(voorziening, dag)) service.status = 'inactive';
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
    locations: [...locations.values()],
  };
}

export function regioNaarHsdsJson(regio: RegioModel, vandaag: Date = new Date()): string {
  return `${JSON.stringify(regioNaarHsds(regio, vandaag), null, 2)}\n`;
}
