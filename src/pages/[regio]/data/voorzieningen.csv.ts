/** /<regio>/data/voorzieningen.csv: an open data file, made at build time by the domain export (see src/view/opendata/downloads.ts). */
import type { APIRoute } from 'astro';
import { DOWNLOADS, downloadResponse } from '../../../view/opendata/downloads.ts';
import { regio, regioPaden } from '../../../view/gegevens.ts';

const download = DOWNLOADS.find((d) => d.pad === 'data/voorzieningen.csv')!;

export const getStaticPaths = regioPaden;

export const GET: APIRoute = ({ params }) => downloadResponse(download, regio(params.regio!));
