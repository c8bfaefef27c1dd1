import { describe, expect, test } from 'vitest';
import { VEEL_PROFESSIONALS, keukentafel } from '../../../../src/domain/klantreis/keukentafel.ts';
import { nieuweBetrokkene, nieuweKlantreis } from '../../../../src/domain/klantreis/nieuw.ts';
import type { Klantreis, RolId } from '../../../../src/domain/klantreis/schema.ts';
import { NU, teller } from '../../maak.ts';

/** A case whose first band holds the given betrokkenen as [naam, rol, organisatie]. */
function met(...betrokkenen: [string, RolId, string?][]): Klantreis {
  const maakId = teller();
  const k = nieuweKlantreis('t', NU, maakId);
  for (const [naam, rol, organisatie = ''] of betrokkenen) k.banden[0]!.betrokkenen.push(nieuweBetrokkene(maakId, { naam, rol, organisatie }));
  return k;
}

const professionals = (n: number): [string, RolId, string][] => Array.from({ length: n }, (_, i) => [`professional ${i}`, 'professional', 'org']);

describe('keukentafel', () => {
  test('one entry per band, counting each role', () => {
    const uitkomst = keukentafel(met(['moeder', 'ouder'], ['vader', 'ouder'], ['oma', 'netwerk'], ['verloskundige', 'professional', 'praktijk']));
    expect(uitkomst).toHaveLength(5);
    expect(uitkomst[0]).toStrictEqual({ bandId: 'id2', naam: '−10 maanden tot 0 jaar', professionals: 1, netwerk: 1, ouders: 2 });
    expect(uitkomst[1]).toStrictEqual({ bandId: 'id3', naam: '0–2 jaar', professionals: 0, netwerk: 0, ouders: 0 });
  });

  test('counts a person once, whatever the case or spaces; empty names are not counted', () => {
    const [band] = keukentafel(
      met(
        ['Jeugdarts', 'professional', 'JGZ'],
        [' jeugdarts ', 'professional', 'jgz '],
        ['jeugdarts', 'professional', 'ziekenhuis'],
        ['  ', 'professional', 'JGZ'],
        ['', 'netwerk'],
      ),
    );
    expect(band).toMatchObject({ professionals: 2, netwerk: 0, ouders: 0 });
  });

  test(`warns from ${VEEL_PROFESSIONALS} professionals at once, asking about a fixed contact`, () => {
    expect(keukentafel(met(['oma', 'netwerk'], ...professionals(VEEL_PROFESSIONALS - 1)))[0]!.waarschuwing).toBeUndefined();
    expect(keukentafel(met(['oma', 'netwerk'], ...professionals(6)))[0]!.waarschuwing).toBe(
      'Er zijn 6 professionals tegelijk betrokken. Weten de ouders wie hun vaste aanspreekpunt is?',
    );
  });

  test('notes when from 3 professionals nobody of the family\'s own network is involved', () => {
    expect(keukentafel(met(['moeder', 'ouder'], ...professionals(2)))[0]!.waarschuwing).toBeUndefined();
    expect(keukentafel(met(['moeder', 'ouder'], ...professionals(3)))[0]!.waarschuwing).toBe(
      'Er staat nog niemand uit het eigen netwerk van het gezin bij, zoals familie, vrienden of buren. Is er iemand op wie de ouders kunnen terugvallen?',
    );
    expect(keukentafel(met(['buurvrouw', 'netwerk'], ...professionals(3)))[0]!.waarschuwing).toBeUndefined();
  });

  test('gives both notes together when both apply', () => {
    const waarschuwing = keukentafel(met(...professionals(5)))[0]!.waarschuwing;
    expect(waarschuwing).toMatch(/^Er zijn 5 professionals tegelijk betrokken\. .* Er staat nog niemand uit het eigen netwerk/);
  });
});
