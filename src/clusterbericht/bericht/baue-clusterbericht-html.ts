import { baueClusterberichtModell, type ClusterberichtEingabe } from './baue-clusterbericht-modell.js';
import { ladeClusterberichtVorlagen } from './lade-clusterbericht-vorlagen.js';
import { pruefeCss } from '../../vorlagen/pruefe-css.js';

/** Builds the clusterbericht HTML; `seiten` maps heading text → PDF page for the table of contents (empty on the first pass). */
export function baueClusterberichtHtml(e: ClusterberichtEingabe, css: { schrift: string; seite: string }, seiten: ReadonlyMap<string, number>): string {
  const vorlagen = ladeClusterberichtVorlagen();
  return vorlagen.bericht({
    ...baueClusterberichtModell(e, seiten),
    css: { schrift: pruefeCss('schrift', css.schrift), bericht: pruefeCss('bericht', vorlagen.css), seite: pruefeCss('seite', css.seite) },
  });
}
