import { Command } from 'commander';
import { CliFehler, EXIT, formatiereProblem } from '../fehler.js';
import { fasseProblemeZusammen, ladeDaten } from '../pruefen/lade-daten.js';
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
      const fehlerhaft = probleme.some((p) => p.schwere === 'fehler' || (optionen.streng && p.schwere === 'warnung'));
      if (fehlerhaft) {
        throw new CliFehler(`${zusammenfassung}${optionen.streng ? ' (--streng: Warnungen zählen als Fehler)' : ''}.`, {
          exitCode: EXIT.eingabe,
        });
      }
      effekte.ausgabe(`${zusammenfassung}. Die Daten sind gültig.`);
    });
}
