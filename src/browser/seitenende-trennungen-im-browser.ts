/**
 * Runs inside the report page (via `page.evaluate`, self-contained), after `trennstellenImBrowser` left
 * only the soft hyphens that end a line: lays the document out in columns as wide and as high as the
 * printed page's content area (Chromium fragments columns with the same rules as pages: widows, orphans,
 * `break-inside: avoid`; forced page breaks and named pages become column breaks), and removes every soft
 * hyphen that ends the last line of a column, so no word is split across a page break; the word moves to
 * the next line and so to the next page. Repeats until none is left (each removal moves the lines after
 * it). Returns the document-order indices (among the soft hyphens present at the start) of those removed.
 */
export function seitenendTrennungenImBrowser(inhaltsbreite: string, seitenhoehe: number): number[] {
  const SHY = '\u00ad';
  const breite = Number.parseFloat(inhaltsbreite);
  const stil = document.createElement('style');
  stil.textContent =
    `html{width:${inhaltsbreite} !important}` +
    `body{column-width:${inhaltsbreite} !important;column-gap:0 !important;column-fill:auto !important;` +
    `height:${seitenhoehe}px !important;margin:0 !important;padding:0 !important;max-width:none !important}`;
  // Page breaks the print would make become column breaks (forced breaks and changes of the named page).
  const umgestellt: [HTMLElement, string, string][] = [];
  let seitenname = 'auto';
  for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
    const s = getComputedStyle(el);
    const neueSeite = s.page !== '' && s.page !== 'auto' && s.page !== seitenname;
    if (s.page !== '' && s.page !== 'auto') seitenname = s.page;
    const vorher = s.breakBefore === 'page' || s.breakBefore === 'always' || s.breakBefore === 'left' || s.breakBefore === 'right' || neueSeite;
    const nachher = s.breakAfter === 'page' || s.breakAfter === 'always';
    if (!vorher && !nachher) continue;
    umgestellt.push([el, el.style.breakBefore, el.style.breakAfter]);
    if (vorher) el.style.breakBefore = 'column';
    if (nachher) el.style.breakAfter = 'column';
  }
  document.head.appendChild(stil);
  const links = document.body.getBoundingClientRect().left;
  const spalte = (r: DOMRect): number => Math.floor((r.left - links + 0.5) / breite);
  interface Stelle { text: Text; index: number; aus: boolean }
  const stellen: Stelle[] = [];
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    const text = n as Text;
    for (let i = 0; i < text.data.length; i++) if (text.data[i] === SHY) stellen.push({ text, index: stellen.length, aus: false });
  }
  const bereich = document.createRange();
  const entfernt: number[] = [];
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
    entfernt.push(gefunden.index);
  }
  stil.remove();
  for (const [el, vorher, nachher] of umgestellt) {
    el.style.breakBefore = vorher;
    el.style.breakAfter = nachher;
  }
  return entfernt.sort((a, b) => a - b);

  /** Offset of the `n`-th (0-based) soft hyphen still in `data`, or -1. */
  function nteStelle(data: string, n: number): number {
    let gezaehlt = 0;
    for (let i = 0; i < data.length; i++) {
      if (data[i] !== SHY) continue;
      if (gezaehlt === n) return i;
      gezaehlt += 1;
    }
    return -1;
  }
}
