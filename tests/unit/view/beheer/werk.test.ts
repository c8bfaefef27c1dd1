import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { bestandenVan, levend, nieuweRegio, werkUitBestanden, werkUitExport, wijzigItem } from '../../../../src/view/beheer/werk.ts';
import { controleer } from '../../../../src/view/beheer/controle.ts';
import { NU, voorbeeldWerk } from './hulp.ts';

describe('werk', () => {
  test('the published routekaart.json gives the four files back, and they pass the check', () => {
    const werk = voorbeeldWerk();
    expect(werk.regioId).toBe('voorbeeldregio');
    expect(levend(werk.voorzieningen).length).toBeGreaterThan(10);
    expect(controleer(werk, NU).filter((f) => f.ernst === 'fout')).toEqual([]);
    const bestanden = bestandenVan(werk);
    expect(Object.keys(bestanden).sort()).toEqual(['doelgroepen.json', 'regio.json', 'routes.json', 'voorzieningen.json']);
    expect(JSON.parse(bestanden['regio.json']!).$schema).toBe('../../public/schema/regio.json');
  });

  test('the files of a folder open as the same data', () => {
    const map = 'data/voorbeeldregio/';
    const naam = (n: string) => readFileSync(map + n, 'utf8');
    const geopend = werkUitBestanden('voorbeeldregio', Object.fromEntries(['regio.json', 'doelgroepen.json', 'voorzieningen.json', 'routes.json'].map((n) => [n, naam(n)])), NU);
    expect(geopend.ok).toBe(true);
    if (geopend.ok) expect(JSON.parse(bestandenVan(geopend.werk)['voorzieningen.json']!)).toEqual(JSON.parse(naam('voorzieningen.json')));
  });

  test('refuses what is not a region, saying why', () => {
    expect(werkUitExport({ formaat: 'iets anders' }, NU)).toMatchObject({ ok: false });
    expect(werkUitBestanden('Regio A', {}, NU)).toMatchObject({ ok: false, fout: expect.stringContaining('regio-id') });
    expect(werkUitBestanden('a', { 'regio.json': '{' , 'doelgroepen.json': '{}', 'voorzieningen.json': '[]' }, NU)).toMatchObject({ ok: false, fout: expect.stringContaining('regio.json is geen geldige JSON') });
  });

  test('a new region opens and says what to fill in', () => {
    const geopend = nieuweRegio('nieuwe-regio', NU);
    expect(geopend.ok).toBe(true);
    if (!geopend.ok) return;
    expect(controleer(geopend.werk, NU).map((f) => `${f.bestand} ${f.pad}: ${f.melding}`)).toContain('nieuwe-regio/regio.json naam: mag niet leeg zijn');
  });

  test('a removed voorziening is left out of the file', () => {
    const werk = voorbeeldWerk();
    const eerste = werk.voorzieningen[0]!;
    const zonder = wijzigItem(werk, 'voorzieningen', eerste.sleutel, null, NU.getTime() + 1);
    const lijst = JSON.parse(bestandenVan(zonder)['voorzieningen.json']!).voorzieningen as { id: string }[];
    expect(lijst.map((v) => v.id)).not.toContain(eerste.data!.id);
    expect(lijst).toHaveLength(werk.voorzieningen.length - 1);
  });
});

test('a list read elsewhere (the Excel import) replaces the voorzieningen, keeping each one\'s key by id', async () => {
  const { vervangVoorzieningen } = await import('../../../../src/view/beheer/werk.ts');
  const werk = voorbeeldWerk();
  const lijst = levend(werk.voorzieningen).map((i) => i.data);
  const [eerste, ...rest] = lijst;
  const nieuw = vervangVoorzieningen(werk, [{ ...eerste, naam: 'Anders' }, ...rest.slice(1)], NU.getTime() + 5);
  expect(nieuw.voorzieningen[0]!.sleutel).toBe(werk.voorzieningen[0]!.sleutel);
  expect(nieuw.voorzieningen[0]!.data!.naam).toBe('Anders');
  expect(nieuw.voorzieningen[1]).toBe(werk.voorzieningen[2]);
  expect(levend(nieuw.voorzieningen)).toHaveLength(lijst.length - 1);
});
