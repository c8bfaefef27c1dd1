/**
 * Every field of data contract v1 with a bad value, and the message an author sees for it.
 * Messages are pinned inline (like starlight's config-errors tests), so a change of wording shows up in review.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { dutchErrorMap, fromZod } from '../../../src/domain/fouten.ts';
import { doelgroepenSchema } from '../../../src/domain/schema/doelgroepen.ts';
import { klantrouteSchema } from '../../../src/domain/schema/klantroute.ts';
import { regioSchema } from '../../../src/domain/schema/regio.ts';
import { voorzieningSchema } from '../../../src/domain/schema/voorziening.ts';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/geldig/kleine-regio/${name}`, import.meta.url), 'utf8'));
const REGIO = fixture('regio.json');
const DOELGROEPEN = fixture('doelgroepen.json');
/** Verloskundige zorg: the fixture's voorziening with momenten and a full aanbieder. */
const VOORZIENING = fixture('voorzieningen.json').voorzieningen[1];
const ROUTE = fixture('routes.json').routes[0];

/** "path: message" for each problem, as the loader reports them; [] when the value is valid. */
function problems(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value, { error: dutchErrorMap, reportInput: true });
  return result.success ? [] : fromZod('f.json', result.error.issues).map((f) => `${f.pad || '(hele bestand)'}: ${f.melding}`);
}

const with_ = <T extends object>(base: T, fields: Record<string, unknown>) => ({ ...structuredClone(base), ...fields });
const voorziening = (fields: Record<string, unknown>) => problems(voorzieningSchema, with_(VOORZIENING, fields));
const regio = (fields: Record<string, unknown>) => problems(regioSchema, with_(REGIO, fields));
const doelgroepen = (fields: Record<string, unknown>) => problems(doelgroepenSchema, with_(DOELGROEPEN, fields));
const route = (fields: Record<string, unknown>) => problems(klantrouteSchema, with_(ROUTE, fields));
const without = <T extends object>(base: T, key: string) => {
  const copy: Record<string, unknown> = structuredClone(base) as Record<string, unknown>;
  delete copy[key];
  return copy;
};

