/** npm run schema: write public/schema/*.json from the zod schemas (a unit test checks they are current). */
import { JSON_SCHEMAS, jsonSchema } from '../domain/json-schema.ts';
import { schrijfBestand } from '../io/bestanden.ts';

for (const name of Object.keys(JSON_SCHEMAS) as (keyof typeof JSON_SCHEMAS)[]) {
  schrijfBestand(`public/schema/${name}`, jsonSchema(name));
  console.log(`public/schema/${name}`);
}
