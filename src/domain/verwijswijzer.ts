/**
 * The verwijswijzer: a professional answers the short triage of Dutch entry points (urgent? safety at stake?
 * which question, on which life domains? is the family known?) plus the fase and the family's insurance, and gets
 * the voorzieningen that fit, light → heavy, with how to refer and what it costs the family.
 *
 * The only place the matching happens: the page's script, the pre-rendered pages per thema and the tests all
 * call verwijs(). The question travels in the URL (a GET form), so an answer can be shared and reopened.
 */
import { faseVanGeboortedatum, faseVanUitgerekendeDatum } from './fase-van-datum.ts';
import type { KlantrouteModel, VoorzieningModel } from './model.ts';
import { NIVEAU_IDS, THEMA_IDS, type KenmerkId, type NiveauId, type ThemaId } from './ids.ts';
import { FASE_IDS, FASE_NAMEN, raaktFase, type FaseId, type KolomBereik } from './tijdlijn.ts';

export const VEILIGHEID: ThemaId = 'veiligheid-en-huiselijk-geweld';

/** The national advice and reporting line; the same number everywhere in the Netherlands. */
export const VEILIG_THUIS = { naam: 'Veilig Thuis', telefoon: '0800-2000', website: 'https://veiligthuis.nl' } as const;

export interface Vraag {
  /** Is it urgent? */
  spoed?: boolean;
  /** Is the safety of parent or child at stake? */
  veiligheid?: boolean;
  /** The life domains the concerns are about. */
  themas: ThemaId[];
  /** Is the family already known to care or support? */
  bekend?: boolean;
  fase?: FaseId;
  /** Due date, JJJJ-MM-DD: turned into a fase relative to today. */
  uitgerekend?: string;
  /** The child's birth date, JJJJ-MM-DD. */
  geboren?: string;
  /** Does the family have aanvullende verzekering? undefined: not known. */
  aanvullend?: boolean;
}

export interface Advies {
  id: 'spoed' | 'veilig-thuis' | 'al-bekend';
  titel: string;
  tekst: string;
  telefoon?: string;
  website?: string;
}

export interface Treffer {
  voorziening: VoorzieningModel;
  /** The asked themas this voorziening is for. */
  themas: ThemaId[];
  /** Costs the family pays itself: aanvullend verzekerd while the family has no aanvullende verzekering. */
  nietVergoed: boolean;
  /** What it costs, in plain language (B1) for the family. */
  kostenVoorGezin: string[];
}

export interface RouteTreffer {
  route: KlantrouteModel;
  themas: ThemaId[];
}

export interface Antwoord {
  vraag: Vraag;
  /** The fase used: chosen, or worked out from a date. */
  fase?: { id: FaseId; naam: string; uitleg?: string };
  /** Why a date could not be used. */
  datumFout?: string;
  /** The themas matched on: the asked ones, plus veiligheid when safety is at stake. */
  themas: ThemaId[];
  /** What to do first, in this order: urgent help, Veilig Thuis, the known care provider. */
  eerst: Advies[];
  /** Matching voorzieningen, light → heavy: basiszorg, steuntje in de rug, extra steun. */
  voorzieningen: Treffer[];
  /** Matching digitale zorg: tips next to the help. */
  tips: Treffer[];
  routes: RouteTreffer[];
  /** Nothing to match on: no thema asked and safety not at stake. */
  geenVraag: boolean;
  /** Asked, but nothing in the region matches. */
  geenTreffers: boolean;
  /** The region's wijkteam or huisarts, to point to when nothing matches (found by id or name; not "Thuisarts.nl"). */
  vangnet: VoorzieningModel[];
}

export interface Aanbod {
  voorzieningen: readonly VoorzieningModel[];
  routes: readonly KlantrouteModel[];
}

const NIVEAU_VOLGORDE = new Map<NiveauId, number>(NIVEAU_IDS.map((n, i) => [n, i]));
const collator = new Intl.Collator('nl');

const KOSTEN_GEZIN: Record<Exclude<KenmerkId, 'aanvullend-verzekerd'>, string> = {
  standaard: 'Iedereen krijgt dit aangeboden.',
  'vrij-verzekerd': 'Uw zorgverzekering betaalt dit. Het gaat niet van uw eigen risico af.',
  'eigen-risico': 'Uw zorgverzekering betaalt dit, maar het gaat van uw eigen risico af. Misschien betaalt u dus een deel zelf.',
  'eigen-bijdrage': 'U betaalt zelf een deel: een eigen bijdrage.',
  'sociaal-netwerk': 'Hulp van vrijwilligers of van mensen om u heen.',
};

