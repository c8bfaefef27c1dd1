/** Reading one JSON file so that every way it can be broken gets a message a person can act on. */
import { fout, type DataFout } from './fouten.ts';

export const MAX_BESTAND_BYTES = 8 * 1024 * 1024;

export type JsonResult = { ok: true; data: unknown } | { ok: false; fout: DataFout };

function lineAndColumn(text: string, offset: number): { regel: number; kolom: number } {
  const before = text.slice(0, offset);
  const regel = before.split('\n').length;
  return { regel, kolom: offset - before.lastIndexOf('\n') };
}

/** V8 says "at position 123" or "(line 4 column 7)"; turn either into line and column. */
function locate(text: string, message: string): { regel: number; kolom: number } | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { regel: Number(lineColumn[1]), kolom: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) return lineAndColumn(text, Number(position[1]));
  if (/Unexpected end of JSON input/.test(message)) return lineAndColumn(text, text.length);
  return undefined;
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
    return { ok: false, fout: fout(bestand, '', 'het bestand is leeg. Zet er minstens { } in, of verwijder het als het niet nodig is') };
  }
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    const message = (error as Error).message;
    const where = locate(text, message);
    const place = where ? ` op regel ${where.regel}, kolom ${where.kolom}` : '';
    return {
      ok: false,
      fout: fout(bestand, '', `geen geldige JSON${place}. Kijk daar naar een ontbrekende komma, aanhalingsteken of haakje (${message})`),
    };
  }
}
