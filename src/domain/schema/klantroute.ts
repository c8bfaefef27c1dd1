/** routes.json: klantroutes, each an ordered walk through the voorzieningen for one doelgroep or persona. */
import { z } from 'zod';
import { id, niveau, schemaRef, tekst, thema, tijdpunt } from './gedeeld.ts';

export const stapSchema = z.strictObject({
  voorziening: z.string().meta({ description: 'Id van een voorziening uit voorzieningen.json.' }),
  moment: tijdpunt,
  toelichting: tekst('Wie signaleert, wie verwijst naar wie.'),
});

export const klantrouteSchema = z.strictObject({
  id,
  naam: tekst('Naam van de route, zoals "Zwangere met schulden".'),
  omschrijving: tekst('Het verhaal van de route.'),
  niveau: niveau.optional(),
  themas: z.array(thema).optional(),
  stappen: z.array(stapSchema).min(2, 'een route heeft minstens twee stappen'),
});

export const routesSchema = z
  .strictObject({ $schema: schemaRef, routes: z.array(klantrouteSchema) })
  .meta({ title: 'routes.json', description: 'Klantroutes door het aanbod.' });

export type Klantroute = z.infer<typeof klantrouteSchema>;
export type Stap = z.infer<typeof stapSchema>;
