/** The example region as the beheer page gets it: its published routekaart.json, built from data/voorbeeldregio. */
import { regioNaarExport } from '../../../../src/domain/export/json.ts';
import { laadRegio } from '../../../../src/io/data.ts';
import { werkUitExport, type Werk } from '../../../../src/view/beheer/werk.ts';

export const NU = new Date('2026-12-01T10:00:00Z');

export function voorbeeldWerk(): Werk {
  const { regio } = laadRegio('data', 'voorbeeldregio', NU);
  const geopend = werkUitExport(JSON.parse(JSON.stringify(regioNaarExport(regio!))), NU);
  if (!geopend.ok) throw new Error(geopend.fout);
  return geopend.werk;
}
