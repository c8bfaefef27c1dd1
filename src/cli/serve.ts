/**
 * npm start: serve the built site (dist/) on localhost. A tiny static server of our own, so the
 * security headers we ship (Content-Security-Policy) are the ones tests see.
 */
import { startServer } from './static-server.ts';

const port = Number(process.env.PORT ?? 4321);
const server = await startServer('dist', port);
const address = server.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
console.log(`\nRoutekaart draait op http://localhost:${actualPort}/  (stoppen: Ctrl+C)\n`);
