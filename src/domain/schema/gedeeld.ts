/** Building blocks shared by the schemas of data contract v1. Every field carries a Dutch description (JSON Schema). */
import { z } from 'zod';
import { FASE_IDS } from '../tijdlijn.ts';
import { parseTijdpunt } from '../tijdpunt.ts';
import { AANMELDING_IDS, KENMERK_IDS, NIVEAU_IDS, THEMA_IDS } from '../ids.ts';

export { AANMELDING_IDS, KENMERK_IDS, NIVEAU_IDS, THEMA_IDS };
export type { AanmeldingId, KenmerkId, NiveauId, ThemaId } from '../ids.ts';

export const schemaRef = z.string().optional().meta({ description: 'Verwijzing naar het JSON Schema, voor de editor.' });

export const tekst = (description: string) => z.string().trim().min(1, 'mag niet leeg zijn').meta({ description });

export const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'moet kebab-case zijn: kleine letters, cijfers en streepjes, zoals "kraamzorg-thuis"')
  .meta({ description: 'Unieke naam in kebab-case (kleine letters, cijfers, streepjes).' });

/** Whether a JJJJ-MM-DD text is a day that exists (2026-02-30 is not). */
export function bestaandeDatum(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export const datum = z
  .string()
  // abort: a date in the wrong form gets one message, not a second "is geen bestaande datum".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'moet een datum zijn als JJJJ-MM-DD, zoals "2026-03-31"', abort: true })
  .refine(bestaandeDatum, 'is geen bestaande datum')
  .meta({ description: 'Datum als JJJJ-MM-DD.', format: 'date' });

const ALLOWED_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];

export const link = z
  .string()
  .refine((value) => {
    try {
      return ALLOWED_PROTOCOLS.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'moet een link zijn die begint met https://, http://, mailto: of tel:')
  .meta({ description: 'Een link: https://, http://, mailto: of tel:.' });

export const email = z.email('is geen geldig e-mailadres').meta({ description: 'E-mailadres.' });

export const telefoon = z
  .string()
  .regex(/^[0-9+() -]{6,20}$/, 'moet een telefoonnummer zijn, zoals "088 123 45 67"')
  .meta({ description: 'Telefoonnummer, zoals "088 123 45 67".' });

export const tijdpunt = z
  .string()
  .superRefine((value, ctx) => {
    const result = parseTijdpunt(value);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.fout });
  })
  .meta({
    description: 'Een moment op de tijdlijn, zoals "zwangerschap maand 3", "bevalling", "week 2", "maand 9" of "jaar 3".',
    pattern: '^(preconceptie|bevalling|schoolleeftijd|jaar [34]|zwangerschap (maand|week) [0-9]+|week [0-9]+|maand [0-9]+)$',
  });

export const periode = z
  .strictObject({
    van: tijdpunt.meta({ description: 'Begin van de periode (inclusief).' }),
    tot: tijdpunt.optional().meta({ description: 'Einde van de periode (inclusief). Weglaten voor één moment.' }),
  })
  .superRefine((value, ctx) => {
    if (!value.tot) return;
    const van = parseTijdpunt(value.van);
    const tot = parseTijdpunt(value.tot);
    if (van.ok && tot.ok && van.tijdpunt.eerste > tot.tijdpunt.laatste) {
      ctx.addIssue({
        code: 'custom',
        path: ['tot'],
        message: `"tot" ligt vóór "van" (kreeg van "${value.van}", tot "${value.tot}"); draai ze om of pas er één aan`,
      });
    }
  })
  .meta({ description: 'Wanneer de voorziening er is: van en tot, beide inclusief.' });

export const faseId = z.enum(FASE_IDS);
export const niveau = z.enum(NIVEAU_IDS).meta({ description: 'De laan op de kaart.' });
export const kenmerk = z.enum(KENMERK_IDS);
export const thema = z.enum(THEMA_IDS);
export const aanmelding = z.enum(AANMELDING_IDS);

/** A Dutch postcode as PostNL writes it: four digits (not starting with 0), a space, two capitals; never SA, SD or SS. */
export const POSTCODE = /^[1-9][0-9]{3} (?!SA|SD|SS)[A-Z]{2}$/;
const POSTCODE_LOS = /^\s*([0-9]{4})\s*([a-zA-Z]{2})\s*$/;

export const postcode = z
  .string()
  .superRefine((value, ctx) => {
    if (POSTCODE.test(value)) return;
    const los = POSTCODE_LOS.exec(value);
    const cijfers = los?.[1];
    const letters = los?.[2]?.toUpperCase();
    let message = 'moet een Nederlandse postcode zijn: vier cijfers, een spatie en twee hoofdletters, zoals "6411 AB"';
    if (cijfers?.startsWith('0')) message = 'bestaat niet: een Nederlandse postcode begint niet met 0';
    else if (letters && ['SA', 'SD', 'SS'].includes(letters)) message = `bestaat niet: postcodes met de letters ${letters} worden in Nederland niet gebruikt`;
    else if (cijfers && letters) message = `schrijf de postcode als "${cijfers} ${letters}": vier cijfers, een spatie en twee hoofdletters`;
    ctx.addIssue({ code: 'custom', message });
  })
  .meta({ description: 'Nederlandse postcode: vier cijfers, een spatie en twee hoofdletters, zoals "6411 AB".', pattern: POSTCODE.source });
