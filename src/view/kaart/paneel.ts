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
        const gevonden = new DOMParser().parseFromString(html, 'text/html').querySelector<HTMLElement>('article.voorziening');
        if (!gevonden) throw new Error('geen voorziening op deze pagina');
        // The panel has its own heading (h2); the page's h1 would break the map page's outline.
        const kop = gevonden.querySelector('h1');
        gevonden.dataset.naam = kop?.textContent ?? '';
        kop?.remove();
        return document.importNode(gevonden, true);
      });
    artikel.catch(() => cache.delete(href));
    cache.set(href, artikel);
  }
  return artikel;
}

/**
 * The panel's behaviour over its server-rendered markup (Paneel.astro): open moves focus to its heading, Escape
 * or "Sluiten" closes it and focus goes back to where it came from.
 */
export class Paneel {
  private readonly el: HTMLElement;
  private readonly kop: HTMLElement;
  private readonly status: HTMLElement;
  private readonly inhoud: HTMLElement;
  private readonly link: HTMLAnchorElement;
  private open: string | null = null;

  constructor(sluiten: () => void) {
    this.el = document.querySelector<HTMLElement>('[data-paneel]')!;
    this.kop = this.el.querySelector('h2')!;
    this.status = this.el.querySelector('[data-paneel-status]')!;
    this.inhoud = this.el.querySelector('[data-paneel-inhoud]')!;
    this.link = this.el.querySelector('[data-paneel-link]')!;
    this.el.querySelector('[data-sluit]')!.addEventListener('click', sluiten);
    this.el.addEventListener('keydown', (e) => e.key === 'Escape' && sluiten());
  }

  get href(): string | null {
    return this.open;
  }

  toon(href: string, naam: string): void {
    if (this.open === href) return;
    this.open = href;
    this.el.hidden = false;
    this.kop.textContent = naam;
    this.link.href = href;
    this.status.hidden = false;
    this.status.textContent = 'Even laden…';
    this.inhoud.replaceChildren();
    this.kop.focus();
    laadArtikel(href).then(
      (artikel) => {
        if (this.open !== href) return;
        this.kop.textContent = (artikel as HTMLElement).dataset.naam || naam;
        this.inhoud.replaceChildren(artikel);
        this.status.hidden = true;
      },
      () => {
        if (this.open === href) this.status.textContent = 'Dit lukte niet. Open de pagina hieronder.';
      },
    );
  }

  verberg(): void {
    this.open = null;
    this.el.hidden = true;
  }
}
