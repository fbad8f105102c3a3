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

/** An optional analyst text inside a computed section (`3-1-projekte.md` …), rendered to trusted HTML. */
export interface AbschnittText {
  datei: string;
  /** Opens the section (empty when there is none). */
  einleitung: string;
  /** Text after the computed paragraph of a subheading, by subheading key (see `ABSCHNITT_SLOTS`). */
  nach: Record<string, string>;
}

/** Everything the EWM report takes from `texte/{jahr}/{cluster}/`. */
export interface AnalystTexte {
  ueberblick: AnalystText;
  fazit: AnalystText;
  /** The optional section texts: methodology addition, 3.1–3.3, and the innoBB 2025 contribution. */
  abschnitte: Record<'methodik' | 'projekte' | 'aktivitaeten' | 'akteure' | 'innobb', AbschnittText>;
  erfolgsbeispiele: Erfolgsbeispiel[];
  /** Placeholder HTML when there is no Erfolgsbeispiel at all, else undefined. */
  erfolgsbeispielePlatzhalter?: string;
}
