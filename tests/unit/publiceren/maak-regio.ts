/** Writes small data folders under tests/.tmp for loader tests; every test gets its own folder. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

let teller = 0;

export const REGIO = {
  naam: 'Proefregio',
  gemeenten: ['Proefdorp'],
  coalitie: 'Coalitie Proef',
  contact: { naam: 'Team Proef', email: 'proef@example.nl' },
  bijgewerkt: '2026-10-01',
  intro: 'Intro.',
  evaluatievragen: {},
};

const groep = { naam: 'a', omschrijving: 'b', doelen: ['c'] };
export const DOELGROEPEN = { basiszorg: groep, 'steuntje-in-de-rug': groep, 'extra-steun': groep };

export function voorziening(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    naam: `Voorziening ${id}`,
    omschrijving: 'Omschrijving.',
    niveau: 'basiszorg',
    periode: { van: 'bevalling', tot: 'week 4' },
    kenmerken: ['standaard'],
    aanbieders: [{ naam: 'Landelijke aanbieder' }],
    toegang: 'Zelf bellen.',
    bijgewerkt: '2026-09-01',
    ...extra,
  };
}

/** files: path relative to the data folder → JSON value (or string for raw content). */
export function maakDatamap(files: Record<string, unknown>): string {
  const dir = join('tests/.tmp/unit-publiceren', `${process.pid}-${teller++}`);
  rmSync(dir, { recursive: true, force: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

export function regioMap(id: string, voorzieningen: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    [`${id}/regio.json`]: REGIO,
    [`${id}/doelgroepen.json`]: DOELGROEPEN,
    [`${id}/voorzieningen.json`]: { voorzieningen },
    ...Object.fromEntries(Object.entries(extra).map(([name, value]) => [`${id}/${name}`, value])),
  };
}
