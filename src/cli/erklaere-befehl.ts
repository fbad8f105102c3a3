import { Command } from 'commander';
import type { Berichtsformat } from '../bericht/berichtsformat.js';
import { formatDaten } from '../bericht/format-daten.js';
import type { Effekte } from '../effekte.js';
import { CliFehler, EXIT } from '../fehler.js';
import { findeFormat } from '../formate.js';
import { erklaerung } from '../nachweis/erklaerung.js';
import { formatiereErklaerung } from '../nachweis/formatiere-erklaerung.js';
import { ladeDaten } from '../pruefen/lade-daten.js';
import { leseOptionen, mitLeseOptionen, parseJahr, type GemeinsameOptionen } from './optionen.js';

interface ErklaereOptionen extends GemeinsameOptionen {
  cluster?: string;
  json?: boolean;
}

/** `ewm-report erklaere <jahr> --cluster <slug> <schluessel>`: definition, value and records of a Kennzahl. */
export function erklaereBefehl(effekte: Effekte, formate: readonly Berichtsformat[]): Command {
  return mitLeseOptionen(new Command('erklaere'))
    .description('erklärt eine Kennzahl: Definition, Wert und die Datensätze (Datei:Zeile), die sie ergeben')
    .argument('<jahr>', 'Berichtsjahr, z. B. 2019', parseJahr)
    .argument('<schluessel>', 'Kennzahl aus kennzahlen.json oder ein Präfix, z. B. projekte.neu.2019.handlungsfeld')
    .option('--cluster <slug>', 'Cluster- oder Teilthemenmanagement (siehe "ewm-report cluster")')
    .option('--json', 'gibt die Erklärung als JSON aus')
    .addHelpText(
      'after',
      '\nBeispiele:\n' +
        '  ewm-report erklaere 2019 --cluster industrielle-produktion projekte.neu.2019\n' +
        '  ewm-report erklaere 2019 --cluster industrielle-produktion projekte.neu.2019.handlungsfeld\n' +
        '  ewm-report erklaere 2019 --cluster industrielle-produktion akteure.2019 --json',
    )
    .action(async (jahr: number, schluessel: string, optionen: ErklaereOptionen) => {
      if (optionen.cluster === undefined) throw new CliFehler('Bitte --cluster <slug> angeben ("ewm-report cluster" listet die Slugs).');
      // 1. read and validate
      const { daten, probleme } = await ladeDaten(optionen.daten, formate, leseOptionen(optionen));
      if (!daten) throw new CliFehler(`Die Daten in "${optionen.daten}" sind ungültig.`, { exitCode: EXIT.eingabe, probleme });
      // 2. the management, its format and its Nachweis
      const cluster = daten.cluster.find((c) => c.slug === optionen.cluster);
      if (!cluster) {
        throw new CliFehler(`Das Management "${optionen.cluster}" gibt es nicht in cluster.json. Verfügbar: ${daten.cluster.map((c) => c.slug).join(', ')}.`, {
          exitCode: EXIT.eingabe,
        });
      }
      const format = findeFormat(cluster.berichtsformat, formate);
      if (format.berechneNachweis === undefined) {
        throw new CliFehler(`Das Berichtsformat "${format.id}" von ${cluster.slug} hat noch keinen Nachweis der Kennzahlen.`, { exitCode: EXIT.eingabe });
      }
      const nachweis = format.berechneNachweis(formatDaten(daten, format), cluster.slug, jahr);
      // 3. the explanation
      const e = erklaerung(nachweis, schluessel, (s) => format.definition?.(s));
      effekte.ausgabe(optionen.json ? `${JSON.stringify(e, null, 2)}\n` : formatiereErklaerung(e));
    });
}
