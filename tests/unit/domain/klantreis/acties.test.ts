import { describe, expect, test } from 'vitest';
import { alleActies } from '../../../../src/domain/klantreis/acties.ts';
import { nieuweActie, nieuweKlantreis } from '../../../../src/domain/klantreis/nieuw.ts';
import { NU, teller } from '../../maak.ts';

describe('alleActies', () => {
  test('sorts by date, undated last; equal dates keep band order, then file order', () => {
    const maakId = teller();
    const k = nieuweKlantreis('t', NU, maakId);
    const voeg = (band: number, wat: string, datum = '') => k.banden[band]!.acties.push(nieuweActie(maakId, { wat, datum }));
    voeg(4, 'zes-zonder');
    voeg(4, 'zes-maart', '2027-03-01');
    voeg(0, 'zwanger-zonder');
    voeg(3, 'vier-maart-a', '2027-03-01');
    voeg(3, 'vier-maart-b', '2027-03-01');
    voeg(2, 'twee-december', '2027-12-31');
    voeg(1, 'nul-januari', '2027-01-02');
    voeg(3, 'vier-zonder');
    expect(alleActies(k).map((a) => a.actie.wat)).toEqual([
      'nul-januari',
      'vier-maart-a',
      'vier-maart-b',
      'zes-maart',
      'twee-december',
      'zwanger-zonder',
      'vier-zonder',
      'zes-zonder',
    ]);
  });

  test('carries the band id and name with each action', () => {
    const maakId = teller();
    const k = nieuweKlantreis('t', NU, maakId);
    const actie = nieuweActie(maakId, { wat: 'x', datum: '2027-05-05' });
    k.banden[2]!.acties.push(actie);
    expect(alleActies(k)).toStrictEqual([{ actie, bandId: k.banden[2]!.id, bandNaam: '2–3 jaar' }]);
  });

  test('does not reorder the case itself', () => {
    const maakId = teller();
    const k = nieuweKlantreis('t', NU, maakId);
    k.banden[0]!.acties.push(nieuweActie(maakId, { wat: 'b', datum: '2027-02-01' }), nieuweActie(maakId, { wat: 'a', datum: '2027-01-01' }));
    alleActies(k);
    expect(k.banden[0]!.acties.map((a) => a.wat)).toEqual(['b', 'a']);
  });
});
