/**
 * Measurements in real Chromium (playwright-core, same binary and flags as tests/browser/browser.ts).
 * Times are the page's own clock (performance.now(), event.timeStamp), so the driver's overhead is not counted.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
// Same flags as tests/browser/browser.ts (not imported: that module needs the vitest runner).
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export function launch(): Promise<Browser> {
  if (!CHROMIUM_PATH) throw new Error('Chromium niet gevonden: apt-get install chromium');
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}

export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : null;
};
/** Nearest-rank percentile. */
export const percentiel = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : null;
};
const rond = (value: number | null | undefined, digits = 1) => (value == null ? null : Math.round(value * 10 ** digits) / 10 ** digits);

export interface Doel {
  /** Selector whose presence means the timeline is drawn. */
  zichtbaar: string;
  /** How to tell the page has become interactive. */
  interactief: 'island' | 'data-klaar';
}

export interface Laadmeting {
  fcpMs: number | null;
  lcpMs: number | null;
  dclMs: number | null;
  loadMs: number | null;
  /** Next animation frame after the timeline element is in the DOM (JavaScript on only). */
  zichtbaarMs: number | null;
  interactiefMs: number | null;
  interactiefBron: string;
  heapMB: number | null;
  domKnopen: number;
  /** Timeline elements found (SVG spans for us, items for vis). */
  elementen: number;
  zichtbaarZonderJs?: boolean;
}

/**
 * Runs in the page before any of its own scripts (CDP addScriptToEvaluateOnNewDocument is not subject to the CSP).
 * Records when the timeline appears and when every Astro island has hydrated (Astro removes the `ssr` attribute).
 */
function instrument({ zichtbaar }: { zichtbaar: string }) {
  const bench: { zichtbaar: number | null; interactief: number | null } = { zichtbaar: null, interactief: null };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  const seen = new MutationObserver(() => {
    if (bench.zichtbaar !== null || !document.querySelector(zichtbaar)) return;
    bench.zichtbaar = -1;
    seen.disconnect();
    requestAnimationFrame(() => (bench.zichtbaar = performance.now()));
  });
  seen.observe(document, { childList: true, subtree: true });
  const islands = new MutationObserver(() => {
    if (bench.interactief !== null) return;
    if (document.querySelector('astro-island') && !document.querySelector('astro-island[ssr]')) {
      bench.interactief = performance.now();
      islands.disconnect();
    }
  });
  islands.observe(document, { attributes: true, attributeFilter: ['ssr'], subtree: true });
}

/**
 * Paint Timing and LCP without running code in the page (with JavaScript off, timers and observers in the page
 * never fire): FCP is read synchronously, LCP comes from CDP's PerformanceTimeline, which replays buffered entries.
 */
async function paintTimes(page: Page, context: BrowserContext, timeoutMs: number) {
  const cdp = await context.newCDPSession(page);
  const lcpTimes: number[] = [];
  cdp.on('PerformanceTimeline.timelineEventAdded', ({ event }) => {
    if (event.lcpDetails) lcpTimes.push((event.lcpDetails.renderTime || event.lcpDetails.loadTime) * 1000);
  });
  await cdp.send('PerformanceTimeline.enable', { eventTypes: ['largest-contentful-paint'] });
  const read = () =>
    page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return {
        origin: performance.timeOrigin,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        dcl: nav?.domContentLoadedEventEnd ?? null,
        load: nav?.loadEventEnd ?? null,
        knopen: document.getElementsByTagName('*').length,
      };
    });
  const deadline = Date.now() + timeoutMs;
  let times = await read();
  while ((times.fcp === null || lcpTimes.length === 0) && Date.now() < deadline) {
    await page.waitForTimeout(50);
    times = await read();
  }
  await page.waitForTimeout(100); // later, larger LCP candidates
  await cdp.detach();
  return { ...times, lcp: lcpTimes.length ? lcpTimes.at(-1)! - times.origin : null };
}

