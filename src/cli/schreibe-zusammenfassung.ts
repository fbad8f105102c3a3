import { schreibeDateiAtomar } from '../ausgabe/schreibe-datei-atomar.js';
import type { BatchZeile } from '../bericht/erzeuge-alle.js';
import { CliFehler, EXIT } from '../fehler.js';

/**
 * Writes the machine-readable summary of a run (`--zusammenfassung DATEI`) for CI jobs: per report
 * status (`ok`/`fehlgeschlagen`), whether it was current (`aktuell: true`, nothing rendered) or rendered
 * again, pages, warnings, seconds and folder, plus the counts. Written to a temporary file and renamed,
 * so a reader never sees half a file.
 */
export async function schreibeZusammenfassung(datei: string, jahr: number, zeilen: readonly BatchZeile[]): Promise<void> {
  const berichte = zeilen.map((z) => ({
    cluster: z.cluster,
    status: z.fehler === undefined ? 'ok' : 'fehlgeschlagen',
    aktuell: z.aktuell === true,
    ...(z.ordner !== undefined ? { ordner: z.ordner } : {}),
    seiten: z.seiten ?? null,
    warnungen: z.warnungen,
    sekunden: z.sekunden,
    ...(z.entfernt !== undefined && z.entfernt.length > 0 ? { entfernt: z.entfernt } : {}),
    ...(z.fehler !== undefined ? { fehler: z.fehler, exitcode: z.exitCode ?? EXIT.intern } : {}),
  }));
  const inhalt = {
    schema: 'ewm-report/zusammenfassung@1',
    berichtsjahr: jahr,
    berichte,
    neu_erstellt: berichte.filter((b) => b.status === 'ok' && !b.aktuell).length,
    aktuell: berichte.filter((b) => b.aktuell).length,
    fehlgeschlagen: berichte.filter((b) => b.status === 'fehlgeschlagen').length,
  };
  try {
    await schreibeDateiAtomar(datei, `${JSON.stringify(inhalt, null, 2)}\n`);
  } catch (fehler) {
    throw new CliFehler(
      `Die Zusammenfassung "${datei}" kann nicht geschrieben werden (${(fehler as NodeJS.ErrnoException).code ?? String(fehler)}). Bitte einen beschreibbaren Pfad angeben.`,
      { exitCode: EXIT.eingabe, cause: fehler },
    );
  }
}
