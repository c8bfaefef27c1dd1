import { expect, test } from 'vitest';
import { aanbiederMail, aanbieders, teNakijken } from '../../../../src/view/beheer/nakijken.ts';
import { levend } from '../../../../src/view/beheer/werk.ts';
import { NU, voorbeeldWerk } from './hulp.ts';

test('per aanbieder a mailto with what the map says, asking to confirm or correct', () => {
  const vz = levend(voorbeeldWerk().voorzieningen).map((i) => i.data);
  const posten = aanbieders(vz);
  const metMail = posten.find((p) => p.email)!;
  const link = aanbiederMail(metMail, 'Voorbeeldregio', 'Team Kansrijke Start')!;
  expect(link.startsWith(`mailto:${metMail.email}?subject=`)).toBe(true);
  const body = decodeURIComponent(link.split('&body=')[1]!);
  expect(body).toContain(`Beste ${metMail.naam},`);
  expect(body).toContain(String(metMail.voorzieningen[0]!.naam));
  expect(body).toContain('bevestigen of verbeteren');
  expect(aanbiederMail({ naam: 'x', voorzieningen: [] }, 'r', 'a')).toBeUndefined();
});

test('older than 12 months, or without a date, is to be checked', () => {
  const items = [{ data: { bijgewerkt: '2025-11-01' } }, { data: { bijgewerkt: '2026-05-01' } }, { data: { bijgewerkt: '' } }];
  expect(teNakijken(items, NU)).toEqual([items[0], items[2]]);
});
