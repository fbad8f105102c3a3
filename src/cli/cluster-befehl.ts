import { Command } from 'commander';
import { CliFehler, EXIT } from '../fehler.js';
import { ladeDaten } from '../pruefen/lade-daten.js';
import { UEBERGREIFEND, type Cluster } from '../model/typen.js';
import type { Effekte } from './effekte.js';
import { leseOptionen, mitLeseOptionen, type GemeinsameOptionen } from './optionen.js';
import { formatiereTabelle } from './tabelle.js';

/** `ewm-report cluster`: lists the registry of managements with their Handlungsfelder. */
export function clusterBefehl(effekte: Effekte): Command {
  return mitLeseOptionen(new Command('cluster'))
    .description('listet die Cluster- und Teilthemenmanagements aus cluster.json')
    .addHelpText('after', '\nBeispiel:\n  ewm-report cluster --daten data')
    .action(async (optionen: GemeinsameOptionen) => {
      const { daten, probleme } = await ladeDaten(optionen.daten, leseOptionen(optionen));
      if (!daten) {
        throw new CliFehler('Die Daten enthalten Fehler; mit "ewm-report pruefen" werden alle angezeigt.', {
          exitCode: EXIT.eingabe,
          probleme: probleme.filter((p) => p.schwere === 'fehler'),
        });
      }
      effekte.ausgabe(formatiereTabelle(['Slug', 'Name', 'Art', 'Land', 'Handlungsfelder'], daten.cluster.map(zeile)));
    });
}

function zeile(c: Cluster): string[] {
  const felder = c.handlungsfelder.map((h) => {
    const gueltig = h.ab !== undefined || h.bis !== undefined ? ` (${h.ab ?? ''}–${h.bis ?? ''})` : '';
    return `${h.name}${gueltig}`;
  });
  return [c.slug, c.name, c.art === 'teilthema' ? 'Teilthema' : 'Cluster', LAND[c.land], [...felder, UEBERGREIFEND.name].join('; ')];
}

const LAND = { gemeinsam: 'gemeinsam', berlin: 'Berlin', brandenburg: 'Brandenburg' } as const;
