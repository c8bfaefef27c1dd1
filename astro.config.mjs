// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

// A municipality can host the site under its own path: ROUTEKAART_BASE=/kansrijke-start npm run build
const base = process.env.ROUTEKAART_BASE ?? '/';

export default defineConfig({
  output: 'static',
  base,
  site: process.env.ROUTEKAART_SITE ?? 'http://localhost:4321',
  trailingSlash: 'always',
  // React islands where a page is an application (klantreis, verwijswijzer); the map page and the route picker
  // enhance the server-rendered HTML with small plain modules instead (README, "Hoe het in elkaar zit").
  integrations: [react()],
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