describe('voorziening', () => {
  test('the fixture is valid, and so is one without optional fields', () => {
    expect(voorziening({})).toEqual([]);
    const minimal = { ...VOORZIENING };
    for (const key of ['momenten', 'kostenToelichting', 'aanmelding', 'voorWie', 'themas', 'meerInformatie']) delete minimal[key];
    expect(problems(voorzieningSchema, minimal)).toEqual([]);
  });

  test('id', () => {
    expect(voorziening({ id: 'Verloskundige Zorg' })).toMatchInlineSnapshot(`
      [
        "id: moet kebab-case zijn: kleine letters, cijfers en streepjes, zoals "kraamzorg-thuis" (kreeg "Verloskundige Zorg")",
      ]
    `);
    expect(voorziening({ id: 7 })).toMatchInlineSnapshot(`
      [
        "id: verkeerd type: verwacht tekst, kreeg getal 7",
      ]
    `);
    expect(problems(voorzieningSchema, without(VOORZIENING, 'id'))).toMatchInlineSnapshot(`
      [
        "id: ontbreekt; dit veld is verplicht (verwacht: tekst)",
      ]
    `);
  });

  test('naam', () => {
    expect(voorziening({ naam: '' })).toMatchInlineSnapshot(`
      [
        "naam: mag niet leeg zijn",
      ]
    `);
    expect(voorziening({ naam: '  ' })).toMatchInlineSnapshot(`
      [
        "naam: mag niet leeg zijn",
      ]
    `);
    expect(voorziening({ naam: 12 })).toMatchInlineSnapshot(`
      [
        "naam: verkeerd type: verwacht tekst, kreeg getal 12",
      ]
    `);
  });

  test('omschrijving', () => {
    expect(voorziening({ omschrijving: ['a', 'b'] })).toMatchInlineSnapshot(`
      [
        "omschrijving: verkeerd type: verwacht tekst, kreeg een lijst ["a","b"]",
      ]
    `);
    expect(problems(voorzieningSchema, without(VOORZIENING, 'omschrijving'))).toMatchInlineSnapshot(`
      [
        "omschrijving: ontbreekt; dit veld is verplicht (verwacht: tekst)",
      ]
    `);
  });

  test('niveau', () => {
    expect(voorziening({ niveau: 'basis-zorg' })).toMatchInlineSnapshot(`
      [
        "niveau: onbekende waarde (kreeg "basis-zorg"; toegestaan: "basiszorg", "steuntje-in-de-rug", "extra-steun", "digitale-zorg"; bedoel je "basiszorg"?)",
      ]
    `);
    expect(voorziening({ niveau: 'hulp' })).toMatchInlineSnapshot(`
      [
        "niveau: onbekende waarde (kreeg "hulp"; toegestaan: "basiszorg", "steuntje-in-de-rug", "extra-steun", "digitale-zorg")",
      ]
    `);
    expect(voorziening({ niveau: 1 })).toMatchInlineSnapshot(`
      [
        "niveau: onbekende waarde (kreeg 1; toegestaan: "basiszorg", "steuntje-in-de-rug", "extra-steun", "digitale-zorg")",
      ]
    `);
  });

  test('periode', () => {
    expect(voorziening({ periode: 'zwangerschap maand 1' })).toMatchInlineSnapshot(`
      [
        "periode: verkeerd type: verwacht een object { … }, kreeg tekst "zwangerschap maand 1"",
      ]
    `);
    expect(voorziening({ periode: { tot: 'week 6' } })).toMatchInlineSnapshot(`
      [
        "periode.van: ontbreekt; dit veld is verplicht (verwacht: tekst)",
      ]
    `);
    expect(voorziening({ periode: { van: 'zwangerschap maand 0', tot: 'week 6' } })).toMatchInlineSnapshot(`
      [
        "periode.van: valt buiten de tijdlijn (kreeg "zwangerschap maand 0"; het getal moet van 1 tot en met 9 zijn)",
      ]
    `);
    expect(voorziening({ periode: { van: 'zwangerschap maand 1', tot: 'wek 6' } })).toMatchInlineSnapshot(`
      [
        "periode.tot: is geen tijdpunt (kreeg "wek 6"; toegestaan: preconceptie, zwangerschap maand N (1–9), zwangerschap week N (1–42), bevalling, week N (1–104), maand N (1–24), jaar 3, jaar 4, schoolleeftijd; bedoel je "week 6"?)",
      ]
    `);
    expect(voorziening({ periode: { van: 'week 6', tot: 'zwangerschap maand 1' } })).toMatchInlineSnapshot(`
      [
        "periode.tot: "tot" ligt vóór "van" (kreeg van "week 6", tot "zwangerschap maand 1"); draai ze om of pas er één aan",
      ]
    `);
    expect(voorziening({ periode: { van: 'zwangerschap maand 1', tm: 'week 6' } })).toMatchInlineSnapshot(`
      [
        "periode.tm: onbekend veld "tm" (bedoel je "tot"?); toegestaan: van, tot",
      ]
    `);
  });

  test('periode: van equal to tot, and a single moment, are valid', () => {
    expect(voorziening({ periode: { van: 'bevalling', tot: 'bevalling' }, momenten: ['bevalling'] })).toEqual([]);
    expect(voorziening({ periode: { van: 'bevalling' }, momenten: [] })).toEqual([]);
    // maand 1 spans week 1–4, so a period from maand 1 to week 2 is not reversed.
    expect(voorziening({ periode: { van: 'maand 1', tot: 'week 2' }, momenten: [] })).toEqual([]);
  });

  test('momenten', () => {
    expect(voorziening({ momenten: 'bevalling' })).toMatchInlineSnapshot(`
      [
        "momenten: verkeerd type: verwacht een lijst [ … ], kreeg tekst "bevalling"",
      ]
    `);
    expect(voorziening({ momenten: ['bevalling', 'week 200'] })).toMatchInlineSnapshot(`
      [
        "momenten[1]: valt buiten de tijdlijn (kreeg "week 200"; het getal moet van 1 tot en met 104 zijn)",
      ]
    `);
  });

  test('kenmerken', () => {
    expect(voorziening({ kenmerken: ['eigen-risco'] })).toMatchInlineSnapshot(`
      [
        "kenmerken[0]: onbekende waarde (kreeg "eigen-risco"; toegestaan: "eigen-risico", "eigen-bijdrage", "aanvullend-verzekerd", "vrij-verzekerd", "standaard", "sociaal-netwerk"; bedoel je "eigen-risico"?)",
      ]
    `);
    expect(voorziening({ kenmerken: 'standaard' })).toMatchInlineSnapshot(`
      [
        "kenmerken: verkeerd type: verwacht een lijst [ … ], kreeg tekst "standaard"",
      ]
    `);
    expect(voorziening({ kenmerken: [] })).toEqual([]);
  });

  test('kostenToelichting', () => {
    expect(voorziening({ kostenToelichting: '' })).toMatchInlineSnapshot(`
      [
        "kostenToelichting: mag niet leeg zijn",
      ]
    `);
    expect(voorziening({ kostenToelichting: 25 })).toMatchInlineSnapshot(`
      [
        "kostenToelichting: verkeerd type: verwacht tekst, kreeg getal 25",
      ]
    `);
  });

  test('aanbieders', () => {
    expect(voorziening({ aanbieders: [] })).toMatchInlineSnapshot(`
      [
        "aanbieders: noem minstens één aanbieder (kreeg [])",
      ]
    `);
    expect(voorziening({ aanbieders: 'De Wieg' })).toMatchInlineSnapshot(`
      [
        "aanbieders: verkeerd type: verwacht een lijst [ … ], kreeg tekst "De Wieg"",
      ]
    `);
    expect(voorziening({ aanbieders: [{ website: 'https://example.nl' }] })).toMatchInlineSnapshot(`
      [
        "aanbieders[0].naam: ontbreekt; dit veld is verplicht (verwacht: tekst)",
      ]
    `);
    expect(voorziening({ aanbieders: [{ naam: 'De Wieg', site: 'https://example.nl' }] })).toMatchInlineSnapshot(`
      [
        "aanbieders[0].site: onbekend veld "site"; toegestaan: naam, website, telefoon, email",
      ]
    `);
  });

  test('aanbieder: website, telefoon and email', () => {
    const aanbieder = (fields: Record<string, unknown>) => voorziening({ aanbieders: [{ naam: 'De Wieg', ...fields }] });
    expect(aanbieder({ website: 'ftp://example.nl' })).toMatchInlineSnapshot(`
      [
        "aanbieders[0].website: moet een link zijn die begint met https://, http://, mailto: of tel: (kreeg "ftp://example.nl")",
      ]
    `);
    expect(aanbieder({ website: 'example.nl' })).toMatchInlineSnapshot(`
      [
        "aanbieders[0].website: moet een link zijn die begint met https://, http://, mailto: of tel: (kreeg "example.nl")",
      ]
    `);
    expect(aanbieder({ telefoon: '0123' })).toMatchInlineSnapshot(`
      [
        "aanbieders[0].telefoon: moet een telefoonnummer zijn, zoals "088 123 45 67" (kreeg "0123")",
      ]
    `);
    expect(aanbieder({ telefoon: 123456789 })).toMatchInlineSnapshot(`
      [
        "aanbieders[0].telefoon: verkeerd type: verwacht tekst, kreeg getal 123456789",
      ]
    `);
    expect(aanbieder({ email: 'info@' })).toMatchInlineSnapshot(`
      [
        "aanbieders[0].email: is geen geldig e-mailadres (kreeg "info@")",
      ]
    `);
    expect(aanbieder({ website: 'http://example.nl', telefoon: '+31 (0)88 123 45 67', email: 'a.b@example.nl' })).toEqual([]);
  });

  test('toegang', () => {
    expect(problems(voorzieningSchema, without(VOORZIENING, 'toegang'))).toMatchInlineSnapshot(`
      [
        "toegang: ontbreekt; dit veld is verplicht (verwacht: tekst)",
      ]
    `);
    expect(voorziening({ toegang: { zelf: true } })).toMatchInlineSnapshot(`
      [
        "toegang: verkeerd type: verwacht tekst, kreeg een object {"zelf":true}",
      ]
    `);
  });

  test('aanmelding', () => {
    expect(voorziening({ aanmelding: ['zelfmelding'] })).toMatchInlineSnapshot(`
      [
        "aanmelding[0]: onbekende waarde (kreeg "zelfmelding"; toegestaan: "zelf", "verwijzing", "uitnodiging")",
      ]
    `);
    expect(voorziening({ aanmelding: 'zelf' })).toMatchInlineSnapshot(`
      [
        "aanmelding: verkeerd type: verwacht een lijst [ … ], kreeg tekst "zelf"",
      ]
    `);
  });

  test('voorWie', () => {
    expect(voorziening({ voorWie: '' })).toMatchInlineSnapshot(`
      [
        "voorWie: mag niet leeg zijn",
      ]
    `);
    expect(voorziening({ voorWie: false })).toMatchInlineSnapshot(`
      [
        "voorWie: verkeerd type: verwacht tekst, kreeg false",
      ]
    `);
  });

  test('themas', () => {
    expect(voorziening({ themas: ['schulden'] })).toMatchInlineSnapshot(`
      [
        "themas[0]: onbekende waarde (kreeg "schulden"; toegestaan: "financien-en-schulden", "psychische-klachten", "verslaving", "veiligheid-en-huiselijk-geweld", "taal-en-nieuwkomers", "opvoeding", "gezondheid-en-leefstijl", "tienerouderschap", "eenzaamheid")",
      ]
    `);
    expect(voorziening({ themas: 'opvoeding' })).toMatchInlineSnapshot(`
      [
        "themas: verkeerd type: verwacht een lijst [ … ], kreeg tekst "opvoeding"",
      ]
    `);
  });

  test('meerInformatie', () => {
    expect(voorziening({ meerInformatie: 'javascript:alert(1)' })).toMatchInlineSnapshot(`
      [
        "meerInformatie: moet een link zijn die begint met https://, http://, mailto: of tel: (kreeg "javascript:alert(1)")",
      ]
    `);
    expect(voorziening({ meerInformatie: 'ftp://example.nl/folder.pdf' })).toMatchInlineSnapshot(`
      [
        "meerInformatie: moet een link zijn die begint met https://, http://, mailto: of tel: (kreeg "ftp://example.nl/folder.pdf")",
      ]
    `);
    expect(voorziening({ meerInformatie: '/kraamzorg' })).toMatchInlineSnapshot(`
      [
        "meerInformatie: moet een link zijn die begint met https://, http://, mailto: of tel: (kreeg "/kraamzorg")",
      ]
    `);
    expect(voorziening({ meerInformatie: { url: 'https://example.nl' } })).toMatchInlineSnapshot(`
      [
        "meerInformatie: verkeerd type: verwacht tekst, kreeg een object {"url":"https://example.nl"}",
      ]
    `);
    for (const link of ['https://example.nl/a?b=c#d', 'http://example.nl', 'mailto:info@example.nl', 'tel:+31881234567']) {
      expect(voorziening({ meerInformatie: link }), link).toEqual([]);
    }
  });

  test('bijgewerkt', () => {
    expect(voorziening({ bijgewerkt: '2026-02-30' })).toMatchInlineSnapshot(`
      [
        "bijgewerkt: is geen bestaande datum (kreeg "2026-02-30")",
      ]
    `);
    expect(voorziening({ bijgewerkt: '2026-13-01' })).toMatchInlineSnapshot(`
      [
        "bijgewerkt: is geen bestaande datum (kreeg "2026-13-01")",
      ]
    `);
    expect(voorziening({ bijgewerkt: '2025-02-29' })).toMatchInlineSnapshot(`
      [
        "bijgewerkt: is geen bestaande datum (kreeg "2025-02-29")",
      ]
    `);
    expect(voorziening({ bijgewerkt: '31-03-2026' })).toMatchInlineSnapshot(`
      [
        "bijgewerkt: moet een datum zijn als JJJJ-MM-DD, zoals "2026-03-31" (kreeg "31-03-2026")",
      ]
    `);
    expect(voorziening({ bijgewerkt: '2026-3-31' })).toMatchInlineSnapshot(`
      [
        "bijgewerkt: moet een datum zijn als JJJJ-MM-DD, zoals "2026-03-31" (kreeg "2026-3-31")",
      ]
    `);
    expect(voorziening({ bijgewerkt: 20260331 })).toMatchInlineSnapshot(`
      [
        "bijgewerkt: verkeerd type: verwacht tekst, kreeg getal 20260331",
      ]
    `);
    expect(voorziening({ bijgewerkt: '2024-02-29' })).toEqual([]);
  });

  test('an unknown field gets a did-you-mean and the list of fields', () => {
    expect(voorziening({ omschrijvng: 'x' })).toMatchInlineSnapshot(`
      [
        "omschrijvng: onbekend veld "omschrijvng" (bedoel je "omschrijving"?); toegestaan: id, naam, omschrijving, niveau, periode, momenten, kenmerken, kostenToelichting, aanbieders, toegang, aanmelding, voorWie, voorwaarden, gemeenten, locaties, beschikbaar, themas, meerInformatie, bijgewerkt",
      ]
    `);
    expect(voorziening({ prijs: 'gratis' })).toMatchInlineSnapshot(`
      [
        "prijs: onbekend veld "prijs"; toegestaan: id, naam, omschrijving, niveau, periode, momenten, kenmerken, kostenToelichting, aanbieders, toegang, aanmelding, voorWie, voorwaarden, gemeenten, locaties, beschikbaar, themas, meerInformatie, bijgewerkt",
      ]
    `);
  });

  test('two unknown fields are named in one message', () => {
    expect(voorziening({ prijs: 'gratis', webiste: 'https://example.nl' })).toMatchInlineSnapshot(`
      [
        "(hele bestand): onbekend veld "prijs", "webiste"; toegestaan: id, naam, omschrijving, niveau, periode, momenten, kenmerken, kostenToelichting, aanbieders, toegang, aanmelding, voorWie, voorwaarden, gemeenten, locaties, beschikbaar, themas, meerInformatie, bijgewerkt",
      ]
    `);
  });
});

