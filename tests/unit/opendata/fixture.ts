/** The test region tests/fixtures/opendata/proefregio, loaded as the build would on a fixed day. */
import { laadRegios } from '../../../src/io/data.ts';
import type { RegioModel } from '../../../src/domain/model.ts';

export const FIXTURE_DIR = 'tests/fixtures/opendata';
export const VANDAAG = new Date('2026-11-01T00:00:00Z');

export function proefregio(): RegioModel {
  const { regios, fouten } = laadRegios(FIXTURE_DIR, VANDAAG);
  const errors = fouten.filter((f) => f.ernst === 'fout');
  if (errors.length || !regios[0]) throw new Error(`fixture ongeldig: ${JSON.stringify(errors)}`);
  return regios[0];
}
