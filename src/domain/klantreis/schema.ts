/**
 * The klantreis file (format "routekaart-klantreis", versie 1): one case, analysed along the child's age.
 * It never leaves the browser except as a file the user downloads, so import is where trust is checked:
 * every field is typed, unknown fields are refused, and texts may be empty (a case is filled in bit by bit).
 * Ages are months of the child's age: -10 is the start of the pregnancy (with preconceptie), 0 the birth,
 * 72 the sixth birthday.
 */
import { z } from 'zod';

export const KLANTREIS_FORMAAT = 'routekaart-klantreis';
export const KLANTREIS_VERSIE = 1;

export const LEEFTIJD_MIN = -10;
export const LEEFTIJD_MAX = 72;

export const ROL_IDS = ['ouder', 'netwerk', 'professional'] as const;
export type RolId = (typeof ROL_IDS)[number];

export const VERLOOP_IDS = ['goed', 'gemist', 'onbekend'] as const;
export type VerloopId = (typeof VERLOOP_IDS)[number];

const vrijeTekst = (description: string) => z.string().max(20_000, 'is te lang (hoogstens 20.000 tekens)').meta({ description });

/** Ids are made by the editor; a file may carry any short, plain id. */
const sleutel = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'moet een korte sleutel zijn van letters, cijfers, - of _')
  .meta({ description: 'Vaste sleutel binnen dit bestand.' });

export const leeftijd = z
  .number()
  .int('moet een heel aantal maanden zijn')
  .min(LEEFTIJD_MIN, `kan niet vóór ${LEEFTIJD_MIN} maanden liggen (het begin van de zwangerschap)`)
  .max(LEEFTIJD_MAX, `kan niet na ${LEEFTIJD_MAX} maanden liggen (6 jaar)`)
  .meta({ description: 'Leeftijd van het kind in maanden; negatief is vóór de geboorte.' });

/** An empty text means "no date yet": the group may agree on an action before it has a date. */
const actieDatum = z
  .string()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'moet leeg zijn of een datum als JJJJ-MM-DD, zoals "2027-03-31"')
  .meta({ description: 'Uiterste datum als JJJJ-MM-DD, of leeg.' });

export const betrokkeneSchema = z.strictObject({
  id: sleutel,
  naam: vrijeTekst('Naam of functie, zoals "moeder" of "jeugdverpleegkundige".'),
  rol: z.enum(ROL_IDS),
  organisatie: vrijeTekst('Organisatie, of leeg.'),
  /** The region's voorziening this person works in, when picked from the list. */
  voorziening: z.string().max(200).optional(),
  /** Own span within the case; when absent, the span of the age band. */
  van: leeftijd.optional(),
  tot: leeftijd.optional(),
});

export const actieSchema = z.strictObject({
  id: sleutel,
  wat: vrijeTekst('Wat er moet gebeuren.'),
  eigenaar: vrijeTekst('Wie het oppakt.'),
  datum: actieDatum,
});

export const bandSchema = z
  .strictObject({
    id: sleutel,
    naam: vrijeTekst('Naam van de leeftijdsband, zoals "0–2 jaar".'),
    van: leeftijd,
    tot: leeftijd,
    betrokkenen: z.array(betrokkeneSchema),
    feiten: vrijeTekst('Wat er gebeurde.'),
    perspectieven: z.strictObject({
      ouders: vrijeTekst('Hoe de ouders het zagen.'),
      professionals: vrijeTekst('Hoe de professionals het zagen.'),
    }),
    succesfactoren: vrijeTekst('Wat goed ging.'),
    verbeterfactoren: vrijeTekst('Wat beter moet.'),
    acties: z.array(actieSchema),
  })
  // The input is tot itself, not the band: otherwise "kreeg" in the message would quote the whole band object.
  .superRefine((band, ctx) => {
    if (band.van > band.tot) ctx.addIssue({ code: 'custom', message: `moet op of na van (${band.van}) liggen`, path: ['tot'], input: band.tot });
  });

export const overdrachtSchema = z.strictObject({
  id: sleutel,
  /** Ids of betrokkenen in this case. */
  van: sleutel,
  naar: sleutel,
  moment: leeftijd,
  verloop: z.enum(VERLOOP_IDS),
  toelichting: vrijeTekst('Wat er bij de overdracht gebeurde.'),
});

export const klantreisSchema = z.strictObject({
  formaat: z.literal(KLANTREIS_FORMAAT, { error: `is geen klantreis: verwacht formaat "${KLANTREIS_FORMAAT}"` }),
  versie: z.literal(KLANTREIS_VERSIE, { error: `deze versie kennen we niet; deze site leest versie ${KLANTREIS_VERSIE}` }),
  id: sleutel,
  titel: vrijeTekst('Titel van de casus, zonder namen of andere herleidbare gegevens.'),
  /** The region whose voorzieningen were offered for picking, if any. */
  regio: z.string().max(200).optional(),
  bijgewerkt: z.string().max(40).meta({ description: 'Tijdstip van de laatste wijziging (ISO 8601).' }),
  banden: z.array(bandSchema),
  overdrachten: z.array(overdrachtSchema),
});

export type Klantreis = z.infer<typeof klantreisSchema>;
export type Band = Klantreis['banden'][number];
export type Betrokkene = Band['betrokkenen'][number];
export type Actie = Band['acties'][number];
export type Overdracht = Klantreis['overdrachten'][number];
