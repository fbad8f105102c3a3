/**
 * Keeps only the soft hyphens (U+00AD) whose document-order index is in `behalten` (as measured in
 * the browser by `trennstellenImBrowser`) and removes all others from the text of `html`. Markup is
 * left alone. When the count of soft hyphens differs from `gesamt` (the HTML is not the one measured),
 * the HTML is returned unchanged: a superfluous soft hyphen is invisible, a missing one changes a line.
 */
export function behalteTrennstellen(html: string, behalten: readonly number[], gesamt: number): string {
  const teile = html.split(/(<!--[\s\S]*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>)/);
  let zaehler = 0;
  for (let i = 0; i < teile.length; i += 2) zaehler += (teile[i] ?? '').split('\u00ad').length - 1;
  if (zaehler !== gesamt) return html;
  const bleibt = new Set(behalten);
  let index = 0;
  for (let i = 0; i < teile.length; i += 2) {
    teile[i] = (teile[i] ?? '').replace(/\u00ad/g, () => (bleibt.has(index++) ? '\u00ad' : ''));
  }
  return teile.join('');
}
