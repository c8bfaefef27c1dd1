/**
 * zod probes for `new Function` while it builds a schema, which the pages' Content-Security-Policy refuses. So every
 * island that takes zod along imports zonder-eval.ts before anything else, and zonder-eval.ts turns the probe off.
 */
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { bereikbaar, browserIngangen, leesBron, route, VALIDERENDE_EILANDEN } from '../../bronnen.ts';

const ZONDER_EVAL = 'src/view/klantreis/zonder-eval.ts';

describe('zod runs jitless in the browser', () => {
  const metZod = browserIngangen().filter((ingang) => bereikbaar(ingang).pakketten.has('zod'));

  test('the islands that take zod along are the ones that validate on purpose', () => {
    expect(metZod).toEqual([...VALIDERENDE_EILANDEN]);
  });

  test.each(metZod)('%s imports zonder-eval.ts first', (ingang) => {
    const [eerste] = leesBron(ingang).imports.filter((imp) => !imp.alleenType);
    expect(eerste?.bestand, route(bereikbaar(ingang).pad, 'zod')).toBe(ZONDER_EVAL);
  });

  test('zonder-eval.ts sets jitless', async () => {
    await import('../../../../src/view/klantreis/zonder-eval.ts');
    expect(z.config().jitless).toBe(true);
  });
});
