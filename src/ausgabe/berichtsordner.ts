import path from 'node:path';
import { CliFehler } from '../fehler.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The folder of one report, `<ausgabe>/<jahr>/<cluster>/`. Refuses anything that could lead outside
 * `ausgabe` (a slug with `..` or `/`, a year that is not four digits).
 */
export function berichtsordner(ausgabe: string, jahr: number, cluster: string): string {
  if (!Number.isInteger(jahr) || jahr < 1000 || jahr > 9999) {
    throw new CliFehler(`Ungültiges Berichtsjahr "${String(jahr)}": erwartet wird eine vierstellige Jahreszahl.`);
  }
  if (!SLUG.test(cluster)) {
    throw new CliFehler(
      `Ungültiger Cluster-Slug "${cluster}": erlaubt sind Kleinbuchstaben, Ziffern und einzelne Bindestriche.`,
    );
  }
  const basis = path.resolve(ausgabe);
  const ordner = path.resolve(basis, String(jahr), cluster);
  const relativ = path.relative(basis, ordner);
  if (relativ.startsWith('..') || path.isAbsolute(relativ)) {
    throw new CliFehler(`Der Berichtsordner läge außerhalb von "${ausgabe}".`);
  }
  return ordner;
}
