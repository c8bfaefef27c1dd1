/**
 * A guard over src/: the patterns that would let data become markup or code. Astro and React escape every text
 * expression; these are the escape hatches around that. If one is ever needed, it gets a reviewed exception here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const SOURCE_EXTENSIONS = /\.(astro|tsx?|jsx?|mjs)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return SOURCE_EXTENSIONS.test(name) ? [path] : [];
  });
}

/** Each pattern with why it is forbidden. */
const VERBODEN: { naam: string; patroon: RegExp }[] = [
  { naam: 'set:html (Astro zet tekst dan ongefilterd als HTML neer)', patroon: /\bset:html\b/ },
  { naam: 'dangerouslySetInnerHTML', patroon: /dangerouslySetInnerHTML/ },
  { naam: 'innerHTML/outerHTML toekennen', patroon: /\.(inner|outer)HTML\s*[+]?=(?!=)/ },
  { naam: 'insertAdjacentHTML', patroon: /insertAdjacentHTML\s*\(/ },
  { naam: 'document.write', patroon: /document\.write(ln)?\s*\(/ },
  { naam: 'eval', patroon: /(^|[^\w.])eval\s*\(/ },
  { naam: 'new Function', patroon: /new\s+Function\s*\(/ },
  { naam: 'setTimeout/setInterval met een string', patroon: /set(Timeout|Interval)\s*\(\s*['"`]/ },
  { naam: 'inline event handler in markup (onclick= …)', patroon: /<[a-zA-Z][^>]*\son[a-z]+\s*=\s*["'{]/ },
  { naam: 'javascript:-URL', patroon: /["'`(=]\s*javascript:/i },
  { naam: 'is:inline script (valt buiten de gehashte CSP)', patroon: /<script\b[^>]*\bis:inline\b/ },
];

/**
 * Reviewed exceptions: a line exactly like this is allowed, and only that line. The route picker's routes are a
 * JSON data block, which the browser never runs and Astro cannot write otherwise; alsGegevensblok makes sure no
 * `<` in the data can end it (src/view/gegevensblok.ts, tested there and in tests/browser/xss.test.ts).
 */
const UITZONDERINGEN = new Set(['<script type="application/json" data-routes is:inline set:html={alsGegevensblok(routes)} />']);

function overtredingen(source: string): string[] {
  const regels = source.split('\n').filter((line) => !UITZONDERINGEN.has(line.trim()));
  return VERBODEN.filter(({ patroon }) => regels.some((line) => patroon.test(line))).map(({ naam }) => naam);
}

describe('de broncode zet gegevens nooit als HTML of code neer', () => {
  test('elk verboden patroon wordt herkend (anders kan deze test niet falen)', () => {
    const samples = [
      '<div set:html={v.omschrijving} />',
      '<p dangerouslySetInnerHTML={{ __html: naam }} />',
      'el.innerHTML = naam;',
      'el.insertAdjacentHTML("beforeend", x)',
      'document.write(x)',
      'const f = eval(code);',
      'new Function("return 1")',
      "setTimeout('alert(1)', 1)",
      '<button onclick="go()">',
      '<a href="javascript:void 0">',
      '<script is:inline>',
    ];
    expect(samples.map((s) => overtredingen(s).length)).toEqual(samples.map(() => 1));
    expect(overtredingen('if (el.innerHTML === "") return; const evaluatie = evaluate(x); <a onClick={go}>')).toEqual([]);
    // An exception is that exact line, not the pattern: the same hatch with anything else is still refused.
    expect(overtredingen('  <script type="application/json" data-routes is:inline set:html={alsGegevensblok(routes)} />')).toEqual([]);
    expect(overtredingen('<script type="application/json" data-routes is:inline set:html={JSON.stringify(routes)} />')).toHaveLength(2);
  });

  test.each([...files('src'), ...files('public')])('%s', (file) => {
    expect(overtredingen(readFileSync(file, 'utf8'))).toEqual([]);
  });
});
