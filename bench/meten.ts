/**
 * Measurements in real Chromium (playwright-core, same binary and flags as tests/browser/browser.ts).
 * Times are the page's own clock (performance.now(), event.timeStamp), so the driver's overhead is not counted.
 * Every selector the bench relies on must find something: a missing element throws (`moet`), and a measurement in
 * which nothing ever changed throws too, so a renamed class cannot turn into a table of empty cells.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
// Same flags as tests/browser/browser.ts (not imported: that module needs the vitest runner).
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
/** The laptop screen issue 12 is about. */
export const VIEWPORT = { width: 1366, height: 768 } as const;

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
export const rond = (value: number | null | undefined, digits = 1) => (value == null ? null : Math.round(value * 10 ** digits) / 10 ** digits);

/** The element behind `selector`, or an error that names it: the bench never measures an absent element. */
export async function moet(page: Page, selector: string, wat: string) {
  const n = await page.locator(selector).count();
  if (n === 0) throw new Error(`bench: ${wat} niet gevonden (${selector}) op ${page.url()}`);
  return page.locator(selector).first();
}

/** What the bench looks for on a timeline page. */
export interface Doel {
  naam: string;
  /** One element per drawn voorziening: its presence means the timeline is drawn. */
  balken: string;
  /** The element that gets `data-klaar` (a performance.now() stamp) when the timeline is usable. */
  klaar: string;
  /** What the stamp means, for the report. */
  klaarBron: string;
}

export const ONZE_KAART: Doel = { naam: 'routekaart', balken: '.kaart .vz > a', klaar: '[data-kaart]', klaarBron: 'data-klaar van de verkenner' };
export const VIS: Doel = { naam: 'vis-timeline', balken: '.vis-timeline .vis-item', klaar: 'body', klaarBron: 'eerste "changed" van vis' };

export interface Laadmeting {
  fcpMs: number | null;
  lcpMs: number | null;
  dclMs: number | null;
  /** First animation frame after the first bar is in the DOM (JavaScript on only), not before FCP. */
  zichtbaarMs: number | null;
  /** The page's own data-klaar stamp, as written. */
  klaarStempelMs: number | null;
  /** Usable: the stamp, but never before the map is visible (nothing can be used before it is painted). */
  bruikbaarMs: number | null;
  heapMB: number | null;
  /** document.getElementsByTagName('*').length after load. */
  elementen: number;
  /** Bars (links for us, items for vis) in the DOM. */
  balken: number;
  /** Bars with an accessible name (aria-label or text). */
  balkenMetNaam: number;
  /** Without JavaScript: the timeline has a visible box. */
  zichtbaarZonderJs?: boolean;
}

/**
 * Runs in the page before any of its own scripts (addInitScript is not subject to the CSP): records the first
 * animation frame after the first bar is in the DOM.
 */
function instrument({ balken }: { balken: string }) {
  const bench: { zichtbaar: number | null } = { zichtbaar: null };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  const seen = new MutationObserver(() => {
    if (bench.zichtbaar !== null || !document.querySelector(balken)) return;
    bench.zichtbaar = -1;
    seen.disconnect();
    requestAnimationFrame(() => (bench.zichtbaar = performance.now()));
  });
  seen.observe(document, { childList: true, subtree: true });
}

