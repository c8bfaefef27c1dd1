/**
 * A logo is published as-is on the site's own origin: an SVG that can run or load anything is refused, however it
 * is written; an ordinary logo (as drawing programs write them) passes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { svgBestandBezwaren, svgBezwaren } from '../../../src/domain/svg-logo.ts';

const svg = (binnen: string, kop = '') => `${kop}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">${binnen}</svg>`;

describe('svgBezwaren', () => {
  test.each([
    ['the example region logo', readFileSync('data/kleinstad/logo.svg', 'utf8')],
    ['the XSS region logo, whose attacks are escaped text', readFileSync('tests/fixtures/xss/aanval/logo.svg', 'utf8')],
    [
      'a logo as a drawing program writes it',
      svg(
        '<!-- Generator: Inkscape --><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><clipPath id="c"><rect width="10" height="10"/></clipPath></defs>' +
          '<style>.a{fill:url(#g)} .b { clip-path: url("#c") }</style><title>Gemeente</title><g class="a"><use href="#r" xlink:href="#r"/><rect id="r" width="5" height="5" style="fill:url(#g);stroke:#000"/></g>' +
          '<image width="2" height="2" href="data:image/png;base64,iVBORw0KGgo="/><text x="1" y="9">Kleinstad &amp; co &lt;script&gt;</text>',
        '<?xml version="1.0" encoding="UTF-8"?>\n',
      ),
    ],
    ['an animation of a colour', svg('<rect width="1" height="1"><animate attributeName="fill" values="red;blue" dur="2s"/></rect>')],
  ])('%s passes', (_, tekst) => {
    expect(svgBezwaren(tekst)).toEqual([]);
  });

  test.each([
    ['a script', svg('<script>alert(1)</script>'), 'een <script>-element'],
    ['a script with a namespace prefix', svg('<x:script xmlns:x="http://www.w3.org/2000/svg">alert(1)</x:script>'), 'een <x:script>-element'],
    ['a script in capitals', svg('<SCRIPT>alert(1)</SCRIPT>'), 'een <SCRIPT>-element'],
    ['a script loaded from elsewhere', svg('<script href="https://evil.example/x.js"/>'), 'een <script>-element'],
    ['foreignObject with HTML', svg('<foreignObject><body xmlns="http://www.w3.org/1999/xhtml"><img src="x"/></body></foreignObject>'), 'een <foreignObject>-element'],
    ['an iframe', svg('<iframe src="https://evil.example/"/>'), 'een <iframe>-element'],
    ['an event attribute', svg('<rect onload="alert(1)" width="1" height="1"/>'), 'een event-attribuut (onload)'],
    ['an event attribute in capitals, single quotes', svg("<rect ONCLICK='alert(1)'/>"), 'een event-attribuut (ONCLICK)'],
    ['an event attribute with a prefix', svg('<rect x:onmouseover="alert(1)" xmlns:x="http://www.w3.org/2000/svg"/>'), 'een event-attribuut (x:onmouseover)'],
    ['a javascript: link', svg('<a href="javascript:alert(1)"><rect width="1" height="1"/></a>'), 'een verwijzing naar buiten: href="javascript:alert(1)"'],
    ['a javascript: link spelled with character references', svg('<a xlink:href="&#106;avascript:alert(1)"><text>x</text></a>'), 'een verwijzing naar buiten: xlink:href="javascript:alert(1)"'],
    ['an image from another server', svg('<image href="https://evil.example/pixel.png"/>'), 'een verwijzing naar buiten: href="https://evil.example/pixel.png"'],
    ['another file of the site', svg('<use href="ander.svg#x"/>'), 'een verwijzing naar buiten: href="ander.svg#x"'],
    ['an embedded SVG (which could carry a script)', svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'), 'een verwijzing naar buiten: href="data:image/svg+xml;base64,PHN2Zz4="'],
    ['CSS that loads a picture', svg('<style>rect { fill: url(https://evil.example/a.svg#p) }</style>'), 'CSS die iets van buiten laadt: url(https://evil.example/a.svg#p)'],
    ['CSS in CDATA that loads a picture', svg('<style><![CDATA[ rect { background: url("//evil.example/x") } ]]></style>'), 'CSS die iets van buiten laadt: url(//evil.example/x)'],
    ['CSS @import', svg('<style>@import "https://evil.example/x.css";</style>'), 'CSS met @import (laadt een ander bestand)'],
    ['a url in a style attribute', svg('<rect style="fill:url(http://evil.example/)"/>'), 'CSS die iets van buiten laadt: url(http://evil.example/)'],
    ['CSS escapes that hide a url', svg('<style>rect { fill: u\\72l(http://evil.example/) }</style>'), 'CSS met een \\-teken (daarmee laat een verwijzing zich verbergen)'],
    ['an animation that sets a link', svg('<a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a>'), 'een animatie die href zet'],
    ['an animation that sets an xlink:href', svg('<a><animate attributeName="xlink:href" values="javascript:alert(1)"/></a>'), 'een animatie die xlink:href zet'],
    ['an entity that expands to a script', svg('&x;', '<!DOCTYPE svg [<!ENTITY x "<script>alert(1)</script>">]>'), 'een DOCTYPE of ENTITY (een entiteit kan een script invoegen)'],
    ['an xml-stylesheet instruction', svg('', '<?xml-stylesheet href="https://evil.example/x.css"?>'), 'een verwerkingsinstructie <?xml-stylesheet href="https://evil.example/x.css"?> (zoals xml-stylesheet, die een ander bestand laadt)'],
    ['markup the check cannot read', svg('<rect width=1 onload=alert(1)>'), 'opmaak die de controle niet kan lezen: <rect width=1 onload=alert(1)></svg>'],
  ])('%s is refused', (_, tekst, bezwaar) => {
    expect(svgBezwaren(tekst)).toContain(bezwaar);
  });

  test('a script in a comment is inert; one after the comment is not', () => {
    expect(svgBezwaren(svg('<!-- <script>alert(1)</script> -->'))).toEqual([]);
    expect(svgBezwaren(svg('<!-- x --><script>alert(1)</script>'))).toEqual(['een <script>-element']);
  });

  test('every problem is named once', () => {
    expect(svgBezwaren(svg('<script>1</script><script>2</script><rect onload="x"/>'))).toEqual(['een <script>-element', 'een event-attribuut (onload)']);
  });
});

describe('svgBestandBezwaren', () => {
  const bytes = (tekst: string) => new TextEncoder().encode(tekst);

  test('reads UTF-8, with or without a byte order mark', () => {
    expect(svgBestandBezwaren(bytes(svg('<rect width="1" height="1"/>')))).toEqual([]);
    expect(svgBestandBezwaren(bytes(`\uFEFF${svg('<script>1</script>')}`))).toEqual(['een <script>-element']);
  });

  test('a UTF-16 file, which decoded as UTF-8 would hide its script, is refused', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...svg('<script>1</script>')].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(svgBestandBezwaren(utf16)).toEqual(['het is niet als UTF-8 opgeslagen (maar bijvoorbeeld als UTF-16)']);
  });

  test('another declared encoding is refused', () => {
    expect(svgBestandBezwaren(bytes(svg('', '<?xml version="1.0" encoding="UTF-7"?>')))).toEqual(['het noemt de tekencodering "UTF-7"; de controle leest alleen UTF-8']);
    expect(svgBestandBezwaren(bytes(svg('', '<?xml version="1.0" encoding="utf-8"?>')))).toEqual([]);
  });
});
