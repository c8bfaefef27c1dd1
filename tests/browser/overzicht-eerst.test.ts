/**
 * The map at a glance, as a coalition member opens it on a laptop, a big screen and a phone: the map is in the
 * first screen, the default view is the whole 1000 days without sideways scrolling, a small region shows all four
 * lanes at once, and no label overlaps another or a bar — with JavaScript and without. Positions come from the page.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { laadRegios } from '../../src/io/data.ts';
import { NIVEAU_NAMEN } from '../../src/domain/woorden.ts';
import { labelWidth } from '../../src/layout/tekstmaat.ts';
import { axe, describeViolations, launch, open } from './browser.ts';
import { link } from './kaart-hulp.ts';

const { regios } = laadRegios('data');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SCHERMEN = [
  [1366, 768],
  [1920, 1080],
  [390, 844],
] as const;

/** Where things are on the first screen, from the page itself. */
function eersteScherm(page: Page) {
  return page.evaluate(() => {
    const rect = (el: Element | null) => el?.getBoundingClientRect() ?? null;
    const bars = [...document.querySelectorAll('.kaart .vz > a > rect')].map((r) => r.getBoundingClientRect());
    const fase = (id: string) => rect(document.querySelector(`svg.kaart-kop .fase-${id} text`));
    return {
      eersteBalk: Math.min(...bars.map((b) => b.top)),
      preconceptie: fase('preconceptie'),
      schoolkind: fase('schoolkind'),
      scrollBreedte: document.documentElement.scrollWidth,
      boxOverloop: (() => {
        const box = document.querySelector('[data-kaart]')!;
        return box.scrollWidth - box.clientWidth;
      })(),
      venster: { breedte: innerWidth, hoogte: innerHeight },
    };
  });
}

describe.each([true, false])('met JavaScript: %s', (javaScript) => {
  test.each(SCHERMEN)('op %i × %i staat de kaart in het eerste scherm, de hele tijdlijn zonder zijwaarts scrollen', async (breedte, hoogte) => {
    const visit = await open(browser, '/voorbeeldregio/', { width: breedte, height: hoogte, javaScript });
    const { page } = visit;
    if (javaScript) await page.waitForSelector('[data-kaart][data-klaar]', { state: 'attached' });
    const s = await eersteScherm(page);
    if (breedte >= 1366) {
      // The top of the map — its first bars — on load, without scrolling.
      expect(s.eersteBalk).toBeGreaterThan(0);
      expect(s.eersteBalk).toBeLessThan(hoogte - 22);
      // Preconceptie to schoolkind, both column headers in view; no horizontal scrollbar anywhere.
      for (const kop of [s.preconceptie!, s.schoolkind!]) {
        expect(kop.left).toBeGreaterThanOrEqual(0);
        expect(kop.right).toBeLessThanOrEqual(breedte);
        expect(kop.bottom).toBeLessThanOrEqual(hoogte);
      }
      expect(s.scrollBreedte).toBeLessThanOrEqual(breedte);
      expect(s.boxOverloop).toBeLessThanOrEqual(0);
    } else {
      // A phone: the timeline starts within the first two screens; the page itself never scrolls sideways.
      expect(s.eersteBalk).toBeLessThan(2 * hoogte);
      expect(s.scrollBreedte).toBeLessThanOrEqual(breedte);
    }
    await visit.context.close();
  });
});

test.each(SCHERMEN)('een kleine regio toont op %i × %i alle vier de niveaus in één scherm, met de kaart bovenaan', async (breedte, hoogte) => {
  const klein = regios.find((r) => r.id === 'kleinstad')!;
  const visit = await open(browser, '/kleinstad/', { width: breedte, height: hoogte });
  const { page } = visit;
  await page.waitForSelector('[data-kaart][data-klaar]', { state: 'attached' });
  await page.locator('[data-kaart]').evaluate((el) => el.scrollIntoView());
  for (const naam of Object.values(NIVEAU_NAMEN)) {
    const vak = (await page.locator('.laan-naam', { hasText: naam }).boundingBox())!;
    expect(vak.y, naam).toBeGreaterThanOrEqual(0);
    // At 1366 × 768 and wider, all four lane names together; a phone has the four lanes in its first screen too.
    expect(vak.y + vak.height, naam).toBeLessThanOrEqual(hoogte);
  }
  expect(klein.voorzieningen.length).toBeGreaterThan(0);
  expect(describeViolations(await axe(page))).toBe('');
  await visit.context.close();
});

test('geen twee labels overlappen elkaar of een balk, en de schatting van hun breedte ligt nooit onder de echte', async () => {
  const visit = await open(browser, '/voorbeeldregio/', { width: 1366, height: 768 });
  const { page } = visit;
  await page.waitForSelector('[data-kaart][data-klaar]', { state: 'attached' });
  const vakken = await page.evaluate(() =>
    [...document.querySelectorAll('.kaart .vz > a')].map((a) => {
      const [rect, tekst] = [a.querySelector('rect')!, a.querySelector('text')!];
      const r = rect.getBoundingClientRect();
      const t = tekst.getBoundingClientRect();
      const m = a.querySelector('use')?.getBoundingClientRect();
      return {
        href: a.getAttribute('href')!,
        tekst: tekst.textContent!,
        echt: (tekst as SVGTextElement).getComputedTextLength(),
        binnen: !tekst.classList.contains('buiten'),
        balk: [r.left, r.top, r.right, r.bottom],
        label: [t.left, t.top, t.right, t.bottom],
        marks: m ? [m.left, m.top, m.right, m.bottom] : null,
      };
    }),
  );
  const overlap = (a: number[], b: number[]) => a[0]! < b[2]! - 0.5 && b[0]! < a[2]! - 0.5 && a[1]! < b[3]! - 0.5 && b[1]! < a[3]! - 0.5;
  const fouten: string[] = [];
  for (const v of vakken) {
    if (v.echt > labelWidth(v.tekst)) fouten.push(`${v.tekst}: ${v.echt} > ${labelWidth(v.tekst)}`);
    for (const w of vakken) {
      if (w === v) continue;
      // A label (and its marks) against every other label and every other bar.
      for (const [naam, vak] of [['label', v.label], ['marks', v.marks]] as const) {
        if (!vak) continue;
        if (overlap(vak, w.label)) fouten.push(`${v.href} ${naam} ~ ${w.href} label`);
        if (overlap(vak, w.balk)) fouten.push(`${v.href} ${naam} ~ ${w.href} balk`);
      }
    }
  }
  expect(fouten).toEqual([]);
  expect(vakken.filter((v) => v.binnen).length).toBeGreaterThan(0);
  // The example's bars all have room for a label; the doorlopend ones are chips.
  expect(await link(page, 'wijkteam').getAttribute('class')).toBe('chip');
  await visit.context.close();
});
