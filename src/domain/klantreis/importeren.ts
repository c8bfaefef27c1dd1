/**
 * Opening and saving a klantreis file. The file comes from the user's own disk, possibly edited by hand or
 * the wrong file altogether, so every way it can be wrong gets a Dutch message naming the file and JSON path.
 */
import type { z } from 'zod';
import { dutchErrorMap, formatFout, fout, fromZod, jsonPath, shown, type DataFout } from '../fouten.ts';
import { parseJsonBytes } from '../json-bestand.ts';
import { closest } from '../suggest.ts';
import { KLANTREIS_FORMAAT, KLANTREIS_VERSIE, klantreisSchema, type Klantreis } from './schema.ts';

export type LeesResultaat = { ok: true; klantreis: Klantreis } | { ok: false; meldingen: string[] };

/** More than a screenful of messages helps nobody; the first ones usually explain the rest. */
export const MAX_MELDINGEN = 20;

/**
 * A case the editor wrote is some kilobytes (the example is 12 kB); even every text at its 20,000-character maximum
 * in ten bands stays under this. A bigger file is refused before it is read, so it costs nothing.
 */
export const MAX_KLANTREIS_BYTES = 2 * 1024 * 1024;

/**
 * The shape of any file the editor writes stays far inside these; a file outside them is refused before zod walks
 * it, so the work the checks below can do is bounded (zod reports every problem it finds, and a 2 MB file can hold a
 * million of them). The example case has about 350 values and is 6 levels deep.
 */
export const VORM_GRENZEN = { waarden: 20_000, diepte: 12, veldenPerObject: 50, veldnaamLengte: 100 } as const;

/** Exactly what the editor writes; indented so a file stays readable and diffable by hand. */
export function klantreisNaarJson(k: Klantreis): string {
  return `${JSON.stringify(k, null, 2)}\n`;
}

/** The messages for a file of this many bytes when it is too big to read; undefined when its size is fine. */
export function klantreisTeGroot(bestandsnaam: string, grootte: number): string[] | undefined {
  if (grootte <= MAX_KLANTREIS_BYTES) return undefined;
  const mb = (grootte / 1024 / 1024).toFixed(1).replace('.', ',');
  const max = MAX_KLANTREIS_BYTES / 1024 / 1024;
  return [formatFout(fout(bestandsnaam, '', `het bestand is te groot (${mb} MB); een klantreis-bestand is hoogstens ${max} MB. ${KIES}`))];
}

export function leesKlantreis(bestandsnaam: string, bytes: Uint8Array): LeesResultaat {
  const teGroot = klantreisTeGroot(bestandsnaam, bytes.length);
  if (teGroot) return { ok: false, meldingen: teGroot };
  // parseJsonBytes' own message for an empty file talks about a region's data, which would confuse here.
  if (isLeeg(bytes)) return mislukt([fout(bestandsnaam, '', `het bestand is leeg. ${KIES}`)]);
  const tekstVorm = tekstVormFout(bytes, VORM_GRENZEN);
  if (tekstVorm === 'waarden') return mislukt([teVeelWaarden(bestandsnaam)]);
  if (tekstVorm === 'diepte') return mislukt([fout(bestandsnaam, '', `de gegevens zijn dieper genest dan een klantreis ooit is (meer dan ${VORM_GRENZEN.diepte} niveaus). ${KIES}`)]);
  if (tekstVorm === 'velden') return mislukt([fout(bestandsnaam, '', `een object in dit bestand heeft meer dan ${VORM_GRENZEN.veldenPerObject} velden; een onderdeel van een klantreis heeft er veel minder. ${KIES}`)]);
  const json = parseJsonBytes(bestandsnaam, bytes);
  if (!json.ok) return mislukt([json.fout]);
  // The wrong file gives one message, not twenty "ontbreekt" lines that all say the same thing.
  const herkenning = herken(bestandsnaam, json.data) ?? vormFout(bestandsnaam, json.data);
  if (herkenning) return mislukt([herkenning]);
  const parsed = klantreisSchema.safeParse(json.data, { error: tot(MAX_MELDINGEN, dutchErrorMap), reportInput: true });
  if (!parsed.success) {
    const issues = parsed.error.issues;
    return mislukt(fromZod(bestandsnaam, issues.slice(0, MAX_MELDINGEN)), issues.length);
  }
  const fouten = kruisverwijzingen(bestandsnaam, parsed.data);
  return fouten.length > 0 ? mislukt(fouten) : { ok: true, klantreis: parsed.data };
}

