import type { AkteurTyp } from '../model/typen.js';
import { AKTEUR_TYP_BESCHRIFTUNG, HOCHSCHULE_FORSCHUNG_BESCHRIFTUNG } from '../beschriftungen.js';
import type { SatzKontext } from './satz-kontext.js';

/** A row group of Tabelle 3: one or more actor types counted together. */
export interface AkteursGruppe {
  /** Row label in Tabelle 3 (from the label map). */
  beschriftung: string;
  /** Plural for running text ("Netzwerke"). */
  plural: string;
  /** Genitive plural after "beteiligter" ("Hochschulen und Forschungsinstitute", "öffentlicher Verwaltungen"). */
  genitiv: string;
  typen: AkteurTyp[];
  /** Shown even when all its values are 0 (the seed's fixed rows). */
  immer: boolean;
  /** Count in a year; `teil` is '' for all Vorhaben or '.projekte' for projects only. */
  wert(kx: SatzKontext, jahr: number, teil: '' | '.projekte'): number;
}

function gruppe(typen: AkteurTyp[], immer: boolean, beschriftung: string, plural: string, genitiv = plural): AkteursGruppe {
  return {
    beschriftung,
    plural,
    genitiv,
    typen,
    immer,
    wert: (kx, jahr, teil) => typen.reduce((s, t) => s + kx.k(`akteure.${jahr}${teil}.typ.${t}`), 0),
  };
}

const gross = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The row groups of Tabelle 3 in the seed's order; the last two only appear when not zero.
 * The plural and genitive forms are sentence words and live here, beside the groups they name.
 */
export const AKTEURS_GRUPPEN: readonly AkteursGruppe[] = [
  gruppe(['hochschule', 'forschungsinstitut'], true, HOCHSCHULE_FORSCHUNG_BESCHRIFTUNG, 'Hochschulen und Forschungsinstitute'),
  gruppe(['unternehmen'], true, AKTEUR_TYP_BESCHRIFTUNG.unternehmen, 'Unternehmen'),
  gruppe(['verein'], true, AKTEUR_TYP_BESCHRIFTUNG.verein, 'Vereine'),
  gruppe(['netzwerk'], true, AKTEUR_TYP_BESCHRIFTUNG.netzwerk, 'Netzwerke'),
  gruppe(['landkreis_kommune'], true, AKTEUR_TYP_BESCHRIFTUNG.landkreis_kommune, 'Landkreise und Kommunen'),
  gruppe(['oeffentliche_verwaltung'], false, gross(AKTEUR_TYP_BESCHRIFTUNG.oeffentliche_verwaltung), 'öffentliche Verwaltungen', 'öffentlicher Verwaltungen'),
  gruppe(['sonstige'], false, gross(AKTEUR_TYP_BESCHRIFTUNG.sonstige), 'sonstige Akteure', 'sonstiger Akteure'),
];
