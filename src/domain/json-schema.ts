/** JSON Schema for each data file, generated from the zod schemas, so editors autocomplete while authors type. */
import { z } from 'zod';
import { doelgroepenSchema } from './schema/doelgroepen.ts';
import { huisstijlSchema } from './schema/huisstijl.ts';
import { routesSchema } from './schema/klantroute.ts';
import { regioSchema } from './schema/regio.ts';
import { voorzieningenSchema } from './schema/voorziening.ts';

export const JSON_SCHEMAS = {
  'regio.json': regioSchema,
  'doelgroepen.json': doelgroepenSchema,
  'voorzieningen.json': voorzieningenSchema,
  'routes.json': routesSchema,
  'huisstijl.json': huisstijlSchema,
} as const;

export function jsonSchema(name: keyof typeof JSON_SCHEMAS): string {
  const schema = z.toJSONSchema(JSON_SCHEMAS[name], { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, $id: `/schema/${name}` }, null, 2)}\n`;
}
