/**
 * This browser's localStorage, or undefined when the browser will not give it (switched off, some private modes):
 * even reading the property can throw there. The klantreis and beheer keep their work in it.
 */
export function browserOpslag(): Storage | undefined {
  try {
    const opslag = window.localStorage;
    opslag.getItem('routekaart');
    return opslag;
  } catch {
    return undefined;
  }
}
