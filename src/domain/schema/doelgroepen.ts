/** doelgroepen.json: per niveau, which families belong and what the coalition wants for them. */
import { z } from 'zod';
import { schemaRef, tekst } from './gedeeld.ts';

export const doelgroepSchema = z.strictObject({
  naam: tekst('Naam van de doelgroep, zoals "Alle (aanstaande) ouders".'),
  omschrijving: tekst('Wie hoort erbij: criteria en signalen.'),
  doelen: z.array(tekst('Een doel.')).min(1, 'noem minstens één doel').meta({
    description: 'De doelen die de coalitie voor deze doelgroep heeft gesteld.',
  }),
});

export const doelgroepenSchema = z
  .strictObject({
    $schema: schemaRef,
    basiszorg: doelgroepSchema,
    'steuntje-in-de-rug': doelgroepSchema,
    'extra-steun': doelgroepSchema,
    'digitale-zorg': doelgroepSchema.optional(),
  })
  .meta({ title: 'doelgroepen.json', description: 'De doelgroep van elk niveau (laan) op de kaart.' });

export type Doelgroep = z.infer<typeof doelgroepSchema>;
export type Doelgroepen = z.infer<typeof doelgroepenSchema>;
