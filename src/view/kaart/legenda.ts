/**
 * With JavaScript, each legend mark (icon and name) becomes a toggle button that filters the map on its kenmerk.
 * Without JavaScript the legend stays plain text: a button that does nothing would be worse than none.
 */
export function legendaKnoppen(kies: (kenmerk: string) => void): (actief: readonly string[]) => void {
  const knoppen = new Map<string, HTMLButtonElement>();
  for (const li of document.querySelectorAll<HTMLElement>('.legenda li[data-kenmerk]')) {
    const naam = li.querySelector('strong');
    if (!naam) continue;
    const kenmerk = li.dataset.kenmerk!;
    const knop = document.createElement('button');
    knop.type = 'button';
    knop.className = 'legenda-knop';
    knop.setAttribute('aria-label', `Filter op ${naam.textContent}`);
    knop.setAttribute('aria-pressed', 'false');
    knop.addEventListener('click', () => kies(kenmerk));
    naam.replaceWith(knop);
    knop.append(...li.querySelectorAll('.icoon'), naam);
    knoppen.set(kenmerk, knop);
  }
  return (actief) => {
    for (const [kenmerk, knop] of knoppen) knop.setAttribute('aria-pressed', String(actief.includes(kenmerk)));
  };
}
