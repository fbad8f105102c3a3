import { CliFehler, EXIT } from '../fehler.js';
import type { Cluster } from '../model/typen.js';
import { meintenSie } from './aehnlichste.js';
import { sucheCluster } from './suche-cluster.js';

/**
 * The slug for `--cluster`: slug or name, with the same normalisation as references in the data
 * (`Industrielle Produktion`, `industrielle_produktion`). Unknown: exit 2 with "Meinten Sie …?".
 */
export function loeseClusterAuf(registry: readonly Cluster[], eingabe: string): string {
  const treffer = sucheCluster(registry, eingabe);
  if (treffer !== undefined) return treffer.slug;
  const vorschlag = meintenSie(eingabe, registry.map((c) => c.slug)) || meintenSie(eingabe, registry.map((c) => c.name));
  throw new CliFehler(
    `Das Management "${eingabe}" gibt es nicht in cluster.json.${vorschlag || ` Verfügbar: ${registry.map((c) => c.slug).join(', ')}.`}`,
    { exitCode: EXIT.eingabe },
  );
}
