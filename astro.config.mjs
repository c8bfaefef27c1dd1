// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bewerkHtml } from './src/cli/html-nabewerking.ts';

/** Every .html file under a folder. @param {string} dir */
const htmlIn = (dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));

/** The site's path as Astro resolved it, for the post-build step: the pages name their modules under it. */
let siteBase = '/';

/**
 * The built pages made valid HTML where Astro itself is not, and given modulepreload links for the modules they
 * load (src/cli/html-nabewerking.ts). @type {import('astro').AstroIntegration}
 */
const htmlNabewerking = {
  name: 'routekaart-html-nabewerking',
  hooks: {
    'astro:config:done': ({ config }) => {
      siteBase = config.base;
    },
    'astro:build:done': ({ dir, logger }) => {
      const dist = fileURLToPath(dir);
      const veranderd = bewerkHtml(htmlIn(dist), { dist, base: siteBase });
      logger.info(`eilandstijl naar <head>, modulepreload, kaartstijl in de pagina: ${veranderd} pagina's`);
    },
  },
};

// A municipality can host the site under its own path: ROUTEKAART_BASE=/kansrijke-start npm run build
const base = process.env.ROUTEKAART_BASE ?? '/';

export default defineConfig({
  output: 'static',
  base,
  site: process.env.ROUTEKAART_SITE ?? 'http://localhost:4321',
  trailingSlash: 'always',
  // React islands where a page is an application (klantreis, verwijswijzer); the map page and the route picker
  // enhance the server-rendered HTML with small plain modules instead (README, "Hoe het in elkaar zit").
  integrations: [react(), htmlNabewerking],
  build: { inlineStylesheets: 'never', assets: 'assets' },
  devToolbar: { enabled: false },
  // Astro hashes its own inline island scripts into a <meta> Content-Security-Policy on every page, so the policy
  // travels with the files to whatever server a municipality uses. frame-ancestors cannot live in a <meta>;
  // src/cli/static-server.ts sends it as a header.
  experimental: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
