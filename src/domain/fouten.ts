/**
 * Friendly, Dutch validation messages: every problem names the file, the JSON path, what is wrong,
 * what was found and what is allowed — so a policy officer can fix the JSON without asking a developer.
 */
import type { z } from 'zod';
import { closest } from './suggest.ts';

export interface DataFout {
  /** Path relative to the data folder, e.g. "voorbeeldregio/voorzieningen.json". */
  bestand: string;
  /** JSON path such as "voorzieningen[3].periode.van"; empty for the file as a whole. */
  pad: string;
  melding: string;
  ernst: 'fout' | 'waarschuwing';
}

export function fout(bestand: string, pad: string, melding: string): DataFout {
  return { bestand, pad, melding, ernst: 'fout' };
}

export function waarschuwing(bestand: string, pad: string, melding: string): DataFout {
  return { bestand, pad, melding, ernst: 'waarschuwing' };
}

export function formatFout({ bestand, pad, melding, ernst }: DataFout): string {
  const label = ernst === 'waarschuwing' ? 'waarschuwing: ' : '';
  // A problem with a folder (its bestand ends in "/") is about the whole folder, not a file.
  const whole = bestand.endsWith('/') ? '(hele map)' : '(hele bestand)';
  return `${bestand} › ${pad || whole}: ${label}${melding}`;
}

/** All problems as check-data prints them: errors first, then warnings, one line each. */
export function formatFouten(fouten: readonly DataFout[]): string[] {
  return [...fouten.filter((f) => f.ernst === 'fout'), ...fouten.filter((f) => f.ernst === 'waarschuwing')].map(formatFout);
}

export function jsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** A value as the author wrote it, short enough for one line. */
export function shown(value: unknown): string {
  if (value === undefined) return 'niets';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    // Nested too deep to stringify (a JSON file may nest thousands of levels): show its outline.
    text = Array.isArray(value) ? '[…]' : typeof value === 'object' && value !== null ? '{…}' : String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'getal',
  boolean: 'true of false',
  array: 'een lijst [ … ]',
  object: 'een object { … }',
};

/** What was found, as "getal 12", "tekst "x"", "een lijst ["a"]" or "true": the type only where the value does not show it. */
const FOUND_NAMES: Record<string, string> = { string: 'tekst ', number: 'getal ', array: 'een lijst ', object: 'een object ' };

function found(value: unknown): string {
  return `${FOUND_NAMES[typeOf(value)] ?? ''}${shown(value)}`;
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

function quoted(values: readonly unknown[]): string {
  return values.map((v) => `"${String(v)}"`).join(', ');
}

const MAX_ONBEKENDE_VELDEN = 10;

/** Dutch messages for zod's built-in checks; messages written in the schemas take precedence. */
export const dutchErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `ontbreekt; dit veld is verplicht (verwacht: ${TYPE_NAMES[issue.expected] ?? issue.expected})`;
      return `verkeerd type: verwacht ${TYPE_NAMES[issue.expected] ?? issue.expected}, kreeg ${found(issue.input)}`;
    case 'invalid_value': {
      const suggestion = typeof issue.input === 'string' ? closest(issue.input, issue.values.map(String)) : undefined;
      const hint = suggestion ? `; bedoel je "${suggestion}"?` : '';
      return `onbekende waarde (kreeg ${shown(issue.input)}; toegestaan: ${quoted(issue.values)}${hint})`;
    }
    case 'unrecognized_keys': {
      const shape = (issue.inst as { shape?: Record<string, unknown> } | undefined)?.shape ?? {};
      const allowed = Object.keys(shape).filter((key) => key !== '$schema');
      // Ten names say what is wrong; a file with thousands of them gets a count, not a page of names.
      const keys = issue.keys.slice(0, MAX_ONBEKENDE_VELDEN).map((key) => {
        const suggestion = closest(key, allowed);
        return suggestion ? `${shown(key)} (bedoel je "${suggestion}"?)` : shown(key);
      });
      const rest = issue.keys.length - keys.length;
      return `onbekend veld ${keys.join(', ')}${rest > 0 ? ` en ${rest} andere` : ''}; toegestaan: ${allowed.join(', ')}`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `te weinig items: minstens ${String(issue.minimum)}`;
      if (issue.origin === 'string') return 'mag niet leeg zijn';
      return `te klein: minstens ${String(issue.minimum)}`;
    case 'too_big':
      return `te groot: hoogstens ${String(issue.maximum)}`;
    case 'invalid_format':
      return `heeft niet de juiste vorm (${issue.format})`;
    case 'invalid_union':
      return 'past bij geen van de toegestane vormen';
    default:
      return undefined;
  }
};

/**
 * zod issues as DataFouten. Parse with `reportInput: true`, so that messages written in the schemas
 * (which cannot know the value) still say what was found.
 */
export function fromZod(bestand: string, issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): DataFout[] {
  return issues.map((issue) => {
    const own = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0] as string] : issue.path;
    const path = [...prefix, ...own];
    const input = (issue as { input?: unknown }).input;
    // Too short a list: its length says more than its first 60 characters.
    const what =
      Array.isArray(input) && input.length > 0 && issue.code === 'too_small'
        ? `een lijst met ${input.length} ${input.length === 1 ? 'item' : 'items'}`
        : shown(input);
    // An empty (or, after trimming, blank) text: "mag niet leeg zijn" says it all, and "" would hide the spaces.
    const withInput =
      input !== undefined && input !== '' && issue.code !== 'unrecognized_keys' && !issue.message.includes('kreeg')
        ? `${issue.message} (kreeg ${what})`
        : issue.message;
    return fout(bestand, jsonPath(path), withInput);
  });
}