export async function laad(browser: Browser, url: string, doel: Doel, javaScript: boolean, timeoutMs: number): Promise<Laadmeting> {
  const context = await browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: javaScript });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(timeoutMs);
    if (javaScript) await page.addInitScript(instrument, { balken: doel.balken });
    const cdp = await context.newCDPSession(page);
    const lcpTimes: number[] = [];
    cdp.on('PerformanceTimeline.timelineEventAdded', ({ event }) => {
      if (event.lcpDetails) lcpTimes.push((event.lcpDetails.renderTime || event.lcpDetails.loadTime) * 1000);
    });
    await cdp.send('PerformanceTimeline.enable', { eventTypes: ['largest-contentful-paint'] });
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    let zichtbaarMs: number | null = null;
    let stempel: number | null = null;
    if (javaScript) {
      await page.waitForFunction(() => ((window as any).__bench?.zichtbaar ?? -1) > 0, undefined, { timeout: timeoutMs });
      zichtbaarMs = await page.evaluate(() => (window as any).__bench.zichtbaar);
      await page.waitForSelector(`${doel.klaar}[data-klaar]`, { timeout: timeoutMs, state: 'attached' });
      stempel = Number(await page.getAttribute(doel.klaar, 'data-klaar'));
      if (!Number.isFinite(stempel)) throw new Error(`bench: ${doel.klaar}[data-klaar] is geen tijd op ${url}`);
    }
    // Paint Timing without running code in the page (with JavaScript off, timers in the page never fire).
    const read = () =>
      page.evaluate((balken) => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        const bars = [...document.querySelectorAll(balken)];
        return {
          origin: performance.timeOrigin,
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
          dcl: nav?.domContentLoadedEventEnd ?? null,
          elementen: document.getElementsByTagName('*').length,
          balken: bars.length,
          metNaam: bars.filter((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() !== '').length,
        };
      }, doel.balken);
    const deadline = Date.now() + timeoutMs;
    let times = await read();
    while ((times.fcp === null || lcpTimes.length === 0) && Date.now() < deadline) {
      await page.waitForTimeout(50);
      times = await read();
    }
    await page.waitForTimeout(100); // later, larger LCP candidates
    times = await read();
    await cdp.detach();
    if (times.balken === 0) throw new Error(`bench: geen ${doel.balken} op ${url} (${javaScript ? 'met' : 'zonder'} JavaScript)`);
    const fcp = times.fcp;
    // Nothing is seen, or used, before the first contentful paint.
    if (zichtbaarMs !== null && fcp !== null) zichtbaarMs = Math.max(zichtbaarMs, fcp);
    const bruikbaar = stempel === null ? null : Math.max(stempel, zichtbaarMs ?? 0, fcp ?? 0);
    let heapMB: number | null = null;
    if (javaScript) {
      const heapCdp = await context.newCDPSession(page);
      await heapCdp.send('HeapProfiler.collectGarbage');
      heapMB = rond((await heapCdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024, 2);
    }
    const box = javaScript ? null : await page.locator(doel.balken).first().boundingBox();
    return {
      fcpMs: rond(fcp),
      lcpMs: rond(lcpTimes.length ? lcpTimes.at(-1)! - times.origin : null),
      dclMs: rond(times.dcl),
      zichtbaarMs: rond(zichtbaarMs),
      klaarStempelMs: rond(stempel),
      bruikbaarMs: rond(bruikbaar),
      heapMB,
      elementen: times.elementen,
      balken: times.balken,
      balkenMetNaam: times.metNaam,
      ...(javaScript ? {} : { zichtbaarZonderJs: !!box && box.width > 0 && box.height > 0 }),
    };
  } finally {
    await context.close();
  }
}

export type Herhaald = Laadmeting & { runs: number; alleBruikbaarMs: (number | null)[] };

/** The median of each time over several cold loads (a new context each time: empty cache). */
export function mediaanVanLaden(all: readonly Laadmeting[]): Herhaald {
  const mid = (key: keyof Laadmeting) => rond(median(all.map((m) => m[key]).filter((v): v is number => typeof v === 'number')));
  return {
    ...all[0]!,
    fcpMs: mid('fcpMs'),
    lcpMs: mid('lcpMs'),
    dclMs: mid('dclMs'),
    zichtbaarMs: mid('zichtbaarMs'),
    klaarStempelMs: mid('klaarStempelMs'),
    bruikbaarMs: mid('bruikbaarMs'),
    heapMB: all[0]!.heapMB === null ? null : rond(median(all.map((m) => m.heapMB!)), 2),
    runs: all.length,
    alleBruikbaarMs: all.map((m) => m.bruikbaarMs),
  };
}

/**
 * Cold loads of several pages taken in turn (ours, vis, ours, vis…), so a burst of load from another process on
 * the shared machine hits both sides alike; the medians per page.
 */
export async function laadAfwisselend(browser: Browser, paginas: readonly { url: string; doel: Doel }[], javaScript: boolean, runs: number, timeoutMs: number): Promise<Herhaald[]> {
  const all: Laadmeting[][] = paginas.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [p, { url, doel }] of paginas.entries()) all[p]!.push(await laad(browser, url, doel, javaScript, timeoutMs));
  }
  return all.map(mediaanVanLaden);
}

