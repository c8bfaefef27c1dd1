/**
 * The fixed ids of data contract v1, without zod: the browser islands import these, and importing the schemas
 * would ship the whole validator to every visitor.
 */
export const NIVEAU_IDS = ['basiszorg', 'steuntje-in-de-rug', 'extra-steun', 'digitale-zorg'] as const;
export type NiveauId = (typeof NIVEAU_IDS)[number];

export const KENMERK_IDS = ['eigen-risico', 'eigen-bijdrage', 'aanvullend-verzekerd', 'vrij-verzekerd', 'standaard', 'sociaal-netwerk'] as const;
export type KenmerkId = (typeof KENMERK_IDS)[number];

export const THEMA_IDS = [
  'financien-en-schulden',
  'psychische-klachten',
  'verslaving',
  'veiligheid-en-huiselijk-geweld',
  'taal-en-nieuwkomers',
  'opvoeding',
  'gezondheid-en-leefstijl',
  'tienerouderschap',
  'eenzaamheid',
] as const;
export type ThemaId = (typeof THEMA_IDS)[number];

export const AANMELDING_IDS = ['zelf', 'verwijzing', 'uitnodiging'] as const;
export type AanmeldingId = (typeof AANMELDING_IDS)[number];
