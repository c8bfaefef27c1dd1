/**
 * JSON for a data block (`<script type="application/json">`), which a module reads with JSON.parse. The browser
 * never runs it, but its text ends at the first `</script` and an `<!--` changes how it is parsed — and data can
 * hold either. Every `<` becomes `\u003c`, which JSON.parse reads back as `<`: no markup can start inside the block.
 * The one place the source writes text unescaped (tests/unit/bron.test.ts names it); tests/browser/xss.test.ts
 * checks the built pages.
 */
export function alsGegevensblok(waarde: unknown): string {
  return JSON.stringify(waarde).replaceAll('<', '\\u003c');
}
