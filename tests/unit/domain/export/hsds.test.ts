/** The HSDS export validates against the vendored HSDS 3.0 JSON Schema, and maps the data as documented. */
import { describe, expect, test } from 'vitest';
import { regioNaarHsds, type HsdsExport } from '../../../../src/domain/export/hsds.ts';
import { uuidV5 } from '../../../../src/domain/export/uuid.ts';
import { hsdsValidators, VENDOR } from './hsds-schema.ts';
import { proefregio, VANDAAG } from '../../maak.ts';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { laadRegios } from '../../../../src/io/data.ts';

const regio = proefregio();
const hsds = regioNaarHsds(regio, VANDAAG);

const { service, organization, fouten } = hsdsValidators();

describe('HSDS 3.0 JSON Schema', () => {
  test('elke organization en elke service is geldig', () => {
    expect(hsds.organizations.length).toBeGreaterThan(0);
    for (const org of hsds.organizations) expect(organization(org), fouten(organization)).toBe(true);
    for (const s of hsds.services) expect(service(s), fouten(service)).toBe(true);
  });

  test('de validator keurt echt af: zonder status, met een id dat geen uuid is, of met een object in de verkeerde vorm', () => {
    const goed = hsds.services[0]!;
    const { status: _status, ...zonderStatus } = goed;
    expect(service(zonderStatus)).toBe(false);
    expect(service({ ...goed, id: 'kraamzorg' })).toBe(false);
    expect(service({ ...goed, status: 'open' })).toBe(false);
    expect(service({ ...goed, phones: [{ id: goed.id }] })).toBe(false);
    expect(service({ ...goed, schedules: [{ id: 'geen-uuid' }] })).toBe(false);
    expect(organization({ id: goed.organization_id, name: 'x' })).toBe(false);
  });

  test('ids zijn uniek en elke service wijst naar een bestaande organization', () => {
    const ids = [...hsds.organizations.map((o) => o.id), ...hsds.services.map((s) => s.id)];
    expect(new Set(ids).size).toBe(ids.length);
    const orgIds = new Set(hsds.organizations.map((o) => o.id));
    for (const s of hsds.services) expect(orgIds.has(s.organization_id)).toBe(true);
  });
});

describe('de mapping', () => {
  test('UUID v5 volgt RFC 4122 (bekende testwaarde) en blijft gelijk tussen builds', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(regioNaarHsds(regio, VANDAAG)).toEqual(hsds);
  });

  test('één organization per aanbieder; één service per voorziening en aanbieder', () => {
    const aanbieders = new Set(regio.voorzieningen.flatMap((v) => v.aanbieders.map((a) => a.naam)));
    expect(hsds.organizations.map((o) => o.name).sort()).toEqual([...aanbieders].sort());
    expect(hsds.services).toHaveLength(regio.voorzieningen.reduce((n, v) => n + v.aanbieders.length, 0));
    // Kraamzorg De Wieg offers kraamzorg and (in the fixture) schuldhulp: one organization, its website kept.
    const wieg = hsds.organizations.find((o) => o.name === 'Kraamzorg De Wieg')!;
    expect(wieg.website).toBe('https://dewieg.example.nl');
    expect(hsds.services.filter((s) => s.organization_id === wieg.id).map((s) => s.name)).toEqual(['Kraamzorg', 'Schuldhulpverlening']);
  });

  test('contact, kosten, toegang en doelgroep komen in de velden die HSDS ervoor heeft', () => {
    const kraamzorg = hsds.services.find((s) => s.name === 'Kraamzorg')!;
    expect(kraamzorg).toMatchObject({
      description: '=Hulp thuis in de eerste dagen na de geboorte.',
      url: 'https://dewieg.example.nl/kraamzorg',
      status: 'active',
      application_process: 'Zelf aanmelden rond week 16 van de zwangerschap.',
      fees_description: 'Eigen bijdrage: Het gezin betaalt een eigen bijdrage. Eigen bijdrage per uur; valt niet onder het eigen risico.',
      assured_date: '2026-08-01',
    });
    expect(kraamzorg.eligibility_description).toBe(
      'Niveau: basiszorg (Alle (aanstaande) ouders). Wanneer: van de bevalling tot en met week 2 na de geboorte.',
    );
    const bron = hsds.services.find((s) => s.name === 'Verloskundige zorg' && s.url === 'https://debron.example.nl')!;
    expect(bron.phones).toEqual([{ id: expect.any(String), service_id: bron.id, number: '+31 30 123 45 67', type: 'voice' }]);
    expect(bron.eligibility_description).toContain('Contactmomenten: maand 3 van de zwangerschap, week 20 van de zwangerschap, de bevalling, week 1 na de geboorte.');
    expect(hsds.services.find((s) => s.name === 'Home-Start')!.fees_description).toBeUndefined();
  });

  test('uitgever en licentie staan bovenaan', () => {
    expect(hsds).toMatchObject({
      version: '3.0',
      publisher: { name: 'Coalitie Kansrijke Start Proefregio', email: 'kansrijkestart@proefregio.example.nl', website: 'https://proefregio.example.nl' },
      license: { name: 'CC BY 4.0 (Naamsvermelding 4.0 Internationaal)', url: 'https://creativecommons.org/licenses/by/4.0/deed.nl' },
    });
  });
});

