/** Abbildung 2: Projekt- und Fördervolumen (mit davon Berlin-Brandenburg) der neu initiierten Projekte je Jahr. */
import { farben } from '../../diagramme/palette.js';
import { saeulenDiagramm } from '../../diagramme/saeulen.js';
import type { Wertzeile } from '../../diagramme/typen.js';
import { formatMio, mio } from '../../diagramme/zahlformat.js';
import { type AbbildungsInhalt, type AbbildungsKontext, PLOTBREITE } from './abbildung.js';
import { jahre, kennzahl } from './kennzahl.js';

const REIHEN = [
  { schluessel: 'projektvolumen', name: 'Projektvolumen' },
  { schluessel: 'projektvolumen_bb', name: 'Projektvolumen, davon Berlin-Brandenburg' },
  { schluessel: 'foerdervolumen', name: 'Fördervolumen' },
  { schluessel: 'foerdervolumen_bb', name: 'Fördervolumen, davon Berlin-Brandenburg' },
] as const;

/** Builds Abbildung 2 from the Kennzahlen (amounts in Mio. € with one decimal). */
export function abbildung2Volumen(k: Readonly<Record<string, number>>, { jahr }: AbbildungsKontext): AbbildungsInhalt {
  const vergleich = jahre(jahr - 2, jahr);
  const zeilen: Wertzeile[] = vergleich.flatMap((j) =>
    REIHEN.map((r) => {
      const euro = kennzahl(k, `projekte.neu.${j}.${r.schluessel}`);
      return { kategorie: String(j), serie: r.name, wert: mio(euro), beschriftung: formatMio(euro) };
    }),
  );
  const spec = saeulenDiagramm({
    zeilen,
    kategorien: vergleich.map(String),
    serien: REIHEN.map((r) => r.name),
    farben: farben(4),
    breite: PLOTBREITE,
    hoehe: 250,
    titel: 'Angaben in Mio. €',
    legende: true,
    legendenSpalten: 2,
  });
  const betrag = (j: number, s: string): string => formatMio(kennzahl(k, `projekte.neu.${j}.${s}`));
  const teil = (s: 'projektvolumen' | 'foerdervolumen', name: string): string =>
    `${name} in Mio. €: ` +
    vergleich.map((j) => `${j}: ${betrag(j, s)} (davon Berlin-Brandenburg: ${betrag(j, `${s}_bb`)})`).join(', ');
  return {
    titel: `Projekt- und Fördervolumina der neu initiierten Projekte im Jahresvergleich ${vergleich[0]}–${jahr}`,
    spec,
    textalternative: `${teil('projektvolumen', 'Projektvolumen')}. ${teil('foerdervolumen', 'Fördervolumen')}.`,
  };
}
