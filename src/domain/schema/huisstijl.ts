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
  .meta({ description: 'Kleuren van de huisstijl; elke kleur hier gaat voor het thema-pakket. Wat ontbreekt, komt uit het thema of houdt de standaardkleur.' });

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

/** A token of a design-token package by its path, as NL Design System writes it: "basis.color.action-2.color-default". */
export const tokenPad = z
  .string()
  .regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+$/, 'moet de naam van een token zijn, met punten, zoals "basis.color.action-2.color-default"')
  .meta({ description: 'Naam (pad) van een token in het pakket, zoals "basis.color.action-2.color-default".' });

const themaToken = (kleur: string) => tokenPad.optional().meta({ description: `Het token voor ${kleur}; weglaten: het gewone token van NL Design System.` });

export const themaSchema = z
  .strictObject({
    pakket: z
      .string()
      .regex(
        /^@[a-z0-9-]+\/[a-z0-9.-]*tokens[a-z0-9.-]*$/,
        'moet een npm-pakket met design tokens zijn, zoals "@nl-design-system-unstable/voorbeeld-design-tokens" of "@gemeente-denhaag/design-tokens-components"',
      )
      .meta({
        description:
          'Een thema van NL Design System op npm (design tokens), geïnstalleerd met npm install --save-exact. De site neemt er de kleuren uit; niets wordt van een andere server geladen.',
      }),
    tokens: z
      .strictObject({
        primair: themaToken('primair (de kopbalk)'),
        primairTekst: themaToken('primairTekst (tekst in de kopbalk)'),
        accent: themaToken('accent (streep en randen)'),
        tekst: themaToken('tekst'),
        gedempt: themaToken('gedempt (bijschriften)'),
        achtergrond: themaToken('achtergrond'),
        vlak: themaToken('vlak (vakken, tabelkoppen)'),
        link: themaToken('link'),
        focus: themaToken('focus (de focusrand)'),
      })
      .optional()
      .meta({ description: 'Welk token van het pakket bij welke kleur van de site hoort, als het gewone token niet past.' }),
  })
  .meta({ description: 'Een huisstijl van NL Design System als npm-pakket. Een kleur in "kleuren" gaat voor wat het pakket zegt.' });

export const huisstijlSchema = z
  .strictObject({
    $schema: schemaRef,
    thema: themaSchema.optional(),
    kleuren: kleurenSchema.optional(),
    logo: logoSchema.optional(),
    lettertype: lettertypeSchema.optional(),
  })
  .meta({ title: 'huisstijl.json', description: 'De huisstijl van de regio: kleuren, logo en lettertype.' });

export type Huisstijl = z.infer<typeof huisstijlSchema>;
export type Kleuren = z.infer<typeof kleurenSchema>;
export type KleurToken = keyof Kleuren;
export type Thema = z.infer<typeof themaSchema>;
