/**
 * Runs inside the report page (via `page.evaluate`, self-contained): every element marked
 * `data-seitenanfang` starts on a new page. When its last page would hold fewer than `mindestZeilen`
 * lines (estimated at the print width from its height and `seitenhoehe`, the page's content height),
 * it is set a little tighter with `data-satz-eng="1"` or `"2"` (the report's CSS says what that means)
 * so the spill moves back; when that does not help, it stays as it was. Line breaks do not change.
 * Returns the document-order indices of the marked elements and their level.
 */
export function fuelleSeitenImBrowser(inhaltsbreite: string, seitenhoehe: number, mindestZeilen: number): [number, number][] {
  const stil = document.createElement('style');
  stil.textContent = `html{width:${inhaltsbreite} !important}`;
  document.head.appendChild(stil);
  const ergebnis: [number, number][] = [];
  const rest = (el: Element): number => {
    const zeile = Number.parseFloat(getComputedStyle(el.querySelector('p') ?? el).lineHeight) || 20;
    const hoehe = el.getBoundingClientRect().height;
    const seiten = Math.ceil(hoehe / seitenhoehe);
    // A page break loses up to half a line on average (whole lines, widows and orphans).
    return (hoehe - (seiten - 1) * seitenhoehe + (seiten - 1) * zeile * 0.5) / zeile;
  };
  document.querySelectorAll('[data-seitenanfang]').forEach((el, index) => {
    const zeilen = rest(el);
    if (zeilen <= 0 || zeilen >= mindestZeilen) return;
    for (const stufe of [1, 2]) {
      el.setAttribute('data-satz-eng', String(stufe));
      const danach = rest(el);
      if (danach >= mindestZeilen) {
        ergebnis.push([index, stufe]);
        return;
      }
    }
    el.removeAttribute('data-satz-eng');
  });
  stil.remove();
  return ergebnis;
}
