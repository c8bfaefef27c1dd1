/**
 * npx tsx bench/profiel.ts <url> [filter|zoom|laden] [runs]
 *
 * What the main thread does for one step, from a Chromium trace: loading the page, a click on the niveau toggle
 * "Basiszorg", or "Inzoomen". Prints the time per kind of work (script, style, layout, paint…) summed over the
 * runs' top-level tasks, so a budget that is not met can be traced to its cause. Serve a built site first, e.g.
 * `npm run bench -- --gevallen=1000 --bewaar` and `npx tsx src/cli/serve.ts` on bench/out/site/1000.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { FILTER_KNOP, launch, VIEWPORT } from './meten.ts';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { type?: string; url?: string; functionName?: string; stackTrace?: { functionName: string; url: string; lineNumber: number }[] }; beginData?: { url?: string; stackTrace?: { functionName: string; url: string; lineNumber: number }[] } };
}

const [url = 'http://127.0.0.1:4413/bench-1000/', stap = 'filter', aantal = '5'] = process.argv.slice(2);
// PROFIEL_CAT=cc,viz,… for other trace categories (the compositor, raster), with PROFIEL_TRACE to keep the trace.
const CATEGORIEEN = process.env.PROFIEL_CAT ?? ['devtools.timeline', 'blink', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing'].join(',');

/** The kinds of work the summary keeps apart; everything else is "overig". */
const SOORT: Record<string, string> = {
  EventDispatch: 'gebeurtenis',
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.compile': 'script',
  'v8.compileModule': 'script',
  'v8.evaluateModule': 'script',
  FireAnimationFrame: 'animatieframe',
  TimerFire: 'timer',
  UpdateLayoutTree: 'stijl',
  'Document::updateStyleAndLayoutTree': 'stijl',
  Layout: 'layout',
  PrePaint: 'prepaint',
  Paint: 'paint',
  Layerize: 'lagen',
  UpdateLayer: 'lagen',
  Commit: 'commit',
  ParseHTML: 'HTML',
  ParseAuthorStyleSheet: 'CSS',
  HitTest: 'hittest',
  MajorGC: 'gc',
  MinorGC: 'gc',
};

async function stapUit(page: Page) {
  if (stap === 'filter') await page.locator(FILTER_KNOP).click();
  else if (stap === 'zoom') {
    await page.locator('button[data-zoom=in]').click();
    await page.waitForTimeout(150);
    await page.locator('button[data-zoom=heel]').click();
  }
  await page.waitForTimeout(300);
}

async function main() {
  const browser = await launch();
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const klaar = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  if (stap !== 'laden') {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('[data-kaart][data-klaar]', { state: 'attached' });
    await stapUit(page); // warm-up: the search index, the first style of a dimmed link
    await stapUit(page);
  }
  await cdp.send('Tracing.start', { categories: CATEGORIEEN, transferMode: 'ReportEvents' });
  const runs = stap === 'laden' ? 1 : Number(aantal);
  if (stap === 'laden') {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('[data-kaart][data-klaar]', { state: 'attached' });
    await page.waitForTimeout(500);
  } else for (let i = 0; i < runs; i++) await stapUit(page);
  await cdp.send('Tracing.end');
  await klaar;
  await browser.close();
  // For a closer look (chrome://tracing, Perfetto): PROFIEL_TRACE=/tmp/trace.json.
  if (process.env.PROFIEL_TRACE) writeFileSync(process.env.PROFIEL_TRACE, JSON.stringify({ traceEvents: events }));

  // The renderer's main thread: the one that ran the page's script.
  // The renderer's main thread of this page (the trace also holds the browser's own chrome:// pages).
  const origin = new URL(url).origin;
  const main = events.find((e) => ['ParseHTML', 'FunctionCall', 'EvaluateScript'].includes(e.name) && JSON.stringify(e.args ?? {}).includes(origin));
  if (!main) throw new Error('profiel: geen werk van de pagina in de trace');
  const opHoofd = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const per = new Map<string, { ms: number; n: number }>();
  const details = new Map<string, number>();
  // Self time per kind: an event's duration minus its children that are themselves a known kind.
  const stapel: { e: TraceEvent; eind: number; kind: string | undefined; kinderen: number }[] = [];
  const sluit = (tot: number) => {
    while (stapel.length && stapel.at(-1)!.eind <= tot) {
      const top = stapel.pop()!;
      if (top.kind) {
        const eigen = (top.e.dur! - top.kinderen) / 1000;
        const p = per.get(top.kind) ?? { ms: 0, n: 0 };
        per.set(top.kind, { ms: p.ms + eigen, n: p.n + 1 });
        if (top.kind === 'script' || top.kind === 'gebeurtenis' || top.kind === 'animatieframe' || top.kind === 'timer') {
          const naam = `${top.e.name} ${top.e.args?.data?.type ?? top.e.args?.data?.functionName ?? ''}`.trim();
          details.set(naam, (details.get(naam) ?? 0) + eigen);
        }
      }
      const ouder = stapel.findLast((s) => s.kind);
      if (ouder && top.kind) ouder.kinderen += top.e.dur!;
      else if (ouder && !top.kind) ouder.kinderen += top.kinderen;
    }
  };
  for (const e of opHoofd) {
    sluit(e.ts);
    stapel.push({ e, eind: e.ts + e.dur!, kind: SOORT[e.name], kinderen: 0 });
  }
  sluit(Infinity);
  const rij = (naam: string, ms: number, n?: number) => console.log(`${naam.padEnd(34)} ${(ms / runs).toFixed(2).padStart(8)} ms per stap${n === undefined ? '' : `  (${n}×)`}`);
  console.log(`${stap} op ${url}, ${runs} ${runs === 1 ? 'keer' : 'keer, gemiddeld'}:`);
  for (const [kind, { ms, n }] of [...per].sort((a, b) => b[1].ms - a[1].ms)) rij(kind, ms, n);
  console.log('\nde grootste stappen van stijl en layout (met wie ze afdwong, als dat script was):');
  for (const e of opHoofd.filter((e) => ['Layout', 'UpdateLayoutTree'].includes(e.name)).sort((a, b) => b.dur! - a.dur!).slice(0, 8)) {
    const stack = e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace;
    const waar = stack?.slice(0, 3).map((f) => `${f.functionName || '?'}@${f.url.split('/').pop()}:${f.lineNumber}`).join(' < ');
    console.log(`${e.name.padEnd(18)} ${(e.dur! / 1000).toFixed(2).padStart(8)} ms  op ${((e.ts - opHoofd[0]!.ts) / 1000).toFixed(0)} ms${waar ? `  ${waar}` : ''}`);
  }
  console.log('\nscript naar aanleiding:');
  for (const [naam, ms] of [...details].sort((a, b) => b[1] - a[1]).slice(0, 10)) rij(naam, ms);
}

await main();
