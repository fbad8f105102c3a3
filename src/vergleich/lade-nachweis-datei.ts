import { readFile } from 'node:fs/promises';
import { CliFehler, EXIT } from '../fehler.js';
import { NACHWEIS_SCHEMA, type NachweisDatei } from '../nachweis/typen.js';

/**
 * Reads the nachweis.json beside a report's kennzahlen.json; undefined when the report has none
 * (older reports): `vergleich` then compares the figures without saying why.
 */
export async function ladeNachweisDatei(pfad: string, anzeige: string = pfad): Promise<NachweisDatei | undefined> {
  let text: string;
  try {
    text = await readFile(pfad, 'utf8');
  } catch (fehler) {
    const code = (fehler as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new CliFehler(`${anzeige}: kann nicht gelesen werden (${code ?? String(fehler)}).`, { exitCode: EXIT.eingabe, cause: fehler });
  }
  let roh: unknown;
  try {
    roh = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (fehler) {
    throw new CliFehler(`${anzeige}: kein gültiges JSON (${fehler instanceof Error ? fehler.message : String(fehler)}).`, { exitCode: EXIT.eingabe, cause: fehler });
  }
  const n = roh as Partial<NachweisDatei> | null;
  if (n === null || typeof n !== 'object' || n.schema !== NACHWEIS_SCHEMA || typeof n.kennzahlen !== 'object' || typeof n.merkmale !== 'object') {
    throw new CliFehler(`${anzeige} ist keine gültige nachweis.json (Schema ${NACHWEIS_SCHEMA}).`, { exitCode: EXIT.eingabe });
  }
  return n as NachweisDatei;
}
