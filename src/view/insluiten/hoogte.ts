/**
 * Inside the iframe: tell the embedding page how tall the content is, now and whenever it changes, so that
 * /embed.js there can size the iframe. The embedding page may also ask (after its script loads late).
 */
export const HOOGTE = 'routekaart:hoogte';
export const VRAAG_HOOGTE = 'routekaart:vraag-hoogte';

export function meldHoogte(inhoud: HTMLElement | null, venster: Window = window): void {
  if (!inhoud || venster.parent === venster) return;
  let laatste = -1;
  const meld = (altijd = false) => {
    const hoogte = Math.ceil(inhoud.getBoundingClientRect().height);
    if (hoogte === laatste && !altijd) return;
    laatste = hoogte;
    // Only a number leaves this page, so any embedding site may hear it: we cannot know its address here.
    venster.parent.postMessage({ type: HOOGTE, hoogte }, '*');
  };
  new ResizeObserver(() => meld()).observe(inhoud);
  venster.addEventListener('message', (event) => {
    const data: unknown = event.data;
    if (event.source !== venster.parent || typeof data !== 'object' || data === null) return;
    if ((data as { type?: unknown }).type === VRAAG_HOOGTE) meld(true);
  });
  meld();
}