describe('regio', () => {
  test('the fixture is valid, $schema included', () => {
    expect(REGIO.$schema).toBeDefined();
    expect(regio({})).toEqual([]);
  });

  test('naam, coalitie and intro', () => {
    expect(regio({ naam: '' })).toMatchInlineSnapshot(`
      [
        "naam: mag niet leeg zijn",
      ]
    `);
    expect(regio({ coalitie: null })).toMatchInlineSnapshot(`
      [
        "coalitie: verkeerd type: verwacht tekst, kreeg null",
      ]
    `);
    expect(regio({ intro: ['a', 'b'] })).toMatchInlineSnapshot(`
      [
        "intro: verkeerd type: verwacht tekst, kreeg een lijst ["a","b"]",
      ]
    `);
  });

  test('gemeenten', () => {
    expect(regio({ gemeenten: [] })).toMatchInlineSnapshot(`
      [
        "gemeenten: noem minstens één gemeente (kreeg [])",
      ]
    `);
    expect(regio({ gemeenten: 'Dorpstad' })).toMatchInlineSnapshot(`
      [
        "gemeenten: verkeerd type: verwacht een lijst [ … ], kreeg tekst "Dorpstad"",
      ]
    `);
    expect(regio({ gemeenten: ['Dorpstad', ''] })).toMatchInlineSnapshot(`
      [
        "gemeenten[1]: mag niet leeg zijn",
      ]
    `);
  });

  test('contact', () => {
    expect(problems(regioSchema, without(REGIO, 'contact'))).toMatchInlineSnapshot(`
      [
        "contact: ontbreekt; dit veld is verplicht (verwacht: een object { … })",
      ]
    `);
    expect(regio({ contact: { naam: 'Team', email: 'team@example' } })).toMatchInlineSnapshot(`
      [
        "contact.email: is geen geldig e-mailadres (kreeg "team@example")",
      ]
    `);
    expect(regio({ contact: { naam: 'Team', telefoon: 'onbekend' } })).toMatchInlineSnapshot(`
      [
        "contact.telefoon: moet een telefoonnummer zijn, zoals "088 123 45 67" (kreeg "onbekend")",
      ]
    `);
    expect(regio({ contact: { naam: 'Team', website: 'javascript:void(0)' } })).toMatchInlineSnapshot(`
      [
        "contact.website: moet een link zijn die begint met https://, http://, mailto: of tel: (kreeg "javascript:void(0)")",
      ]
    `);
    expect(regio({ contact: { naam: 'Team', mail: 'team@example.nl' } })).toMatchInlineSnapshot(`
      [
        "contact.mail: onbekend veld "mail" (bedoel je "email"?); toegestaan: naam, email, telefoon, website",
      ]
    `);
    expect(regio({ contact: { naam: 'Team' } })).toEqual([]);
  });

  test('bijgewerkt', () => {
    expect(regio({ bijgewerkt: '2026-10-32' })).toMatchInlineSnapshot(`
      [
        "bijgewerkt: is geen bestaande datum (kreeg "2026-10-32")",
      ]
    `);
    expect(problems(regioSchema, without(REGIO, 'bijgewerkt'))).toMatchInlineSnapshot(`
      [
        "bijgewerkt: ontbreekt; dit veld is verplicht (verwacht: tekst)",
      ]
    `);
  });

  test('evaluatievragen', () => {
    expect(regio({ evaluatievragen: { zwangerschp: ['?'] } })).toMatchInlineSnapshot(`
      [
        "evaluatievragen.zwangerschp: onbekend veld "zwangerschp" (bedoel je "zwangerschap"?); toegestaan: preconceptie, zwangerschap, bevalling, babyfase, peuterfase, derde-jaar, schoolkind",
      ]
    `);
    expect(regio({ evaluatievragen: { babyfase: 'Bereiken we ouders?' } })).toMatchInlineSnapshot(`
      [
        "evaluatievragen.babyfase: verkeerd type: verwacht een lijst [ … ], kreeg tekst "Bereiken we ouders?"",
      ]
    `);
    expect(regio({ evaluatievragen: { babyfase: [''] } })).toMatchInlineSnapshot(`
      [
        "evaluatievragen.babyfase[0]: mag niet leeg zijn",
      ]
    `);
    expect(regio({ evaluatievragen: {} })).toEqual([]);
  });

  test('$schema must be text', () => {
    expect(regio({ $schema: 1 })).toMatchInlineSnapshot(`
      [
        "$schema: verkeerd type: verwacht tekst, kreeg getal 1",
      ]
    `);
  });
});

