/**
 * Opening and saving a klantreis file. The file comes from the user's own disk, possibly edited by hand or
 * the wrong file altogether, so every way it can be wrong gets a Dutch message naming the file and JSON path.
 */
import { dutchErrorMap, formatFout, fout, fromZod, shown, type DataFout } from '../fouten.ts';
import { parseJsonBytes } from '../json-bestand.ts';
import { closest } from '../suggest.ts';
import { KLANTREIS_FORMAAT, KLANTREIS_VERSIE, klantreisSchema, type Klantreis } from './schema.ts';

export type LeesResultaat = { ok: true; klantreis: Klantreis } | { ok: false; meldingen: string[] };

/** More than a screenful of messages helps nobody; the first ones usually explain the rest. */
export const MAX_MELDINGEN = 20;

/** Exactly what the editor writes; indented so a file stays readable and diffable by hand. */
export function klantreisNaarJson(k: Klantreis): string {
  return `${JSON.stringify(k, null, 2)}\n`;
}

export function leesKlantreis(bestandsnaam: string, bytes: Uint8Array): LeesResultaat {
  // parseJsonBytes' own message for an empty file talks about a region's data, which would confuse here.
  if (isLeeg(bytes)) return mislukt([fout(bestandsnaam, '', `het bestand is leeg. ${KIES}`)]);
  const json = parseJsonBytes(bestandsnaam, bytes);
  if (!json.ok) return mislukt([json.fout]);
  // The wrong file gives one message, not twenty "ontbreekt" lines that all say the same thing.
  const herkenning = herken(bestandsnaam, json.data);
  if (herkenning) return mislukt([herkenning]);
  const parsed = klantreisSchema.safeParse(json.data, { error: dutchErrorMap, reportInput: true });
  if (!parsed.success) return mislukt(fromZod(bestandsnaam, parsed.error.issues));
  const fouten = kruisverwijzingen(bestandsnaam, parsed.data);
  return fouten.length > 0 ? mislukt(fouten) : { ok: true, klantreis: parsed.data };
}

function mislukt(fouten: readonly DataFout[]): LeesResultaat {
  const meldingen = fouten.slice(0, MAX_MELDINGEN).map(formatFout);
  if (fouten.length > MAX_MELDINGEN) meldingen.push(`… en ${fouten.length - MAX_MELDINGEN} meer`);
  return { ok: false, meldingen };
}

/** Only spaces, newlines and a byte order mark. Stops at the first other byte, so a big file costs nothing. */
function isLeeg(bytes: Uint8Array): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = start; i < bytes.length; i++) {
    if (![0x20, 0x09, 0x0a, 0x0d].includes(bytes[i]!)) return false;
  }
  return true;
}

/** Keys of the region files, so a mix-up can be named ("dit lijkt voorzieningen.json"). */
const REGIO_SLEUTELS: Record<string, string> = {
  voorzieningen: 'voorzieningen.json',
  routes: 'routes.json',
  doelgroepen: 'doelgroepen.json',
};

const GEEN_KLANTREIS = 'dit is geen klantreis-bestand';
const KIES = 'Kies een klantreis-bestand dat je eerder op deze site hebt bewaard';

/** One message when the data is not a klantreis of a version we read; undefined when it is worth validating. */
function herken(bestand: string, data: unknown): DataFout | undefined {
  if (Array.isArray(data)) {
    return fout(bestand, '', `${GEEN_KLANTREIS}: het bevat een lijst [ … ], zoals voorzieningen.json van een regio, maar een klantreis is één object { … } met "formaat": "${KLANTREIS_FORMAAT}". ${KIES}`);
  }
  if (typeof data !== 'object' || data === null) {
    return fout(bestand, '', `${GEEN_KLANTREIS}: het bevat alleen ${shown(data)}, maar een klantreis is een object { … }. ${KIES}`);
  }
  const object = data as Record<string, unknown>;
  if (object.formaat !== KLANTREIS_FORMAAT) {
    const regioBestand = Object.keys(object).map((key) => REGIO_SLEUTELS[key]).find(Boolean);
    const gevonden = object.formaat === undefined ? 'het veld "formaat" ontbreekt' : `"formaat" is ${shown(object.formaat)}`;
    const lijkt = regioBestand ? ` Het lijkt op ${regioBestand} van een regio.` : '';
    return fout(bestand, 'formaat', `${GEEN_KLANTREIS} (${gevonden}; verwacht "${KLANTREIS_FORMAAT}").${lijkt} ${KIES}`);
  }
  if (object.versie !== KLANTREIS_VERSIE) {
    const nieuwer = typeof object.versie === 'number' && object.versie > KLANTREIS_VERSIE;
    const uitleg = nieuwer
      ? `dit bestand is versie ${object.versie}, gemaakt met een nieuwere versie van de site; deze site leest versie ${KLANTREIS_VERSIE}`
      : object.versie === undefined
        ? `ontbreekt; een klantreis-bestand zegt welke versie het is (deze site leest versie ${KLANTREIS_VERSIE})`
        : `onbekende versie (kreeg ${shown(object.versie)}); deze site leest versie ${KLANTREIS_VERSIE}`;
    return fout(bestand, 'versie', uitleg);
  }
  return undefined;
}

