/**
 * ajv validators for the vendored HSDS 3.0 release schemas (tests/vendor/hsds/, compiled: no $refs). The whole
 * export is checked: each organization, each service with everything nested in it, and each top-level location
 * against the location object the service schema holds.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

export const VENDOR = 'tests/vendor/hsds';
export const LOCATION_POINTER = 'service.json#/properties/service_at_locations/items/properties/location';

function laad(naam: string): object {
  return JSON.parse(readFileSync(`${VENDOR}/${naam}`, 'utf8')) as object;
}

export function hsdsValidators(): {
  service: ValidateFunction;
  organization: ValidateFunction;
  location: ValidateFunction;
  fouten: (v: ValidateFunction) => string;
} {
  // strict: false because HSDS schemas carry their own annotation keywords (core, constraints, datapackage_metadata…).
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
  ajv.addFormat('uri', { validate: (value: string) => URL.canParse(value) && /^[a-z][a-z0-9+.-]*:/i.test(value) });
  ajv.addFormat('date-time', { validate: (value: string) => !Number.isNaN(Date.parse(value)) });
  ajv.addSchema(laad('service.json'), 'service.json');
  ajv.addSchema(laad('organization.json'), 'organization.json');
  return {
    service: ajv.getSchema('service.json')!,
    organization: ajv.getSchema('organization.json')!,
    location: ajv.compile({ $ref: LOCATION_POINTER }),
    fouten: (v) => ajv.errorsText(v.errors),
  };
}