/**
 * Arms a one-shot timer in the page: it starts at the first of `events` (its timeStamp: for a click the mouse
 * release, before the page's own handlers) and stops after the first paint that shows a change of the watched
 * element — its text (`tekst`) or anything in it (`mutatie`): at the change a frame is requested, and a task posted
 * from that frame runs once the frame has been rendered (requestAnimationFrame + setTimeout).
 */
// A string, not a function: tsx (esbuild keepNames) would wrap named arrow functions in a __name() helper that
// does not exist in the page.
const ARM = `({ selector, mode, events }) => {
  window.__meting = new Promise((resolve) => {
    const target = document.querySelector(selector);
    if (!target) return resolve('geen ' + selector);
    const before = target.textContent;
    let t0 = null;
    let gezien = false;
    let done = false;
    let timer;
    const observer = new MutationObserver(() => {
      if (gezien || t0 === null || (mode === 'tekst' && target.textContent === before)) return;
      gezien = true;
      const from = t0;
      requestAnimationFrame(() => setTimeout(() => stop(performance.now() - from)));
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
    timer = setTimeout(() => stop(null), 10000);
  });
}`;

/**
 * The clock starts at the event that asks for the change: a key press in the search box, a click (the mouse
 * release: the time a finger holds the button is not ours), or the choice in a select.
 */
const START_EVENTS = { toets: ['keydown', 'input'], klik: ['click', 'input', 'change'], keuze: ['input', 'change'] } as const;

async function arm(page: Page, selector: string, mode: 'tekst' | 'mutatie', start: keyof typeof START_EVENTS) {
  await page.evaluate(`(${ARM})(${JSON.stringify({ selector, mode, events: START_EVENTS[start] })})`);
}
async function resultaat(page: Page): Promise<number | null> {
  const value = await page.evaluate(() => (window as any).__meting as Promise<number | string | null>);
  if (typeof value === 'string') throw new Error(`bench: ${value} op ${page.url()}`);
  return value;
}
/** Lets work a change leaves for after its frame (aria-hidden, labels) finish, so each run starts from rest. */
const rust = (page: Page) => page.waitForTimeout(60);

export interface Latentie {
  mediaanMs: number | null;
  p95Ms: number | null;
  minMs: number | null;
  maxMs: number | null;
  n: number;
  /** Runs where nothing changed within 10 s. */
  timeouts: number;
  toelichting: string;
}

/** Median, p95 and range of the samples; throws when not one sample saw a change: that is a broken bench. */
export function samenvatting(samples: readonly (number | null)[], toelichting: string): Latentie {
  const ok = samples.filter((v): v is number => v !== null);
  if (samples.length > 0 && ok.length === 0) throw new Error(`bench: geen enkele meting zag een verandering (${toelichting})`);
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

/** Opens a page with JavaScript and waits until it says it is usable, for the interaction measurements. */
export async function openInteractief(browser: Browser, url: string, doel: Doel, timeoutMs: number) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const fouten: string[] = [];
  page.on('pageerror', (error) => fouten.push(error.message));
  page.on('console', (message) => message.type() === 'error' && fouten.push(message.text()));
  page.setDefaultTimeout(timeoutMs);
  await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  await page.waitForSelector(`${doel.klaar}[data-klaar]`, { state: 'attached' });
  return {
    page,
    /** Closes the page; errors in it (the page's own, CSP violations) fail the case. */
    close: async () => {
      await context.close();
      if (fouten.length) throw new Error(`bench: fouten in ${url}: ${fouten.join('; ').slice(0, 1000)}`);
    },
  };
}

/** Type one character into the search box and clear it again, `runs` times; the count must change. */
export async function zoekLatentie(page: Page, teken: string, runs: number): Promise<Latentie & { wissenMediaanMs: number | null }> {
  const input = await moet(page, 'input[name=q]', 'het zoekveld');
  await moet(page, '[data-telling]', 'de telling');
  await input.focus();
  const typen: (number | null)[] = [];
  const wissen: (number | null)[] = [];
  for (let i = -1; i < runs; i++) {
    await arm(page, '[data-telling]', 'tekst', 'toets');
    await page.keyboard.press(teken);
    const a = await resultaat(page);
    await rust(page);
    await arm(page, '[data-telling]', 'tekst', 'toets');
    await page.keyboard.press('Backspace');
    const b = await resultaat(page);
    await rust(page);
    // The first round warms up (our map fetches its search index on first use): not counted.
    if (i >= 0) typen.push(a), wissen.push(b);
  }
  const summary = samenvatting(typen, `"${teken}" typen in een leeg zoekveld, tot na de eerste paint met de nieuwe telling; ${runs} keer`);
  return { ...summary, wissenMediaanMs: rond(median(wissen.filter((v): v is number => v !== null))) };
}

