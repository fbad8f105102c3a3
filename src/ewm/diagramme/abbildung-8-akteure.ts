/** Abbildung 8: beteiligte Akteure insgesamt und nach Herkunft je Jahr. */
import { jahresFarbe } from '../../diagramme/palette.js';
import { saeulenDiagramm } from '../../diagramme/saeulen.js';
import type { Wertzeile } from '../../diagramme/typen.js';
import { formatZahl } from '../../diagramme/zahlformat.js';
import { SITZE } from '../model/typen.js';
import { HERKUNFT_BESCHRIFTUNG } from '../beschriftungen.js';
import { type AbbildungsInhalt, type AbbildungsKontext, PLOTBREITE } from './abbildung.js';
import { jahre, kennzahl } from './kennzahl.js';

/** Builds Abbildung 8 from the Kennzahlen. */
export function abbildung8Akteure(k: Readonly<Record<string, number>>, { jahr }: AbbildungsKontext): AbbildungsInhalt {
  const vergleich = jahre(jahr - 1, jahr);
  const gruppen = [
    { name: 'insgesamt', schluessel: (j: number) => `akteure.${j}` },
    ...SITZE.map((s) => ({ name: HERKUNFT_BESCHRIFTUNG[s], schluessel: (j: number) => `akteure.${j}.herkunft.${s}` })),
  ];
  const zeilen: Wertzeile[] = gruppen.flatMap((g) =>
    vergleich.map((j) => {
      const wert = kennzahl(k, g.schluessel(j));
      return { kategorie: g.name, serie: String(j), wert, beschriftung: formatZahl(wert) };
    }),
  );
  const spec = saeulenDiagramm({
    zeilen,
    kategorien: gruppen.map((g) => g.name),
    serien: vergleich.map(String),
    farben: vergleich.map((j) => jahresFarbe(j, jahr)),
    breite: PLOTBREITE,
    hoehe: 200,
    legende: true,
  });
  const proJahr = vergleich.map(
    (j) =>
      `${j}: ${formatZahl(kennzahl(k, `akteure.${j}`))} Akteure, davon ` +
      SITZE.map((s) => `${HERKUNFT_BESCHRIFTUNG[s]} ${formatZahl(kennzahl(k, `akteure.${j}.herkunft.${s}`))}`).join(', '),
  );
  return {
    titel:
      'Anzahl der an den neu initiierten Projekten und Sonstigen Aktivitäten beteiligten Akteure nach Herkunft ' +
      `im Jahresvergleich ${vergleich[0]}–${jahr}`,
    spec,
    textalternative: `Beteiligte Akteure nach Herkunft: ${proJahr.join('; ')}.`,
  };
}
