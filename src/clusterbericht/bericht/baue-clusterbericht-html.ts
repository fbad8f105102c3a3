import { baueClusterberichtModell, type ClusterberichtEingabe } from './baue-clusterbericht-modell.js';
import { ladeClusterberichtVorlagen } from './lade-clusterbericht-vorlagen.js';

function pruefeCss(name: string, css: string): string {
  if (/<\/style/i.test(css)) throw new Error(`CSS "${name}" enthält "</style" und kann nicht eingebettet werden.`);
  return css;
}

/** Builds the clusterbericht HTML; `seiten` maps heading text → PDF page for the table of contents (empty on the first pass). */
export function baueClusterberichtHtml(e: ClusterberichtEingabe, css: { schrift: string; seite: string }, seiten: ReadonlyMap<string, number>): string {
  const vorlagen = ladeClusterberichtVorlagen();
  return vorlagen.bericht({
    ...baueClusterberichtModell(e, seiten),
    css: { schrift: pruefeCss('schrift', css.schrift), bericht: pruefeCss('bericht', vorlagen.css), seite: pruefeCss('seite', css.seite) },
  });
}
