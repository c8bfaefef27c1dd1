/**
 * Links in the data become href attributes, so only http(s), mailto and tel may pass; every other scheme, however
 * it is disguised, is refused by validation before anything is built. The XSS region (every text field an attack)
 * is valid data on purpose: escaping, not validation, must make it harmless (tests/browser/xss.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { link } from '../../../src/domain/schema/gedeeld.ts';
import { formatFout } from '../../../src/domain/fouten.ts';
import { laadRegios } from '../../../src/io/data.ts';

const TODAY = new Date('2026-11-22T12:00:00Z');

describe('een link in de gegevens', () => {
  test.each(['https://example.nl/', 'http://example.nl/x?y=1', 'mailto:info@example.nl', 'tel:+31881234567'])('%s mag', (value) => {
    expect(link.safeParse(value).success).toBe(true);
  });

  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.nl/',
    '//evil.example/x',
    '/relatief/pad',
    'www.example.nl',
    '',
  ])('%j wordt geweigerd', (value) => {
    expect(link.safeParse(value).success).toBe(false);
  });
});

describe('de XSS-regio', () => {
  test('is geldige data: elke aanval zit in tekst die ontsnapt moet worden, niet geweigerd', () => {
    const { regios, fouten } = laadRegios('tests/fixtures/xss', TODAY);
    expect(fouten.map(formatFout)).toEqual([]);
    expect(regios.map((r) => r.voorzieningen.length)).toEqual([4]);
  });

  test('met gevaarlijke links wordt geweigerd, met bestand en pad van elke link', () => {
    const { regios, fouten } = laadRegios('tests/fixtures/xss-links', TODAY);
    expect(regios).toEqual([]);
    expect(fouten.map((f) => `${f.bestand} › ${f.pad}`)).toEqual([
      'aanval/regio.json › contact.website',
      'aanval/regio.json › licentie.url',
      'aanval/voorzieningen.json › voorzieningen[0].aanbieders[0].website',
      'aanval/voorzieningen.json › voorzieningen[0].aanbieders[1].website',
      'aanval/voorzieningen.json › voorzieningen[0].aanbieders[2].website',
      'aanval/voorzieningen.json › voorzieningen[1].meerInformatie',
      'aanval/voorzieningen.json › voorzieningen[2].meerInformatie',
      'aanval/voorzieningen.json › voorzieningen[3].aanbieders[0].website',
      'aanval/voorzieningen.json › voorzieningen[3].meerInformatie',
    ]);
    for (const f of fouten) expect(f.melding).toMatch(/^moet een link zijn die begint met https:\/\/, http:\/\/, mailto: of tel:/);
  });
});
