import type { Cluster } from '../../model/typen.js';
import type { EwmDaten } from '../model/typen.js';
import type { AnalystTexte } from '../texte/analyst-texte.js';
import { baueEwmModell } from './baue-ewm-modell.js';
import { ladeVorlagen } from './lade-vorlagen.js';
import { pruefeCss } from '../../vorlagen/pruefe-css.js';

/** Everything the EWM report is built from (structurally the pipeline's `HtmlEingabe<AnalystTexte>`). */
export interface BerichtEingabe {
  daten: EwmDaten;
  cluster: Cluster;
  jahr: number;
  kennzahlen: Record<string, number>;
  abbildungen: { nummer: number; titel: string; svg: string; textalternative: string }[];
  texte: AnalystTexte;
  /** ISO publication date; undefined shows a visible "[Datum fehlt …]". */
  datum: string | undefined;
  /** Mark computed numbers with their keys (the HTML file; the PDF with --nachweis). */
  markieren?: boolean;
  /** Font-face CSS and page/footer CSS provided by other modules (trusted, not data). */
  css: { schrift: string; seite: string };
}

/** Builds the EWM report HTML; `seiten` maps heading text → PDF page for the table of contents (empty on the first pass). */
export function baueEwmHtml(e: BerichtEingabe, seiten: Map<string, number>): string {
  const vorlagen = ladeVorlagen();
  const modell = baueEwmModell(e, seiten);
  return vorlagen.bericht({
    ...modell,
    css: {
      schrift: pruefeCss('schrift', e.css.schrift),
      bericht: pruefeCss('bericht', vorlagen.css),
      seite: pruefeCss('seite', e.css.seite),
    },
  });
}
