/** /<regio>/data/locaties.csv: an open data file, made at build time by the domain export (see src/view/opendata/downloads.ts). */
import type { APIRoute } from 'astro';
import { DOWNLOADS, downloadResponse } from '../../../view/opendata/downloads.ts';
import { regio, regios } from '../../../view/gegevens.ts';

const download = DOWNLOADS.find((d) => d.pad === 'data/locaties.csv')!;

export function getStaticPaths() {
  return regios().map((r) => ({ params: { regio: r.id } }));
}

export const GET: APIRoute = ({ params }) => downloadResponse(download, regio(params.regio!));
