/**
 * Astro 5.18 writes an attribute value WITHOUT escaping when it is a string that parses as an http(s) URL and
 * contains "&" (astro/dist/runtime/server/render/util.js, addAttribute; removed upstream in withastro/astro#15740,
 * Astro 6). Data can be such a string — a website, or a naam or omschrijving that starts with one — and a `"` in it
 * then ends the attribute: `https://x.nl/?a&b" onfocus="…` becomes an event handler (the CSP blocks it, but the
 * markup is still broken). Every attribute that carries data goes through attr(): a String object is not a
 * `typeof "string"`, so Astro takes its normal path and escapes & and ". Harmless once Astro is upgraded.
 * Proved by tests/browser/xss.test.ts (the XSS region has such values in every kind of field).
 */
export function attr<T extends string | undefined>(value: T): T {
  // A String object, not a string: the wrapper is the point, see above.
  return (value === undefined ? value : new String(value)) as T;
}