/** Checks zod cannot do on one field: unique ids, overdrachten that point at betrokkenen, spans in order. */
function kruisverwijzingen(bestand: string, k: Klantreis): DataFout[] {
  const fouten: DataFout[] = [];
  // Every id in the file, with where it was first seen and what it names.
  const gezien = new Map<string, { pad: string; soort: string; naam?: string }>();
  const registreer = (id: string, pad: string, soort: string, naam?: string) => {
    const eerder = gezien.get(id);
    if (eerder) {
      const waar = eerder.pad === 'id' ? 'het id van de klantreis zelf' : eerder.pad;
      fouten.push(fout(bestand, pad, `de sleutel "${id}" komt al voor bij ${waar}; elke sleutel mag in een klantreis maar één keer voorkomen`));
    }
    else gezien.set(id, { pad, soort, naam });
  };
  registreer(k.id, 'id', 'de klantreis zelf');
  k.banden.forEach((band, b) => {
    const bandPad = `banden[${b}]`;
    registreer(band.id, `${bandPad}.id`, 'een leeftijdsband', band.naam);
    band.betrokkenen.forEach((betrokkene, i) => {
      const pad = `${bandPad}.betrokkenen[${i}]`;
      registreer(betrokkene.id, `${pad}.id`, 'een betrokkene', betrokkene.naam);
      // Absent van/tot mean "the whole band", so the span that must be in order is the effective one.
      const van = betrokkene.van ?? band.van;
      const tot = betrokkene.tot ?? band.tot;
      if (van > tot) {
        const vanTekst = betrokkene.van === undefined ? `${van}, het begin van de leeftijdsband` : String(van);
        const totTekst = betrokkene.tot === undefined ? `${tot}, het einde van de leeftijdsband` : String(tot);
        const veld = betrokkene.tot === undefined ? 'van' : 'tot';
        fouten.push(fout(bestand, `${pad}.${veld}`, `van (${vanTekst}) moet vóór of op tot (${totTekst}) liggen`));
      }
    });
    band.acties.forEach((actie, i) => registreer(actie.id, `${bandPad}.acties[${i}].id`, 'een actie'));
  });
  k.overdrachten.forEach((overdracht, i) => registreer(overdracht.id, `overdrachten[${i}].id`, 'een overdracht'));

  const betrokkenen = [...gezien].filter(([, plek]) => plek.soort === 'een betrokkene');
  k.overdrachten.forEach((overdracht, i) => {
    for (const veld of ['van', 'naar'] as const) {
      const id = overdracht[veld];
      const plek = gezien.get(id);
      if (plek?.soort === 'een betrokkene') continue;
      const wat = plek ? `"${id}" is ${plek.soort} (${plek.pad}), geen betrokkene` : `er is geen betrokkene met sleutel "${id}" in deze klantreis`;
      fouten.push(fout(bestand, `overdrachten[${i}].${veld}`, `${wat}${bedoelJe(id, betrokkenen)}`));
    }
    if (overdracht.van === overdracht.naar) {
      fouten.push(fout(bestand, `overdrachten[${i}].naar`, `van en naar zijn dezelfde betrokkene ("${overdracht.van}"); een overdracht gaat van de een naar de ander`));
    }
  });
  return fouten;
}

/** A likely typo in an id, or a name written where the id belongs ("oma" for the id of the betrokkene oma). */
function bedoelJe(id: string, betrokkenen: readonly [string, { naam?: string }][]): string {
  const opNaam = betrokkenen.filter(([, plek]) => plek.naam?.trim().toLowerCase() === id.trim().toLowerCase());
  const sleutel = opNaam.length === 1 ? opNaam[0]![0] : closest(id, betrokkenen.map(([sleutel]) => sleutel));
  if (sleutel === undefined) return '';
  const naam = betrokkenen.find(([s]) => s === sleutel)?.[1].naam;
  return `; bedoel je "${sleutel}"${naam ? ` (${naam})` : ''}?`;
}
