/** The words the UI uses for the ids of the data contract, and descriptions built from them. */
import type { KenmerkId, NiveauId, ThemaId, AanmeldingId } from './schema/gedeeld.ts';
import type { VoorzieningModel } from './model.ts';
import { alleenInWoorden } from './gemeente.ts';
import { periodeInWoorden } from './tijdpunt.ts';

export const NIVEAU_NAMEN: Record<NiveauId, string> = {
  basiszorg: 'Basiszorg',
  'steuntje-in-de-rug': 'Steuntje in de rug',
  'extra-steun': 'Extra steun',
  'digitale-zorg': 'Digitale zorg',
};

export const KENMERK_NAMEN: Record<KenmerkId | 'meer-informatie', string> = {
  'eigen-risico': 'eigen risico',
  'eigen-bijdrage': 'eigen bijdrage',
  'aanvullend-verzekerd': 'aanvullend verzekerd',
  'vrij-verzekerd': 'vrij verzekerd (geen eigen risico)',
  standaard: 'standaard aangeboden',
  'sociaal-netwerk': 'sociaal netwerk',
  'meer-informatie': 'meer informatie',
};

export const KENMERK_UITLEG: Record<KenmerkId | 'meer-informatie', string> = {
  'eigen-risico': 'Valt onder het eigen risico van de zorgverzekering.',
  'eigen-bijdrage': 'Het gezin betaalt een eigen bijdrage.',
  'aanvullend-verzekerd': 'Meestal alleen vergoed met een aanvullende verzekering.',
  'vrij-verzekerd': 'Vergoed uit de basisverzekering, zonder eigen risico.',
  standaard: 'Wordt aan iedereen aangeboden.',
  'sociaal-netwerk': 'Hulp van vrijwilligers of het eigen netwerk.',
  'meer-informatie': 'Er is een link naar meer informatie.',
};

export const THEMA_NAMEN: Record<ThemaId, string> = {
  'financien-en-schulden': 'Financiën en schulden',
  'psychische-klachten': 'Psychische klachten',
  verslaving: 'Verslaving',
  'veiligheid-en-huiselijk-geweld': 'Veiligheid en huiselijk geweld',
  'taal-en-nieuwkomers': 'Taal en nieuwkomers',
  opvoeding: 'Opvoeding',
  'gezondheid-en-leefstijl': 'Gezondheid en leefstijl',
  tienerouderschap: 'Tienerouderschap',
  eenzaamheid: 'Eenzaamheid',
};

export const AANMELDING_NAMEN: Record<AanmeldingId, string> = {
  zelf: 'Zelf aanmelden',
  verwijzing: 'Via verwijzing',
  uitnodiging: 'Gezin wordt uitgenodigd',
};

/** All legend marks of a voorziening, including "meer informatie" when it has a link. */
export function kenmerkenVan(voorziening: Pick<VoorzieningModel, 'kenmerken' | 'meerInformatie'>): (KenmerkId | 'meer-informatie')[] {
  return voorziening.meerInformatie ? [...voorziening.kenmerken, 'meer-informatie'] : [...voorziening.kenmerken];
}

/**
 * "Kraamzorg — basiszorg — van de bevalling tot en met week 2 na de geboorte — eigen bijdrage". Names every mark
 * the map draws, "meer informatie" too: the marks' tooltips must be part of the name (WCAG 2.5.3, label in name).
 * A voorziening offered in part of the region ends in "— alleen in Heerlen en Sittard-Geleen"; pass the region's
 * gemeenten, so that one listing all of them counts as the whole region.
 */
export function toegankelijkeNaam(voorziening: VoorzieningModel, regioGemeenten: readonly string[] = []): string {
  const parts = [voorziening.naam, NIVEAU_NAMEN[voorziening.niveau].toLowerCase(), periodeInWoorden(voorziening.periode)];
  const kenmerken = kenmerkenVan(voorziening).map((k) => KENMERK_NAMEN[k]);
  if (kenmerken.length) parts.push(kenmerken.join(', '));
  const alleenIn = alleenInWoorden(voorziening, regioGemeenten);
  if (alleenIn) parts.push(alleenIn);
  return parts.join(' — ');
}
