import { MANIFEST_SCHEMA, type Manifest } from './manifest.js';

/** The manifest as written: stable key order, two-space indent, trailing newline. */
export function manifestText(m: Omit<Manifest, 'schema'>): string {
  const geordnet: Manifest = {
    schema: MANIFEST_SCHEMA,
    werkzeug: m.werkzeug,
    berichtsformat: m.berichtsformat,
    optionen: sortiert(m.optionen),
    formate: [...m.formate].sort(),
    eingaben: sortiert(m.eingaben),
    dateien: sortiert(m.dateien),
    ...(m.seiten !== undefined ? { seiten: m.seiten } : {}),
    warnungen: m.warnungen,
  };
  return `${JSON.stringify(geordnet, null, 2)}\n`;
}

function sortiert<T>(objekt: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(objekt).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
