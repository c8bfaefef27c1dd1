/** Reading one JSON file so that every way it can be broken gets a message a person can act on. */
import { fout, type DataFout } from './fouten.ts';

export const MAX_BESTAND_BYTES = 8 * 1024 * 1024;

export type JsonResult = { ok: true; data: unknown } | { ok: false; fout: DataFout };

function lineAndColumn(text: string, offset: number): { regel: number; kolom: number } {
  const before = text.slice(0, offset);
  const regel = before.split('\n').length;
  return { regel, kolom: offset - before.lastIndexOf('\n') };
}

/**
 * Where and why JSON.parse rejects a text. V8 does not always say where (a trailing comma in a list gives
 * only a snippet of the file, newlines included), so we find the first bad character ourselves. Iterative,
 * so a deeply nested file cannot overflow the stack. Returns undefined when the text is valid JSON.
 */
export function jsonSyntaxFout(text: string): { offset: number; uitleg: string } | undefined {
  const stack: string[] = [];
  let i = 0;
  let state: 'value' | 'key' | 'after' = 'value';
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const end = () => ({ offset: text.length, uitleg: 'het bestand houdt midden in de gegevens op; ontbreekt er een } of ] aan het eind?' });
  /** Reads a string starting at text[i] === '"'; returns an error or undefined. */
  const string = () => {
    i++;
    for (;;) {
      if (i >= text.length) return end();
      const c = text[i]!;
      if (c === '"') {
        i++;
        return undefined;
      }
      if (c < ' ') return { offset: i, uitleg: 'een tekst loopt door over het einde van de regel; ontbreekt er een afsluitend aanhalingsteken "?' };
      if (c === '\\') {
        const next = text[i + 1];
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else return { offset: i, uitleg: 'een \\ in een tekst moet je verdubbelen: schrijf \\\\' };
      } else i++;
    }
  };
  for (;;) {
    // Right after a value: where a missing comma belongs, rather than where the next value starts.
    const valueEnd = i;
    skipSpace();
    if (text.startsWith('//', i) || text.startsWith('/*', i)) {
      return { offset: i, uitleg: 'JSON kent geen commentaar (// of /* */); verwijder het, of zet een opmerking in een tekstveld' };
    }
    if (state === 'after') {
      if (stack.length === 0) return i < text.length ? { offset: i, uitleg: 'na het einde van de gegevens staat nog iets; verwijder het of zet het erbinnen' } : undefined;
      if (i >= text.length) return end();
      const c = text[i]!;
      const open = stack[stack.length - 1];
      if (c === ',') {
        i++;
        skipSpace();
        if (text[i] === '}' || text[i] === ']') return { offset: i, uitleg: `er staat een komma te veel vóór de ${text[i]}; verwijder de laatste komma` };
        state = open === '{' ? 'key' : 'value';
      } else if ((c === '}' && open === '{') || (c === ']' && open === '[')) {
        stack.pop();
        i++;
      } else {
        return { offset: valueEnd, uitleg: `hier ontbreekt een komma (of een ${open === '{' ? '}' : ']'})` };
      }
    } else if (state === 'key') {
      if (i >= text.length) return end();
      if (text[i] !== '"') return { offset: i, uitleg: 'hier hoort een veldnaam tussen dubbele aanhalingstekens, zoals "naam"' };
      const error = string();
      if (error) return error;
      skipSpace();
      if (text[i] !== ':') return i >= text.length ? end() : { offset: i, uitleg: 'na een veldnaam hoort een dubbele punt :' };
      i++;
      state = 'value';
    } else {
      if (i >= text.length) return end();
      const c = text[i]!;
      if (c === '{' || c === '[') {
        i++;
        skipSpace();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
          state = 'after';
        } else {
          stack.push(c);
          state = c === '{' ? 'key' : 'value';
        }
        continue;
      }
      if (c === '"') {
        const error = string();
        if (error) return error;
        state = 'after';
        continue;
      }
      const number = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
      number.lastIndex = i;
      const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
      if (literal) i += literal.length;
      else if (number.test(text)) i = number.lastIndex;
      else {
        return {
          offset: i,
          uitleg: 'hier hoort een waarde: tekst tussen dubbele aanhalingstekens, een getal, true, false, null, een lijst [ ] of een object { }',
        };
      }
      state = 'after';
    }
  }
}

export function parseJsonBytes(bestand: string, bytes: Uint8Array): JsonResult {
  if (bytes.length > MAX_BESTAND_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1).replace('.', ',');
    return { ok: false, fout: fout(bestand, '', `het bestand is te groot (${mb} MB; hoogstens 8 MB). Splits de regio of verwijder wat er niet in hoort`) };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Decoding leniently marks the first bad byte with U+FFFD, which tells us its line.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const { regel, kolom } = lineAndColumn(lenient, lenient.indexOf('\uFFFD'));
    return {
      ok: false,
      fout: fout(bestand, '', `het bestand is geen geldige UTF-8-tekst (eerste fout op regel ${regel}, kolom ${kolom}). Sla het op als "UTF-8" in je editor`),
    };
  }
  // Notepad and Excel write a byte order mark; it carries no meaning, so we accept it.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    return { ok: false, fout: fout(bestand, '', 'het bestand is leeg. Vul het met de gegevens van de regio, of verwijder het als het niet verplicht is') };
  }
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    const syntax = jsonSyntaxFout(text);
    if (!syntax) {
      // JSON.parse and our scanner disagree (should not happen): report what V8 said, on one line.
      const message = (error as Error).message.replace(/\s+/g, ' ');
      return { ok: false, fout: fout(bestand, '', `geen geldige JSON (${message})`) };
    }
    const { regel, kolom } = lineAndColumn(text, syntax.offset);
    return { ok: false, fout: fout(bestand, '', `geen geldige JSON op regel ${regel}, kolom ${kolom}: ${syntax.uitleg}`) };
  }
}
