/**
 * npm start: serve the built site (dist/) on localhost. A tiny static server of our own, so the
 * security headers we ship (Content-Security-Policy) are the ones tests see.
 */
import { startServer } from './static-server.ts';

const port = Number(process.env.PORT ?? 4321);
// Which sites may put the embed pages in an iframe (frame-ancestors); every other page refuses to be framed.
const server = await startServer('dist', port, '127.0.0.1', { insluitenDoor: process.env.ROUTEKAART_INSLUITEN_DOOR?.trim() || undefined });
const address = server.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
console.log(`\nRoutekaart draait op http://localhost:${actualPort}/  (stoppen: Ctrl+C)\n`);
