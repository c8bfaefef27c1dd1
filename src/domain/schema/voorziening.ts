/** voorzieningen.json: what is offered, by whom, when, at what cost and how a family gets there. */
import { z } from 'zod';
import { aanmelding, datum, email, id, kenmerk, link, niveau, periode, schemaRef, tekst, telefoon, thema, tijdpunt } from './gedeeld.ts';

export const aanbiederSchema = z.strictObject({
  naam: tekst('Naam van de organisatie.'),
  website: link.optional(),
  telefoon: telefoon.optional(),
  email: email.optional(),
});

export const voorzieningSchema = z.strictObject({
  id,
  naam: tekst('Naam van de voorziening.'),
  omschrijving: tekst('Wat het is en wat het oplevert, in gewone taal.'),
  niveau,
  periode,
  momenten: z.array(tijdpunt).optional().meta({ description: 'Contactmomenten binnen de periode, getekend als stippen.' }),
  kenmerken: z.array(kenmerk).meta({
    description:
      'Kosten en aard: eigen-risico, eigen-bijdrage, aanvullend-verzekerd, vrij-verzekerd, standaard, sociaal-netwerk.',
  }),
  kostenToelichting: tekst('Uitleg over de kosten voor het gezin.').optional(),
  aanbieders: z.array(aanbiederSchema).min(1, 'noem minstens één aanbieder').meta({
    description: 'De organisaties die de voorziening bieden, met contactgegevens.',
  }),
  toegang: tekst('Hoe een gezin er komt: zelf aanmelden, via de huisarts, …'),
  aanmelding: z.array(aanmelding).optional().meta({
    description: 'De toegang in vaste woorden, voor het filter: zelf (zelf aanmelden), verwijzing, uitnodiging.',
  }),
  voorWie: tekst('Voor wie de voorziening is.').optional(),
  themas: z.array(thema).optional().meta({ description: 'Thema\'s waarbij de verwijswijzer deze voorziening voorstelt.' }),
  meerInformatie: link.optional().meta({ description: 'Link naar meer informatie.' }),
  bijgewerkt: datum.meta({ description: 'Wanneer deze gegevens het laatst zijn nagekeken (JJJJ-MM-DD).' }),
});

/**
 * An item that takes a voorziening from the landelijke basis (data/_basis/voorzieningen.json) and overrides some of
 * its fields for this region. Every field but `basis` is optional; see src/domain/basis.ts for the merge rules.
 */
export const basisVerwijzingSchema = voorzieningSchema
  .partial()
  .extend({
    basis: id.meta({ description: 'Id van een voorziening uit de landelijke basis (data/_basis/voorzieningen.json).' }),
    id: id.optional().meta({ description: 'Eigen id in deze regio; weglaten: het id uit de landelijke basis.' }),
  })
  .meta({
    description:
      'Een voorziening uit de landelijke basis, lokaal aangevuld: elk veld dat hier staat, vervangt dat van de basis in zijn geheel (lijsten ook).',
  });

export const voorzieningenSchema = z
  .strictObject({ $schema: schemaRef, voorzieningen: z.array(z.union([voorzieningSchema, basisVerwijzingSchema])) })
  .meta({ title: 'voorzieningen.json', description: 'De voorzieningen van de regio.' });

export type Voorziening = z.infer<typeof voorzieningSchema>;
export type Aanbieder = z.infer<typeof aanbiederSchema>;
export type BasisVerwijzing = z.infer<typeof basisVerwijzingSchema>;
