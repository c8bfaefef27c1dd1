/**
 * axe-core for a page as a browser without JavaScript shows it. axe itself is JavaScript, and playwright's evaluate
 * does not run in a context with JavaScript disabled, so: the same page with every script request blocked and the
 * <noscript> content put in place, which is what a browser without JavaScript renders.
 */
import type { Browser } from 'playwright-core';
import { axe, baseUrl, type AxeViolation } from './browser.ts';

export async function axeZonderJs(browser: Browser, path: string, options: { width?: number } = {}): Promise<AxeViolation[]> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 } });
  await context.route(/\.m?js(\?|$)/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(baseUrl() + path);
  await page.evaluate(() => {
    for (const noscript of Array.from(document.querySelectorAll('noscript'))) {
      const template = document.createElement('template');
      template.innerHTML = noscript.textContent ?? '';
      noscript.replaceWith(template.content);
    }
  });
  const violations = await axe(page);
  await context.close();
  return violations;
}
