import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { dutchErrorMap, formatFout, formatFouten, fout, fromZod, jsonPath, shown, waarschuwing } from '../../../src/domain/fouten.ts';

function melding(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value, { error: dutchErrorMap, reportInput: true });
  if (result.success) throw new Error('expected a problem');
  return fromZod('f.json', result.error.issues).map(formatFout);
}

describe('formatFout', () => {
  test('names the file, the JSON path and the message', () => {
    expect(formatFout(fout('regio/voorzieningen.json', 'voorzieningen[2].naam', 'mag niet leeg zijn'))).toBe(
      'regio/voorzieningen.json › voorzieningen[2].naam: mag niet leeg zijn',
    );
  });

  test('a problem with the whole file or folder says so', () => {
    expect(formatFout(fout('regio/regio.json', '', 'bestand ontbreekt'))).toBe('regio/regio.json › (hele bestand): bestand ontbreekt');
    expect(formatFout(fout('Regio_A/', '', 'mapnaam'))).toBe('Regio_A/ › (hele map): mapnaam');
  });

  test('a warning is marked as one', () => {
    expect(formatFout(waarschuwing('r/voorzieningen.json', 'voorzieningen[0].bijgewerkt', 'oud'))).toBe(
      'r/voorzieningen.json › voorzieningen[0].bijgewerkt: waarschuwing: oud',
    );
  });
});

describe('formatFouten', () => {
  test('lists errors before warnings, each group in its own order', () => {
    const lines = formatFouten([waarschuwing('a', 'w1', 'x'), fout('a', 'f1', 'x'), waarschuwing('a', 'w2', 'x'), fout('a', 'f2', 'x')]);
    expect(lines).toEqual(['a › f1: x', 'a › f2: x', 'a › w1: waarschuwing: x', 'a › w2: waarschuwing: x']);
  });

  test('nothing to report is an empty list', () => {
    expect(formatFouten([])).toEqual([]);
  });
});

describe('jsonPath', () => {
  test('joins keys with dots and indices with brackets', () => {
    expect(jsonPath(['voorzieningen', 3, 'periode', 'van'])).toBe('voorzieningen[3].periode.van');
    expect(jsonPath([0, 'naam'])).toBe('[0].naam');
    expect(jsonPath(['routes', 1, 'stappen', 0])).toBe('routes[1].stappen[0]');
    expect(jsonPath([])).toBe('');
  });
});

describe('shown', () => {
  test('shows a value as JSON', () => {
    expect(shown('week 2')).toBe('"week 2"');
    expect(shown(3)).toBe('3');
    expect(shown(null)).toBe('null');
    expect(shown(undefined)).toBe('niets');
    expect(shown({ a: [1] })).toBe('{"a":[1]}');
  });

  test('cuts a long value to one short line', () => {
    const text = shown('x'.repeat(200));
    expect(text).toHaveLength(58);
    expect(text.endsWith('…')).toBe(true);
  });

  test('a value too deep to stringify shows its outline instead of crashing', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(shown(deep)).toBe('[…]');
    let deepObject: unknown = 1;
    for (let i = 0; i < 100_000; i++) deepObject = { a: deepObject };
    expect(shown(deepObject)).toBe('{…}');
  });
});

describe('dutchErrorMap', () => {
  test('too_big and invalid_format', () => {
    expect(melding(z.array(z.string()).max(1), ['a', 'b'])).toMatchInlineSnapshot(`
      [
        "f.json › (hele bestand): te groot: hoogstens 1 (kreeg ["a","b"])",
      ]
    `);
    expect(melding(z.string().startsWith('x'), 'y')).toMatchInlineSnapshot(`
      [
        "f.json › (hele bestand): heeft niet de juiste vorm (starts_with) (kreeg "y")",
      ]
    `);
  });

  test('a number that is too small', () => {
    expect(melding(z.number().min(3), 1)).toMatchInlineSnapshot(`
      [
        "f.json › (hele bestand): te klein: minstens 3 (kreeg 1)",
      ]
    `);
  });

  test('a union that fits no form', () => {
    expect(melding(z.union([z.string(), z.number()]), true)).toMatchInlineSnapshot(`
      [
        "f.json › (hele bestand): past bij geen van de toegestane vormen (kreeg true)",
      ]
    `);
  });

  test('an unknown key in a nested object is reported at its own path', () => {
    const schema = z.strictObject({ contact: z.strictObject({ naam: z.string() }) });
    expect(melding(schema, { contact: { naam: 'x', nam: 'y' } })).toMatchInlineSnapshot(`
      [
        "f.json › contact.nam: onbekend veld "nam" (bedoel je "naam"?); toegestaan: naam",
      ]
    `);
  });

  test('many unknown keys: the first ten are named, the rest counted, each name cut to a line', () => {
    const schema = z.strictObject({ naam: z.string() });
    const data = Object.fromEntries([['naam', 'x'], ...Array.from({ length: 40 }, (_, i) => [`${'lang'.repeat(30)}${i}`, i])]);
    const [regel] = melding(schema, data);
    expect(regel).toMatch(/^f\.json › \(hele bestand\): onbekend veld "langlang.*…, .* en 30 andere; toegestaan: naam$/);
    expect(regel!.match(/"lang/g)).toHaveLength(10);
    expect(regel!.length).toBeLessThan(1000);
  });

  test('messages from the schema are kept, with what was found', () => {
    expect(melding(z.string().regex(/^a/, 'moet met a beginnen'), 'b')).toEqual(['f.json › (hele bestand): moet met a beginnen (kreeg "b")']);
  });

  test('fromZod puts a prefix before each path', () => {
    const result = z.strictObject({ naam: z.string() }).safeParse({ naam: 1 }, { error: dutchErrorMap, reportInput: true });
    expect(fromZod('f.json', result.error!.issues, ['voorzieningen', 4]).map((f) => f.pad)).toEqual(['voorzieningen[4].naam']);
  });
});
