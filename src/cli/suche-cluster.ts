import { normalisiereSchluessel } from '../lesen/normalisiere-schluessel.js';
import type { Cluster } from '../model/typen.js';

/** The management `eingabe` names (slug or name, normalised as references in the data are), or undefined. */
export function sucheCluster(registry: readonly Cluster[], eingabe: string): Cluster | undefined {
  const gesucht = normalisiereSchluessel(eingabe.trim());
  return registry.find((c) => normalisiereSchluessel(c.slug) === gesucht || normalisiereSchluessel(c.name) === gesucht);
}
