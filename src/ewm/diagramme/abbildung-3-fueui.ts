/** Abbildung 3: Anzahl, Konsortialstruktur und Fördergeber der neu initiierten FuEuI-Projekte im Berichtsjahr. */
import { balkenBreiteFuer, balkenDiagramm } from '../../diagramme/balken.js';
import { PALETTE } from '../../diagramme/palette.js';
import type { Wertzeile } from '../../diagramme/typen.js';
import { umbrechen } from '../../diagramme/umbrechen.js';
import { formatZahl } from '../../diagramme/zahlformat.js';
import { FOERDERGEBER, KONSORTIALSTRUKTUREN } from '../model/typen.js';
import { FOERDERGEBER_BESCHRIFTUNG, KONSORTIALSTRUKTUR_BESCHRIFTUNG } from '../beschriftungen.js';
import { type AbbildungsInhalt, type AbbildungsKontext, PLOTBREITE } from './abbildung.js';
import { kennzahl } from './kennzahl.js';

const ZEICHEN_PRO_ZEILE = 48;

/** Builds Abbildung 3 from the Kennzahlen. */
export function abbildung3Fueui(k: Readonly<Record<string, number>>, { jahr }: AbbildungsKontext): AbbildungsInhalt {
  const p = `projekte.neu.${jahr}`;
  const abschnitte = ['Anzahl', 'nach Konsortialstruktur', 'nach Fördergeber'];
  const zeile = (name: string, serie: string, wert: number, abschnitt: string): Wertzeile => ({
    kategorie: umbrechen(name, ZEICHEN_PRO_ZEILE).join('\n'),
    serie,
    wert,
    beschriftung: formatZahl(wert),
    abschnitt,
  });
  const anzahl = [
    zeile('neu initiierte Projekte', 'gesamt', kennzahl(k, p), 'Anzahl'),
    zeile('davon FuEuI-Projekte', 'FuEuI', kennzahl(k, `${p}.fueui`), 'Anzahl'),
  ];
  const konsortial = KONSORTIALSTRUKTUREN.map((x) =>
    zeile(KONSORTIALSTRUKTUR_BESCHRIFTUNG[x], 'FuEuI', kennzahl(k, `${p}.fueui.konsortialstruktur.${x}`), abschnitte[1] as string),
  );
  const foerder = FOERDERGEBER.map((x) =>
    zeile(FOERDERGEBER_BESCHRIFTUNG[x], 'FuEuI', kennzahl(k, `${p}.fueui.foerdergeber.${x}`), abschnitte[2] as string),
  );
  const zeilen = [...anzahl, ...konsortial, ...foerder];
  const spec = balkenDiagramm({
    zeilen,
    kategorien: zeilen.map((z) => z.kategorie),
    serien: ['gesamt', 'FuEuI'],
    farben: [PALETTE[1], PALETTE[3]],
    gruppiert: false,
    abschnitte,
    breite: balkenBreiteFuer(PLOTBREITE, zeilen.map((z) => z.kategorie)),
  });
  const liste = (teil: Wertzeile[]): string => teil.map((z) => `${z.kategorie.replace(/\n/g, ' ')} ${z.beschriftung}`).join(', ');
  return {
    titel: `Anzahl, Konsortialstruktur und Fördergeber neu initiierter FuEuI-Projekte im Berichtszeitraum ${jahr}`,
    spec,
    textalternative:
      `Neu initiierte Projekte ${jahr}: ${anzahl[0]?.beschriftung}, davon FuEuI-Projekte: ${anzahl[1]?.beschriftung}. ` +
      `FuEuI-Projekte nach Konsortialstruktur: ${liste(konsortial)}. ` +
      `FuEuI-Projekte nach Fördergeber: ${liste(foerder)}.`,
  };
}
