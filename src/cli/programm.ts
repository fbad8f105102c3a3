import { Command, CommanderError } from 'commander';
import { clusterBefehl } from './cluster-befehl.js';
import type { Effekte } from './effekte.js';
import { berichtBefehl } from './bericht-befehl.js';
import { pruefenBefehl } from './pruefen-befehl.js';
import { vergleichBefehl } from './vergleich-befehl.js';
import { vorschauBefehl } from './vorschau-befehl.js';

/** Builds the whole command line: the report as the default command plus the subcommands. */
export function baueProgramm(effekte: Effekte, setzeExitCode: (code: number) => void): Command {
  const programm = berichtBefehl(effekte, setzeExitCode)
    .name('ewm-report')
    .version(VERSION, '-v, --version', 'zeigt die Version')
    .helpOption('-h, --help', 'zeigt diese Hilfe')
    .helpCommand('hilfe [befehl]', 'zeigt die Hilfe zu einem Befehl')
    .showSuggestionAfterError(true)
    .addCommand(pruefenBefehl(effekte))
    .addCommand(clusterBefehl(effekte))
    .addCommand(vergleichBefehl(effekte, setzeExitCode))
    .addCommand(vorschauBefehl(effekte));
  for (const befehl of [programm, ...programm.commands]) {
    befehl
      .exitOverride()
      .configureOutput({
        writeOut: (text) => effekte.ausgabe(text.trimEnd()),
        writeErr: (text) => effekte.fehlerausgabe(text.trimEnd()),
        outputError: (text, schreibe) => schreibe(uebersetze(text)),
      })
      .helpOption('-h, --help', 'zeigt diese Hilfe');
  }
  return programm;
}

export const VERSION = '0.1.0';

/** Commander's own (English) parse errors, in German. */
function uebersetze(text: string): string {
  return text
    .replace(/^error: unknown option '(.+)'/m, "Fehler: unbekannte Option '$1'")
    .replace(/^error: unknown command '(.+)'/m, "Fehler: unbekannter Befehl '$1'")
    .replace(/^error: missing required argument '(.+)'/m, "Fehler: das Argument '$1' fehlt")
    .replace(/^error: option '(.+)' argument missing/m, "Fehler: die Option '$1' braucht einen Wert")
    .replace(/^error: too many arguments.*$/m, 'Fehler: zu viele Argumente')
    .replace(/^error: option '(.+)' argument '(.+)' is invalid\. Allowed choices are (.+)\./m, "Fehler: '$2' ist für '$1' nicht erlaubt. Erlaubt: $3.")
    .replace(/\(Did you mean (.+)\?\)/, '(Meinten Sie $1?)')
    .replace(/^error: /m, 'Fehler: ');
}

export { CommanderError };
