/**
 * Case 3: `--alle` again with nothing changed against the first run into an empty folder. The second run
 * must render nothing and write nothing: every report says "aktuell" and no file's timestamp moves
 * (checked in every round; a violation fails the case).
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { EINZEL_JAHR } from './fall-einzelbericht.js';
import { bewerte, type ErgebnisZeile } from './ergebnis-typen.js';
import { messeCli, tempPfad, type BenchKontext } from './kontext.js';
import type { Messung } from './messe-prozess.js';
import { median } from './statistik.js';
import { wiederhole } from './wiederhole.js';

/** Path → "inode:mtime" of every file below `ordner`. */
function zeitstempel(ordner: string): Map<string, string> {
  const ergebnis = new Map<string, string>();
  for (const eintrag of readdirSync(ordner, { recursive: true, withFileTypes: true })) {
    if (!eintrag.isFile()) continue;
    const datei = path.join(eintrag.parentPath, eintrag.name);
    const s = statSync(datei);
    ergebnis.set(datei, `${s.ino}:${s.mtimeMs}`);
  }
  return ergebnis;
}

/** Measures the first and the unchanged second `--alle`; returns the ratio row. */
export async function fallUnveraendert(k: BenchKontext): Promise<ErgebnisZeile[]> {
  const ausgabe = tempPfad(k, 'unveraendert');
  const args = [EINZEL_JAHR, '--alle', '--daten', 'data', '--ausgabe', ausgabe];
  k.melde('Unverändert: --alle ein zweites Mal ohne Änderung gegen den ersten Lauf in einen leeren Ordner');
  let berichte = 0;
  const schritte = {
    erster: (): Promise<Messung> => {
      rmSync(ausgabe, { recursive: true, force: true });
      return messeCli(k, args);
    },
    zweiter: async (): Promise<Messung> => {
      berichte = readdirSync(path.join(ausgabe, EINZEL_JAHR)).filter((n) => !n.startsWith('.')).length;
      const vorher = zeitstempel(ausgabe);
      const m = await messeCli(k, args);
      const aktuell = m.stderr.split('\n').filter((z) => /^= \S+: aktuell/.test(z)).length;
      const nachher = zeitstempel(ausgabe);
      const veraendert = [...nachher].filter(([d, s]) => vorher.get(d) !== s).map(([d]) => path.relative(ausgabe, d));
      if (aktuell !== berichte || veraendert.length > 0 || nachher.size !== vorher.size) {
        throw new Error(`Der unveränderte Lauf hat etwas getan: ${aktuell} von ${berichte} Berichten aktuell, geändert: ${veraendert.join(', ') || '–'}`);
      }
      return m;
    },
  };
  const m = await wiederhole(k.wiederholungen, schritte, k.melde);
  const zeit = (x: Messung[] | undefined): number[] => (x ?? []).map((y) => y.sekunden);
  return [
    bewerte({
      id: 'unveraendert-zeit',
      fall: `Stapel --alle unverändert (${berichte} Berichte aktuell, nichts geschrieben)`,
      einheit: 's',
      median: median(zeit(m.zweiter)),
      basis: median(zeit(m.erster)),
      basisText: 'erster Lauf in einen leeren Ordner',
      ziel: { max: 0.1, auf: 'verhaeltnis', text: '≤ 0,1 × erster Lauf' },
      werte: zeit(m.zweiter),
      basisWerte: zeit(m.erster),
    }),
  ];
}
