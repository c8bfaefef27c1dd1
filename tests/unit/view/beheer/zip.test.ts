import { expect, test } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { leesZip, maakZip } from '../../../../src/view/beheer/zip.ts';
import { NU } from './hulp.ts';

test('a zip reads back as the same files', () => {
  const bestanden = { 'regio.json': '{"naam":"Ä"}\n', 'WIJZIGINGEN.txt': 'x' };
  const gelezen = leesZip(maakZip(bestanden, NU));
  // Only the data files come back: the list of changes is for people.
  expect(gelezen).toEqual({ ok: true, bestanden: { 'regio.json': '{"naam":"Ä"}\n' } });
});

test('a zip of the folder itself is read from inside the folder; what is no zip is refused', () => {
  const zip = zipSync({ 'voorbeeldregio/regio.json': strToU8('{}'), 'voorbeeldregio/logo.svg': strToU8('<svg/>'), '__MACOSX/x.json': strToU8('') });
  expect(leesZip(zip)).toEqual({ ok: true, bestanden: { 'regio.json': '{}', 'logo.svg': '<svg/>' } });
  expect(leesZip(new Uint8Array([1, 2, 3]))).toMatchObject({ ok: false });
});
