import { Command } from 'commander';
import { EXIT } from '../fehler.js';
import { formatiereVergleich } from '../vergleich/formatiere-vergleich.js';
import { vergleicheBerichte } from '../vergleich/vergleiche-berichte.js';
import { vergleichAlsJson } from '../vergleich/vergleich-als-json.js';
import type { Berichtsformat } from '../bericht/berichtsformat.js';
import type { Effekte } from '../effekte.js';

/** Exit code when the two sides differ (like `diff`); errors throw a CliFehler (exit code 2). */
const UNTERSCHIEDE = EXIT.intern;

/** `ewm-report vergleich <alt> <neu>`: compares two kennzahlen.json files or two output folders. */
export function vergleichBefehl(effekte: Effekte, setzeExitCode: (code: number) => void, formate: readonly Berichtsformat[]): Command {
  return new Command('vergleich')
    .description(
      'vergleicht zwei kennzahlen.json (oder zwei Ausgabeordner) und markiert rückwirkend geänderte Zahlen früherer Jahre',
    )
    .argument('<alt>', 'ältere kennzahlen.json, Berichtsordner oder Ausgabeordner')
    .argument('<neu>', 'neuere kennzahlen.json, Berichtsordner oder Ausgabeordner')
    .option('--json', 'gibt das Ergebnis als JSON aus')
    .addHelpText(
      'after',
      '\nBeispiele:\n' +
        '  ewm-report vergleich out/2018/industrielle-produktion out/2019/industrielle-produktion\n' +
        '  ewm-report vergleich alt/kennzahlen.json neu/kennzahlen.json --json\n' +
        '  ewm-report vergleich out-vorher out\n' +
        '\nExit-Code: 0 gleich, 1 unterschiedlich, 2 Fehler (wie diff).',
    )
    .action(async (alt: string, neu: string, optionen: { json?: boolean }) => {
      const ergebnis = await vergleicheBerichte(alt, neu, formate.map((f) => f.kennzahlenSchema));
      effekte.ausgabe(optionen.json ? vergleichAlsJson(ergebnis) : formatiereVergleich(ergebnis));
      setzeExitCode(ergebnis.unterschiede ? UNTERSCHIEDE : EXIT.ok);
    });
}
