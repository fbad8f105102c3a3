import { Command, Help, type Option } from 'commander';
import { clusterBefehl } from './cluster-befehl.js';
import type { Berichtsformat } from '../bericht/berichtsformat.js';
import type { Effekte } from '../effekte.js';
import { FORMATE } from '../formate.js';
import { berichtBefehl } from './bericht-befehl.js';
import { erklaereBefehl } from './erklaere-befehl.js';
import { pruefenBefehl } from './pruefen-befehl.js';
import { vergleichBefehl } from './vergleich-befehl.js';
import { VERSION } from './version.js';
import { vorlageBefehl } from './vorlage-befehl.js';
import { vorschauBefehl } from './vorschau-befehl.js';

/** Builds the whole command line: the report as the default command plus the subcommands. */
export function baueProgramm(
  effekte: Effekte,
  setzeExitCode: (code: number) => void,
  formate: readonly Berichtsformat[] = FORMATE,
): Command {
  const programm = berichtBefehl(effekte, setzeExitCode, formate)
    .name('ewm-report')
    .version(VERSION, '-v, --version', 'zeigt die Version')
    .helpOption('-h, --help', 'zeigt diese Hilfe')
    .helpCommand('hilfe [befehl]', 'zeigt die Hilfe zu einem Befehl')
    .showSuggestionAfterError(true)
    .enablePositionalOptions()
    .addCommand(pruefenBefehl(effekte, formate))
    .addCommand(clusterBefehl(effekte, formate))
    .addCommand(vergleichBefehl(effekte, setzeExitCode, formate))
    .addCommand(erklaereBefehl(effekte, formate))
    .addCommand(vorschauBefehl(effekte, formate))
    .addCommand(vorlageBefehl(effekte, formate));
  for (const befehl of [programm, ...programm.commands]) {
    befehl
      .exitOverride()
      .configureOutput({
        writeOut: (text) => effekte.ausgabe(text.trimEnd()),
        writeErr: (text) => effekte.fehlerausgabe(text.trimEnd()),
        outputError: (text, schreibe) => schreibe(uebersetze(text)),
      })
      .helpOption('-h, --help', 'zeigt diese Hilfe')
      .configureHelp({
        formatHelp: (befehl, helfer) => deutscheHilfe(Help.prototype.formatHelp.call(helfer, befehl, helfer)),
        optionDescription: optionBeschreibung,
        subcommandTerm: (befehl) => deutscheHilfe(Help.prototype.subcommandTerm.call(new Help(), befehl)),
        commandUsage: (befehl) => deutscheHilfe(Help.prototype.commandUsage.call(new Help(), befehl)),
      });
  }
  return programm;
}

export { VERSION };

/** Commander's help layout with German headings. */
function deutscheHilfe(text: string): string {
  return text
    .replace(/^Usage: /m, 'Aufruf: ')
    .replace(/^Arguments:$/m, 'Argumente:')
    .replace(/^Options:$/m, 'Optionen:')
    .replace(/^Commands:$/m, 'Befehle:')
    .replace(/\[options\]/g, '[optionen]')
    .replace(/\[command\]/g, '[befehl]');
}

/** An option's help text with German notes on choices and defaults (before commander wraps the lines). */
function optionBeschreibung(option: Option): string {
  const zusatz: string[] = [];
  if (option.argChoices) zusatz.push(`Auswahl: ${option.argChoices.map((c) => `"${c}"`).join(', ')}`);
  if (option.defaultValue !== undefined && option.defaultValue !== false) {
    zusatz.push(`Standard: ${option.defaultValueDescription ?? String(option.defaultValue)}`);
  }
  return zusatz.length > 0 ? `${option.description} (${zusatz.join('; ')})` : option.description;
}

/** Commander's own (English) parse errors, in German. */
function uebersetze(text: string): string {
  return text
    .replace(/^error: unknown option '(.+)'/m, "Fehler: unbekannte Option '$1'")
    .replace(/^error: unknown command '(.+)'/m, "Fehler: unbekannter Befehl '$1'")
    .replace(/^error: missing required argument '(.+)'/m, "Fehler: das Argument '$1' fehlt")
    .replace(/^error: option '(.+)' argument missing/m, "Fehler: die Option '$1' braucht einen Wert")
    .replace(/^error: too many arguments.*$/m, 'Fehler: zu viele Argumente')
    .replace(/^error: option '(.+)' argument '(.+)' is invalid\. Allowed choices are (.+)\./m, "Fehler: '$2' ist für '$1' nicht erlaubt. Erlaubt: $3.")
    .replace(/\s*\(Did you mean (.+)\?\)/, '. Meinten Sie $1?')
    .replace(/^error: /m, 'Fehler: ');
}

