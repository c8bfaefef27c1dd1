import { describe, expect, test } from 'vitest';
import { eilandStijlNaarKop } from '../../../src/cli/html-nabewerking.ts';

const STIJL = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('eilandStijlNaarKop', () => {
  test("moves the island style from the body to the end of the head, once", () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>x</title></head><body><main><p>a</p>${STIJL}<script>1</script><astro-island></astro-island></main></body></html>`;
    expect(eilandStijlNaarKop(html)).toBe(
      `<!doctype html><html><head><meta charset="utf-8"><title>x</title>${STIJL}</head><body><main><p>a</p><script>1</script><astro-island></astro-island></main></body></html>`,
    );
  });

  test('two copies in the body become one in the head', () => {
    const html = `<html><head></head><body>${STIJL}<i></i>${STIJL}</body></html>`;
    expect(eilandStijlNaarKop(html)).toBe(`<html><head>${STIJL}</head><body><i></i></body></html>`);
  });

  test('a page without islands, or with the style already in the head, stays as it is', () => {
    const zonder = '<html><head></head><body><p>geen eiland</p></body></html>';
    expect(eilandStijlNaarKop(zonder)).toBe(zonder);
    const alInKop = `<html><head>${STIJL}</head><body></body></html>`;
    expect(eilandStijlNaarKop(alInKop)).toBe(alInKop);
  });

  test('the same text in page content (escaped) is not touched', () => {
    const html = '<html><head></head><body><pre>&lt;style&gt;astro-island,astro-slot,astro-static-slot{display:contents}&lt;/style&gt;</pre></body></html>';
    expect(eilandStijlNaarKop(html)).toBe(html);
  });
});
