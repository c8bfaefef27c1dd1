/**
 * bench/results.json → docs/performance.md: the budgets (PASS/FAIL), the tables, and how it was measured.
 * `npx tsx bench/rapport.ts` rewrites the document from the committed results without measuring again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { GevalResultaat } from './run.ts';
import type { Laadmeting, Latentie } from './meten.ts';
import { jsPerSoort } from './bytes.ts';

export interface Resultaten {
  datum: string;
  machine: {
    os: string;
    cpus: number;
    cpuModel: string;
    geheugenGB: number;
    node: string;
    chromium: string;
    belastingBijStart: number[];
    belastingBijEinde?: number[];
  };
  gevallen: Record<string, GevalResultaat>;
  vis?: {
    voorzieningen: number;
    versie: string;
    jsGzip: number;
    dataGzip: number;
    htmlGzip: number;
    zonderJs: Laadmeting;
    metJs: Laadmeting;
    zoeken: Latentie;
  };
  duurS: number;
}

export const BUDGET = { jsGzipBytes: 30_000, toetsMs: 16, lineairFactor: 1.5 } as const;

const kb = (bytes: number | undefined) => (bytes == null ? '–' : `${(bytes / 1000).toFixed(1)} kB`);
const ms = (value: number | null | undefined) => (value == null ? 'n.v.t.' : `${value.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} ms`);
const s = (value: number) => `${(value / 1000).toFixed(1)} s`;
const getal = (value: number) => value.toLocaleString('nl-NL');
const ratio = (ours: number | null | undefined, theirs: number | null | undefined) =>
  ours == null || theirs == null || ours === 0 ? '–' : `${(theirs / ours).toLocaleString('nl-NL', { maximumSignificantDigits: 2 })}×`;

const VOLGORDE = ['100', '1000', '10000', '300x100'];
const gevallen = (r: Resultaten) => VOLGORDE.map((naam) => r.gevallen[naam]).filter((g): g is GevalResultaat => !!g && !g.fout);
const kaartType = '[regio]';

interface Budget {
  naam: string;
  /** gemeten: reported, without a budget. */
  status: 'PASS' | 'FAIL' | 'n.v.t.' | 'gemeten';
  meting: string;
  toelichting: string;
}

