/**
 * huisstijl.json (optional, per region): the region's house style as design tokens — colours, a logo and a
 * self-hosted font from npm — in the manner of the NL Design System themes. The build turns the tokens into
 * --rk-* custom properties on the region's own pages and refuses colour pairs that fail WCAG AA contrast.
 */
import { z } from 'zod';
import { schemaRef, tekst } from './gedeeld.ts';

export const kleur = z
  .string()
  .regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'moet een kleur zijn als #rrggbb, zoals "#1d4f7c"')
  .meta({ description: 'Een kleur als hexadecimale code: #rrggbb of #rgb.', pattern: '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$' });

const token = (description: string) => kleur.optional().meta({ description });

export const kleurenSchema = z
  .strictObject({
    primair: token('Hoofdkleur: de kopbalk bovenaan elke pagina en de link om naar de inhoud te springen.'),
    primairTekst: token('Tekst op de hoofdkleur (in de kopbalk). Contrast met primair: minstens 4,5:1.'),
    accent: token('Tweede kleur: de streep onder de kopbalk en de rand van meldingen. Contrast met achtergrond: minstens 3:1.'),
    tekst: token('Gewone tekst. Contrast met achtergrond en vlak: minstens 4,5:1.'),
    gedempt: token('Bijschriften, zoals "bijgewerkt op". Contrast met achtergrond: minstens 4,5:1.'),
    achtergrond: token('Achtergrond van de pagina.'),
    vlak: token('Achtergrond van vakken en tabelkoppen.'),
    link: token('Links. Contrast met achtergrond en vlak: minstens 4,5:1. Weglaten: de hoofdkleur.'),
    focus: token('De rand om wat de toetsenbordfocus heeft. Contrast met achtergrond: minstens 3:1.'),
  })
  .meta({ description: 'Kleuren van de huisstijl; wat ontbreekt, houdt de standaardkleur.' });

export const logoSchema = z
  .strictObject({
    bestand: z
      .string()
      .regex(/^[A-Za-z0-9_-][A-Za-z0-9._-]*\.(svg|png)$/, 'moet de naam van een .svg- of .png-bestand in de regiomap zijn, zoals "logo.svg"')
      .meta({ description: 'Bestandsnaam van het logo in de regiomap (.svg of .png), zoals "logo.svg".' }),
    alt: tekst('Tekstalternatief van het logo, zoals "Gemeente Kleinstad".'),
  })
  .meta({ description: 'Het logo in de kopbalk.' });

export const lettertypeSchema = z
  .strictObject({
    pakket: z
      .string()
      .regex(/^@fontsource(-variable)?\/[a-z0-9-]+$/, 'moet een Fontsource-pakket zijn, zoals "@fontsource/atkinson-hyperlegible"')
      .meta({
        description:
          'Een npm-pakket van Fontsource (@fontsource/… of @fontsource-variable/…), geïnstalleerd met npm install --save-exact. De letters komen van de eigen site, nooit van een andere server.',
      }),
  })
  .meta({ description: 'Het lettertype van de tekst (niet van de kaart zelf, die houdt het systeemlettertype).' });

export const huisstijlSchema = z
  .strictObject({
    $schema: schemaRef,
    kleuren: kleurenSchema.optional(),
    logo: logoSchema.optional(),
    lettertype: lettertypeSchema.optional(),
  })
  .meta({ title: 'huisstijl.json', description: 'De huisstijl van de regio: kleuren, logo en lettertype.' });

export type Huisstijl = z.infer<typeof huisstijlSchema>;
export type Kleuren = z.infer<typeof kleurenSchema>;
export type KleurToken = keyof Kleuren;
