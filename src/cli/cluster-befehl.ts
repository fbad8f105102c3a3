import { Command } from 'commander';
import { formatiereTabelle } from '../ausgabe/formatiere-tabelle.js';
import type { Berichtsformat } from '../bericht/berichtsformat.js';
import type { Effekte } from '../effekte.js';
import { CliFehler, EXIT } from '../fehler.js';
import { landName } from '../format/land-name.js';
import type { Cluster } from '../model/typen.js';
import { ladeDaten } from '../pruefen/lade-daten.js';
import { leseOptionen, mitLeseOptionen, type GemeinsameOptionen } from './optionen.js';

/** `ewm-report cluster`: lists the registry of managements with their Handlungsfelder. */
export function clusterBefehl(effekte: Effekte, formate: readonly Berichtsformat[]): Command {
  return mitLeseOptionen(new Command('cluster'))
    .description('listet die Cluster- und Teilthemenmanagements aus cluster.json')
    .addHelpText('after', '\nBeispiel:\n  ewm-report cluster --daten data')
    .action(async (optionen: GemeinsameOptionen) => {
      const { daten, probleme } = await ladeDaten(optionen.daten, formate, leseOptionen(optionen));
      if (!daten) {
        throw new CliFehler('Die Daten enthalten Fehler; mit "ewm-report pruefen" werden alle angezeigt.', {
          exitCode: EXIT.eingabe,
          probleme: probleme.filter((p) => p.schwere === 'fehler'),
        });
      }
      const felderVon = (c: Cluster): Cluster['handlungsfelder'] =>
        formate.find((f) => f.id === c.berichtsformat)?.handlungsfelder?.(c) ?? c.handlungsfelder;
      effekte.ausgabe(formatiereTabelle(['Slug', 'Name', 'Art', 'Land', 'Handlungsfelder'], daten.cluster.map((c) => zeile(c, felderVon(c)))));
    });
}

function zeile(c: Cluster, handlungsfelder: Cluster['handlungsfelder']): string[] {
  const felder = handlungsfelder.map((h) => {
    const gueltig = h.ab !== undefined || h.bis !== undefined ? ` (${h.ab ?? ''}–${h.bis ?? ''})` : '';
    return `${h.name}${gueltig}`;
  });
  return [c.slug, c.name, c.art === 'teilthema' ? 'Teilthema' : 'Cluster', landName(c.land), felder.join('; ')];
}