export function budgetten(r: Resultaten): Budget[] {
  const all = gevallen(r);
  const out: Budget[] = [];

  const zonderJs = all.map((g) => ({ g, ok: !!g.kaart.zonderJs.zichtbaarZonderJs && g.kaart.zonderJs.elementen === g.voorzieningen / g.regios }));
  out.push({
    naam: 'Kaart zichtbaar zonder JavaScript',
    status: zonderJs.length === 0 ? 'n.v.t.' : zonderJs.every((z) => z.ok) ? 'PASS' : 'FAIL',
    meting: zonderJs.map(({ g }) => `${g.naam}: ${getal(g.kaart.zonderJs.elementen)} balken, FCP ${ms(g.kaart.zonderJs.fcpMs)}`).join('; '),
    toelichting: 'Chromium met JavaScript uit: de SVG-kaart staat zichtbaar in beeld en bevat elke voorziening als link.',
  });

  out.push(...jsBudgetten(all));

  const duizend = r.gevallen['1000'];
  const zoeken = duizend?.kaart?.zoeken;
  out.push({
    naam: `Zoek-toetsaanslag ≤ ${BUDGET.toetsMs} ms bij 1.000 voorzieningen`,
    status: !zoeken || zoeken.mediaanMs == null ? 'n.v.t.' : zoeken.mediaanMs <= BUDGET.toetsMs ? 'PASS' : 'FAIL',
    meting: zoeken ? (zoeken.mediaanMs == null ? zoeken.toelichting : `mediaan ${ms(zoeken.mediaanMs)}, p95 ${ms(zoeken.p95Ms)} (n=${zoeken.n}); filter: ${duizend!.kaart.filter.mediaanMs == null ? duizend!.kaart.filter.toelichting : `mediaan ${ms(duizend!.kaart.filter.mediaanMs)}, p95 ${ms(duizend!.kaart.filter.p95Ms)}`}`) : 'niet gemeten',
    toelichting:
      zoeken?.mediaanMs != null && zoeken.mediaanMs > BUDGET.toetsMs
        ? `${ms(zoeken.mediaanMs - BUDGET.toetsMs)} te traag. Wat helpt: alleen klassen op bestaande SVG-elementen zetten (geen React-render van 1.000 balken), de zoektekst per voorziening vooraf in kleine letters klaarzetten, en de telling/ARIA-melding los van het dimmen bijwerken.`
        : 'Van de toetsaanslag (event.timeStamp) tot het eerste animatieframe nadat de telling (`[data-telling]`) is veranderd. PASS op de mediaan; p95 staat erbij.',
  });

  const byName = (naam: string) => all.find((g) => g.naam === naam);
  const [a, b, c, d] = ['100', '1000', '10000', '300x100'].map(byName);
  if (a && b && c) {
    const marginaal = (klein: GevalResultaat, groot: GevalResultaat) => (groot.bouw.totaalMs - klein.bouw.totaalMs) / (groot.voorzieningen - klein.voorzieningen);
    const m1 = marginaal(a, b);
    const m2 = marginaal(b, c);
    const m3 = d ? marginaal(c, d) : undefined;
    // Below 1,000 voorzieningen the ~11 s fixed cost of Vite/Astro and its noise (a second either way) swamp the
    // ~4 ms per voorziening, so the steps above 1,000 decide when the 300 × 100 case ran; 100 → 1,000 is shown.
    const [eerder, later, stap] = m3 !== undefined ? [m2, m3, '1.000→10.000 en 10.000→30.000'] : [m1, m2, '100→1.000 en 1.000→10.000'];
    // With noise the small builds can even come out slower than the large: then linearity cannot be judged.
    const factor = eerder > 0 ? later / eerder : Number.NaN;
    out.push({
      naam: 'Bouwtijd groeit lineair met de gegevens',
      status: Number.isNaN(factor) ? 'n.v.t.' : factor <= BUDGET.lineairFactor ? 'PASS' : 'FAIL',
      meting: `${all.map((g) => `${g.naam}: ${g.bouw.msPerVoorziening} ms/voorziening`).join('; ')}. Marginaal: ${m1.toFixed(1)} ms/voorziening (100→1.000), ${m2.toFixed(1)} ms/voorziening (1.000→10.000)${m3 !== undefined ? `, ${m3.toFixed(1)} ms/voorziening (10.000→30.000 in 300 regio's)` : ''}; factor ${factor.toFixed(2)} (${stap})`,
      toelichting: Number.isNaN(factor)
        ? 'Niet te beoordelen: door ruis op de machine was de kleine bouw trager dan de grotere. Draai de bench opnieuw op een rustiger moment.'
        : factor <= BUDGET.lineairFactor
          ? `Lineair: de kosten per extra voorziening stijgen met hoogstens ${BUDGET.lineairFactor}× tussen de stappen ${stap}. Onder 1.000 domineert de vaste opstarttijd van Vite/Astro (met ruis van een seconde), daarom telt die stap niet mee zodra 300×100 gemeten is.`
          : `Superlineair (factor ${factor.toFixed(2)} > ${BUDGET.lineairFactor}): zoek naar werk per pagina dat met de regio meegroeit (bijv. elke voorzieningpagina die alle routes of voorzieningen doorloopt) en bereken dat één keer per regio.`,
    });
  } else {
    out.push({ naam: 'Bouwtijd groeit lineair met de gegevens', status: 'n.v.t.', meting: 'vereist de gevallen 100, 1000 en 10000', toelichting: '' });
  }
  return out;
}

/**
 * JavaScript (gzip) per page soort (bench/bytes.ts JS_SOORTEN), one row each: the map against its budget, the
 * others as measured. Per case, or once when every case measured the same.
 */
export function jsBudgetten(all: readonly GevalResultaat[]): Budget[] {
  const perGeval = all.map((g) => ({ g, soorten: jsPerSoort(g.paginas) }));
  const soorten = [...new Set(perGeval.flatMap((p) => p.soorten.map((s) => s.soort)))];
  if (soorten.length === 0) return [{ naam: `JavaScript kaartpagina ≤ ${BUDGET.jsGzipBytes / 1000} kB gzip`, status: 'n.v.t.', meting: 'niet gemeten', toelichting: '' }];
  return soorten.map((soort) => {
    const metingen = perGeval.flatMap(({ g, soorten }) => soorten.filter((s) => s.soort === soort).map((s) => ({ g, s })));
    const max = Math.max(...metingen.map((m) => m.s.jsGzip));
    const meting = new Set(metingen.map((m) => kb(m.s.jsGzip))).size === 1 && metingen.length > 1
      ? `${kb(max)} (alle gevallen)`
      : metingen.map(({ g, s }) => `${g.naam}: ${kb(s.jsGzip)}`).join('; ');
    const type = metingen[0]!.s.type;
    if (soort !== 'kaart') {
      return { naam: `JavaScript ${soort} (gzip)`, status: 'gemeten' as const, meting, toelichting: `Paginatype \`${type}\`; geen budget.` };
    }
    const ok = max <= BUDGET.jsGzipBytes;
    return {
      naam: `JavaScript kaartpagina ≤ ${BUDGET.jsGzipBytes / 1000} kB gzip`,
      status: ok ? ('PASS' as const) : ('FAIL' as const),
      meting,
      toelichting: ok
        ? 'Som van alle scripts die de kaartpagina laadt (inline, script-src, modulepreload, island-component en -renderer met hun imports), elk apart gegzipt.'
        : `${kb(max - BUDGET.jsGzipBytes)} te veel. React 19 + react-dom alleen al is ~67 kB gzip: de kaartpagina hoort geen framework te laden. Wat helpt: de verkenner als kleine TypeScript-modules over de HTML van de bouw (zoals de routekiezer), D3 alleen op de bouwserver laten (de layout staat al in de HTML).`,
    };
  });
}

function laadRij(naam: string, m: Laadmeting | undefined, js: boolean): string {
  if (!m) return `| ${naam} | – | – | – | – | – | – |`;
  return js
    ? `| ${naam} | ${ms(m.fcpMs)} | ${ms(m.lcpMs)} | ${ms(m.zichtbaarMs)} | ${ms(m.interactiefMs)} | ${m.heapMB ?? '–'} MB | ${getal(m.domKnopen)} |`
    : `| ${naam} | ${ms(m.fcpMs)} | ${ms(m.lcpMs)} | ${m.zichtbaarZonderJs ? `ja, ${getal(m.elementen)} balken` : 'nee'} | – | – | ${getal(m.domKnopen)} |`;
}

export function rapport(r: Resultaten): string {
  const all = gevallen(r);
  const lines: string[] = [];
  const push = (...l: string[]) => lines.push(...l);
  const m = r.machine;
  push(
    '# Prestaties',
    '',
    'Gemeten met `npm run bench` (bench/run.ts); ruwe cijfers in [bench/results.json](../bench/results.json). Dit document wordt door de bench geschreven — pas de code aan, niet deze tekst.',
    '',
    `**Datum:** ${r.datum.slice(0, 10)} · **Machine:** ${m.os}, ${m.cpus} cpu's (${m.cpuModel}), ${m.geheugenGB} GB · **Node** ${m.node} · **Chromium** ${m.chromium} · belasting (load average 1/5/15 min) bij start ${m.belastingBijStart.join(' / ')}${m.belastingBijEinde ? `, bij einde ${m.belastingBijEinde.join(' / ')}` : ''} · duur van de run ${r.duurS} s.`,
    '',
    '> De machine wordt gedeeld met andere processen: absolute tijden schommelen per run. Vergelijk vooral de verhoudingen in één run (onze kaart naast vis-timeline, 1.000 naast 10.000).',
    '',
    '## Budgetten',
    '',
    '| budget | uitslag | meting | toelichting |',
    '|---|---|---|---|',
    ...budgetten(r).map((b) => `| ${b.naam} | **${b.status}** | ${b.meting} | ${b.toelichting} |`),
    '',
  );

  const vis = r.vis;
  const duizend = r.gevallen['1000'];
  if (vis && duizend && !duizend.fout) {
    const ours = duizend.kaart;
    const oursJs = duizend.paginas[kaartType]?.jsGzip ?? 0;
    const oursHtml = duizend.paginas[kaartType]?.htmlGzipMediaan ?? 0;
    push(
      `## Naast vis-timeline (${getal(vis.voorzieningen)} voorzieningen)`,
      '',
      `Dezelfde ${getal(vis.voorzieningen)} voorzieningen in vis-timeline ${vis.versie} (standalone UMD-bouw uit node_modules, groepen = niveaus, kolommen omgezet naar datums rond geboortedatum 1 januari 2026), in dezelfde run en dezelfde browser gemeten. "Factor" is vis-timeline gedeeld door onze kaart: boven 1 betekent dat wij sneller of kleiner zijn.`,
      '',
      '| meting | routekaart | vis-timeline | factor |',
      '|---|---|---|---|',
      `| zichtbaar zonder JavaScript | ${ours.zonderJs.zichtbaarZonderJs ? `ja (FCP ${ms(ours.zonderJs.fcpMs)})` : 'nee'} | ${vis.zonderJs.zichtbaarZonderJs ? 'ja' : 'nee (lege pagina)'} | – |`,
      `| first contentful paint (met JS) | ${ms(ours.metJs.fcpMs)} | ${ms(vis.metJs.fcpMs)} | ${ratio(ours.metJs.fcpMs, vis.metJs.fcpMs)} |`,
      `| tijdlijn zichtbaar (met JS) | ${ms(ours.metJs.zichtbaarMs)} | ${ms(vis.metJs.zichtbaarMs)} | ${ratio(ours.metJs.zichtbaarMs, vis.metJs.zichtbaarMs)} |`,
      `| interactief | ${ms(ours.metJs.interactiefMs)} (${ours.metJs.interactiefBron}) | ${ms(vis.metJs.interactiefMs)} (${vis.metJs.interactiefBron}) | ${ratio(ours.metJs.interactiefMs, vis.metJs.interactiefMs)} |`,
      `| zoeken: één toetsaanslag (mediaan) | ${ours.zoeken.mediaanMs == null ? ours.zoeken.toelichting : ms(ours.zoeken.mediaanMs)} | ${ms(vis.zoeken.mediaanMs)} | ${ratio(ours.zoeken.mediaanMs, vis.zoeken.mediaanMs)} |`,
      `| zoeken: p95 | ${ms(ours.zoeken.p95Ms)} | ${ms(vis.zoeken.p95Ms)} | ${ratio(ours.zoeken.p95Ms, vis.zoeken.p95Ms)} |`,
      `| JS-heap na laden (na GC) | ${ours.metJs.heapMB} MB | ${vis.metJs.heapMB} MB | ${ratio(ours.metJs.heapMB, vis.metJs.heapMB)} |`,
      `| JavaScript (gzip) | ${kb(oursJs)} | ${kb(vis.jsGzip)} (bibliotheek + lijm) | ${ratio(oursJs, vis.jsGzip)} |`,
      `| HTML + gegevens (gzip) | ${kb(oursHtml)} (gegevens zitten in de HTML) | ${kb(vis.htmlGzip + vis.dataGzip)} (HTML + data.js) | ${ratio(oursHtml, vis.htmlGzip + vis.dataGzip)} |`,
      `| DOM-knopen | ${getal(ours.metJs.domKnopen)} | ${getal(vis.metJs.domKnopen)} | ${ratio(ours.metJs.domKnopen, vis.metJs.domKnopen)} |`,
      '',
      `vis-timeline tekent alleen wat in beeld is (${getal(vis.metJs.elementen)} van de ${getal(vis.voorzieningen)} items in de DOM); onze kaart zet alle ${getal(ours.metJs.elementen)} balken als links in de HTML, zodat ze zonder JavaScript, voor schermlezers en met Ctrl+F bestaan. Dat kost HTML-bytes en DOM-knopen, niet de tijd tot zichtbaar.`,
      '',
    );
  }

  push('## Bouwen', '', '`check-data` en `astro build` zoals `npm run build` ze draait, elk geval in een eigen outDir onder bench/out/. Kleine gevallen worden een paar keer gebouwd; de snelste telt (op een gedeelde machine maakt ruis het alleen trager), alle totalen staan in de laatste kolom.', '');
  push('| geval | regio\'s | voorzieningen | pagina\'s | check-data | astro build | totaal | per pagina | per voorziening | alle runs |', '|---|---|---|---|---|---|---|---|---|---|');
  for (const g of all) {
    push(`| ${g.naam} | ${g.regios} | ${getal(g.voorzieningen)} | ${getal(g.bouw.paginas)} | ${s(g.bouw.checkDataMs)} | ${s(g.bouw.astroMs)}${g.bouw.afgebroken ? ' (afgebroken)' : ''} | ${s(g.bouw.totaalMs)} | ${g.bouw.msPerPagina} ms | ${g.bouw.msPerVoorziening} ms | ${(g.bouw.alleTotalenMs ?? [g.bouw.totaalMs]).map(s).join(', ')} |`);
  }
  push('', 'Rendertijd per pagina zoals Astro die meldt (mediaan / max, in ms). De eerste pagina die Astro schrijft (404) betaalt ook het inlezen en controleren van alle gegevens; `data/[id]` zijn de open-databestanden.', '');
  const types = [...new Set(all.flatMap((g) => Object.keys(g.bouw.perType)))].sort();
  push(`| paginatype | ${all.map((g) => g.naam).join(' | ')} |`, `|---|${all.map(() => '---').join('|')}|`);
  for (const t of types) push(`| ${t} | ${all.map((g) => (g.bouw.perType[t] ? `${g.bouw.perType[t]!.mediaanMs} / ${g.bouw.perType[t]!.maxMs}` : '–')).join(' | ')} |`);

  push('', '## Bytes per paginatype', '', 'HTML: mediaan over alle pagina\'s van dat type (rauw / gzip). JavaScript: alles wat de pagina laadt voordat er iets wordt aangeklikt, elk bestand apart gegzipt.', '');
  for (const g of all) {
    push(`### ${g.naam} (${g.regios} regio${g.regios > 1 ? "'s" : ''}, ${getal(g.voorzieningen)} voorzieningen)`, '', '| paginatype | aantal | HTML | HTML gzip | grootste HTML | JS gzip |', '|---|---|---|---|---|---|');
    for (const [type, p] of Object.entries(g.paginas)) push(`| ${type} | ${getal(p.aantal)} | ${kb(p.htmlBytesMediaan)} | ${kb(p.htmlGzipMediaan)} | ${kb(p.htmlBytesMax)} | ${kb(p.jsGzip)}${p.jsBestanden.length ? ` (${p.jsBestanden.length} bestanden)` : ''} |`);
    push('');
  }

  push('## In de browser: de kaartpagina', '', 'Mediaan over koude laadbeurten (elke keer een nieuwe browsercontext, dus lege cache), viewport 1280×900. "Zichtbaar": het eerste animatieframe nadat `svg.kaart` in de DOM staat, maar niet vóór de first contentful paint. "Interactief": alle `astro-island`-elementen gehydrateerd (Astro haalt dan het `ssr`-attribuut weg); zonder island werken de links zodra de HTML er is, dan staat hier DOMContentLoaded; nooit vóór "zichtbaar".', '');
  push('| geval | FCP | LCP | zichtbaar | interactief | heap | DOM-knopen |', '|---|---|---|---|---|---|---|');
  for (const g of all) {
    push(laadRij(`${g.naam}, zonder JS`, g.kaart.zonderJs, false), laadRij(`${g.naam}, met JS`, g.kaart.metJs, true));
    if (g.home) push(laadRij(`${g.naam} startpagina, zonder JS`, g.home.zonderJs, false).replace(/ja, [\d.]+ balken/, 'ja'), laadRij(`${g.naam} startpagina, met JS`, g.home.metJs, true));
  }
  push('', '| geval | zoeken (mediaan / p95) | wissen (mediaan) | filter (mediaan / p95) | route oplichten (mediaan / p95) |', '|---|---|---|---|---|');
  const lat = (l: Latentie) =>
    l.mediaanMs == null
      ? l.timeouts
        ? `geen meting: ${l.timeouts}× binnen 5 s geen verandering`
        : l.toelichting
      : `${ms(l.mediaanMs)} / ${ms(l.p95Ms)} (n=${l.n}${l.timeouts ? `, ${l.timeouts} time-outs` : ''})`;
  for (const g of all) push(`| ${g.naam} | ${lat(g.kaart.zoeken)} | ${ms(g.kaart.zoeken.wissenMediaanMs)} | ${lat(g.kaart.filter)} | ${lat(g.kaart.route)} |`);
  const mislukt = VOLGORDE.map((naam) => r.gevallen[naam]).filter((g) => g?.fout);
  if (mislukt.length) push('', '### Mislukte gevallen', '', ...mislukt.map((g) => `- ${g!.naam}: ${g!.fout!.split('\n')[0]}`));

  push(
    '',
    '## Methode',
    '',
    '- **Gegevens**: bench/synthetisch.ts maakt met een vaste seed (mulberry32) regio\'s die op een echte lijken: 24 soorten voorzieningen (kraamzorg, consultatiebureau, VoorZorg, Home-Start, schuldhulp…) × 37 wijken, met periodes, contactmomenten, kenmerken, aanbieders, thema\'s en klantroutes die door `check-data` komen. Gevallen: 100, 1.000 en 10.000 voorzieningen in één regio, en 300 regio\'s × 100. voorzieningen.json wordt compact geschreven (bij 10.000 is dat 7,4 MB; de lader weigert bestanden boven 8 MB).',
    '- **Bouwen**: `tsx src/cli/check-data.ts` en `astro build --outDir bench/out/site/<geval>` met `ROUTEKAART_DATA` naar de gegenereerde map, na elkaar, wandkloktijd.',
    '- **Bytes**: de HTML van elke pagina gelezen en gegzipt (niveau 9); scripts gevonden via `<script>`, `<link rel=modulepreload>`, `component-url`/`renderer-url` van islands en hun statische imports.',
    '- **Browser**: Debian Chromium via playwright-core met dezelfde vlaggen als de browsertests, tegen src/cli/static-server.ts op 127.0.0.1. Tijden komen van de klok van de pagina (`performance.now()`, `event.timeStamp`, Paint Timing, LargestContentfulPaint), niet van de testdriver. Heap: CDP `HeapProfiler.collectGarbage` en daarna `Runtime.getHeapUsage`.',
    '- **Zoeken/filteren**: de bench typt één letter (een letter die in ongeveer de helft van de namen voorkomt, zodat de telling verandert) in `input[name=q]` en meet van de toetsaanslag tot het eerste animatieframe nadat `[data-telling]` is veranderd; daarna Backspace ("wissen"). Filter: het eerste selectievakje in hetzelfde formulier, gemeten vanaf de klik (het loslaten van de muisknop of Spatie: dan pas vraagt de gebruiker om de wijziging). Route: de keuzelijst van de routekiezer (`[data-route-kiezer] select`), tot de eerste wijziging in `svg.kaart`. Ontbreekt zo\'n element, dan staat er "n.v.t.".',
    '- **vis-timeline**: bench/vis/ plus de standalone UMD-bouw en het stylesheet uit node_modules, gekopieerd naar bench/out/vis/ (geen CDN). Filter met een `DataView` op de naam; de telling wordt bijgewerkt bij het eerstvolgende `changed`-event van de tijdlijn, dus na het hertekenen.',
    '',
  );
  return lines.join('\n');
}

export function schrijfRapport(r: Resultaten, path: string): string {
  const text = rapport(r);
  writeFileSync(path, text);
  return budgetten(r)
    .map((b) => `${b.status.padEnd(6)} ${b.naam}: ${b.meting}`)
    .join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = JSON.parse(readFileSync('bench/results.json', 'utf8')) as Resultaten;
  console.log(schrijfRapport(r, 'docs/performance.md'));
}
