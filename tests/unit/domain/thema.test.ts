/** huisstijl.json › thema: the colours of an NL Design System token package, the per-colour override and the messages. */
import { describe, expect, test } from 'vitest';
import { formatFout } from '../../../src/domain/fouten.ts';
import { bouwHuisstijl, huisstijlCss } from '../../../src/domain/huisstijl.ts';
import { kleurenUitThema, platteTokens, THEMA_TOKENS, type ThemaPakket } from '../../../src/domain/thema.ts';

const PAKKET = '@gemeente-proef/design-tokens';
/** A small token file in the form NL Design System themes publish (dist/tokens.json): nested, "$value" leaves. */
const TOKENS = {
  basis: {
    color: {
      'accent-1-inverse': { 'bg-default': { $type: 'color', $value: '#0b5d3b' }, 'color-default': { $value: '#FFFFFF' } },
      'accent-1': { 'border-default': { $value: '#b8560f' } },
      default: { 'color-document': { $value: '#1b1b1b' }, 'color-subtle': { $value: '#4a4a4a' }, 'bg-document': { $value: '#ffffff' }, 'bg-default': { $value: '#f3f4f6' } },
      'action-2': { 'color-default': { $value: '#0a5a8a' }, 'bg-default': { $value: '#e3f3fd' } },
    },
    focus: { 'outline-color': { $value: '#0b0c0c' }, 'outline-width': { $value: '0.125rem' } },
  },
  nl: { link: { color: { value: '{basis.color.action-2.color-default}' } } },
};
const pakket = (tokens: unknown = TOKENS): ThemaPakket => ({ tokens: JSON.stringify(tokens), versie: '1.2.3', licentie: { naam: 'EUPL-1.2', pad: '/pad/LICENSE.md' } });
const zoek = (inhoud: ThemaPakket | undefined = pakket()) => (naam: string) => (naam === PAKKET ? inhoud : undefined);
const bouw = (data: unknown, inhoud?: ThemaPakket) => bouwHuisstijl('proef', data, () => true, () => undefined, zoek(inhoud));
const meldingen = (data: unknown, inhoud?: ThemaPakket) => bouw(data, inhoud).fouten.map(formatFout);

describe('platteTokens', () => {
  test('paden met punten, "$value" en "value", alleen tekst', () => {
    const plat = platteTokens(TOKENS);
    expect(plat.get('basis.color.accent-1-inverse.bg-default')).toBe('#0b5d3b');
    expect(plat.get('basis.focus.outline-width')).toBe('0.125rem');
    expect(plat.get('nl.link.color')).toBe('{basis.color.action-2.color-default}');
    expect(platteTokens({ a: { $value: 3 } }).size).toBe(0);
    expect(platteTokens(null).size).toBe(0);
  });
});

