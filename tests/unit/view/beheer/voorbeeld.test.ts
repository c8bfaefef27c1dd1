import { expect, test } from 'vitest';
import { voorbeeldVoorzieningen } from '../../../../src/view/beheer/voorbeeld.ts';
import { levend } from '../../../../src/view/beheer/werk.ts';
import { voorbeeldWerk } from './hulp.ts';

test('the preview draws the valid voorzieningen, and skips one being typed', () => {
  const vz = levend(voorbeeldWerk().voorzieningen).map((i) => i.data);
  const alle = voorbeeldVoorzieningen(vz, '2026-12-01');
  const zonder = voorbeeldVoorzieningen([{ ...vz[0], naam: '' }, ...vz.slice(1)], '2026-12-01');
  expect(alle.length).toBeGreaterThan(10);
  expect(zonder.map((v) => v.id)).not.toContain(vz[0]!.id);
  expect(alle[0]!.kolommen.eerste).toBeGreaterThanOrEqual(0);
});