/** The cost marks of a voorziening in B1 sentences for the family, given what is known of their insurance. */
export function kostenVoorGezin(voorziening: Pick<VoorzieningModel, 'kenmerken' | 'kostenToelichting'>, aanvullend?: boolean): string[] {
  const zinnen = voorziening.kenmerken.map((k) => {
    if (k !== 'aanvullend-verzekerd') return KOSTEN_GEZIN[k];
    if (aanvullend === true) return 'Uw aanvullende verzekering betaalt dit. Kijk in uw polis hoeveel.';
    if (aanvullend === false) return 'Dit wordt alleen betaald met een aanvullende verzekering. Die hebt u niet. Dan betaalt u het zelf. Vraag vooraf wat het kost.';
    return 'Dit wordt alleen betaald als u een aanvullende verzekering hebt. Kijk in uw polis.';
  });
  if (voorziening.kostenToelichting) zinnen.push(voorziening.kostenToelichting);
  if (zinnen.length === 0) zinnen.push('Vraag vooraf wat het kost.');
  return zinnen;
}

/** Without a fase every voorziening is in time. */
function overlapt(bereik: KolomBereik, fase: FaseId | undefined): boolean {
  return !fase || raaktFase(bereik, fase);
}

function gedeeld(themas: readonly ThemaId[] | undefined, gevraagd: readonly ThemaId[]): ThemaId[] {
  return gevraagd.filter((t) => themas?.includes(t));
}

/** A valid date wins over the chosen fase: it is more precise, and a shared URL stays right as the family moves on. */
function bepaalFase(vraag: Vraag, vandaag: string): Pick<Antwoord, 'fase' | 'datumFout'> {
  const datum = vraag.geboren
    ? faseVanGeboortedatum(vraag.geboren, vandaag)
    : vraag.uitgerekend
      ? faseVanUitgerekendeDatum(vraag.uitgerekend, vandaag)
      : undefined;
  if (datum?.ok) return { fase: { id: datum.fase, naam: FASE_NAMEN[datum.fase], uitleg: datum.uitleg } };
  const datumFout = datum && !datum.ok ? datum.fout : undefined;
  if (vraag.fase) return { fase: { id: vraag.fase, naam: FASE_NAMEN[vraag.fase] }, ...(datumFout && { datumFout }) };
  return datumFout ? { datumFout } : {};
}

function eersteStappen(vraag: Vraag, themas: readonly ThemaId[]): Advies[] {
  const eerst: Advies[] = [];
  if (vraag.spoed) {
    eerst.push({
      id: 'spoed',
      titel: 'Is er direct gevaar? Bel 112.',
      tekst: 'Dringend, maar geen direct gevaar: bel vandaag de huisarts, of buiten kantoortijd de huisartsenpost.',
      telefoon: '112',
    });
  }
  if (vraag.veiligheid || themas.includes(VEILIGHEID)) {
    eerst.push({
      id: 'veilig-thuis',
      titel: `Bel eerst ${VEILIG_THUIS.naam}: ${VEILIG_THUIS.telefoon}`,
      tekst:
        'Gratis, dag en nacht bereikbaar. Voor advies of een melding bij (vermoeden van) huiselijk geweld of kindermishandeling; volg de stappen van de meldcode. Het gezin kan ook zelf bellen, ook anoniem.',
      telefoon: VEILIG_THUIS.telefoon,
      website: VEILIG_THUIS.website,
    });
  }
  if (vraag.bekend) {
    eerst.push({
      id: 'al-bekend',
      titel: 'Het gezin is al bekend: overleg eerst met wie er al betrokken is.',
      tekst: 'Eén gezin, één plan: stem af met de hulpverlener die het gezin al kent, voordat u nieuwe hulp inschakelt.',
    });
  }
  return eerst;
}

function sorteer(treffers: Treffer[]): Treffer[] {
  return treffers.sort(
    (a, b) =>
      NIVEAU_VOLGORDE.get(a.voorziening.niveau)! - NIVEAU_VOLGORDE.get(b.voorziening.niveau)! ||
      Number(a.nietVergoed) - Number(b.nietVergoed) ||
      b.themas.length - a.themas.length ||
      a.voorziening.kolommen.eerste - b.voorziening.kolommen.eerste ||
      collator.compare(a.voorziening.naam, b.voorziening.naam),
  );
}

