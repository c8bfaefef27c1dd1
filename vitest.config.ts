import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

/** Astro's own Vite setup (the .astro compiler, the React renderer), for the tests that render components with the Container API. */
const astro = await getViteConfig({})({ command: 'serve', mode: 'test' });

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // Some tests start the CLI as a process; on a loaded machine that takes more than the default 5 s.
          testTimeout: 30_000,
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          exclude: ['tests/unit/**/*.astro.test.ts'],
          environment: 'node',
        },
      },
      {
        // Astro components rendered in isolation (experimental_AstroContainer): the goldens of the map and a route
        // without a full build. `npm run test:unit` runs this project with the unit project.
        ...astro,
        test: {
          name: 'astro',
          include: ['tests/unit/**/*.astro.test.ts'],
          environment: 'node',
        },
      },
      {
        // Runs against the built site in dist/: golden SVG, real Chromium, axe-core.
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
