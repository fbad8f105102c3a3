import type { EwmDaten } from './model/typen.js';
import { vergleichsjahre } from './kennzahlen/vergleichsjahre.js';

/**
 * The managements (registry order) with at least one Vorhaben; with `jahr`, only those with a project
 * begun or ended in the Berichtsjahr or its Vergleichsjahre (Y−2..Y) or a Sonstige Aktivität in Y−1..Y.
 * A report of any other management would show nothing but zeros.
 */
export function managementsMitVorhaben(daten: EwmDaten, jahr?: number): string[] {
  const jahre = jahr === undefined ? undefined : vergleichsjahre(jahr);
  const imZeitraum = (datum: string | undefined, zeitraum: number[] | undefined): boolean =>
    zeitraum === undefined || (datum !== undefined && zeitraum.includes(Number(datum.slice(0, 4))));
  const mit = new Set<string>();
  for (const p of daten.projekte) {
    if (imZeitraum(p.laufzeitbeginn, jahre?.projekte) || imZeitraum(p.laufzeitende, jahre?.projekte)) mit.add(p.cluster);
  }
  for (const a of daten.aktivitaeten) {
    if (imZeitraum(a.beginn, jahre?.aktivitaeten) || imZeitraum(a.ende, jahre?.aktivitaeten)) mit.add(a.cluster);
  }
  return daten.cluster.filter((c) => mit.has(c.slug)).map((c) => c.slug);
}