export function verwijs(aanbod: Aanbod, vraag: Vraag, vandaag: string): Antwoord {
  const { fase, datumFout } = bepaalFase(vraag, vandaag);
  const themas = THEMA_IDS.filter((t) => vraag.themas.includes(t) || (t === VEILIGHEID && vraag.veiligheid === true));
  const eerst = eersteStappen(vraag, themas);

  const treffers = aanbod.voorzieningen.flatMap((voorziening): Treffer[] => {
    const matched = gedeeld(voorziening.themas, themas);
    if (matched.length === 0 || !overlapt(voorziening.kolommen, fase?.id)) return [];
    const nietVergoed = vraag.aanvullend === false && voorziening.kenmerken.includes('aanvullend-verzekerd');
    return [{ voorziening, themas: matched, nietVergoed, kostenVoorGezin: kostenVoorGezin(voorziening, vraag.aanvullend) }];
  });
  const voorzieningen = sorteer(treffers.filter((t) => t.voorziening.niveau !== 'digitale-zorg'));
  const tips = sorteer(treffers.filter((t) => t.voorziening.niveau === 'digitale-zorg'));

  const routes = aanbod.routes
    .flatMap((route): RouteTreffer[] => {
      const matched = gedeeld(route.themas, themas);
      const kolommen = route.stappen.map((s) => s.kolom);
      const bereik = { eerste: Math.min(...kolommen), laatste: Math.max(...kolommen) };
      return matched.length > 0 && overlapt(bereik, fase?.id) ? [{ route, themas: matched }] : [];
    })
    .sort(
      (a, b) =>
        b.themas.length - a.themas.length ||
        (a.route.niveau ? NIVEAU_VOLGORDE.get(a.route.niveau)! : 9) - (b.route.niveau ? NIVEAU_VOLGORDE.get(b.route.niveau)! : 9) ||
        collator.compare(a.route.naam, b.route.naam),
    );

  const geenVraag = themas.length === 0;
  const geenTreffers = !geenVraag && voorzieningen.length === 0 && tips.length === 0 && routes.length === 0;
  const vangnet = aanbod.voorzieningen.filter((v) => /\b(wijkteam|huisarts)/i.test(`${v.id} ${v.naam}`) && overlapt(v.kolommen, fase?.id));
  return {
    vraag,
    ...(fase && { fase }),
    ...(datumFout && { datumFout }),
    themas,
    eerst,
    voorzieningen,
    tips,
    routes,
    geenVraag,
    geenTreffers,
    vangnet,
  };
}

// ——— The question in the URL ———

const JA_NEE = (value: string | null): boolean | undefined => (value === 'ja' ? true : value === 'nee' ? false : undefined);
const DATUM = /^\d{4}-\d{2}-\d{2}$/;

/** Read a question from the query string; unknown values are ignored, never an error (URLs get edited by hand). */
export function vraagUitZoekparameters(params: URLSearchParams): Vraag {
  const vraag: Vraag = { themas: THEMA_IDS.filter((t) => params.getAll('thema').includes(t)) };
  const spoed = JA_NEE(params.get('spoed'));
  const veiligheid = JA_NEE(params.get('veilig'));
  const bekend = JA_NEE(params.get('bekend'));
  const aanvullend = JA_NEE(params.get('aanvullend'));
  const fase = params.get('fase');
  const uitgerekend = params.get('uitgerekend');
  const geboren = params.get('geboren');
  if (spoed !== undefined) vraag.spoed = spoed;
  if (veiligheid !== undefined) vraag.veiligheid = veiligheid;
  if (bekend !== undefined) vraag.bekend = bekend;
  if (aanvullend !== undefined) vraag.aanvullend = aanvullend;
  if (fase && (FASE_IDS as readonly string[]).includes(fase)) vraag.fase = fase as FaseId;
  if (uitgerekend && DATUM.test(uitgerekend)) vraag.uitgerekend = uitgerekend;
  if (geboren && DATUM.test(geboren)) vraag.geboren = geboren;
  return vraag;
}

/** The query string of a question, in the form's field order: the shareable address of an answer. */
export function zoekparametersVan(vraag: Vraag): string {
  const params = new URLSearchParams();
  const jaNee = (key: string, value: boolean | undefined) => value !== undefined && params.append(key, value ? 'ja' : 'nee');
  jaNee('spoed', vraag.spoed);
  jaNee('veilig', vraag.veiligheid);
  for (const thema of vraag.themas) params.append('thema', thema);
  jaNee('bekend', vraag.bekend);
  if (vraag.fase) params.append('fase', vraag.fase);
  if (vraag.uitgerekend) params.append('uitgerekend', vraag.uitgerekend);
  if (vraag.geboren) params.append('geboren', vraag.geboren);
  jaNee('aanvullend', vraag.aanvullend);
  return params.toString();
}

/** A question was asked at all (the page without query shows only the form). */
export function isGesteld(params: URLSearchParams): boolean {
  return ['spoed', 'veilig', 'thema', 'bekend', 'fase', 'uitgerekend', 'geboren', 'aanvullend'].some((key) => params.has(key));
}
