import { describe, expect, test } from 'vitest';
import { ACTIES_KOLOMMEN, KLANTREIS_KOLOMMEN, actiesCsv, klantreisCsv } from '../../../../src/domain/klantreis/csv.ts';
import { nieuweActie, nieuweBetrokkene, nieuweKlantreis } from '../../../../src/domain/klantreis/nieuw.ts';
import { NU, kleineKlantreis, teller } from '../../maak.ts';

/** Rows as a spreadsheet sees them, for files without quoted line breaks. */
const rijen = (csv: string) => csv.slice(1).split('\r\n').slice(0, -1);

describe('klantreisCsv', () => {
  test('starts with a BOM, ends every row with CRLF and has the agreed header', () => {
    const csv = klantreisCsv(kleineKlantreis());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toContain('\n');
    expect(rijen(csv)[0]).toBe(
      'Leeftijdsband;Van (maanden);Tot (maanden);Betrokkenen;Feiten;Perspectief ouders;Perspectief professionals;Succesfactoren;Verbeterfactoren;Acties',
    );
    expect(KLANTREIS_KOLOMMEN).toHaveLength(10);
  });

  test('one row per band, with betrokkenen and acties joined by |', () => {
    const lijst = rijen(klantreisCsv(kleineKlantreis()));
    expect(lijst).toHaveLength(1 + 5);
    expect(lijst[1]).toBe("−10 maanden tot 0 jaar;-10;0;moeder (ouder) | verloskundige (professional, verloskundigenpraktijk);;;;;;");
    expect(lijst[2]).toBe('0–2 jaar;0;24;kraamverzorgende (professional, kraamzorg);;;;;;Overdracht bespreken — jeugdverpleegkundige — 01-02-2027');
  });

  test('a missing owner, date or name is spelled out, and a | inside an item is escaped', () => {
    const maakId = teller();
    const k = nieuweKlantreis('t', NU, maakId);
    k.banden[0]!.acties.push(nieuweActie(maakId, { wat: 'Bellen | mailen' }));
    k.banden[0]!.betrokkenen.push(nieuweBetrokkene(maakId, { rol: 'netwerk' }));
    const [, eerste] = rijen(klantreisCsv(k));
    expect(eerste!.split(';')[3]).toBe('(geen naam) (netwerk)');
    expect(eerste!.split(';')[9]).toBe('Bellen \\| mailen — (geen eigenaar) — (geen datum)');
  });

  test('quotes cells with ; quotes or line breaks, doubling the quotes', () => {
    const k = kleineKlantreis();
    k.banden[0]!.feiten = 'Eerst dit;\r\ndan "dat"';
    k.banden[0]!.perspectieven.ouders = 'Twee\nregels';
    const csv = klantreisCsv(k);
    expect(csv).toContain(';"Eerst dit;\r\ndan ""dat""";"Twee\nregels";');
  });

  test('guards against formulas, but leaves ages as numbers', () => {
    const k = kleineKlantreis();
    k.banden[0]!.feiten = '=HYPERLINK("http://x")';
    k.banden[0]!.perspectieven.ouders = '+31 6 1234';
    k.banden[0]!.perspectieven.professionals = '@SUM(A1)';
    k.banden[0]!.succesfactoren = "-2+3+cmd|' /C calc'!A0";
    k.banden[0]!.verbeterfactoren = '- geen overleg';
    const velden = rijen(klantreisCsv(k))[1]!.split(';');
    expect(velden.slice(0, 3)).toEqual(['−10 maanden tot 0 jaar', '-10', '0']);
    expect(velden.slice(4, 9)).toEqual([`"'=HYPERLINK(""http://x"")"`, "'+31 6 1234", "'@SUM(A1)", "'-2+3+cmd|' /C calc'!A0", "'- geen overleg"]);
  });
});

describe('actiesCsv', () => {
  test('lists every action with its band, by date, in Dutch date notation', () => {
    const maakId = teller();
    const k = nieuweKlantreis('t', NU, maakId);
    k.banden[3]!.acties.push(nieuweActie(maakId, { wat: 'Later', eigenaar: 'intern begeleider', datum: '2027-06-01' }));
    k.banden[1]!.acties.push(nieuweActie(maakId, { wat: 'Zonder datum', eigenaar: 'wijkcoach' }));
    k.banden[4]!.acties.push(nieuweActie(maakId, { wat: '=eerst', eigenaar: 'jeugdarts', datum: '2027-01-15' }));
    const csv = actiesCsv(k);
    expect(csv.startsWith('\uFEFFWat;Eigenaar;Datum;Leeftijdsband\r\n')).toBe(true);
    expect(ACTIES_KOLOMMEN).toEqual(['Wat', 'Eigenaar', 'Datum', 'Leeftijdsband']);
    expect(rijen(csv).slice(1)).toEqual([
      "'=eerst;jeugdarts;15-01-2027;6 jaar",
      'Later;intern begeleider;01-06-2027;4–5 jaar',
      'Zonder datum;wijkcoach;;0–2 jaar',
    ]);
  });

  test('a case without actions is just the header', () => {
    expect(actiesCsv(nieuweKlantreis('t', NU, teller()))).toBe('\uFEFFWat;Eigenaar;Datum;Leeftijdsband\r\n');
  });
});
