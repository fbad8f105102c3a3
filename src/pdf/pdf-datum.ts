/**
 * The fixed date of a printed report as PDF date string: from SOURCE_DATE_EPOCH when set
 * (reproducible builds convention), otherwise midnight UTC of the report's publication date.
 */
import { CliFehler, EXIT } from '../fehler.js';

/** Returns 'D:YYYYMMDDHHmmssZ' for `datum` (yyyy-mm-dd) or for SOURCE_DATE_EPOCH (seconds) if set. */
export function pdfDatum(datum: string, env: NodeJS.ProcessEnv = process.env): string {
  const epoche = env['SOURCE_DATE_EPOCH'];
  let zeitpunkt: Date;
  if (epoche !== undefined && epoche.trim() !== '') {
    if (!/^\d+$/.test(epoche.trim())) throw new CliFehler(`SOURCE_DATE_EPOCH muss eine ganze Zahl von Sekunden sein, nicht "${epoche}".`, { exitCode: EXIT.eingabe });
    zeitpunkt = new Date(Number(epoche.trim()) * 1000);
  } else {
    const teile = /^(\d{4})-(\d{2})-(\d{2})$/.exec(datum);
    zeitpunkt = new Date(`${datum}T00:00:00Z`);
    if (teile === null || Number.isNaN(zeitpunkt.getTime()) || zeitpunkt.toISOString().slice(0, 10) !== datum) {
      throw new CliFehler(`Ungültiges Datum für die PDF-Metadaten: "${datum}" (erwartet JJJJ-MM-TT).`, { exitCode: EXIT.eingabe });
    }
  }
  const iso = zeitpunkt.toISOString(); // 2020-07-15T00:00:00.000Z
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}
