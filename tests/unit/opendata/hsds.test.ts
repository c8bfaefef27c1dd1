/** The HSDS export validates against the vendored HSDS 3.0 JSON Schema, and maps the data as documented. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { regioNaarHsds } from '../../../src/domain/export/hsds.ts';
import { uuidV5 } from '../../../src/domain/export/uuid.ts';
import { proefregio } from './fixture.ts';

const regio = proefregio();
const hsds = regioNaarHsds(regio);

const VENDOR = 'tests/vendor/hsds';
const VENDORED = ['service.json', 'organization.json', 'phone.json'];
/** Referenced by the vendored schemas but not vendored: locked to `false`, so the export may not use them. */
const NIET_GEVENDORD = [
  'schedule.json', 'service_area.json', 'service_at_location.json', 'language.json', 'funding.json', 'cost_option.json',
  'program.json', 'required_document.json', 'contact.json', 'attribute.json', 'metadata.json', 'location.json',
  'organization_identifier.json',
];

function validator() {
  // strict: false because HSDS schemas carry their own annotation keywords (core, constraints, datapackage_metadata…).
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  ajv.addFormat('uri', { validate: (value: string) => URL.canParse(value) && /^[a-z][a-z0-9+.-]*:/i.test(value) });
  ajv.addFormat('%Y', { type: 'number', validate: (value: number) => Number.isInteger(value) });
  for (const name of VENDORED) ajv.addSchema(JSON.parse(readFileSync(`${VENDOR}/${name}`, 'utf8')), name);
  for (const name of NIET_GEVENDORD) ajv.addSchema(false, name);
  return { service: ajv.getSchema('service.json')!, organization: ajv.getSchema('organization.json')!, ajv };
}
const { service, organization, ajv } = validator();

describe('HSDS 3.0 JSON Schema', () => {
  test('elke organization en elke service is geldig', () => {
    expect(hsds.organizations.length).toBeGreaterThan(0);
    for (const org of hsds.organizations) expect(organization(org), ajv.errorsText(organization.errors)).toBe(true);
    for (const s of hsds.services) expect(service(s), ajv.errorsText(service.errors)).toBe(true);
  });

  test('de validator keurt echt af: zonder status, met een id dat geen uuid is, of met een niet-gevendord object', () => {
    const goed = hsds.services[0]!;
    const { status: _status, ...zonderStatus } = goed;
    expect(service(zonderStatus)).toBe(false);
    expect(service({ ...goed, id: 'kraamzorg' })).toBe(false);
    expect(service({ ...goed, status: 'open' })).toBe(false);
    expect(service({ ...goed, phones: [{ id: goed.id }] })).toBe(false);
    expect(service({ ...goed, schedules: [{ id: goed.id }] })).toBe(false);
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
    expect(regioNaarHsds(regio)).toEqual(hsds);
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
