import { describe, expect, test } from 'vitest';
import { KOLOMMEN } from '../../../src/domain/tijdlijn.ts';
import {
  maandVanLevensweek,
  maandVanZwangerschapsweek,
  parseTijdpunt,
  periodeInWoorden,
  tijdpuntInWoorden,
} from '../../../src/domain/tijdpunt.ts';

/** The column ids a tijdpunt covers: "week-1" or "week-1…week-4". */
function columns(input: string): string {
  const result = parseTijdpunt(input);
  if (!result.ok) throw new Error(`expected a tijdpunt, got: ${result.fout}`);
  const { eerste, laatste } = result.tijdpunt;
  return eerste === laatste ? KOLOMMEN[eerste]!.id : `${KOLOMMEN[eerste]!.id}…${KOLOMMEN[laatste]!.id}`;
}

function error(input: string): string {
  const result = parseTijdpunt(input);
  if (result.ok) throw new Error(`expected an error for "${input}", got ${JSON.stringify(result.tijdpunt)}`);
  return result.fout;
}

describe('parseTijdpunt: words without a number', () => {
  test.each([
    ['preconceptie', 'preconceptie'],
    ['bevalling', 'bevalling'],
    ['jaar 3', 'jaar-3'],
    ['jaar 4', 'jaar-4'],
    ['schoolleeftijd', 'jaar-4'],
  ])('%s → %s', (input, column) => {
    expect(columns(input)).toBe(column);
  });
});

describe('parseTijdpunt: zwangerschap maand', () => {
  test.each([1, 5, 9])('zwangerschap maand %i has its own column', (n) => {
    expect(columns(`zwangerschap maand ${n}`)).toBe(`zwangerschap-maand-${n}`);
  });

  test('0 and 10 fall outside the timeline', () => {
    expect(error('zwangerschap maand 0')).toMatchInlineSnapshot(`"valt buiten de tijdlijn (kreeg "zwangerschap maand 0"; het getal moet van 1 tot en met 9 zijn)"`);
    expect(error('zwangerschap maand 10')).toMatchInlineSnapshot(`"valt buiten de tijdlijn (kreeg "zwangerschap maand 10"; het getal moet van 1 tot en met 9 zijn)"`);
  });
});

