import { Command } from 'commander';
import { CliFehler, EXIT, formatiereProblem } from '../fehler.js';
import { fasseProblemeZusammen, ladeDaten, strengText } from '../pruefen/lade-daten.js';
import type { Berichtsformat } from '../bericht/berichtsformat.js';
import type { Effekte } from '../effekte.js';
import { leseOptionen, mitLeseOptionen, type GemeinsameOptionen } from './optionen.js';

const PRAEFIX = { fehler: '', warnung: 'Warnung: ', hinweis: 'Hinweis: ' } as const;

/** `ewm-report pruefen`: validates the export and prints every problem, then a summary. */
export function pruefenBefehl(effekte: Effekte, formate: readonly Berichtsformat[]): Command {
  return mitLeseOptionen(new Command('pruefen'))
    .description('prüft die Exportdateien und meldet jedes Problem mit Datei, Zeile und Spalte')
    .addHelpText(
      'after',
      '\nBeispiele:\n  ewm-report pruefen\n  ewm-report pruefen --daten export/2019 --encoding windows-1252',
    )
    .action(async (optionen: GemeinsameOptionen) => {
      const { probleme, dateien } = await ladeDaten(optionen.daten, formate, leseOptionen(optionen));
      for (const p of probleme) {
        if (p.schwere !== 'fehler' && optionen.ruhig) continue;
        effekte.ausgabe(`${PRAEFIX[p.schwere]}${formatiereProblem(p)}`);
      }
      const zusammenfassung = fasseProblemeZusammen(probleme, dateien);
      const fehler = probleme.filter((p) => p.schwere === 'fehler').length;
      const warnungen = optionen.streng ? probleme.filter((p) => p.schwere === 'warnung').length : 0;
      if (fehler > 0) {
        throw new CliFehler(`${zusammenfassung}${warnungen > 0 ? `; ${strengText(warnungen)}` : ''}.`, { exitCode: EXIT.eingabe });
      }
      if (warnungen > 0) {
        const d = dateien.length === 1 ? '1 Datei' : `${dateien.length} Dateien`;
        throw new CliFehler(`${strengText(warnungen)} (sonst keine Fehler in ${d}).`, { exitCode: EXIT.eingabe });
      }
      effekte.ausgabe(`${zusammenfassung}. Die Daten sind gültig.`);
    });
}
