import { expect, test } from 'vitest';
import { controleer, itemIndex, itemsMetFouten, meldingenBij, padOmhoog, veldId } from '../../../../src/view/beheer/controle.ts';
import { wijzigItem } from '../../../../src/view/beheer/werk.ts';
import { NU, voorbeeldWerk } from './hulp.ts';

test('an emptied naam gives check-data\'s message, at the field of that voorziening', () => {
  const werk = voorbeeldWerk();
  const item = werk.voorzieningen[2]!;
  const fouten = controleer(wijzigItem(werk, 'voorzieningen', item.sleutel, { ...item.data, naam: '' }, NU.getTime()), NU);
  expect(meldingenBij(fouten, 'voorzieningen.json', 'voorzieningen[2].naam').map((f) => f.melding)).toEqual(['mag niet leeg zijn']);
  expect(fouten[0]!.bestand).toBe('voorbeeldregio/voorzieningen.json');
  expect(itemsMetFouten(fouten, 'voorzieningen')).toEqual(new Set([2]));
});

test('field ids and paths', () => {
  expect(veldId('voorzieningen.json', 'voorzieningen[2].naam')).toBe('veld-voorzieningen-json-voorzieningen-2-naam');
  expect(padOmhoog('voorzieningen[2].locaties[0].postcode')).toEqual([
    'voorzieningen[2].locaties[0].postcode',
    'voorzieningen[2].locaties[0]',
    'voorzieningen[2].locaties',
    'voorzieningen[2]',
    'voorzieningen',
    '',
  ]);
  expect(itemIndex('routes[4].stappen[1].moment', 'routes')).toBe(4);
  expect(itemIndex('regio', 'routes')).toBeUndefined();
});
