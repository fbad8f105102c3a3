import { formatDaten } from '../bericht/format-daten.js';
import type { Problem } from '../fehler.js';
import { ladeDaten, type LadeOptionen } from '../pruefen/lade-daten.js';
import { FORMATE } from '../formate.js';
import { ewmFormat } from './ewm-format.js';
import type { EwmDaten } from './model/typen.js';

/** Reads and validates a data folder as EWM data (every management read as EWM); `daten` only without errors. */
export async function ladeEwmDaten(
  verzeichnis: string,
  optionen: LadeOptionen = {},
): Promise<{ daten: EwmDaten | undefined; probleme: Problem[]; dateien: string[] }> {
  const { daten, probleme, dateien } = await ladeDaten(verzeichnis, FORMATE, { ...optionen, berichtsformat: 'ewm' });
  return { daten: daten && formatDaten(daten, ewmFormat), probleme, dateien };
}
