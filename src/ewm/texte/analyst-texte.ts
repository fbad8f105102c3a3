/** The EWM analysts' texts of one report, rendered to trusted HTML by the text loader. */
import type { AnalystText } from '../../texte/lade-markdown-text.js';

/** One Erfolgsbeispiel box. */
export interface Erfolgsbeispiel {
  datei: string;
  titel: string;
  /** Labels ("Digitalisierung"); a known slug is replaced by its label, unknown values stay as written. */
  schwerpunktthemen: string[];
  leitlinien: string[];
  /** Optional id of the project the example is about. */
  projekt?: string;
  html: string;
}

/** Everything the EWM report takes from `texte/{jahr}/{cluster}/`. */
export interface AnalystTexte {
  ueberblick: AnalystText;
  fazit: AnalystText;
  erfolgsbeispiele: Erfolgsbeispiel[];
  /** Placeholder HTML when there is no Erfolgsbeispiel at all, else undefined. */
  erfolgsbeispielePlatzhalter?: string;
}
