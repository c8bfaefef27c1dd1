/** voorzieningen.json: what is offered, by whom, when, at what cost and how a family gets there. */
import { z } from 'zod';
import { aanmelding, bestaandeDatum, datum, email, id, kenmerk, link, niveau, periode, postcode, schemaRef, tekst, telefoon, thema, tijdpunt } from './gedeeld.ts';

export const aanbiederSchema = z.strictObject({
  naam: tekst('Naam van de organisatie.'),
  website: link.optional(),
  telefoon: telefoon.optional(),
  email: email.optional(),
});

/** A place where a family goes for the voorziening: an address, and when and how it is open. */
export const locatieSchema = z
  .strictObject({
    naam: tekst('Naam van de plek, zoals "Consultatiebureau De Linde".').optional(),
    adres: tekst('Straat en huisnummer, zoals "Lindeplein 4".'),
    postcode,
    plaats: tekst('Plaats (woonplaats) van het adres, zoals "Lindewaard".'),
    gemeente: tekst(
      'De gemeente van dit adres, uit regio.json › gemeenten. Weglaten mag als de plaats zelf een gemeente van de regio is, of als de voorziening maar in één gemeente is.',
    ).optional(),
    openingstijden: tekst('Wanneer de plek open is, in woorden: "ma t/m vr 8.30–12.30 uur; woensdag inloop 13.30–15.00 uur".').optional(),
    toelichting: tekst('Wat een gezin over deze plek moet weten: alleen op afspraak, ingang, rolstoeltoegankelijk, parkeren.').optional(),
  })
  .meta({ description: 'Een adres waar de voorziening wordt gegeven.' });

/**
 * When a voorziening exists: a pilot that ends, a service that starts later. Both days count (inclusive). Outside
 * the window it is not on the map and not in the verwijswijzer; its own page stays and says why.
 */
export const beschikbaarSchema = z
  .strictObject({
    van: datum.optional().meta({ description: 'Eerste dag waarop de voorziening er is (JJJJ-MM-DD).', format: 'date' }),
    tot: datum.optional().meta({ description: 'Laatste dag waarop de voorziening er is (JJJJ-MM-DD), zoals het einde van een pilot.', format: 'date' }),
  })
  .superRefine((value, ctx) => {
    if (value.van === undefined && value.tot === undefined) {
      ctx.addIssue({ code: 'custom', message: 'noem "van", "tot" of allebei; laat "beschikbaar" weg als de voorziening er gewoon is' });
    } else if (value.van && value.tot && bestaandeDatum(value.van) && bestaandeDatum(value.tot) && value.van > value.tot) {
      ctx.addIssue({
        code: 'custom',
        path: ['tot'],
        message: `"tot" ligt vóór "van" (kreeg van "${value.van}", tot "${value.tot}"); draai ze om of pas er één aan`,
      });
    }
  })
  .meta({ description: 'Van wanneer tot wanneer de voorziening er is (beide dagen tellen mee). Weglaten: altijd.' });

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
  voorwaarden: tekst(
    'Waar een gezin aan moet voldoen, zoals "alleen met een zorgverzekering bij …" of "inkomen op of onder bijstandsniveau".',
  ).optional(),
  gemeenten: z
    .array(tekst('Naam van een gemeente, precies zoals in regio.json › gemeenten.'))
    .min(1, 'noem minstens één gemeente, of laat "gemeenten" weg als de voorziening in de hele regio is')
    .optional()
    .meta({ description: 'In welke gemeenten van de regio de voorziening is, met namen uit regio.json › gemeenten. Weglaten: de hele regio.' }),
  locaties: z
    .array(locatieSchema)
    .min(1, 'noem minstens één locatie, of laat "locaties" weg')
    .optional()
    .meta({ description: 'De adressen waar een gezin terechtkan, met openingstijden.' }),
  beschikbaar: beschikbaarSchema.optional(),
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
export type Locatie = z.infer<typeof locatieSchema>;
export type Beschikbaar = z.infer<typeof beschikbaarSchema>;
