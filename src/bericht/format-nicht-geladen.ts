import { CliFehler, EXIT } from '../fehler.js';

/** The error when a format's tables were not read: no management in cluster.json uses it. */
export function formatNichtGeladen(format: { id: string }): never {
  throw new CliFehler(`Die Tabellen des Berichtsformats "${format.id}" wurden nicht geladen; kein Management in cluster.json nutzt es.`, {
    exitCode: EXIT.eingabe,
  });
}
