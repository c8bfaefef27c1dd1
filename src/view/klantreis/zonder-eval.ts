/**
 * Imported first by the klantreis island, before any schema is built. zod compiles object parsers with
 * the Function constructor where it may, and probes for that while building a schema: an eval the page's
 * Content-Security-Policy (no 'unsafe-eval') refuses and reports as a violation. A case is small, so zod's
 * interpreter is fast enough.
 */
import { z } from 'zod';

z.config({ jitless: true });
