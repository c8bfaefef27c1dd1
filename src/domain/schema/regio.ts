/** regio.json: who publishes this map, and the questions they ask themselves per fase. */
import { z } from 'zod';
import { FASE_IDS } from '../tijdlijn.ts';
import { datum, email, link, schemaRef, telefoon, tekst } from './gedeeld.ts';

export const contactSchema = z
  .strictObject({
    naam: tekst('Naam van de contactpersoon of het team.'),
    email: email.optional(),
    telefoon: telefoon.optional(),
    website: link.optional(),
  })
  .meta({ description: 'Contact voor vragen en feedback over deze routekaart.' });

export const licentieSchema = z
  .strictObject({
    naam: tekst('Naam van de licentie, zoals "CC BY 4.0".'),
    url: link.meta({ description: 'Link naar de tekst van de licentie.' }),
  })
  .meta({ description: 'Onder welke licentie de open data van deze regio staan. Weglaten: CC BY 4.0.' });

const vragen = z.array(tekst('Een evaluatieve vraag.')).meta({ description: 'Evaluatieve vragen bij deze fase.' });

export const evaluatievragenSchema = z
  .strictObject(Object.fromEntries(FASE_IDS.map((fase) => [fase, vragen.optional()])) as Record<
    (typeof FASE_IDS)[number],
    z.ZodOptional<typeof vragen>
  >)
  .meta({ description: 'Per fase de vragen die de coalitie zich stelt om haar werkwijze bij te stellen.' });

/** The twelve provinces, as they name themselves. */
export const PROVINCIES = [
  'Drenthe', 'Flevoland', 'Fryslân', 'Gelderland', 'Groningen', 'Limburg', 'Noord-Brabant', 'Noord-Holland', 'Overijssel', 'Utrecht', 'Zeeland', 'Zuid-Holland',
] as const;

export const regioSchema = z
  .strictObject({
    $schema: schemaRef,
    naam: tekst('Naam van de regio, zoals die boven de kaart staat.'),
    gemeenten: z.array(tekst('Naam van een gemeente.')).min(1, 'noem minstens één gemeente').meta({
      description: 'De gemeenten in deze regio; de startpagina zoekt hierop.',
    }),
    provincie: z.enum(PROVINCIES).optional().meta({
      description: 'De provincie van de regio. De open data (Open Referral HSDS) noemt haar bij elk adres van een locatie.',
    }),
    coalitie: tekst('Naam van de lokale coalitie die de kaart bijhoudt.'),
    contact: contactSchema,
    bijgewerkt: datum.meta({ description: 'Wanneer de kaart als geheel het laatst is nagekeken (JJJJ-MM-DD).' }),
    intro: tekst('Korte inleiding boven de kaart.'),
    evaluatievragen: evaluatievragenSchema,
    licentie: licentieSchema.optional(),
  })
  .meta({ title: 'regio.json', description: 'Gegevens over de regio en de coalitie.' });

export type Regio = z.infer<typeof regioSchema>;
