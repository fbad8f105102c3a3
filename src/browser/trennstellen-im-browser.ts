/**
 * Runs inside the report page (passed to `page.evaluate`, so it must be self-contained): lays the
 * document out at the printed content width, switches off hyphenation of the third and every further
 * hyphenated line end in a row, then removes every soft hyphen (U+00AD) that does not end a line.
 * Chromium breaks lines greedily, so dropping break opportunities it did not take leaves every line
 * as it was, and the PDF's text layer keeps a soft hyphen only where a line really ends in one. A paragraph's
 * last word is not broken when only its rest would be left for the last line.
 * Returns the document-order indices of the soft hyphens kept and how many there were.
 */
export function trennstellenImBrowser(inhaltsbreite: string, maxFolge: number): { gesamt: number; behalten: number[] } {
  const SHY = '\u00ad';
  interface Knoten { text: Text; original: string; positionen: number[]; an: boolean[]; basis: number }
  interface Bruch { knoten: Knoten; k: number; o: number; oben: number; hoehe: number; block: Element | null }
  const stil = document.createElement('style');
  stil.textContent = `html{width:${inhaltsbreite} !important}`;
  document.head.appendChild(stil);
  const knoten: Knoten[] = [];
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  let gesamt = 0;
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    const text = n as Text;
    const original = text.data;
    if (!original.includes(SHY)) continue;
    const positionen: number[] = [];
    for (let i = 0; i < original.length; i++) if (original[i] === SHY) positionen.push(i);
    knoten.push({ text, original, positionen, an: positionen.map(() => true), basis: gesamt });
    gesamt += positionen.length;
  }
  const setze = (kn: Knoten): void => {
    let aus = '';
    let von = 0;
    kn.positionen.forEach((p, k) => {
      aus += kn.original.slice(von, p) + (kn.an[k] === true ? SHY : '');
      von = p + 1;
    });
    kn.text.data = aus + kn.original.slice(von);
  };
  const bereich = document.createRange();
  const rest = document.createRange();
  // A soft hyphen Chromium breaks at is drawn as a hyphen; the others have no width (or share a ligature's).
  const messe = (): Bruch[] => {
    const brueche: Bruch[] = [];
    for (const kn of knoten) {
      let weg = 0;
      kn.positionen.forEach((_, k) => {
        if (kn.an[k] !== true) {
          weg += 1;
          return;
        }
        const o = (kn.positionen[k] ?? 0) - weg;
        if (o + 2 > kn.text.data.length) return;
        bereich.setStart(kn.text, o);
        bereich.setEnd(kn.text, o + 1);
        const r = bereich.getBoundingClientRect();
        // Most soft hyphens are not drawn: one box each, the letter after is measured only for drawn ones.
        if (r.width <= 0) return;
        bereich.setStart(kn.text, o + 1);
        bereich.setEnd(kn.text, o + 2);
        const danach = bereich.getBoundingClientRect();
        // A line ends here when the letter after the soft hyphen starts further left, on the next line
        // (its top is unreliable: a range at the start of a line may report the previous line's box).
        if (danach.left < r.left - 1) brueche.push({ knoten: kn, k, o, oben: r.top, hoehe: r.height, block: kn.text.parentElement?.closest('p,li,td,th,dd,dt,figcaption,blockquote,div,section') ?? null });
      });
    }
    return brueche;
  };
  // The word around soft hyphen k: every soft hyphen between the same letters goes off.
  const wortAus = (kn: Knoten, k: number): void => {
    const p = kn.positionen[k] ?? 0;
    let a = p;
    let b = p;
    while (a > 0 && /[\p{L}\u00ad]/u.test(kn.original[a - 1] ?? '')) a -= 1;
    while (b < kn.original.length - 1 && /[\p{L}\u00ad]/u.test(kn.original[b + 1] ?? '')) b += 1;
    kn.positionen.forEach((q, j) => {
      if (q >= a && q <= b) kn.an[j] = false;
    });
    setze(kn);
  };
  // The last round changed nothing, so its measurement is the final one.
  let brueche = messe();
  let stabil = false;
  for (let runde = 0; runde < 500 && !stabil; runde++) {
    if (runde > 0) brueche = messe();
    let lauf = 1;
    const geaendert = new Set<Element | null>();
    // A paragraph does not end in a word fragment ("Leicht-" | "bau."): a break after which only the rest of
    // the word is left in its block goes, so the whole word moves to the last line.
    for (const c of brueche) {
      if (c.block === null || geaendert.has(c.block)) continue;
      rest.setStart(c.knoten.text, c.o + 1);
      rest.setEnd(c.block, c.block.childNodes.length);
      if (!/\s/.test(rest.toString().replace(/\u00ad/g, '').trim())) {
        geaendert.add(c.block);
        wortAus(c.knoten, c.k);
      }
    }
    for (let i = 1; i < brueche.length; i++) {
      const a = brueche[i - 1];
      const c = brueche[i];
      if (a === undefined || c === undefined) continue;
      const abstand = c.oben - a.oben;
      const folgt = a.block === c.block && abstand > 0.5 * a.hoehe && abstand < 1.9 * a.hoehe;
      lauf = folgt ? lauf + 1 : 1;
      // One change per block and round: the lines after it move, so the block is measured again.
      if (lauf > maxFolge && !geaendert.has(c.block)) {
        geaendert.add(c.block);
        wortAus(c.knoten, c.k);
        lauf = 1;
      }
    }
    stabil = geaendert.size === 0;
  }
  if (!stabil) brueche = messe();
  const bleiben = new Set(brueche.map((b) => b.knoten.basis + b.k));
  const behalten: number[] = [];
  for (const kn of knoten) {
    kn.an = kn.an.map((_, k) => bleiben.has(kn.basis + k));
    kn.an.forEach((an, k) => {
      if (an) behalten.push(kn.basis + k);
    });
    setze(kn);
  }
  stil.remove();
  return { gesamt, behalten };
}
