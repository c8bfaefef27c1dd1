/**
 * ids.ts exists so that the browser islands need not import the schemas: the rule that a comment there states,
 * held by a test. An island that reaches src/domain/schema/ or zod ships the whole validator to every visitor.
 */
import { describe, expect, test } from 'vitest';
import { bereikbaar, browserIngangen, route, VALIDERENDE_EILANDEN } from '../bronnen.ts';

/** What an island takes along that it should not: schema files and zod, each with the way it is reached. */
function teVeel(ingang: string): string[] {
  const { bestanden, pakketten, pad } = bereikbaar(ingang);
  const verboden = [...bestanden].filter((b) => b.startsWith('src/domain/schema/'));
  if (pakketten.has('zod')) verboden.push('zod');
  return verboden.map((doel) => route(pad, doel));
}

describe('islands import ids.ts, never the schemas', () => {
  const ingangen = browserIngangen();

  test('finds the islands and the modules of <script> blocks', () => {
    expect(ingangen).toEqual(
      expect.arrayContaining([
        'src/view/kaart/Verkenner.tsx',
        'src/view/verwijswijzer/Verwijswijzer.tsx',
        'src/view/klantreis/KlantreisEditor.tsx',
        'src/view/kaart/route-kiezer.ts',
        'src/domain/zoeken.ts',
      ]),
    );
  });

  test('the check can fail: the loader reaches the schemas and zod', () => {
    expect(teVeel('src/domain/bouwen.ts')).toEqual(expect.arrayContaining([expect.stringMatching(/ → src\/domain\/schema\//), expect.stringMatching(/ → zod$/)]));
  });

  test.each(browserIngangen().filter((ingang) => !VALIDERENDE_EILANDEN.includes(ingang)))('%s', (ingang) => {
    expect(teVeel(ingang)).toEqual([]);
  });
});
