/**
 * The embed code is pasted into a municipality's own page, where our CSP does not protect anyone: the region's naam
 * must not be able to leave the title attribute, whatever it contains.
 */
import { describe, expect, it } from 'vitest';
import type { RegioModel } from '../../../../src/domain/model.ts';
import { snippetCode } from '../../../../src/view/insluiten/snippet.ts';

const regioMetNaam = (naam: string) => ({ id: 'proef', regio: { naam } }) as unknown as RegioModel;
const site = new URL('https://routekaart.example/');

/** The attributes of the snippet's <iframe>, parsed the way a browser's tokenizer would split them. */
function iframeAttributen(code: string): string[] {
  const tag = /^<iframe\s([^>]*)>/.exec(code)?.[1];
  if (tag === undefined) throw new Error(`geen <iframe> vooraan: ${code}`);
  return [...tag.matchAll(/([^\s="']+)(?:="[^"]*")?/g)].map((m) => m[1]!);
}

describe('snippetCode', () => {
  it('writes a plain naam as it is', () => {
    expect(snippetCode(regioMetNaam('Zuidstad'), site)).toContain('title="Routekaart Kansrijke Start Zuidstad"');
  });

  it('escapes ", < and & in the naam, so the naam cannot add an attribute or a tag', () => {
    const code = snippetCode(regioMetNaam('A&B "x" onload="alert(1)" <script>alert(2)</script>'), site);
    expect(code).toContain('title="Routekaart Kansrijke Start A&amp;B &quot;x&quot; onload=&quot;alert(1)&quot; &lt;script&gt;alert(2)&lt;/script&gt;"');
    expect(iframeAttributen(code)).toEqual(['src', 'title', 'width', 'height', 'loading', 'data-routekaart']);
    expect(code.match(/<script/g)).toHaveLength(1);
  });

  it("escapes ' too, for a page that re-quotes the snippet in single quotes", () => {
    expect(snippetCode(regioMetNaam("Sint-Jan's"), site)).toContain('Sint-Jan&#39;s');
  });
});