export async function laad(browser: Browser, url: string, doel: Doel, javaScript: boolean, timeoutMs: number): Promise<Laadmeting> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: javaScript });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(timeoutMs);
    if (javaScript) await page.addInitScript(instrument, { zichtbaar: doel.zichtbaar });
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    let zichtbaarMs: number | null = null;
    let interactiefMs: number | null = null;
    let interactiefBron = '';
    if (javaScript) {
      await page.waitForFunction(() => ((window as any).__bench?.zichtbaar ?? -1) > 0, undefined, { timeout: timeoutMs });
      zichtbaarMs = await page.evaluate(() => (window as any).__bench.zichtbaar);
      if (doel.interactief === 'data-klaar') {
        await page.waitForSelector('body[data-klaar]', { timeout: timeoutMs, state: 'attached' });
        interactiefMs = Number(await page.getAttribute('body', 'data-klaar'));
        interactiefBron = 'eerste "changed" van vis';
      } else if ((await page.locator('astro-island').count()) > 0) {
        await page.waitForFunction(() => (window as any).__bench.interactief !== null, undefined, { timeout: timeoutMs });
        interactiefMs = await page.evaluate(() => (window as any).__bench.interactief);
        interactiefBron = 'alle astro-islands gehydrateerd';
      } else {
        interactiefBron = 'geen island: de links werken zodra de HTML er is (DCL)';
      }
    }
    const paint = await paintTimes(page, context, timeoutMs);
    // Nothing is seen, or can be clicked, before the first contentful paint: a frame callback can run before the
    // first paint (render-blocking CSS), so both times are at least FCP, and interactive is at least visible.
    if (javaScript && interactiefMs === null) interactiefMs = paint.dcl;
    if (zichtbaarMs !== null && paint.fcp !== null) zichtbaarMs = Math.max(zichtbaarMs, paint.fcp);
    if (interactiefMs !== null && zichtbaarMs !== null) interactiefMs = Math.max(interactiefMs, zichtbaarMs);
    let heapMB: number | null = null;
    if (javaScript) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      heapMB = rond(heap.usedSize / 1024 / 1024, 2);
    }
    const elementen = await page.locator(doel.zichtbaar).locator('a.span, .vis-item').count().catch(() => 0);
    const box = await page.locator(doel.zichtbaar).first().boundingBox().catch(() => null);
    return {
      fcpMs: rond(paint.fcp),
      lcpMs: rond(paint.lcp),
      dclMs: rond(paint.dcl),
      loadMs: rond(paint.load),
      zichtbaarMs: rond(zichtbaarMs),
      interactiefMs: rond(interactiefMs),
      interactiefBron,
      heapMB,
      domKnopen: paint.knopen,
      elementen: elementen || (await page.locator(doel.zichtbaar).count()),
      ...(javaScript ? {} : { zichtbaarZonderJs: !!box && box.width > 0 && box.height > 0 }),
    };
  } finally {
    await context.close();
  }
}

/** The median of each field over several cold loads (a new context each time: empty cache). */
export async function laadHerhaald(browser: Browser, url: string, doel: Doel, javaScript: boolean, runs: number, timeoutMs: number): Promise<Laadmeting & { runs: number }> {
  const all: Laadmeting[] = [];
  for (let i = 0; i < runs; i++) all.push(await laad(browser, url, doel, javaScript, timeoutMs));
  const mid = (key: keyof Laadmeting) => rond(median(all.map((m) => m[key]).filter((v): v is number => typeof v === 'number')));
  return {
    ...all[0]!,
    fcpMs: mid('fcpMs'),
    lcpMs: mid('lcpMs'),
    dclMs: mid('dclMs'),
    loadMs: mid('loadMs'),
    zichtbaarMs: mid('zichtbaarMs'),
    interactiefMs: mid('interactiefMs'),
    heapMB: all[0]!.heapMB === null ? null : rond(median(all.map((m) => m.heapMB!)), 2),
    runs,
  };
}

/**
 * Arms a one-shot timer in the page: starts at the next user event (its hardware timestamp), stops at the first
 * animation frame after the watched element changes — its text (`tekst`) or anything below it (`mutatie`).
 */
// A string, not a function: tsx (esbuild keepNames) would wrap named arrow functions in a __name() helper that
// does not exist in the page.
const ARM = `({ selector, mode, events }) => {
  window.__meting = new Promise((resolve) => {
    const target = document.querySelector(selector);
    const before = target.textContent;
    let t0 = null;
    let done = false;
    let timer;
    const observer = new MutationObserver(() => {
      if (t0 === null || (mode === 'tekst' && target.textContent === before)) return;
      const from = t0;
      requestAnimationFrame(() => stop(performance.now() - from));
    });
    function start(event) {
      if (t0 === null) t0 = event.timeStamp;
    }
    function stop(value) {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      for (const type of events) document.removeEventListener(type, start, true);
      resolve(value);
    }
    for (const type of events) document.addEventListener(type, start, true);
    observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: mode === 'mutatie' });
    timer = setTimeout(() => stop(null), 5000);
  });
}`;

/**
 * The clock starts at the event that asks for the change: a key press in the search box, but for a checkbox the
 * click (mouse release or Space), not the pointerdown before it: the time a finger holds the button is not ours.
 */
const START_EVENTS = { toets: ['keydown', 'input'], klik: ['click', 'input', 'change'], keuze: ['input', 'change'] } as const;