/** The niveau toggle both pages have; turning it on and off again are both filter clicks. */
export const FILTER_KNOP = 'input[name=niveau][value=basiszorg]';

/** Click the "Basiszorg" toggle on and off, `runs` times each way; the count must change. */
export async function filterLatentie(page: Page, runs: number): Promise<Latentie> {
  const knop = await moet(page, FILTER_KNOP, 'de niveauknop Basiszorg');
  await moet(page, '[data-telling]', 'de telling');
  const samples: (number | null)[] = [];
  for (let i = -1; i < runs; i++) {
    for (let keer = 0; keer < 2; keer++) {
      await arm(page, '[data-telling]', 'tekst', 'klik');
      await knop.click();
      const ms = await resultaat(page);
      await rust(page);
      if (i >= 0) samples.push(ms);
    }
  }
  return samenvatting(samples, `niveauknop "Basiszorg" aan- en weer uitklikken, van de klik tot na de eerste paint met de nieuwe telling; ${runs}× elk`);
}

export interface ZoomDoel {
  /** What changes when the timeline zooms: watched for any mutation, or for its text. */
  kijk: string;
  mode: 'tekst' | 'mutatie';
}
export const ONZE_ZOOM: ZoomDoel = { kijk: '[data-kaart]', mode: 'mutatie' };
/** vis redraws in a frame it schedules during the call; the page writes a step counter right after. */
export const VIS_ZOOM: ZoomDoel = { kijk: '[data-stap]', mode: 'tekst' };

/** "Inzoomen" (1.5×), then "Hele tijdlijn" back to the overview, `runs` times: both steps measured. */
export async function zoomLatentie(page: Page, doel: ZoomDoel, runs: number): Promise<{ in: Latentie; heel: Latentie }> {
  const inzoomen = await moet(page, 'button[data-zoom=in]', 'de knop Inzoomen');
  const heel = await moet(page, 'button[data-zoom=heel]', 'de knop Hele tijdlijn');
  await moet(page, doel.kijk, 'wat bij zoomen verandert');
  const inMs: (number | null)[] = [];
  const heelMs: (number | null)[] = [];
  for (let i = -1; i < runs; i++) {
    await arm(page, doel.kijk, doel.mode, 'klik');
    await inzoomen.click();
    const a = await resultaat(page);
    await rust(page);
    await arm(page, doel.kijk, doel.mode, 'klik');
    await heel.click();
    const b = await resultaat(page);
    await rust(page);
    if (i >= 0) inMs.push(a), heelMs.push(b);
  }
  return {
    in: samenvatting(inMs, `"Inzoomen" (1,5×) vanuit het overzicht, van de klik tot na de eerste paint van de gezoomde tijdlijn; ${runs} keer`),
    heel: samenvatting(heelMs, `"Hele tijdlijn" terug naar het overzicht, van de klik tot na de eerste paint; ${runs} keer`),
  };
}

/** Choose a route in the route picker (our map only); stops at the paint after the first change in the map. */
export async function routeLatentie(page: Page, runs: number): Promise<Latentie> {
  if ((await page.locator('[data-route-kiezer]').count()) === 0) return NVT('n.v.t.: de regio heeft geen klantroutes');
  const select = await moet(page, '[data-route-kiezer] select', 'de routekeuze');
  const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const choices = values.filter(Boolean);
  if (choices.length === 0) throw new Error('bench: de routekeuze heeft geen routes');
  await moet(page, '.kaart .route-laag', 'de routelaag');
  const samples: (number | null)[] = [];
  for (let i = 0; i < runs; i++) {
    await arm(page, '.kaart', 'mutatie', 'keuze');
    await select.selectOption(choices[i % choices.length]!);
    samples.push(await resultaat(page));
    await select.selectOption(values[0]!);
    await rust(page);
  }
  return samenvatting(samples, `een klantroute kiezen, tot na de eerste paint met de route op de kaart; ${runs} keer`);
}
