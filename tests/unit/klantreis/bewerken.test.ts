import { describe, expect, test } from 'vitest';
import { alleBetrokkenen, bandHeeftInhoud, gestempeld, verwijderBand, verwijderBetrokkene, wijzigBand, wijzigIn } from '../../../src/domain/klantreis/bewerken.ts';
import { klantreisNaarJson, leesKlantreis } from '../../../src/domain/klantreis/importeren.ts';
import { nieuweBand } from '../../../src/domain/klantreis/nieuw.ts';
import { NU, kleineKlantreis, teller, utf8 } from './maak.ts';

const geldig = (k: ReturnType<typeof kleineKlantreis>) => leesKlantreis('casus.json', utf8(klantreisNaarJson(k))).ok;

describe('klantreis edits', () => {
  test('change one band and leave the rest, without touching the original', () => {
    const k = kleineKlantreis();
    const [eerste, tweede] = k.banden;
    const nieuw = wijzigBand(k, tweede!.id, (b) => ({ ...b, feiten: 'Nieuw feit' }));
    expect(nieuw.banden[1]!.feiten).toBe('Nieuw feit');
    expect(nieuw.banden[0]).toBe(eerste);
    expect(k.banden[1]!.feiten).toBe('');
    expect(wijzigIn([{ id: 'a', n: 1 }], 'b', (x) => ({ ...x, n: 2 }))).toEqual([{ id: 'a', n: 1 }]);
  });

  test('removing a betrokkene removes the overdrachten that name it, so the case stays importable', () => {
    const k = kleineKlantreis();
    const verloskundige = k.banden[0]!.betrokkenen[1]!;
    expect(k.overdrachten).toHaveLength(1);
    const zonderMoeder = verwijderBetrokkene(k, k.banden[0]!.id, k.banden[0]!.betrokkenen[0]!.id);
    expect(zonderMoeder.overdrachten).toHaveLength(1);
    const zonder = verwijderBetrokkene(k, k.banden[0]!.id, verloskundige.id);
    expect(zonder.overdrachten).toEqual([]);
    expect(zonder.banden[0]!.betrokkenen.map((p) => p.naam)).toEqual(['moeder']);
    expect(geldig(zonder)).toBe(true);
  });

  test('removing a band removes its betrokkenen’s overdrachten too', () => {
    const k = kleineKlantreis();
    const zonder = verwijderBand(k, k.banden[1]!.id);
    expect(zonder.banden).toHaveLength(4);
    expect(zonder.overdrachten).toEqual([]);
    expect(geldig(zonder)).toBe(true);
    expect(verwijderBand(k, k.banden[4]!.id).overdrachten).toHaveLength(1);
  });

  test('a band with anything written in it asks for confirmation; an empty one does not', () => {
    const leeg = nieuweBand(teller(), { naam: 'x', van: 0, tot: 12 });
    expect(bandHeeftInhoud(leeg)).toBe(false);
    expect(bandHeeftInhoud({ ...leeg, feiten: '   ' })).toBe(false);
    expect(bandHeeftInhoud({ ...leeg, verbeterfactoren: 'meer overleg' })).toBe(true);
    expect(bandHeeftInhoud({ ...leeg, perspectieven: { ouders: 'boos', professionals: '' } })).toBe(true);
    expect(bandHeeftInhoud(kleineKlantreis().banden[0]!)).toBe(true);
  });

  test('lists every betrokkene with its band, and stamps the time of a change', () => {
    const k = kleineKlantreis();
    expect(alleBetrokkenen(k).map(({ band, betrokkene }) => `${band.naam}: ${betrokkene.naam}`)).toEqual([
      '−10 maanden tot 0 jaar: moeder',
      '−10 maanden tot 0 jaar: verloskundige',
      '0–2 jaar: kraamverzorgende',
    ]);
    const later = new Date(NU.getTime() + 60_000);
    expect(gestempeld(k, later).bijgewerkt).toBe('2026-12-01T10:01:00.000Z');
  });
});
