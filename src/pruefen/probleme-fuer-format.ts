import type { Problem } from '../fehler.js';
import type { DatenFormat } from './format-tabellen.js';

/**
 * The problems of a load that concern a report of `format`: those in a file of its own tables, and those
 * in files no format's tables own (cluster.json, bericht.json, the data folder). A warning in another
 * format's table (an EWM table for a clusterbericht) is not the report's.
 */
export function problemeFuerFormat<P extends Problem>(probleme: readonly P[], format: DatenFormat, formate: readonly DatenFormat[]): P[] {
  const besitzer = new Map<string, string>();
  for (const f of formate) {
    for (const t of f.tabellen.tabellen) besitzer.set(f.tabellen.ordner === '' ? t.name : `${f.tabellen.ordner}/${t.name}`, f.id);
  }
  return probleme.filter((p) => {
    const id = besitzer.get(p.datei.replace(/\.[^./]+$/, ''));
    return id === undefined || id === format.id;
  });
}
