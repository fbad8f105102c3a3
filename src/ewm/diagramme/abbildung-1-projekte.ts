/** Abbildung 1: laufende Projekte, neu initiierte Projekte nach Status, neu initiierte Projekte je Jahr. */
import { achsenbreite, balkenDiagramm } from '../../diagramme/balken.js';
import { jahresFarbe, PALETTE, PANEL_ABSTAND, SCHRIFTGROESSE } from '../../diagramme/palette.js';
import { textbreite } from '../../diagramme/textbreite.js';
import { saeulenDiagramm } from '../../diagramme/saeulen.js';
import type { Wertzeile } from '../../diagramme/typen.js';
import { formatZahl } from '../../diagramme/zahlformat.js';
import { PROJEKT_STATUS } from '../model/typen.js';
import { STATUS_BESCHRIFTUNG } from '../beschriftungen.js';
import { type AbbildungsInhalt, type AbbildungsKontext, PLOTBREITE } from './abbildung.js';
import { jahre, kennzahl } from './kennzahl.js';

/** Builds Abbildung 1 from the Kennzahlen. */
export function abbildung1Projekte(k: Readonly<Record<string, number>>, { jahr }: AbbildungsKontext): AbbildungsInhalt {
  const begleitet = kennzahl(k, `projekte.begleitet.${jahr}`);
  const neu = kennzahl(k, `projekte.neu.${jahr}`);
  const abschnittGesamt = `Projekte im Berichtszeitraum ${jahr}`;
  const abschnittStatus = `Neu initiierte Projekte ${jahr} nach Status`;
  const zeile = (kategorie: string, serie: string, wert: number, abschnitt: string): Wertzeile => ({
    kategorie,
    serie,
    wert,
    beschriftung: formatZahl(wert),
    abschnitt,
  });
  const links: Wertzeile[] = [
    zeile('laufende Projekte', 'gesamt', begleitet, abschnittGesamt),
    zeile('davon neu initiiert', 'gesamt', neu, abschnittGesamt),
    ...PROJEKT_STATUS.map((s) =>
      zeile(STATUS_BESCHRIFTUNG[s], 'Status', kennzahl(k, `projekte.neu.${jahr}.status.${s}`), abschnittStatus),
    ),
  ];
  const vergleich = jahre(jahr - 2, jahr);
  const rechts: Wertzeile[] = vergleich.map((j) => ({
    kategorie: String(j),
    serie: 'neu initiierte Projekte',
    wert: kennzahl(k, `projekte.neu.${j}`),
    beschriftung: formatZahl(kennzahl(k, `projekte.neu.${j}`)),
  }));
  // The left panel's plot is as wide as its longest section title; the right panel takes the rest of the column.
  const linksPlot = Math.max(...[abschnittGesamt, abschnittStatus].map((t) => textbreite(t, SCHRIFTGROESSE, true)));
  const rechtsBreite = PLOTBREITE - PANEL_ABSTAND - achsenbreite(links.map((z) => z.kategorie)) - linksPlot;
  const spec = {
    hconcat: [
      balkenDiagramm({
        zeilen: links,
        kategorien: links.map((z) => z.kategorie),
        serien: ['gesamt', 'Status'],
        farben: [PALETTE[1], PALETTE[3]],
        gruppiert: false,
        abschnitte: [abschnittGesamt, abschnittStatus],
        breite: linksPlot,
      }),
      saeulenDiagramm({
        zeilen: rechts,
        kategorien: rechts.map((z) => z.kategorie),
        serien: ['neu initiierte Projekte'],
        kategorieFarben: vergleich.map((j) => jahresFarbe(j, jahr)),
        breite: rechtsBreite,
        hoehe: 200,
        panelTitel: `Neu initiierte Projekte ${vergleich[0]}–${jahr}`,
      }),
    ],
    resolve: { scale: { color: 'independent' } },
  };
  const status = PROJEKT_STATUS.map(
    (s) => `${STATUS_BESCHRIFTUNG[s]} ${formatZahl(kennzahl(k, `projekte.neu.${jahr}.status.${s}`))}`,
  ).join(', ');
  const proJahr = rechts.map((z) => `${z.kategorie}: ${z.beschriftung}`).join(', ');
  return {
    titel:
      `Anzahl laufender Projekte im Berichtszeitraum ${jahr}, davon neu initiierte Projekte nach Status ` +
      `sowie Anzahl neu initiierter Projekte im Jahresvergleich ${vergleich[0]}–${jahr}`,
    spec,
    textalternative:
      `Laufende Projekte ${jahr}: ${formatZahl(begleitet)}, davon neu initiiert: ${formatZahl(neu)}. ` +
      `Neu initiierte Projekte ${jahr} nach Status: ${status}. ` +
      `Neu initiierte Projekte im Jahresvergleich: ${proJahr}.`,
  };
}
