/** public/schema/*.json must be what src/domain/json-schema.ts generates now: run `npm run schema` after a schema change. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { JSON_SCHEMAS, jsonSchema } from '../../../src/domain/json-schema.ts';

const PUBLIC_SCHEMA = fileURLToPath(new URL('../../../public/schema/', import.meta.url));
const NAMES = Object.keys(JSON_SCHEMAS) as (keyof typeof JSON_SCHEMAS)[];

describe('public/schema is up to date', () => {
  test.each(NAMES)('%s equals the generated schema (run `npm run schema` if not)', (name) => {
    expect(readFileSync(`${PUBLIC_SCHEMA}${name}`, 'utf8')).toBe(jsonSchema(name));
  });

  test('there is no stale schema file for a data file that no longer exists', () => {
    expect(readdirSync(PUBLIC_SCHEMA).sort()).toEqual([...NAMES].sort());
  });

  test('the generated schemas forbid unknown keys and document every field', () => {
    for (const name of NAMES) {
      const schema = JSON.parse(jsonSchema(name));
      expect(schema.additionalProperties, name).toBe(false);
      expect(schema.$id).toBe(`/schema/${name}`);
    }
    // An item is a whole voorziening or a reference to the landelijke basis (anyOf); both document every field.
    const items = JSON.parse(jsonSchema('voorzieningen.json')).properties.voorzieningen.items;
    const variants: { properties: Record<string, { description?: string }>; additionalProperties: boolean }[] = items.anyOf ?? [items];
    expect(variants.map((v) => Object.keys(v.properties).includes('basis'))).toEqual([false, true]);
    for (const variant of variants) {
      expect(variant.additionalProperties).toBe(false);
      const undocumented = Object.entries(variant.properties)
        .filter(([, field]) => !field.description)
        .map(([key]) => key);
      expect(undocumented).toEqual([]);
    }
  });
});