function mislukt(fouten: readonly DataFout[], totaal = fouten.length): LeesResultaat {
  const meldingen = fouten.slice(0, MAX_MELDINGEN).map(formatFout);
  if (totaal > MAX_MELDINGEN) meldingen.push(`… en ${totaal - MAX_MELDINGEN} meer`);
  return { ok: false, meldingen };
}

/**
 * The error map for the first `max` issues only: zod words every issue it finds, and the Dutch messages look for a
 * did-you-mean; past the messages that are shown, a plain word does.
 */
function tot(max: number, kaart: z.core.$ZodErrorMap): z.core.$ZodErrorMap {
  let gebruikt = 0;
  return (issue) => (gebruikt++ < max ? kaart(issue) : 'fout');
}

/**
 * One message when the data is far outside any klantreis's shape (see VORM_GRENZEN). Walks the data without
 * recursion and stops at the first limit, so its own work is bounded too.
 */
const aantal = (n: number) => n.toLocaleString('nl-NL');

const teVeelWaarden = (bestand: string) =>
  fout(bestand, '', `het bestand heeft meer dan ${aantal(VORM_GRENZEN.waarden)} waarden; een klantreis heeft er veel minder (de voorbeeldcasus ongeveer 350). ${KIES}`);

function vormFout(bestand: string, data: unknown): DataFout | undefined {
  const { waarden, diepte, veldenPerObject, veldnaamLengte } = VORM_GRENZEN;
  const stapel: { waarde: unknown; pad: PropertyKey[] }[] = [{ waarde: data, pad: [] }];
  // Every value counts once, when it is put on the stack: a list of a million numbers stops at the limit.
  let geteld = 1;
  while (stapel.length > 0) {
    const { waarde, pad } = stapel.pop()!;
    if (typeof waarde !== 'object' || waarde === null) continue;
    if (pad.length >= diepte) {
      return fout(bestand, jsonPath(pad), `is dieper genest dan een klantreis ooit is (meer dan ${diepte} niveaus). ${KIES}`);
    }
    const velden = Array.isArray(waarde) ? undefined : Object.keys(waarde);
    if (velden && velden.length > veldenPerObject) {
      return fout(bestand, jsonPath(pad), `heeft ${aantal(velden.length)} velden; een onderdeel van een klantreis heeft er hoogstens ${veldenPerObject}. ${KIES}`);
    }
    const teLang = velden?.find((veld) => veld.length > veldnaamLengte);
    if (teLang !== undefined) {
      return fout(bestand, jsonPath(pad), `heeft een veldnaam van ${aantal(teLang.length)} tekens (${shown(teLang)}); een klantreis kent alleen korte veldnamen. ${KIES}`);
    }
    const kinderen = Array.isArray(waarde) ? waarde.length : velden!.length;
    geteld += kinderen;
    if (geteld > waarden) return teVeelWaarden(bestand);
    for (let i = kinderen - 1; i >= 0; i--) {
      const sleutel = velden ? velden[i]! : i;
      stapel.push({ waarde: (waarde as Record<PropertyKey, unknown>)[sleutel], pad: [...pad, sleutel] });
    }
  }
  return undefined;
}

/**
 * What JSON.parse itself is slow on, read from the bytes before it runs: brackets nested past the limit (a million
 * of them take seconds to be refused), an object with too many fields (200,000 take V8 seconds to build) and more
 * values than any klantreis has.
 * One pass; brackets, colons and quotes inside texts do not count.
 */
function tekstVormFout(bytes: Uint8Array, { diepte, veldenPerObject, waarden }: typeof VORM_GRENZEN): 'diepte' | 'velden' | 'waarden' | undefined {
  /** Per open bracket: the fields seen so far in an object, -1 for a list. */
  const open: number[] = [];
  let inTekst = false;
  // Each comma stands between two values (or fields), so more commas than values means too many values.
  let kommas = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (inTekst) {
      if (b === 0x5c) i++;
      else if (b === 0x22) inTekst = false;
    } else if (b === 0x22) inTekst = true;
    else if (b === 0x7b || b === 0x5b) {
      if (open.push(b === 0x7b ? 0 : -1) > diepte) return 'diepte';
    } else if (b === 0x7d || b === 0x5d) open.pop();
    else if (b === 0x2c) {
      if (++kommas > waarden) return 'waarden';
    } else if (b === 0x3a && open.length > 0 && open[open.length - 1]! >= 0) {
      if (++open[open.length - 1]! > veldenPerObject) return 'velden';
    }
  }
  return undefined;
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
      // The did-you-mean compares with every betrokkene: only for the messages that are shown.
      const hint = fouten.length < MAX_MELDINGEN ? bedoelJe(id, betrokkenen) : '';
      fouten.push(fout(bestand, `overdrachten[${i}].${veld}`, `${wat}${hint}`));
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
