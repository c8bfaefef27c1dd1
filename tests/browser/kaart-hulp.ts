/**
 * What the map's browser tests share: opening the map once the explorer is set up, and reading which
 * voorzieningen are shown or focused. A voorziening's link carries no id: it is found by its href.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { open, type Visit } from './browser.ts';

/** Opens a region's map (JavaScript on) and waits until the explorer has started. */
export async function openKaart(browser: Browser, path: string, options: { width?: number; height?: number } = {}): Promise<Visit> {
  const visit = await open(browser, path, options);
  await visit.page.waitForSelector('[data-kaart][data-klaar]', { state: 'attached' });
  // A filter in the link is applied once the search index has come (a fetch): wait for its count.
  if (/[?&](niveau|fase|kenmerk|toegang|gemeente|q)=[^&]/.test(path)) await visit.page.waitForSelector('[data-telling]:not([data-telling=""])', { state: 'attached' });
  return visit;
}

/** The link of voorziening `id` in the map. */
export const link = (page: Page, id: string): Locator => page.locator(`.kaart .vz a[href$="/voorziening/${id}/"]`);

/** Ids of the voorzieningen not dimmed, sorted. */
export const zichtbaar = (page: Page): Promise<string[]> =>
  page.locator('.kaart .vz > a:not(.gedimd)').evaluateAll((as) => as.map((a) => /\/voorziening\/([^/]+)\/$/.exec(a.getAttribute('href') ?? '')?.[1] ?? '').sort());

/** The id of the focused voorziening, else the focused element's id. */
export const focusId = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    const el = document.activeElement;
    const href = el?.closest('.kaart') ? el.getAttribute('href') : null;
    return (href && /\/voorziening\/([^/]+)\/$/.exec(href)?.[1]) || el?.id || null;
  });

export const telling = (page: Page) => page.locator('[data-telling]').textContent();
export const query = (page: Page) => new URL(page.url()).search;

/** Opens the toolbar's "Filters" panel (fase, toegang, kenmerken). */
export async function openFilters(page: Page): Promise<void> {
  const filters = page.locator('details.filters');
  if ((await filters.getAttribute('open')) === null) await filters.locator('summary').click();
}
