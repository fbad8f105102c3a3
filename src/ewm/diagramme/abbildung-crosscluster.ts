/** Abbildungen 5 and 6: neu initiierte Projekte bzw. Sonstige Aktivitäten und davon Cross Cluster, mit Anteil. */
import { farben } from '../../diagramme/palette.js';
import { saeulenDiagramm } from '../../diagramme/saeulen.js';
import type { Wertzeile } from '../../diagramme/typen.js';
import { formatProzent, formatZahl } from '../../diagramme/zahlformat.js';
import { type AbbildungsInhalt, type AbbildungsKontext, PLOTBREITE } from './abbildung.js';
import { jahre, kennzahl } from './kennzahl.js';

/** What the figure counts: projects (Abb. 5, three years) or activities (Abb. 6, two years). */
export type CrossClusterArt = 'projekte' | 'aktivitaeten';

const TEXTE: Record<CrossClusterArt, { titel: string; gesamt: string; davon: string; jahre: number }> = {
  projekte: {
    titel: 'Anzahl neu initiierter Projekte und davon Cross Cluster-Projekte',
    gesamt: 'neu initiierte Projekte',
    davon: 'davon Cross Cluster-Projekte',
    jahre: 3,
  },
  aktivitaeten: {
    titel: 'Anzahl neu initiierter Sonstiger Aktivitäten und davon Cross Cluster-Sonstige Aktivitäten',
    gesamt: 'neu initiierte Sonstige Aktivitäten',
    davon: 'davon Cross Cluster-Sonstige Aktivitäten',
    jahre: 2,
  },
};

/** Builds Abbildung 5 (`projekte`) or 6 (`aktivitaeten`); the share is printed under each year. */
export function abbildungCrossCluster(
  art: CrossClusterArt,
  k: Readonly<Record<string, number>>,
  { jahr }: AbbildungsKontext,
): AbbildungsInhalt {
  const text = TEXTE[art];
  const vergleich = jahre(jahr - text.jahre + 1, jahr);
  const zeilen: Wertzeile[] = [];
  const kategorien: string[] = [];
  const beschreibung: string[] = [];
  for (const j of vergleich) {
    const neu = kennzahl(k, `${art}.neu.${j}`);
    const cc = kennzahl(k, `${art}.neu.${j}.crosscluster`);
    const anteil = formatProzent(cc, neu);
    const kategorie = `${j}\nCross Cluster-Anteil: ${anteil}`;
    kategorien.push(kategorie);
    zeilen.push({ kategorie, serie: text.gesamt, wert: neu, beschriftung: formatZahl(neu) });
    zeilen.push({ kategorie, serie: text.davon, wert: cc, beschriftung: formatZahl(cc) });
    beschreibung.push(`${j}: ${text.gesamt} ${formatZahl(neu)}, ${text.davon} ${formatZahl(cc)} (Anteil ${anteil})`);
  }
  const spec = saeulenDiagramm({
    zeilen,
    kategorien,
    serien: [text.gesamt, text.davon],
    farben: farben(2),
    breite: PLOTBREITE,
    hoehe: 200,
    legende: true,
  });
  return {
    titel: `${text.titel} im Jahresvergleich ${vergleich[0]}–${jahr}`,
    spec,
    textalternative: `${beschreibung.join('; ')}.`,
  };
}
