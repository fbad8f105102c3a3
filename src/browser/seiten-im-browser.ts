/**
 * Runs inside the report page (passed to `page.evaluate`, so it must be self-contained): predicts on
 * which printed page every heading (h1–h6) will start, and writes those numbers into the page-number
 * slots of the table of contents (`<span data-seite-von="heading text">`), so that a single print can
 * carry the right numbers. The prediction lays the document out once as columns of the printed content
 * box (CSS multi-column fragments content like pages: widows, orphans, `break-inside: avoid`, repeated
 * table headers), with every forced page break and every change of named page turned into a column break.
 * The caller checks the printed outline against the prediction and prints again when it was wrong.
 * Afterwards the document is as before, apart from the slots' text.
 */
export function seitenImBrowser(inhaltsbreite: string, seitenhoehe: number): { seiten: [string, number][]; ohneSeite: number } {
  const BRUCH = 'data-ewm-spaltenbruch';
  const SEITE = new Set(['page', 'left', 'right', 'recto', 'verso']);
  const marken: Element[] = [];
  let vorherigeSeite = 'auto';
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const stil = getComputedStyle(el);
    if (stil.display === 'none') continue;
    const teile: string[] = [];
    // A named page (`page: titelseite`) starts a new page where the name changes, and so does the next element.
    const name = stil.getPropertyValue('page') || 'auto';
    if (SEITE.has(stil.breakBefore) || (name !== vorherigeSeite && el.parentElement === document.body)) teile.push('vor');
    if (SEITE.has(stil.breakAfter)) teile.push('nach');
    if (el.parentElement === document.body) vorherigeSeite = name;
    if (teile.length > 0) {
      el.setAttribute(BRUCH, teile.join(' '));
      marken.push(el);
    }
  }
  const stil = document.createElement('style');
  stil.textContent =
    `html{width:${inhaltsbreite} !important}` +
    `body{column-width:${inhaltsbreite} !important;column-gap:0 !important;column-fill:auto !important;height:${seitenhoehe}px !important;margin:0 !important;padding:0 !important}` +
    `[${BRUCH}~="vor"]{break-before:column !important}[${BRUCH}~="nach"]{break-after:column !important}`;
  document.head.appendChild(stil);
  const breite = Number.parseFloat(inhaltsbreite);
  const links = document.body.getBoundingClientRect().left;
  const schluessel = (text: string): string => text.replace(/[\u00ad\s]/g, '');
  const seiten: [string, number][] = [];
  const nachSchluessel = new Map<string, number>();
  for (const h of Array.from(document.body.querySelectorAll('h1,h2,h3,h4,h5,h6'))) {
    const rechteck = h.getClientRects()[0];
    if (rechteck === undefined) continue;
    const seite = Math.floor((rechteck.left - links + 1) / breite) + 1;
    const text = (h.textContent ?? '').replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
    const k = schluessel(text);
    if (nachSchluessel.has(k)) continue; // the first heading of a text wins, as in the outline
    nachSchluessel.set(k, seite);
    seiten.push([text, seite]);
  }
  stil.remove();
  for (const el of marken) el.removeAttribute(BRUCH);
  let ohneSeite = 0;
  for (const platz of Array.from(document.querySelectorAll('[data-seite-von]'))) {
    const seite = nachSchluessel.get(schluessel(platz.getAttribute('data-seite-von') ?? ''));
    if (seite === undefined) ohneSeite += 1;
    else if (platz.textContent !== String(seite)) platz.textContent = String(seite);
  }
  return { seiten, ohneSeite };
}
