/**
 * A visit that records what an attack would leave behind: every request, console error, dialog (alert/confirm/
 * prompt) and Content-Security-Policy violation (the `securitypolicyviolation` event and the console report).
 */
import type { Browser } from 'playwright-core';

export async function bezoek(browser: Browser, url: string, javaScript = true) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // Registered before any of the page's own code; CDP init scripts are not subject to the page's CSP.
  await page.addInitScript(() => {
    const found: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
    document.addEventListener('securitypolicyviolation', (event) =>
      found.push(`${event.violatedDirective} ← ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`),
    );
  });
  const response = await page.goto(url);
  const violations = async () => [
    ...(javaScript ? await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []) : []),
    ...errors.filter((e) => /Content Security Policy/i.test(e)),
  ];
  return { page, context, requests, errors, dialogs, status: response?.status(), violations };
}