describe('doelgroepen', () => {
  test('the fixture is valid, and digitale-zorg may be left out', () => {
    expect(doelgroepen({})).toEqual([]);
    expect(problems(doelgroepenSchema, without(DOELGROEPEN, 'digitale-zorg'))).toEqual([]);
  });

  test('basiszorg, steuntje-in-de-rug and extra-steun are required', () => {
    expect(problems(doelgroepenSchema, { basiszorg: DOELGROEPEN.basiszorg })).toMatchInlineSnapshot(`
      [
        "steuntje-in-de-rug: ontbreekt; dit veld is verplicht (verwacht: een object { … })",
        "extra-steun: ontbreekt; dit veld is verplicht (verwacht: een object { … })",
      ]
    `);
  });

  test('an unknown niveau', () => {
    expect(doelgroepen({ 'extra-steun-plus': DOELGROEPEN.basiszorg })).toMatchInlineSnapshot(`
      [
        "extra-steun-plus: onbekend veld "extra-steun-plus" (bedoel je "extra-steun"?); toegestaan: basiszorg, steuntje-in-de-rug, extra-steun, digitale-zorg",
      ]
    `);
  });

  test('naam, omschrijving and doelen of a doelgroep', () => {
    const doelgroep = (fields: Record<string, unknown>) => doelgroepen({ basiszorg: { ...DOELGROEPEN.basiszorg, ...fields } });
    expect(doelgroep({ naam: '' })).toMatchInlineSnapshot(`
      [
        "basiszorg.naam: mag niet leeg zijn",
      ]
    `);
    expect(doelgroep({ omschrijving: 3 })).toMatchInlineSnapshot(`
      [
        "basiszorg.omschrijving: verkeerd type: verwacht tekst, kreeg getal 3",
      ]
    `);
    expect(doelgroep({ doelen: [] })).toMatchInlineSnapshot(`
      [
        "basiszorg.doelen: noem minstens één doel (kreeg [])",
      ]
    `);
    expect(doelgroep({ doelen: 'Iedereen bereiken' })).toMatchInlineSnapshot(`
      [
        "basiszorg.doelen: verkeerd type: verwacht een lijst [ … ], kreeg tekst "Iedereen bereiken"",
      ]
    `);
    expect(doelgroep({ criteria: 'x' })).toMatchInlineSnapshot(`
      [
        "basiszorg.criteria: onbekend veld "criteria"; toegestaan: naam, omschrijving, doelen",
      ]
    `);
  });

  test('the file as a list', () => {
    expect(problems(doelgroepenSchema, [DOELGROEPEN.basiszorg])).toMatchInlineSnapshot(`
      [
        "(hele bestand): verkeerd type: verwacht een object { … }, kreeg een lijst [{"naam":"Alle (aanstaande) ouders","omschrijving":"Ieder…",
      ]
    `);
  });
});

