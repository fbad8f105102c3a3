/** Abbildungen 4 and 7: neu initiierte Projekte bzw. Sonstige Aktivitäten nach Handlungsfeldern je Jahr. */
import { balkenBreiteFuer, balkenDiagramm } from '../../diagramme/balken.js';
import { jahresFarbe } from '../../diagramme/palette.js';
import type { Wertzeile } from '../../diagramme/typen.js';
import { umbrechen } from '../../diagramme/umbrechen.js';
import { formatZahl } from '../../diagramme/zahlformat.js';
import type { Handlungsfeld } from '../../model/typen.js';
import { type AbbildungsInhalt, type AbbildungsKontext, PLOTBREITE } from './abbildung.js';
import { handlungsfelderImJahr } from '../kennzahlen/handlungsfelder-im-jahr.js';
import { jahre, kennzahl } from './kennzahl.js';

const ZEICHEN_PRO_ZEILE = 30;
/** Longer names are cut with '…' in the chart (the text alternative and the sentences keep them whole). */
const MAX_ZEILEN = 4;

/** What the figure counts: projects (Abb. 4, three years) or activities (Abb. 7, two years). */
export type HandlungsfeldArt = 'projekte' | 'aktivitaeten';

const TEXTE: Record<HandlungsfeldArt, { titel: string; reihe: string; jahre: number }> = {
  projekte: { titel: 'Anzahl neu initiierter Projekte nach Handlungsfeldern', reihe: 'Neu initiierte Projekte', jahre: 3 },
  aktivitaeten: {
    titel: 'Anzahl neu initiierter Sonstiger Aktivitäten nach Handlungsfeldern',
    reihe: 'Neu initiierte Sonstige Aktivitäten',
    jahre: 2,
  },
};

/** Builds Abbildung 4 (`projekte`) or 7 (`aktivitaeten`): one bar per Handlungsfeld valid in the year. */
export function abbildungHandlungsfelder(
  art: HandlungsfeldArt,
  k: Readonly<Record<string, number>>,
  { jahr, cluster }: AbbildungsKontext,
): AbbildungsInhalt {
  const text = TEXTE[art];
  const vergleich = jahre(jahr - text.jahre + 1, jahr);
  // Union of the fields valid in any year shown, in registry order (uebergreifend last).
  const felder: Handlungsfeld[] = [];
  for (const j of vergleich) {
    for (const h of handlungsfelderImJahr(cluster, j)) if (!felder.some((f) => f.slug === h.slug)) felder.push(h);
  }
  felder.sort((a, b) => (a.slug === 'uebergreifend' ? 1 : 0) - (b.slug === 'uebergreifend' ? 1 : 0));
  const kategorie = (h: Handlungsfeld): string => umbrechen(h.name, ZEICHEN_PRO_ZEILE, MAX_ZEILEN).join('\n');
  const zeilen: Wertzeile[] = [];
  const beschreibung: string[] = [];
  for (const h of felder) {
    const werte: string[] = [];
    for (const j of vergleich) {
      if (!handlungsfelderImJahr(cluster, j).some((g) => g.slug === h.slug)) continue;
      const wert = kennzahl(k, `${art}.neu.${j}.handlungsfeld.${h.slug}`);
      zeilen.push({ kategorie: kategorie(h), serie: String(j), wert, beschriftung: formatZahl(wert) });
      werte.push(`${j}: ${formatZahl(wert)}`);
    }
    beschreibung.push(`${h.name}: ${werte.join(', ')}`);
  }
  const spec = balkenDiagramm({
    zeilen,
    kategorien: felder.map(kategorie),
    serien: vergleich.map(String),
    farben: vergleich.map((j) => jahresFarbe(j, jahr)),
    breite: balkenBreiteFuer(PLOTBREITE, felder.map(kategorie)),
    legende: true,
  });
  return {
    titel: `${text.titel} im Jahresvergleich ${vergleich[0]}–${jahr}`,
    spec,
    textalternative: `${text.reihe} nach Handlungsfeldern: ${beschreibung.join('; ')}.`,
  };
}
