/**
 * Saving a file the page made (a download from a Blob): the map's SVG/PNG, the klantreis, beheer's .zip and .xlsx.
 * Nothing is sent: the browser saves what it already holds. A module of its own so every page takes only this.
 */
export function bewaar(blob: Blob, bestandsnaam: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = bestandsnaam;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
