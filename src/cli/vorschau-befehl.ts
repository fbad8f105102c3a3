import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import type { Berichtsformat } from '../bericht/berichtsformat.js';
import type { Effekte } from '../effekte.js';
import { vorlagenOrdner } from '../bericht/vorlagen-ordner.js';
import { CliFehler } from '../fehler.js';
import { findeFormat } from '../formate.js';
import { leseCluster } from '../lesen/lese-cluster.js';
import { starteVorschau } from '../vorschau/starte-vorschau.js';
import { uebernimmSignale } from './abbruch-signale.js';
import { loeseClusterAuf } from './loese-cluster-auf.js';
import { leseOptionen, mitLeseOptionen, parseDatum, parseJahr, type GemeinsameOptionen } from './optionen.js';

interface VorschauBefehlOptionen extends GemeinsameOptionen {
  cluster?: string;
  port: number;
  datum?: string;
  berichtsformat?: string;
}

/** `ewm-report vorschau <jahr> --cluster <slug>`: live HTML preview on 127.0.0.1. */
export function vorschauBefehl(effekte: Effekte, formate: readonly Berichtsformat[], stopSignal?: AbortSignal): Command {
  return mitLeseOptionen(new Command('vorschau'))
    .description('zeigt den HTML-Bericht im Browser und aktualisiert ihn bei jeder Änderung an Daten oder Vorlagen')
    .argument('<jahr>', 'Berichtsjahr, z. B. 2019', parseJahr)
    .option('--cluster <slug>', 'Cluster- oder Teilthemenmanagement, Slug oder Name')
    .option('--port <port>', 'Port auf 127.0.0.1 (0 = ein freier Port)', parsePort, 0)
    .option('--datum <datum>', 'Veröffentlichungsdatum (sonst aus bericht.json)', parseDatum)
    .option('--berichtsformat <id>', `Berichtsformat statt der Angabe in cluster.json (${formate.map((f) => f.id).join(', ')})`)
    .addHelpText('after', '\nBeispiel:\n  ewm-report vorschau 2019 --cluster industrielle-produktion --port 8080\n\nBeenden mit Strg+C.')
    .action(async (jahr: number, optionen: VorschauBefehlOptionen) => {
      if (optionen.cluster === undefined) throw new CliFehler('Bitte --cluster <slug> angeben.');
      if (optionen.berichtsformat !== undefined) findeFormat(optionen.berichtsformat, formate);
      const cluster = await pruefeCluster(optionen.daten, optionen.cluster, formate);
      const vorschau = await starteVorschau(
        {
          jahr,
          cluster,
          datenVerzeichnis: optionen.daten,
          lesen: { ...leseOptionen(optionen), berichtsformat: optionen.berichtsformat },
          // the package's templates folder (found from the module, so it works from dist/src and from the bundle)
          beobachten: [path.resolve(optionen.daten), path.dirname(vorlagenOrdner(formate[0]?.id ?? ''))],
          port: optionen.port,
          datum: optionen.datum,
        },
        formate,
        (zeile) => effekte.fehlerausgabe(zeile),
      );
      const signal = stopSignal ?? prozessSignal();
      effekte.ausgabe(`Vorschau läuft auf ${vorschau.url} (beenden mit Strg+C)`);
      await new Promise<void>((fertig) => {
        if (signal.aborted) fertig();
        signal.addEventListener('abort', () => fertig(), { once: true });
      });
      await vorschau.stoppe();
      effekte.fehlerausgabe('Vorschau beendet.');
    });
}

/**
 * Resolves `--cluster` against cluster.json before the server starts, so a mistyped management ends the
 * command at once (exit 2). Without a readable cluster.json the preview starts and shows that problem.
 */
async function pruefeCluster(daten: string, eingabe: string, formate: readonly Berichtsformat[]): Promise<string> {
  let text: string;
  try {
    text = await readFile(path.join(daten, 'cluster.json'), 'utf8');
  } catch {
    return eingabe;
  }
  const registry = leseCluster('cluster.json', text, [], formate.map((f) => f.id));
  return registry ? loeseClusterAuf(registry, eingabe) : eingabe;
}

function parsePort(wert: string): number {
  const port = Number(wert);
  if (!/^\d+$/.test(wert) || port > 65535) throw new CliFehler(`Ungültiger Port "${wert}": erlaubt ist 0 bis 65535.`);
  return port;
}

/** Aborts on Ctrl-C (SIGINT) or SIGTERM. */
function prozessSignal(): AbortSignal {
  uebernimmSignale();
  const steuerung = new AbortController();
  const stoppe = (): void => steuerung.abort();
  process.once('SIGINT', stoppe);
  process.once('SIGTERM', stoppe);
  return steuerung.signal;
}