describe('klantroute', () => {
  test('the fixture is valid, and niveau and themas may be left out', () => {
    expect(route({})).toEqual([]);
    expect(problems(klantrouteSchema, without(without(ROUTE, 'niveau'), 'themas'))).toEqual([]);
  });

  test('id, naam, omschrijving', () => {
    expect(route({ id: 'Zwangere met schulden' })).toMatchInlineSnapshot(`
      [
        "id: moet kebab-case zijn: kleine letters, cijfers en streepjes, zoals "kraamzorg-thuis" (kreeg "Zwangere met schulden")",
      ]
    `);
    expect(route({ naam: '' })).toMatchInlineSnapshot(`
      [
        "naam: mag niet leeg zijn",
      ]
    `);
    expect(route({ omschrijving: null })).toMatchInlineSnapshot(`
      [
        "omschrijving: verkeerd type: verwacht tekst, kreeg null",
      ]
    `);
  });

  test('niveau and themas', () => {
    expect(route({ niveau: 'extra' })).toMatchInlineSnapshot(`
      [
        "niveau: onbekende waarde (kreeg "extra"; toegestaan: "basiszorg", "steuntje-in-de-rug", "extra-steun", "digitale-zorg"; bedoel je "extra-steun"?)",
      ]
    `);
    expect(route({ themas: ['financien en schulden'] })).toMatchInlineSnapshot(`
      [
        "themas[0]: onbekende waarde (kreeg "financien en schulden"; toegestaan: "financien-en-schulden", "psychische-klachten", "verslaving", "veiligheid-en-huiselijk-geweld", "taal-en-nieuwkomers", "opvoeding", "gezondheid-en-leefstijl", "tienerouderschap", "eenzaamheid"; bedoel je "financien-en-schulden"?)",
      ]
    `);
  });

  test('stappen', () => {
    expect(route({ stappen: ROUTE.stappen.slice(0, 1) })).toMatchInlineSnapshot(`
      [
        "stappen: een route heeft minstens twee stappen (kreeg een lijst met 1 item)",
      ]
    `);
    expect(route({ stappen: [] })).toMatchInlineSnapshot(`
      [
        "stappen: een route heeft minstens twee stappen (kreeg [])",
      ]
    `);
    expect(route({ stappen: 'verloskundige-zorg' })).toMatchInlineSnapshot(`
      [
        "stappen: verkeerd type: verwacht een lijst [ … ], kreeg tekst "verloskundige-zorg"",
      ]
    `);
  });

  test('a stap: voorziening, moment, toelichting', () => {
    const stap = (fields: Record<string, unknown>) => route({ stappen: [{ ...ROUTE.stappen[0], ...fields }, ROUTE.stappen[1]] });
    expect(stap({ voorziening: 3 })).toMatchInlineSnapshot(`
      [
        "stappen[0].voorziening: verkeerd type: verwacht tekst, kreeg getal 3",
      ]
    `);
    expect(stap({ moment: 'zwangerschap maand 12' })).toMatchInlineSnapshot(`
      [
        "stappen[0].moment: valt buiten de tijdlijn (kreeg "zwangerschap maand 12"; het getal moet van 1 tot en met 9 zijn)",
      ]
    `);
    expect(stap({ toelichting: '' })).toMatchInlineSnapshot(`
      [
        "stappen[0].toelichting: mag niet leeg zijn",
      ]
    `);
    expect(stap({ wie: 'verloskundige' })).toMatchInlineSnapshot(`
      [
        "stappen[0].wie: onbekend veld "wie"; toegestaan: voorziening, moment, toelichting",
      ]
    `);
  });
});
