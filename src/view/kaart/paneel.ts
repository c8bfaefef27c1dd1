/**
 * The detail panel shows the voorziening's own page, fetched on demand: one source for the content
 * (VoorzieningDetail.astro), no bytes on the map page until someone opens a panel, and the same page remains
 * the fallback without JavaScript. DOMParser never runs scripts; the article is our own build output.
 */
const cache = new Map<string, Promise<Element>>();

export function laadArtikel(href: string): Promise<Element> {
  let artikel = cache.get(href);
  if (!artikel) {
    artikel = fetch(href)
      .then((antwoord) => {
        if (!antwoord.ok) throw new Error(`${antwoord.status}`);
        return antwoord.text();
      })
      .then((html) => {
        const gevonden = new DOMParser().parseFromString(html, 'text/html').querySelector('article.voorziening');
        if (!gevonden) throw new Error('geen voorziening op deze pagina');
        // The panel has its own heading (h2); the page's h1 would break the map page's outline.
        gevonden.querySelector('h1')?.remove();
        return document.importNode(gevonden, true);
      });
    artikel.catch(() => cache.delete(href));
    cache.set(href, artikel);
  }
  return artikel;
}
