/**
 * A municipality's house style as an NL Design System design-token package on npm (its dist/tokens.json): the
 * tokens that say what the text, links, focus ring and header look like become the site's own colour tokens
 * (huisstijl.ts), so the contrast check and the per-colour override of huisstijl.json apply as to any colour.
 * Pure: src/io/thema.ts finds the package and hands over what it holds (ThemaPakket).
 */
import type { KleurToken } from './schema/huisstijl.ts';
import { closest } from './suggest.ts';

/**
 * For each colour of the site, the tokens that mean it, in order: component tokens first (nl.*, utrecht.*), then
 * the shared "basis" layer of NL Design System themes. The first one the package has, decides.
 */
export const THEMA_TOKENS: Record<KleurToken, readonly string[]> = {
  primair: ['basis.color.accent-1-inverse.bg-default', 'basis.color.action-1-inverse.bg-default', 'utrecht.page-header.background-color'],
  primairTekst: ['basis.color.accent-1-inverse.color-default', 'basis.color.action-1-inverse.color-default', 'utrecht.page-header.color'],
  accent: ['basis.color.accent-1.border-default', 'basis.color.action-1.border-default'],
  tekst: ['nl.paragraph.color', 'utrecht.document.color', 'basis.color.default.color-document'],
  gedempt: ['basis.color.default.color-subtle', 'utrecht.document.muted.color'],
  achtergrond: ['utrecht.page-body.background-color', 'utrecht.document.background-color', 'basis.color.default.bg-document'],
  vlak: ['basis.color.default.bg-default', 'utrecht.table.header.background-color'],
  link: ['nl.link.color', 'utrecht.link.color', 'basis.color.action-2.color-default'],
  focus: ['basis.focus.outline-color', 'utrecht.focus.outline-color'],
};

/** An installed token package as src/io/thema.ts read it. */
export interface ThemaPakket {
  /** The text of its dist/tokens.json; undefined when the package has none. */
  tokens?: string;
  versie?: string;
  licentie?: { naam: string; pad: string };
}

/** Finds an installed token package by its npm name; undefined when it is not installed. */
export type ThemaZoeker = (pakket: string) => ThemaPakket | undefined;

/** Where a colour of the site came from, for the messages of the contrast check. */
export interface ThemaHerkomst {
  token: string;
  /** The JSON path in huisstijl.json that decides it: "thema.tokens.link", or "thema.pakket" for the usual token. */
  pad: string;
}

export interface ThemaModel {
  pakket: string;
  versie?: string;
  /** The package's licence file, served next to huisstijl.css as thema-licentie.txt. */
  licentie?: { naam: string; pad: string };
}

export type ThemaResultaat =
  | { ok: true; thema: ThemaModel; kleuren: Partial<Record<KleurToken, string>>; herkomst: Partial<Record<KleurToken, ThemaHerkomst>> }
  | { ok: false; fouten: { pad: string; melding: string }[] };

const KLEUR = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/**
 * Every token of a tokens.json as path → value: nested objects whose leaves have "$value" (Design Tokens format)
 * or "value" (Style Dictionary). Only text values; references ("{basis.color…}") are left as written.
 */
export function platteTokens(json: unknown): Map<string, string> {
  const uit = new Map<string, string>();
  const stapel: [unknown, string[]][] = [[json, []]];
  while (stapel.length > 0) {
    const [knoop, pad] = stapel.pop()!;
    if (typeof knoop !== 'object' || knoop === null || Array.isArray(knoop)) continue;
    const blad = knoop as { $value?: unknown; value?: unknown };
    const waarde = '$value' in blad ? blad.$value : 'value' in blad ? blad.value : undefined;
    if (waarde !== undefined) {
      if (typeof waarde === 'string' && pad.length > 0) uit.set(pad.join('.'), waarde.trim());
      continue;
    }
    for (const [sleutel, kind] of Object.entries(knoop)) if (!sleutel.startsWith('$')) stapel.push([kind, [...pad, sleutel]]);
  }
  return uit;
}

/**
 * The colours of huisstijl.json's `thema`: for each colour the chosen token (`tokens`) or the usual one. A colour
 * the region writes itself in `kleuren` is not looked up: it wins, and the package need not have a token for it.
 */
export function kleurenUitThema(
  thema: { pakket: string; tokens?: Partial<Record<KleurToken, string>> },
  inhoud: ThemaPakket | undefined,
  zelf: ReadonlySet<KleurToken> = new Set(),
): ThemaResultaat {
  const { pakket } = thema;
  if (!inhoud) return { ok: false, fouten: [{ pad: 'thema.pakket', melding: `het pakket "${pakket}" is niet geïnstalleerd; voer uit: npm install --save-exact ${pakket}` }] };
  let tokens: Map<string, string>;
  try {
    if (inhoud.tokens === undefined) throw new Error('geen tokens.json');
    tokens = platteTokens(JSON.parse(inhoud.tokens));
    if (tokens.size === 0) throw new Error('leeg');
  } catch {
    return {
      ok: false,
      fouten: [{ pad: 'thema.pakket', melding: `het pakket "${pakket}" heeft geen leesbare dist/tokens.json met design tokens zoals de thema's van NL Design System; kies een ander pakket` }],
    };
  }
  const kleuren: Partial<Record<KleurToken, string>> = {};
  const herkomst: Partial<Record<KleurToken, ThemaHerkomst>> = {};
  const fouten: { pad: string; melding: string }[] = [];
  for (const kleur of Object.keys(THEMA_TOKENS) as KleurToken[]) {
    if (zelf.has(kleur)) continue;
    const gekozen = thema.tokens?.[kleur];
    const pad = gekozen ? `thema.tokens.${kleur}` : 'thema.pakket';
    const token = gekozen ?? THEMA_TOKENS[kleur].find((t) => tokens.has(t));
    if (token === undefined) continue; // the package says nothing about this colour: the default stays
    const waarde = tokens.get(token);
    if (waarde === undefined) {
      const suggestie = closest(token, tokens.keys());
      fouten.push({ pad, melding: `het pakket "${pakket}" heeft geen token "${token}"${suggestie ? `; bedoel je "${suggestie}"?` : ''}` });
      continue;
    }
    if (!KLEUR.test(waarde)) {
      fouten.push({
        pad,
        melding: `het token "${token}" van "${pakket}" is geen kleur als #rrggbb (kreeg "${waarde}"); kies een ander token in "thema.tokens.${kleur}" of zet de kleur zelf in "kleuren.${kleur}"`,
      });
      continue;
    }
    kleuren[kleur] = waarde.toLowerCase();
    herkomst[kleur] = { token, pad };
  }
  if (fouten.length) return { ok: false, fouten };
  const model: ThemaModel = { pakket, ...(inhoud.versie && { versie: inhoud.versie }), ...(inhoud.licentie && { licentie: inhoud.licentie }) };
  return { ok: true, thema: model, kleuren, herkomst };
}
