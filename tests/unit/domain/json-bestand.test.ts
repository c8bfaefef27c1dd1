import { describe, expect, test } from 'vitest';
import { MAX_BESTAND_BYTES, jsonSyntaxFout, parseJsonBytes } from '../../../src/domain/json-bestand.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The message for a file that does not parse; fails the test when it does. */
function melding(bytes: Uint8Array | string): string {
  const result = parseJsonBytes('regio/voorzieningen.json', typeof bytes === 'string' ? utf8(bytes) : bytes);
  if (result.ok) throw new Error('expected the file to be refused');
  expect(result.fout).toMatchObject({ bestand: 'regio/voorzieningen.json', pad: '', ernst: 'fout' });
  return result.fout.melding;
}

describe('parseJsonBytes', () => {
  test('parses valid JSON', () => {
    expect(parseJsonBytes('a.json', utf8('{ "naam": "Zwolle", "n": [1, 2.5, true, null] }'))).toEqual({
      ok: true,
      data: { naam: 'Zwolle', n: [1, 2.5, true, null] },
    });
  });

  test('accepts a byte order mark, as Notepad and Excel write it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"naam": "Crèche"}')]);
    expect(parseJsonBytes('a.json', bytes)).toEqual({ ok: true, data: { naam: 'Crèche' } });
  });

  test('a syntax error after a byte order mark is located without counting the mark', () => {
    expect(melding(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"a": 1,}')]))).toContain('regel 1, kolom 9');
  });

  test('invalid UTF-8 names the line and column of the first bad byte', () => {
    // "Crèche" saved as Latin-1 on line 3: è is the lone byte 0xE8.
    const bytes = new Uint8Array([...utf8('{\n  "a": 1,\n  "naam": "Cr'), 0xe8, ...utf8('che"\n}')]);
    expect(melding(bytes)).toMatchInlineSnapshot(
      `"het bestand is geen geldige UTF-8-tekst (eerste fout op regel 3, kolom 14). Sla het op als "UTF-8" in je editor"`,
    );
  });

  test('invalid UTF-8 counts characters, not bytes, before the bad byte', () => {
    const bytes = new Uint8Array([...utf8('["éé'), 0xff, ...utf8('"]')]);
    expect(melding(bytes)).toContain('regel 1, kolom 5');
  });

  test.each([
    ['an empty file', ''],
    ['a file with only spaces and newlines', ' \n\t\r\n '],
    ['a file with only a byte order mark', '\uFEFF'],
  ])('%s is empty', (_, text) => {
    expect(melding(text)).toMatchInlineSnapshot(
      `"het bestand is leeg. Vul het met de gegevens van de regio, of verwijder het als het niet verplicht is"`,
    );
  });

  test('a file over 8 MB is refused before decoding', () => {
    const bytes = new Uint8Array(MAX_BESTAND_BYTES + 1).fill(0x20);
    expect(melding(bytes)).toMatchInlineSnapshot(
      `"het bestand is te groot (8,0 MB; hoogstens 8 MB). Splits de regio of verwijder wat er niet in hoort"`,
    );
  });

  test('a file of exactly 8 MB is read', () => {
    const bytes = new Uint8Array(MAX_BESTAND_BYTES).fill(0x20);
    bytes.set(utf8('[1]'), 0);
    expect(parseJsonBytes('a.json', bytes)).toEqual({ ok: true, data: [1] });
  });
});

