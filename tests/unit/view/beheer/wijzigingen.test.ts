import { expect, test } from 'vitest';
import { wijzigingen, wijzigingenTekst } from '../../../../src/view/beheer/wijzigingen.ts';
import { bestandenVan, nieuweSleutel, wijzigDeel, wijzigItem } from '../../../../src/view/beheer/werk.ts';
import { NU, voorbeeldWerk } from './hulp.ts';

test('added, changed and removed, by naam and id with the changed fields', () => {
  let werk = voorbeeldWerk();
  const [a, b] = werk.voorzieningen;
  werk = wijzigItem(werk, 'voorzieningen', a!.sleutel, { ...a!.data, naam: 'Nieuwe naam' }, NU.getTime() + 1);
  werk = wijzigItem(werk, 'voorzieningen', b!.sleutel, null, 2);
  werk = wijzigItem(werk, 'voorzieningen', nieuweSleutel('v', 3, 0.5), { id: 'erbij', naam: 'Erbij' }, 3);
  werk = wijzigDeel(werk, 'regio', { ...werk.regio.data, intro: 'Anders' }, 4);
  const w = wijzigingen(werk.origineel, bestandenVan(werk));
  expect(w.toegevoegd).toEqual(['voorziening "Erbij" (erbij)']);
  expect(w.gewijzigd).toEqual(['regio: intro', `voorziening "Nieuwe naam" (${String(a!.data!.id)}): naam`]);
  expect(w.verwijderd).toEqual([`voorziening "${String(b!.data!.naam)}" (${String(b!.data!.id)})`]);
  const tekst = wijzigingenTekst(werk.regioId, werk.geopend, werk.origineel, bestandenVan(werk), NU);
  expect(tekst).toContain('Toegevoegd (1):\n- voorziening "Erbij" (erbij)');
  expect(tekst).toContain('Verwijderd (1):');
});

test('no changes says so', () => {
  const werk = voorbeeldWerk();
  expect(wijzigingenTekst(werk.regioId, werk.geopend, werk.origineel, bestandenVan(werk), NU)).toContain('Geen wijzigingen sinds het openen.');
});