// The HSDS export with addresses (issue 15): locations, service_at_locations and service_areas, validated as a whole
// against the vendored HSDS 3.0 release (tests/vendor/hsds/), for the test region and the bundled regions.
describe('gemeenten en beschikbaarheid (issue 15)', () => {
  const { service, organization, location, fouten } = hsdsValidators();
  const regio = proefregio();
  const hsds = regioNaarHsds(regio, VANDAAG);

  /** Every object of the export against its schema, and every id it points to exists. */
  function geldig(uitvoer: HsdsExport): void {
    for (const org of uitvoer.organizations) expect(organization(org), `${org.name}: ${fouten(organization)}`).toBe(true);
    for (const s of uitvoer.services) expect(service(s), `${s.name}: ${fouten(service)}`).toBe(true);
    for (const l of uitvoer.locations) expect(location(l), `${l.name}: ${fouten(location)}`).toBe(true);
    const orgs = new Set(uitvoer.organizations.map((o) => o.id));
    const locaties = new Set(uitvoer.locations.map((l) => l.id));
    for (const s of uitvoer.services) {
      expect(orgs.has(s.organization_id)).toBe(true);
      for (const sal of s.service_at_locations) {
        expect(sal.service_id).toBe(s.id);
        expect(locaties.has(sal.location_id), sal.location_id).toBe(true);
      }
      for (const area of s.service_areas) expect(area.service_id).toBe(s.id);
    }
    const ids = [
      ...uitvoer.organizations.map((o) => o.id),
      ...uitvoer.services.flatMap((s) => [s.id, ...s.service_at_locations.map((x) => x.id), ...s.service_areas.map((x) => x.id)]),
      ...uitvoer.locations.flatMap((l) => [l.id, ...l.addresses.map((a) => a.id)]),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  }

  describe('de gevendorde HSDS 3.0-schema’s', () => {
    test('zijn de ongewijzigde compiled-bestanden van de release (hashes in de README)', () => {
      const readme = readFileSync(`${VENDOR}/README.md`, 'utf8');
      for (const naam of ['service.json', 'organization.json']) {
        const hash = createHash('sha256').update(readFileSync(`${VENDOR}/${naam}`)).digest('hex');
        expect(readme).toContain(`| \`${naam}\` | \`${hash}\` |`);
      }
      expect(readFileSync(`${VENDOR}/LICENSE`, 'utf8')).toContain('Creative Commons Attribution-ShareAlike 4.0');
      expect(readme).toContain('c457a0e3ecb0cfe43525ea8bcdbfd62542ed6730');
    });

    test('keuren echt af: een locatie zonder soort, een adres zonder land, een service_area zonder id', () => {
      const l = hsds.locations[0]!;
      const { location_type: _t, ...zonderSoort } = l;
      expect(location(zonderSoort)).toBe(false);
      const { country: _c, ...zonderLand } = l.addresses[0]!;
      expect(location({ ...l, addresses: [zonderLand] })).toBe(false);
      expect(location({ ...l, addresses: [{ ...l.addresses[0]!, address_type: 'thuis' }] })).toBe(false);
      const s = hsds.services.find((x) => x.service_areas.length > 0)!;
      expect(service({ ...s, service_areas: [{ name: 'Proefdorp' }] })).toBe(false);
      expect(service({ ...s, status: 'afgelopen' })).toBe(false);
    });
  });

  describe('de hele export is geldig HSDS 3.0', () => {
    test('de proefregio', () => {
      expect(hsds.locations.length).toBeGreaterThan(0);
      geldig(hsds);
    });

    test('de regio’s die met de site meekomen (data/)', () => {
      const { regios } = laadRegios('data', VANDAAG);
      expect(regios.length).toBeGreaterThan(0);
      for (const r of regios) geldig(regioNaarHsds(r, VANDAAG));
    });
  });

  describe('adressen, gebieden en status', () => {
    const cb = hsds.services.find((s) => s.name === 'Consultatiebureau')!;

    test('locaties worden locations met een fysiek adres in Nederland; de gemeente als region, de provincie als state_province', () => {
      expect(hsds.locations).toEqual([
        {
          id: expect.any(String),
          location_type: 'physical',
          name: 'CB "De Toren"; ingang B',
          addresses: [
            {
              id: expect.any(String),
              location_id: hsds.locations[0]!.id,
              address_1: 'Kerkplein 1',
              city: 'Proefdorp-Zuid',
              region: 'Proefdorp',
              state_province: 'Utrecht',
              postal_code: '1234 AB',
              country: 'NL',
              address_type: 'physical',
            },
          ],
        },
        expect.objectContaining({ name: 'Dorpsstraat 12a', addresses: [expect.objectContaining({ city: 'Testerveen', region: 'Testerveen' })] }),
      ]);
    });

    test('service_at_locations: per adres, met de toelichting en de openingstijden als schedule', () => {
      expect(cb.service_at_locations).toEqual([
        {
          id: expect.any(String),
          service_id: cb.id,
          location_id: hsds.locations[0]!.id,
          description: '=Ingang aan de achterkant | bel aan',
          schedules: [{ id: expect.any(String), service_at_location_id: cb.service_at_locations[0]!.id, description: 'ma; di 8.30–12.00 uur\nwo op afspraak' }],
        },
        { id: expect.any(String), service_id: cb.id, location_id: hsds.locations[1]!.id, schedules: [] },
      ]);
    });

    test('service_areas: de gemeenten van de voorziening, zonder gemeenten alle gemeenten van de regio', () => {
      expect(hsds.services.find((s) => s.name === 'Home-Start')!.service_areas.map((a) => a.name)).toEqual(['Testerveen']);
      expect(cb.service_areas.map((a) => a.name)).toEqual(['Proefdorp', 'Testerveen']);
      expect(cb.service_areas[0]!.description).toBe('Gemeente Proefdorp: voor gezinnen die daar wonen.');
    });

    test('voorwaarden staan in eligibility_description', () => {
      expect(hsds.services.find((s) => s.name === 'Home-Start')!.eligibility_description).toContain('Voorwaarden: Minstens één kind jonger dan 6;');
    });

    test('buiten beschikbaar is een service inactive (schuldhulp: 2025-01-01 tot en met 2027-06-30)', () => {
      const status = (dag: string) => regioNaarHsds(regio, new Date(`${dag}T00:00:00Z`)).services.find((s) => s.name === 'Schuldhulpverlening')!.status;
      expect(status('2024-12-31')).toBe('inactive');
      expect(status('2026-11-01')).toBe('active');
      expect(status('2027-07-01')).toBe('inactive');
    });

    test('dezelfde ids bij elke build', () => {
      expect(regioNaarHsds(regio, VANDAAG)).toEqual(hsds);
    });
  });
});
