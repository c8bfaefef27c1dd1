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
  integrations: [react()],
  build: { inlineStylesheets: 'never', assets: 'assets' },
  devToolbar: { enabled: false },
});
