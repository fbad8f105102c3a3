/**
 * Runs inside the report page (passed to `page.evaluate`, so it must be self-contained), after
 * `trennstellenImBrowser` left only the soft hyphens that end a line. It lays the document out once as
 * columns of the printed content box (CSS multi-column fragments content like pages: widows, orphans,
 * `break-inside: avoid`, repeated table headers), with every forced page break and every change of
 * named page turned into a column break, and in that layout:
 * 1. removes every soft hyphen that ends the last line of a column, so no word is split across a page
 *    break (the word moves to the next line and so to the next page); repeated until none is left, as each
 *    removal moves the lines after it (`seitenende`: document-order indices, among the soft hyphens present
 *    at the start, of those removed);
 * 2. predicts on which printed page every heading (h1–h6) starts (`seiten`) and writes those numbers into
 *    the page-number slots of the table of contents (`<span data-seite-von="heading text">`), so that a
 *    single print can carry the right numbers (`ohneSeite`: slots whose heading it did not find).
 * The caller checks the printed outline against the prediction and prints again when it was wrong.
 * Afterwards the document is as before, apart from the removed soft hyphens and the slots' text.
 */
export function seitenImBrowser(
  inhaltsbreite: string,
  seitenhoehe: number,
): { seiten: [string, number][]; ohneSeite: number; seitenende: number[] } {
  const SHY = '\u00ad';
  const BRUCH = 'data-ewm-spaltenbruch';
  const SEITE = new Set(['page', 'left', 'right', 'recto', 'verso', 'always']);
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
    `body{column-width:${inhaltsbreite} !important;column-gap:0 !important;column-fill:auto !important;height:${seitenhoehe}px !important;margin:0 !important;padding:0 !important;max-width:none !important}` +
    `[${BRUCH}~="vor"]{break-before:column !important}[${BRUCH}~="nach"]{break-after:column !important}`;
  document.head.appendChild(stil);
  const breite = Number.parseFloat(inhaltsbreite);
  const links = document.body.getBoundingClientRect().left;
  const spalte = (r: DOMRect): number => Math.floor((r.left - links + 0.5) / breite);

  // 1. No word split across a page break.
  interface Stelle { text: Text; index: number; aus: boolean }
  const stellen: Stelle[] = [];
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    const text = n as Text;
    for (let i = 0; i < text.data.length; i++) if (text.data[i] === SHY) stellen.push({ text, index: stellen.length, aus: false });
  }
  /** Offset of the `n`-th (0-based) soft hyphen still in `data`, or -1. */
  const nteStelle = (data: string, n: number): number => {
    let gezaehlt = 0;
    for (let i = 0; i < data.length; i++) {
      if (data[i] !== SHY) continue;
      if (gezaehlt === n) return i;
      gezaehlt += 1;
    }
    return -1;
  };
  const bereich = document.createRange();
  const seitenende: number[] = [];
  for (let runde = 0; runde < 50; runde++) {
    let gefunden: Stelle | undefined;
    const versatz = new Map<Text, number>();
    for (const st of stellen) {
      if (st.aus) continue;
      // position of this soft hyphen in its text node now (earlier ones of the node may be gone)
      const vor = versatz.get(st.text) ?? 0;
      versatz.set(st.text, vor + 1);
      const o = nteStelle(st.text.data, vor);
      if (o < 0 || o + 2 > st.text.data.length) continue;
      bereich.setStart(st.text, o);
      bereich.setEnd(st.text, o + 1);
      const r = bereich.getBoundingClientRect();
      // the second letter after it: a range at the very start of a column reports the previous column's x
      const weiter = o + 3 <= st.text.data.length ? o + 2 : o + 1;
      bereich.setStart(st.text, weiter);
      bereich.setEnd(st.text, weiter + 1);
      const danach = bereich.getBoundingClientRect();
      if (r.width > 0 && spalte(danach) > spalte(r)) {
        gefunden = st;
        st.text.data = st.text.data.slice(0, o) + st.text.data.slice(o + 1);
        break;
      }
    }
    if (!gefunden) break;
    gefunden.aus = true;
    seitenende.push(gefunden.index);
  }

  // 2. The page of every heading, in the same layout.
  const schluessel = (text: string): string => text.replace(/[\u00ad\s]/g, '');
  const seiten: [string, number][] = [];
  const nachSchluessel = new Map<string, number>();
  for (const h of Array.from(document.body.querySelectorAll('h1,h2,h3,h4,h5,h6'))) {
    const rechteck = h.getClientRects()[0];
    if (rechteck === undefined) continue;
    const seite = spalte(rechteck) + 1;
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
  return { seiten, ohneSeite, seitenende: seitenende.sort((a, b) => a - b) };
}