describe('de kleuren uit het thema', () => {
  test('elk kleurtoken van de site krijgt het eerste token dat het pakket heeft; een verwijzing is geen kleur, dus het volgende', () => {
    const r = kleurenUitThema({ pakket: PAKKET }, pakket({ ...TOKENS, nl: {} }));
    expect(r).toMatchObject({
      ok: true,
      thema: { pakket: PAKKET, versie: '1.2.3', licentie: { naam: 'EUPL-1.2' } },
      kleuren: { primair: '#0b5d3b', primairTekst: '#ffffff', accent: '#b8560f', tekst: '#1b1b1b', gedempt: '#4a4a4a', achtergrond: '#ffffff', vlak: '#f3f4f6', link: '#0a5a8a', focus: '#0b0c0c' },
    });
    expect(r.ok && r.herkomst.link).toEqual({ token: 'basis.color.action-2.color-default', pad: 'thema.pakket' });
    expect(Object.keys(THEMA_TOKENS)).toHaveLength(9);
  });

  test('een token dat een verwijzing bevat in plaats van een kleur: een fout die zegt wat te doen', () => {
    expect(meldingen({ thema: { pakket: PAKKET } })).toEqual([
      'proef/huisstijl.json › thema.pakket: het token "nl.link.color" van "@gemeente-proef/design-tokens" is geen kleur als #rrggbb (kreeg "{basis.color.action-2.color-default}"); kies een ander token in "thema.tokens.link" of zet de kleur zelf in "kleuren.link"',
    ]);
  });

  test('een eigen kleur in "kleuren" gaat voor het thema, en wordt dan niet opgezocht', () => {
    const { huisstijl, fouten } = bouw({ thema: { pakket: PAKKET }, kleuren: { link: '#123456', primair: '#1d4f7c' } });
    expect(fouten).toEqual([]);
    expect(huisstijl!.kleuren).toMatchObject({ link: '#123456', primair: '#1d4f7c', tekst: '#1b1b1b' });
    expect(huisstijl!.thema).toEqual({ pakket: PAKKET, versie: '1.2.3', licentie: { naam: 'EUPL-1.2', pad: '/pad/LICENSE.md' } });
  });

  test('een ander token per kleur met thema.tokens', () => {
    const { huisstijl, fouten } = bouw({ thema: { pakket: PAKKET, tokens: { link: 'basis.color.default.color-document' } } });
    expect(fouten).toEqual([]);
    expect(huisstijl!.kleuren.link).toBe('#1b1b1b');
  });

  test('een token dat het pakket niet heeft: met een suggestie', () => {
    expect(meldingen({ thema: { pakket: PAKKET, tokens: { link: 'basis.color.action-2.colour-default' } } })).toEqual([
      'proef/huisstijl.json › thema.tokens.link: het pakket "@gemeente-proef/design-tokens" heeft geen token "basis.color.action-2.colour-default"; bedoel je "basis.color.action-2.color-default"?',
    ]);
  });

  test('een pakket dat niet is geïnstalleerd of geen tokens.json heeft', () => {
    expect(meldingen({ thema: { pakket: '@gemeente-anders/design-tokens' } })).toEqual([
      'proef/huisstijl.json › thema.pakket: het pakket "@gemeente-anders/design-tokens" is niet geïnstalleerd; voer uit: npm install --save-exact @gemeente-anders/design-tokens',
    ]);
    expect(meldingen({ thema: { pakket: PAKKET } }, { versie: '1.0.0' })[0]).toContain('heeft geen leesbare dist/tokens.json');
  });

  test('het contrast wordt gecontroleerd zoals bij eigen kleuren, en de melding noemt het token', () => {
    expect(meldingen({ thema: { pakket: PAKKET, tokens: { link: 'basis.color.action-2.bg-default' } }, kleuren: { tekst: '#1b1b1b' } })).toEqual([
      'proef/huisstijl.json › thema.tokens.link: te weinig contrast tussen link (#e3f3fd, token basis.color.action-2.bg-default van @gemeente-proef/design-tokens) en achtergrond (#ffffff, token basis.color.default.bg-document van @gemeente-proef/design-tokens): 1,13:1; nodig is minstens 4,5:1 voor tekst (links) (WCAG AA). Kies een ander token in "thema.tokens.link", of zet de kleur zelf in "kleuren.link"',
      'proef/huisstijl.json › thema.tokens.link: te weinig contrast tussen link (#e3f3fd, token basis.color.action-2.bg-default van @gemeente-proef/design-tokens) en vlak (#f3f4f6, token basis.color.default.bg-default van @gemeente-proef/design-tokens): 1,03:1; nodig is minstens 4,5:1 voor tekst (links in vakken) (WCAG AA). Kies een ander token in "thema.tokens.link", of zet de kleur zelf in "kleuren.link"',
    ]);
  });

  test('een thema-fout houdt de controle van logo en lettertype niet tegen', () => {
    const { fouten } = bouwHuisstijl('proef', { thema: { pakket: '@x/design-tokens' }, logo: { bestand: 'logo.svg', alt: 'Proef' } }, () => false, () => undefined, zoek());
    expect(fouten.map((f) => f.pad)).toEqual(['thema.pakket', 'logo.bestand']);
  });

  test('huisstijl.css schrijft de kleuren als --rk-* en noemt het pakket, de versie en de licentie', () => {
    const { huisstijl } = bouw({ thema: { pakket: PAKKET, tokens: { link: 'basis.color.action-2.color-default' } } });
    const css = huisstijlCss('proef', huisstijl!, (b) => `/proef/huisstijl/${b}`);
    expect(css).toContain('/* Kleuren uit de design tokens van @gemeente-proef/design-tokens 1.2.3 (EUPL-1.2, zie /proef/huisstijl/thema-licentie.txt) */');
    expect(css).toContain('  --rk-accent: #0b5d3b;');
    expect(css).toContain('  --rk-link: #0a5a8a;');
    expect(css).toContain('  --rk-focus: #0b0c0c;');
    expect(css).not.toContain('var(');
  });

  test('de pakketnaam moet een tokenpakket zijn', () => {
    expect(meldingen({ thema: { pakket: 'bootstrap' } })[0]).toMatch(/thema\.pakket: moet een npm-pakket met design tokens zijn/);
    expect(meldingen({ thema: { pakket: PAKKET, tokens: { link: 'rood' } } })[0]).toMatch(/thema\.tokens\.link: moet de naam van een token zijn/);
  });
});
