/** npm run schema: write public/schema/*.json from the zod schemas (a unit test checks they are current). */
import { writeFileSync, mkdirSync } from 'node:fs';
import { JSON_SCHEMAS, jsonSchema } from '../domain/json-schema.ts';

mkdirSync('public/schema', { recursive: true });
for (const name of Object.keys(JSON_SCHEMAS) as (keyof typeof JSON_SCHEMAS)[]) {
  writeFileSync(`public/schema/${name}`, jsonSchema(name));
  console.log(`public/schema/${name}`);
}
