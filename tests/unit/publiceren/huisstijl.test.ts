import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contrastRatio } from '../../../src/domain/contrast.ts';
import { formatFout } from '../../../src/domain/fouten.ts';
import {
  CONTRAST_PAREN,
  CSS_EIGENSCHAPPEN,
  checkContrast,
  effectieveKleuren,
  huisstijlCss,
  KAART_BALKEN,
  bouwHuisstijl,
  STANDAARD_KLEUREN,
} from '../../../src/domain/huisstijl.ts';
import { fontFaces, lettertypeUitPakket, SYSTEEMLETTERS } from '../../../src/domain/lettertype.ts';
import { leesLettertype } from '../../../src/io/lettertype.ts';
import { huisstijlSchema } from '../../../src/domain/schema/huisstijl.ts';

const meldingen = (kleuren: Parameters<typeof checkContrast>[1]) => checkContrast('proef/huisstijl.json', kleuren).map(formatFout);

describe('the default colours', () => {
  test('are the ones stijl.css declares', () => {
    const css = readFileSync('src/view/stijl.css', 'utf8');
    const root = /:root\s*{([^}]*)}/.exec(css)![1]!;
    const declared = Object.fromEntries([...root.matchAll(/(--rk-[a-z-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
    for (const [token, property] of Object.entries(CSS_EIGENSCHAPPEN)) {
      const expected = token === 'link' || token === 'accent' ? 'var(--rk-accent)' : STANDAARD_KLEUREN[token as keyof typeof STANDAARD_KLEUREN];
      expect(declared[property], property).toBe(expected);
    }
    for (const balk of KAART_BALKEN) expect(css).toContain(balk);
    expect(declared['--rk-font']).toBe(SYSTEEMLETTERS);
  });

  test('pass every contrast pair themselves', () => {
    const standaard = effectieveKleuren();
    for (const paar of CONTRAST_PAREN) {
      const achtergrond = typeof paar.achtergrond === 'string' ? standaard[paar.achtergrond] : paar.achtergrond.kleur;
      expect(contrastRatio(standaard[paar.voorgrond], achtergrond), `${paar.voorgrond} op ${JSON.stringify(paar.achtergrond)}`).toBeGreaterThanOrEqual(paar.minimum);
    }
  });
});

describe('the contrast check', () => {
  test('accepts an empty theme and the kleinstad theme', () => {
    expect(meldingen({})).toEqual([]);
    const kleinstad = JSON.parse(readFileSync('data/kleinstad/huisstijl.json', 'utf8'));
    expect(meldingen(kleinstad.kleuren)).toEqual([]);
  });

  test('refuses a light link colour with the pair, both colours and the ratio', () => {
    expect(meldingen({ link: '#7aa7d6' })).toEqual([
      'proef/huisstijl.json › kleuren.link: te weinig contrast tussen link (#7aa7d6) en achtergrond (#ffffff, standaard): 2,52:1; nodig is minstens 4,5:1 voor tekst (links) (WCAG AA). Maak één van de twee kleuren donkerder of lichter',
      'proef/huisstijl.json › kleuren.link: te weinig contrast tussen link (#7aa7d6) en vlak (#f3f4f6, standaard): 2,29:1; nodig is minstens 4,5:1 voor tekst (links in vakken) (WCAG AA). Maak één van de twee kleuren donkerder of lichter',
    ]);
  });

  test('uses 3:1 for UI parts: a focus colour of 3,0 passes, 2,9 does not', () => {
    // #949494 on white is 3.03:1, #959595 is 2.99:1
    expect(meldingen({ focus: '#949494' })).toEqual([]);
    expect(meldingen({ focus: '#959595' })).toEqual([
      'proef/huisstijl.json › kleuren.focus: te weinig contrast tussen focus (#959595) en achtergrond (#ffffff, standaard): 2,99:1; nodig is minstens 3:1 voor de focusrand (onderdeel van de bediening) (WCAG AA). Maak één van de twee kleuren donkerder of lichter',
    ]);
  });

  test('blames the colour the author wrote: a dark background fails against the default text', () => {
    const fouten = checkContrast('proef/huisstijl.json', { achtergrond: '#222222' });
    // tekst, bijschriften, links, focus and accent all stand on the page background.
    expect(fouten.map((f) => f.pad)).toEqual(Array(5).fill('kleuren.achtergrond'));
    expect(fouten[0]!.melding).toMatch(/^te weinig contrast tussen tekst \(#1a1a1a, standaard\) en achtergrond \(#222222\): 1,\d\d:1;/);
    expect(fouten.every((f) => f.ernst === 'fout')).toBe(true);
  });

  test('links and the accent follow the primary colour, and say so', () => {
    expect(meldingen({ primair: '#9fc5e8' })).toEqual([
      'proef/huisstijl.json › kleuren.primair: te weinig contrast tussen link (#9fc5e8, volgt primair) en achtergrond (#ffffff, standaard): 1,80:1; nodig is minstens 4,5:1 voor tekst (links) (WCAG AA). Maak één van de twee kleuren donkerder of lichter',
      'proef/huisstijl.json › kleuren.primair: te weinig contrast tussen link (#9fc5e8, volgt primair) en vlak (#f3f4f6, standaard): 1,64:1; nodig is minstens 4,5:1 voor tekst (links in vakken) (WCAG AA). Maak één van de twee kleuren donkerder of lichter',
      'proef/huisstijl.json › kleuren.primair: te weinig contrast tussen primairTekst (#ffffff, standaard) en primair (#9fc5e8): 1,80:1; nodig is minstens 4,5:1 voor tekst in de kopbalk (WCAG AA). Maak één van de twee kleuren donkerder of lichter',
      'proef/huisstijl.json › kleuren.primair: te weinig contrast tussen accent (#9fc5e8, volgt primair) en achtergrond (#ffffff, standaard): 1,80:1; nodig is minstens 3:1 voor streep en randen (grafisch onderdeel) (WCAG AA). Maak één van de twee kleuren donkerder of lichter',
    ]);
    // With its own dark text on the header and its own link colour the same primary colour is fine.
    expect(meldingen({ primair: '#9fc5e8', primairTekst: '#1a1a1a', link: '#1d4f7c', accent: '#1d4f7c' })).toEqual([]);
  });

  test('checks text on the fixed map colours', () => {
    expect(meldingen({ tekst: '#6f6f6f', vlak: '#ffffff' })).toEqual([
      expect.stringContaining('te weinig contrast tussen tekst (#6f6f6f) en de balken op de kaart (#'),
    ]);
  });
});

describe('huisstijl.json schema', () => {
  test('names the wrong colour and suggests the right key', () => {
    const result = huisstijlSchema.safeParse({ kleuren: { primair: 'groen', linkk: '#000000' } });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toContain('kleuren.primair: moet een kleur zijn als #rrggbb, zoals "#1d4f7c"');
  });

  test('bouwHuisstijl reports schema errors with Dutch did-you-mean', () => {
    const { fouten } = bouwHuisstijl('proef', { kleuren: { linkk: '#000000' } }, () => true, () => undefined);
    expect(fouten.map(formatFout)).toEqual([
      expect.stringMatching(/^proef\/huisstijl\.json › kleuren\.linkk: onbekend veld "linkk" \(bedoel je "link"\?\)/),
    ]);
  });

  test('a logo must be a file in the region folder', () => {
    const bad = huisstijlSchema.safeParse({ logo: { bestand: '../geheim.svg', alt: 'x' } });
    expect(bad.success).toBe(false);
    const { fouten, extraBestanden } = bouwHuisstijl('kleinstad', { logo: { bestand: 'wapen.svg', alt: 'Wapen' } }, (naam) => naam === 'logo.svg', () => undefined);
    expect(fouten.map(formatFout)).toEqual([
      'kleinstad/huisstijl.json › logo.bestand: het logo "wapen.svg" staat niet in de map kleinstad/; zet het bestand daar of pas de naam aan',
    ]);
    expect(extraBestanden).toEqual(['wapen.svg']);
  });

  test('a font package that is not installed is an error that says how to install it', () => {
    const { fouten } = bouwHuisstijl('kleinstad', { lettertype: { pakket: '@fontsource/bestaat-niet' } }, () => true, () => undefined);
    expect(fouten.map(formatFout)).toEqual([
      'kleinstad/huisstijl.json › lettertype.pakket: het pakket "@fontsource/bestaat-niet" is niet geïnstalleerd; voer uit: npm install --save-exact @fontsource/bestaat-niet',
    ]);
  });
});

describe('fonts from Fontsource', () => {
  test('latin and latin-ext, weights 400 and 700, normal style, woff2 only', () => {
    const result = leesLettertype('@fontsource/atkinson-hyperlegible');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.lettertype.familie).toBe('Atkinson Hyperlegible');
    expect(result.lettertype.faces.map((f) => f.bestand)).toEqual([
      'atkinson-hyperlegible-latin-400-normal.woff2',
      'atkinson-hyperlegible-latin-700-normal.woff2',
      'atkinson-hyperlegible-latin-ext-400-normal.woff2',
      'atkinson-hyperlegible-latin-ext-700-normal.woff2',
    ]);
    expect([...result.lettertype.bestanden.keys()]).toContain('lettertype-licentie.txt');
  });

  test('a package that is not a Fontsource font, or lacks its files, says so', () => {
    const metadata = JSON.stringify({ id: 'proef', family: 'Proef', subsets: ['latin'], weights: [400], styles: ['normal'], variable: false });
    const unicode = JSON.stringify({ latin: 'U+0000-00FF' });
    const melding = (pakket: Parameters<typeof lettertypeUitPakket>[1]) => {
      const result = lettertypeUitPakket('@fontsource/proef', pakket);
      return result.ok ? [...result.lettertype.bestanden] : result.melding;
    };
    expect(melding({ metadata, bestanden: new Map() })).toBe(
      'het pakket "@fontsource/proef" lijkt geen Fontsource-lettertype (metadata.json of unicode.json ontbreekt of is onleesbaar)',
    );
    expect(melding({ metadata: '{', unicode, bestanden: new Map() })).toMatch(/lijkt geen Fontsource-lettertype/);
    expect(melding({ metadata, unicode, bestanden: new Map() })).toBe(
      'het pakket "@fontsource/proef" heeft geen woff2-bestanden voor latin zoals Fontsource ze levert; kies een ander lettertype',
    );
    expect(melding({ metadata, unicode, bestanden: new Map([['proef-latin-400-normal.woff2', '/p/files/proef-latin-400-normal.woff2']]), licentie: '/p/LICENSE' })).toEqual([
      ['proef-latin-400-normal.woff2', '/p/files/proef-latin-400-normal.woff2'],
      ['lettertype-licentie.txt', '/p/LICENSE'],
    ]);
  });

  test('variable fonts get one file per subset with the weight range', () => {
    const faces = fontFaces(
      { id: 'inter', family: "Inter'; } body { x", subsets: ['latin', 'cyrillic'], weights: [100, 900], styles: ['normal'], variable: { wght: { min: '100', max: '900' } } },
      { latin: 'U+0000-00FF', cyrillic: 'U+0400-045F' },
    );
    expect(faces).toEqual([{ familie: 'Inter  body  x', gewicht: '100 900', unicodeBereik: 'U+0000-00FF', bestand: 'inter-latin-wght-normal.woff2' }]);
  });
});

describe('the stylesheet of a theme', () => {
  test('sets only the tokens the theme sets, scoped to the region, with fonts from the site itself', () => {
    const lettertype = leesLettertype('@fontsource/atkinson-hyperlegible');
    if (!lettertype.ok) throw new Error(lettertype.melding);
    const css = huisstijlCss('kleinstad', { kleuren: { primair: '#0B5D3B', link: '#0a5a8a' }, lettertype: lettertype.lettertype }, (f) => `/kansrijke-start/kleinstad/huisstijl/${f}`);
    expect(css).toContain(":root[data-huisstijl='kleinstad'] {\n  --rk-accent: #0b5d3b;\n  --rk-link: #0a5a8a;\n  --rk-font: 'Atkinson Hyperlegible', system-ui");
    expect(css).not.toContain('--rk-tekst');
    expect(css.match(/@font-face/g)).toHaveLength(4);
    expect(css).toContain("src: url('/kansrijke-start/kleinstad/huisstijl/atkinson-hyperlegible-latin-400-normal.woff2') format('woff2')");
    expect(css).not.toMatch(/https?:/);
  });
});
