import type { Problem } from '../fehler.js';
import { M } from './meldungen.js';
import type { Spalte } from './tabelle.js';

/**
 * A column missing from the header (one that is required only under conditions, e.g. the Größenklasse
 * of companies) makes the same "Pflichtangabe fehlt" error repeat on every row it is needed. Those row
 * errors, pushed from index `ab` on, are replaced by one line on the header that names the missing column(s).
 */
export function fasseFehlendeSpalteZusammen(probleme: Problem[], ab: number, datei: string, kopfzeile: number, fehlend: readonly Spalte[]): void {
  if (fehlend.length === 0) return;
  const gruppen = new Map<string, Problem[]>();
  for (const p of probleme.slice(ab)) {
    if (p.schwere !== 'fehler' || p.datei !== datei || p.zeile === undefined || !p.meldung.startsWith('Pflichtangabe fehlt:')) continue;
    const gruppe = gruppen.get(p.meldung) ?? [];
    gruppe.push(p);
    gruppen.set(p.meldung, gruppe);
  }
  const weg = new Set<Problem>();
  const neu: Problem[] = [];
  for (const [meldung, gruppe] of gruppen) {
    if (gruppe.length < 2) continue;
    for (const p of gruppe) weg.add(p);
    const erste = gruppe[0] as Problem;
    neu.push({
      schwere: 'fehler',
      datei,
      zeile: kopfzeile,
      spalte: (fehlend[0] as Spalte).name,
      meldung: M.spalteFehltZeilen(fehlend.map((s) => s.label), gruppe.length, meldung, erste.zeile as number),
    });
  }
  if (weg.size === 0) return;
  const rest = probleme.slice(ab).filter((p) => !weg.has(p));
  probleme.splice(ab, probleme.length - ab, ...neu, ...rest);
}