describe('parseTijdpunt: zwangerschap week', () => {
  test.each([
    [1, 'zwangerschap-maand-1'],
    [12, 'zwangerschap-maand-3'],
    [20, 'zwangerschap-maand-5'],
    [36, 'zwangerschap-maand-8'],
    [40, 'zwangerschap-maand-9'],
    [41, 'zwangerschap-maand-9'],
    [42, 'zwangerschap-maand-9'],
  ])('zwangerschap week %i falls in %s', (week, column) => {
    expect(columns(`zwangerschap week ${week}`)).toBe(column);
  });

  test('weeks 1–42 walk through all nine months in order', () => {
    const months = Array.from({ length: 42 }, (_, i) => maandVanZwangerschapsweek(i + 1));
    expect(months.every((m, i) => i === 0 || m >= months[i - 1]!)).toBe(true);
    expect([...new Set(months)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  test('week 43 is after any birth', () => {
    expect(error('zwangerschap week 43')).toMatchInlineSnapshot(`"valt buiten de tijdlijn (kreeg "zwangerschap week 43"; het getal moet van 1 tot en met 42 zijn)"`);
    expect(error('zwangerschap week 0')).toMatchInlineSnapshot(`"valt buiten de tijdlijn (kreeg "zwangerschap week 0"; het getal moet van 1 tot en met 42 zijn)"`);
  });
});

describe('parseTijdpunt: week of life', () => {
  test.each([1, 2, 3, 4])('week %i has its own column', (n) => {
    expect(columns(`week ${n}`)).toBe(`week-${n}`);
  });

  test.each([
    [5, 'maand-2'],
    [9, 'maand-2'],
    [10, 'maand-3'],
    [52, 'maand-12'],
    [53, 'maand-12'],
    [54, 'maand-13'],
    [60, 'maand-14'],
    [65, 'maand-15-24'],
    [104, 'maand-15-24'],
  ])('week %i falls in %s', (week, column) => {
    expect(columns(`week ${week}`)).toBe(column);
  });

  test('later weeks never go back in time', () => {
    const months = Array.from({ length: 100 }, (_, i) => maandVanLevensweek(i + 5));
    expect(months.every((m, i) => i === 0 || m >= months[i - 1]!)).toBe(true);
    expect(months[0]).toBe(2);
    expect(months.at(-1)).toBe(24);
  });

  test('week 0 and week 105 fall outside the timeline', () => {
    expect(error('week 105')).toMatchInlineSnapshot(`"valt buiten de tijdlijn (kreeg "week 105"; het getal moet van 1 tot en met 104 zijn)"`);
    expect(error('week 0')).toMatchInlineSnapshot(`"valt buiten de tijdlijn (kreeg "week 0"; het getal moet van 1 tot en met 104 zijn)"`);
  });
});

describe('parseTijdpunt: month of life', () => {
  test('maand 1 covers the four week columns', () => {
    expect(columns('maand 1')).toBe('week-1…week-4');
  });

  test.each([
    [2, 'maand-2'],
    [12, 'maand-12'],
    [13, 'maand-13'],
    [14, 'maand-14'],
    [15, 'maand-15-24'],
    [20, 'maand-15-24'],
    [24, 'maand-15-24'],
  ])('maand %i falls in %s', (n, column) => {
    expect(columns(`maand ${n}`)).toBe(column);
  });

  test('maand 0 and maand 25 fall outside the timeline', () => {
    expect(error('maand 25')).toMatchInlineSnapshot(`"valt buiten de tijdlijn (kreeg "maand 25"; het getal moet van 1 tot en met 24 zijn)"`);
    expect(error('maand 0')).toMatchInlineSnapshot(`"valt buiten de tijdlijn (kreeg "maand 0"; het getal moet van 1 tot en met 24 zijn)"`);
  });
});

describe('parseTijdpunt: spelling', () => {
  test('case and spaces do not matter, and are normalised', () => {
    const result = parseTijdpunt('  Zwangerschap \t MAAND   3 ');
    expect(result).toEqual({ ok: true, tijdpunt: { tekst: 'zwangerschap maand 3', eerste: 3, laatste: 3, leeftijd: -7 } });
    expect(columns('BEVALLING')).toBe('bevalling');
    expect(columns('Schoolleeftijd')).toBe('jaar-4');
  });

  test('a misspelt word gets a did-you-mean that keeps the number', () => {
    expect(error('zwangerschp maand 3')).toMatchInlineSnapshot(
      `"is geen tijdpunt (kreeg "zwangerschp maand 3"; toegestaan: preconceptie, zwangerschap maand N (1–9), zwangerschap week N (1–42), bevalling, week N (1–104), maand N (1–24), jaar 3, jaar 4, schoolleeftijd; bedoel je "zwangerschap maand 3"?)"`,
    );
    expect(error('weeek 3')).toContain('bedoel je "week 3"?');
    expect(error('Maan 7')).toContain('bedoel je "maand 7"?');
    expect(error('bevaling')).toContain('bedoel je "bevalling"?');
    expect(error('preconceptei')).toContain('bedoel je "preconceptie"?');
  });

  test('a word that needs a number is suggested with "N", never on its own', () => {
    expect(error('week')).toContain('bedoel je "week N"?');
    expect(error('zwangerschap maand')).toContain('bedoel je "zwangerschap maand N"?');
  });

  test('garbage lists the allowed forms without a guess', () => {
    expect(error('voor de geboorte')).toMatchInlineSnapshot(
      `"is geen tijdpunt (kreeg "voor de geboorte"; toegestaan: preconceptie, zwangerschap maand N (1–9), zwangerschap week N (1–42), bevalling, week N (1–104), maand N (1–24), jaar 3, jaar 4, schoolleeftijd)"`,
    );
    expect(error('')).not.toContain('bedoel je');
    expect(error('jaar 5')).not.toContain('bedoel je');
  });

  test.each(['week -1', 'week 2.5', 'maand twee', 'week 2 3', '3 maand'])('"%s" is not a tijdpunt', (input) => {
    expect(parseTijdpunt(input).ok).toBe(false);
  });
});

describe('tijdpuntInWoorden', () => {
  test.each([
    ['preconceptie', 'preconceptie'],
    ['zwangerschap maand 3', 'maand 3 van de zwangerschap'],
    ['zwangerschap week 12', 'week 12 van de zwangerschap'],
    ['bevalling', 'de bevalling'],
    ['week 2', 'week 2 na de geboorte'],
    ['maand 6', 'maand 6 na de geboorte'],
    ['jaar 3', 'het 3e levensjaar'],
    ['jaar 4', 'het 4e levensjaar en later'],
    ['schoolleeftijd', 'de schoolleeftijd'],
  ])('%s → %s', (tekst, woorden) => {
    expect(tijdpuntInWoorden(tekst)).toBe(woorden);
  });
});

describe('periodeInWoorden', () => {
  test('a period without tot is one moment', () => {
    expect(periodeInWoorden({ van: 'bevalling' })).toBe('de bevalling');
  });

  test('a period whose tot equals van is one moment', () => {
    expect(periodeInWoorden({ van: 'jaar 3', tot: 'jaar 3' })).toBe('het 3e levensjaar');
  });

  test('a period reads "van … tot en met …"', () => {
    expect(periodeInWoorden({ van: 'zwangerschap maand 5', tot: 'week 2' })).toBe(
      'van maand 5 van de zwangerschap tot en met week 2 na de geboorte',
    );
  });
});
