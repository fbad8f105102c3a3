/** The one-line summary after validation, e.g. "3 Fehler, 5 Warnungen in 4 Dateien". */
import type { Problem } from '../fehler.js';

/** Counts errors and warnings: "1 Fehler, 1 Warnung in 1 Datei", "keine Fehler, keine Warnungen in 5 Dateien". */
export function fasseProblemeZusammen(probleme: readonly Problem[], dateien: readonly string[]): string {
  const fehler = probleme.filter((p) => p.schwere === 'fehler').length;
  const warnungen = probleme.filter((p) => p.schwere === 'warnung').length;
  const f = fehler === 0 ? 'keine Fehler' : `${fehler} Fehler`;
  const w = warnungen === 0 ? 'keine Warnungen' : warnungen === 1 ? '1 Warnung' : `${warnungen} Warnungen`;
  const d = dateien.length === 1 ? '1 Datei' : `${dateien.length} Dateien`;
  return `${f}, ${w} in ${d}`;
}

/** "1 Warnung gilt wegen --streng als Fehler", "3 Warnungen gelten wegen --streng als Fehler". */
export function strengText(warnungen: number): string {
  return warnungen === 1 ? '1 Warnung gilt wegen --streng als Fehler' : `${warnungen} Warnungen gelten wegen --streng als Fehler`;
}
