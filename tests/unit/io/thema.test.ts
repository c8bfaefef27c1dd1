/** Reading an installed NL Design System token package: the real one kleinstad uses. */
import { describe, expect, test } from 'vitest';
import { kleurenUitThema } from '../../../src/domain/thema.ts';
import { leesThemaPakket } from '../../../src/io/thema.ts';

const VOORBEELD = '@nl-design-system-unstable/voorbeeld-design-tokens';

describe('leesThemaPakket', () => {
  test('vindt dist/tokens.json, de versie en het licentiebestand', () => {
    const pakket = leesThemaPakket(VOORBEELD)!;
    expect(pakket.versie).toBe('7.4.1');
    expect(pakket.licentie).toEqual({ naam: 'EUPL-1.2', pad: expect.stringMatching(/voorbeeld-design-tokens\/LICENSE\.md$/) });
    expect(JSON.parse(pakket.tokens!)).toHaveProperty('basis');
  });

  test('elke kleur van de site komt uit een token van het pakket, en elk is een kleur', () => {
    const r = kleurenUitThema({ pakket: VOORBEELD }, leesThemaPakket(VOORBEELD));
    expect(r.ok).toBe(true);
    if (r.ok) expect(Object.keys(r.kleuren).sort()).toEqual(['accent', 'achtergrond', 'focus', 'gedempt', 'link', 'primair', 'primairTekst', 'tekst', 'vlak']);
  });

  test('een pakket dat niet is geïnstalleerd: undefined', () => {
    expect(leesThemaPakket('@gemeente-bestaat-niet/design-tokens')).toBeUndefined();
  });
});