async function arm(page: Page, selector: string, mode: 'tekst' | 'mutatie', start: keyof typeof START_EVENTS) {
  await page.evaluate(`(${ARM})(${JSON.stringify({ selector, mode, events: START_EVENTS[start] })})`);
}
const result = (page: Page) => page.evaluate(() => (window as any).__meting as Promise<number | null>);

export interface Latentie {
  mediaanMs: number | null;
  p95Ms: number | null;
  minMs: number | null;
  maxMs: number | null;
  n: number;
  /** Runs where nothing changed within 5 s. */
  timeouts: number;
  wissenMediaanMs?: number | null;
  toelichting: string;
}

export function samenvatting(samples: (number | null)[], toelichting: string): Latentie {
  const ok = samples.filter((v): v is number => v !== null);
  return {
    mediaanMs: rond(median(ok)),
    p95Ms: rond(percentiel(ok, 95)),
    minMs: rond(ok.length ? Math.min(...ok) : null),
    maxMs: rond(ok.length ? Math.max(...ok) : null),
    n: ok.length,
    timeouts: samples.length - ok.length,
    toelichting,
  };
}

export const NVT = (toelichting: string): Latentie => ({ mediaanMs: null, p95Ms: null, minMs: null, maxMs: null, n: 0, timeouts: 0, toelichting });

/** Opens a page with JavaScript and waits until it is interactive, for the interaction measurements. */
export async function openInteractief(browser: Browser, url: string, doel: Doel, timeoutMs: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // A measurement that times out says only that nothing changed; the page's own errors say why.
  page.on('pageerror', (error) => console.error(`[pagina] ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && console.error(`[console] ${message.text()}`));
  page.setDefaultTimeout(timeoutMs);
  await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  if (doel.interactief === 'data-klaar') await page.waitForSelector('body[data-klaar]', { state: 'attached' });
  else if ((await page.locator('astro-island').count()) > 0) await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  return { page, close: () => context.close() };
}

/** Type one character into input[name=q] and clear it again, `runs` times; the count element must change. */
export async function zoekLatentie(page: Page, teken: string, runs: number): Promise<Latentie> {
  const input = page.locator('input[name=q]');
  if ((await input.count()) === 0) return NVT('n.v.t.: geen input[name=q] op de pagina');
  if ((await page.locator('[data-telling]').count()) === 0) return NVT('n.v.t.: geen [data-telling] op de pagina');
  await input.first().focus();
  const typen: (number | null)[] = [];
  const wissen: (number | null)[] = [];
  for (let i = 0; i < runs; i++) {
    await arm(page, '[data-telling]', 'tekst', 'toets');
    await page.keyboard.press(teken);
    typen.push(await result(page));
    await arm(page, '[data-telling]', 'tekst', 'toets');
    await page.keyboard.press('Backspace');
    wissen.push(await result(page));
  }
  const summary = samenvatting(typen, `"${teken}" typen in een leeg zoekveld, tot het eerste frame na de nieuwe telling; ${runs} keer`);
  return { ...summary, wissenMediaanMs: rond(median(wissen.filter((v): v is number => v !== null))) };
}

/** Toggle the first checkbox of the search form twice per run; the count element must change. */
export async function filterLatentie(page: Page, runs: number): Promise<Latentie> {
  const box = page.locator('form:has(input[name=q]) input[type=checkbox]').first();
  if ((await box.count()) === 0) return NVT('n.v.t.: geen filter (checkbox) in het zoekformulier');
  const samples: (number | null)[] = [];
  for (let i = 0; i < runs; i++) {
    for (let toggle = 0; toggle < 2; toggle++) {
      await arm(page, '[data-telling]', 'tekst', 'klik');
      await box.click();
      const ms = await result(page);
      if (toggle === 0) samples.push(ms);
    }
  }
  return samenvatting(samples, `eerste filtervakje aanklikken, tot het eerste frame na de nieuwe telling; ${runs} keer`);
}

/** Choose a route in the route picker (if the map has one); stops at the first change in the map. */
export async function routeLatentie(page: Page, runs: number): Promise<Latentie> {
  const select = page.locator('[data-route-kiezer] select').first();
  if ((await select.count()) === 0) return NVT('n.v.t.: de kaart heeft geen routekeuze ([data-route-kiezer] select)');
  const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const choices = values.filter(Boolean);
  if (choices.length === 0) return NVT('n.v.t.: de routekeuze heeft geen routes');
  const samples: (number | null)[] = [];
  for (let i = 0; i < runs; i++) {
    await arm(page, 'svg.kaart', 'mutatie', 'keuze');
    await select.selectOption(choices[i % choices.length]!);
    samples.push(await result(page));
    await select.selectOption(values[0]!);
    await page.waitForTimeout(20);
  }
  return samenvatting(samples, `een route kiezen, tot het eerste frame na de eerste wijziging in de kaart; ${runs} keer`);
}
