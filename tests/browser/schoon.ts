/**
 * How a test of a user task ends: axe finds nothing (on the page as it is, or as a browser without JavaScript shows
 * it), no request left this machine and the page logged no error.
 */
import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { axe, describeViolations, externalRequests, type Visit } from './browser.ts';
import { axeZonderJs } from './zonder-js.ts';

export async function schoon(browser: Browser, visit: Visit, zonderJs = false): Promise<void> {
  const url = new URL(visit.page.url());
  const violations = zonderJs ? await axeZonderJs(browser, url.pathname + url.search) : await axe(visit.page);
  expect(describeViolations(violations)).toBe('');
  expect(externalRequests(visit.requests)).toEqual([]);
  expect(visit.errors).toEqual([]);
}
