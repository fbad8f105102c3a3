import path from 'node:path';
import { Command } from 'commander';
import { schreibFehler } from '../dateisystem/schreib-fehler.js';
import { CliFehler, EXIT } from '../fehler.js';
import { schreibeVorlage, VorlageExistiert } from '../vorlage/schreibe-vorlage.js';
import type { Berichtsformat } from '../bericht/berichtsformat.js';
import type { Effekte } from '../effekte.js';
import { findeFormat } from '../formate.js';

/** `ewm-report vorlage [ordner]`: empty Excel workbooks, one per table, that the reader accepts. */
export function vorlageBefehl(effekte: Effekte, formate: readonly Berichtsformat[]): Command {
  return new Command('vorlage')
    .description('schreibt leere Excel-Vorlagen (eine Arbeitsmappe je Tabelle) mit Kopfzeile, Auswahllisten und Erläuterung')
    .argument('[ordner]', 'Zielordner', 'vorlage')
    .option('--berichtsformat <id>', `Berichtsformat, dessen Tabellen geschrieben werden (${formate.map((f) => f.id).join(', ')})`, formate[0]?.id)
    .option('--ruhig', 'nur Fehler ausgeben', false)
    .addHelpText('after', '\nBeispiel:\n  ewm-report vorlage export-2020\n  ewm-report pruefen --daten export-2020')
    .action(async (ordner: string, optionen: { ruhig: boolean; berichtsformat: string }) => {
      const { tabellen } = findeFormat(optionen.berichtsformat, formate);
      let dateien: string[];
      try {
        dateien = await schreibeVorlage(path.join(ordner, tabellen.ordner), tabellen.tabellen);
      } catch (fehler) {
        if (fehler instanceof VorlageExistiert) {
          throw new CliFehler(`"${fehler.pfad}" gibt es schon; es wurde nichts geschrieben. Bitte einen leeren Ordner angeben.`, {
            exitCode: EXIT.eingabe,
          });
        }
        throw schreibFehler(fehler, ordner);
      }
      if (optionen.ruhig) return;
      effekte.fehlerausgabe(`Vorlagen geschrieben: ${dateien.map((d) => path.relative(process.cwd(), d) || d).join(', ')}`);
      effekte.fehlerausgabe('Dazu gehört eine cluster.json (siehe docs/datenformat.md); prüfen mit "ewm-report pruefen --daten ' + ordner + '".');
    });
}
