import type { Datenbestand } from '../model/typen.js';
import type { DatenFormat } from '../pruefen/format-tabellen.js';
import { formatNichtGeladen } from './format-nicht-geladen.js';

/** The validated data of `format` in `daten` (loaded by `ladeDaten` for every format in use). */
export function formatDaten<Daten>(daten: Datenbestand, format: DatenFormat<Daten>): Daten {
  if (!daten.formate.has(format.id)) formatNichtGeladen(format);
  // The loader stored exactly what this format's collector built.
  return daten.formate.get(format.id) as Daten;
}