describe('malformed JSON gets a line, a column and a fix', () => {
  test.each([
    ['missing comma between fields', '{\n  "naam": "Kraamzorg"\n  "niveau": "basiszorg"\n}', 'op regel 2, kolom 22: hier ontbreekt een komma (of een })'],
    ['missing comma between list items', '[\n  1\n  2\n]', 'op regel 2, kolom 4: hier ontbreekt een komma (of een ])'],
    ['trailing comma in an object', '{\n  "a": 1,\n}', 'op regel 3, kolom 1: er staat een komma te veel vóór de }; verwijder de laatste komma'],
    ['trailing comma in a list', '{"v": [\n  {"a": 1},\n  {"a": 2},\n]}', 'op regel 4, kolom 1: er staat een komma te veel vóór de ]; verwijder de laatste komma'],
    ['single quotes around a key', "{'a': 1}", 'op regel 1, kolom 2: hier hoort een veldnaam tussen dubbele aanhalingstekens, zoals "naam"'],
    ['a key without quotes', '{\n  naam: "x"\n}', 'op regel 2, kolom 3: hier hoort een veldnaam tussen dubbele aanhalingstekens'],
    ['single quotes around a value', "{\"a\": 'x'}", 'op regel 1, kolom 7: hier hoort een waarde'],
    ['a missing colon', '{"a" 1}', 'op regel 1, kolom 6: na een veldnaam hoort een dubbele punt :'],
    ['a missing closing quote', '{\n  "naam": "Kraamzorg,\n  "a": 1\n}', 'op regel 2, kolom 22: een tekst loopt door over het einde van de regel'],
    ['a lone backslash', '{"pad": "C:\\data"}', 'op regel 1, kolom 12: een \\ in een tekst moet je verdubbelen: schrijf \\\\'],
    ['a // comment', '{\n  "a": 1, // uitleg\n  "b": 2\n}', 'op regel 2, kolom 11: JSON kent geen commentaar'],
    ['a /* */ comment', '/* kop */ {}', 'op regel 1, kolom 1: JSON kent geen commentaar'],
    ['a misspelt literal', '{"a": tru}', 'op regel 1, kolom 7: hier hoort een waarde'],
    ['a file cut short', '{\n  "a": [1, 2', 'op regel 2, kolom 13: het bestand houdt midden in de gegevens op; ontbreekt er een } of ] aan het eind?'],
    ['one brace too many', '{"a": 1}\n}', 'op regel 2, kolom 1: na het einde van de gegevens staat nog iets'],
    ['two objects one after another', '{"a": 1}\n{"b": 2}', 'op regel 2, kolom 1: na het einde van de gegevens staat nog iets'],
  ])('%s', (_, text, expected) => {
    const message = melding(text);
    expect(message).toContain(`geen geldige JSON ${expected}`);
    expect(message).not.toContain('\n');
  });

  test('the whole message for a missing comma', () => {
    expect(melding('{\n  "naam": "Kraamzorg"\n  "niveau": "basiszorg"\n}')).toMatchInlineSnapshot(
      `"geen geldige JSON op regel 2, kolom 22: hier ontbreekt een komma (of een })"`,
    );
  });
});

describe('jsonSyntaxFout agrees with JSON.parse', () => {
  const valid = [
    '0', '-0', '1.5e+3', '-2E-2', 'true', 'false', 'null', '""', '"\\u00e9\\n\\t\\"\\\\\\/"', '[]', '{}', ' [ ] ',
    '[[[]],[{}],{"a":[1,-2.5e3,true,null,"x"]}]', '{"a":1,"a":2}', '\r\n{"a"\t:\n1}\r\n',
  ];
  const invalid = [
    '', ' ', '01', '1.', '.5', '-', '1e', '+1', 'tRue', 'nul', '[1 2]', '[1,,2]', '[,]', '{,}', '{"a"}', '{"a":}',
    '{"a":1', '"abc', '"\\x"', '"\\u12"', '"a\tb"', '[1]]', '{}}', 'NaN', 'Infinity', "'a'", '[1,]', '{"a":1,}',
  ];

  test.each(valid)('valid: %s', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(jsonSyntaxFout(text)).toBeUndefined();
  });

  test.each(invalid)('invalid: %s', (text) => {
    expect(() => JSON.parse(text)).toThrow();
    const result = jsonSyntaxFout(text);
    expect(result).toBeDefined();
    expect(result!.offset).toBeGreaterThanOrEqual(0);
    expect(result!.offset).toBeLessThanOrEqual(text.length);
  });

  test('100 000 levels deep do not overflow the stack', () => {
    expect(jsonSyntaxFout(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBeUndefined();
    expect(jsonSyntaxFout(`${'{"a":'.repeat(100_000)}1${'}'.repeat(99_999)}`)?.offset).toBe(100_000 * 5 + 1 + 99_999);
  });
});
