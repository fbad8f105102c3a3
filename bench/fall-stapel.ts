/**
 * Case 2: `--alle` on the sample data of both formats in one year (`beideFormateImJahr`: the five EWM
 * reports and the clusterbericht; one process, one shared browser) against the sum of the single-report
 * runs of the same managements, each its own process; and the batch's peak memory
 * against the largest single report's, and against a batch of every management (`--leer`: 13 reports
 * instead of 5), which must not need more memory than the smaller batch: a batch holds `--parallel`
 * reports at a time, not all of them.
 * Every run passes `--immer`: the manifest would otherwise find the reports current.
 */
import { readdirSync } from 'node:fs';
import { beideFormateImJahr } from './beide-formate.js';
import { EINZEL_JAHR } from './fall-einzelbericht.js';
import { bewerte, type ErgebnisZeile } from './ergebnis-typen.js';
import { messeCli, tempPfad, type BenchKontext } from './kontext.js';
import type { Messung } from './messe-prozess.js';
import { median } from './statistik.js';
import { wiederhole, type Schritt } from './wiederhole.js';

/** Measures the batch and the single runs of the clusters it produced; returns the ratio and memory rows. */
export async function fallStapel(k: BenchKontext): Promise<ErgebnisZeile[]> {
  const ausgabe = tempPfad(k, 'stapel');
  const daten = beideFormateImJahr(k.wurzel, tempPfad(k, 'stapel-daten'));
  const stapelArgs = [EINZEL_JAHR, '--alle', '--daten', daten, '--ausgabe', ausgabe, '--ruhig', '--immer'];
  // A first run tells which managements the batch covers.
  const probe = await messeCli(k, stapelArgs);
  if (probe.exitCode !== 0) throw new Error(`--alle endete mit Exitcode ${probe.exitCode}: ${probe.stderr.trim().slice(-600)}`);
  const cluster = readdirSync(`${ausgabe}/${EINZEL_JAHR}`).filter((n) => !n.startsWith('.')).sort();
  k.melde(`Stapel: --alle (${cluster.length} Berichte: ${cluster.join(', ')}) gegen die Summe der Einzelläufe`);
  const leerArgs = [EINZEL_JAHR, '--alle', '--leer', '--daten', daten, '--ausgabe', tempPfad(k, 'stapel-leer'), '--ruhig', '--immer'];
  const schritte: Record<string, Schritt> = { alle: () => messeCli(k, stapelArgs), 'alle --leer': () => messeCli(k, leerArgs) };
  for (const c of cluster) {
    schritte[c] = () => messeCli(k, [EINZEL_JAHR, '--cluster', c, '--daten', daten, '--ausgabe', tempPfad(k, 'stapel-einzeln'), '--ruhig', '--immer']);
  }
  const m = await wiederhole(k.wiederholungen, schritte, k.melde);
  const zeit = (x: Messung[] | undefined): number[] => (x ?? []).map((y) => y.sekunden);
  const summe = cluster.reduce((s, c) => s + median(zeit(m[c])), 0);
  // The sum per round, for the record.
  const summen = zeit(m.alle).map((_, i) => cluster.reduce((s, c) => s + (m[c]?.[i]?.sekunden ?? 0), 0));
  const alle = m.alle ?? [];
  const leer = m['alle --leer'] ?? [];
  const leerZahl = readdirSync(`${tempPfad(k, 'stapel-leer')}/${EINZEL_JAHR}`).filter((n) => !n.startsWith('.')).length;
  const einzeln = cluster.flatMap((c) => m[c] ?? []);
  const groessterEinzelner = (wert: (y: Messung) => number): number => Math.max(...cluster.map((c) => median((m[c] ?? []).map(wert))));
  return [
    bewerte({
      id: 'stapel-zeit',
      fall: `Stapel --alle (${cluster.length} Berichte)`,
      einheit: 's',
      median: median(zeit(alle)),
      basis: summe,
      basisText: `Summe von ${cluster.length} Einzelläufen`,
      ziel: { max: 0.3, auf: 'verhaeltnis', text: '≤ 0,3 × Summe' },
      werte: zeit(alle),
      basisWerte: summen,
    }),
    bewerte({
      id: 'stapel-rss-node',
      fall: `Stapel --alle: Spitzen-RSS Node-Prozess`,
      einheit: 'MB',
      median: median(alle.map((y) => y.nodeMb ?? 0)),
      basis: groessterEinzelner((y) => y.nodeMb ?? 0),
      basisText: 'größter Einzelbericht',
      werte: alle.map((y) => y.nodeMb ?? 0),
      basisWerte: einzeln.map((y) => y.nodeMb ?? 0),
    }),
    bewerte({
      id: 'stapel-rss-chromium',
      fall: `Stapel --alle: Spitzen-RSS Chromium-Prozessbaum`,
      einheit: 'MB',
      median: median(alle.map((y) => y.kinderMb)),
      basis: groessterEinzelner((y) => y.kinderMb),
      basisText: 'größter Einzelbericht',
      werte: alle.map((y) => y.kinderMb),
      basisWerte: einzeln.map((y) => y.kinderMb),
    }),
    bewerte({
      id: 'stapel-wachstum-node',
      fall: `Stapel --alle --leer (${leerZahl} Berichte): Spitzen-RSS Node-Prozess`,
      einheit: 'MB',
      median: median(leer.map((y) => y.nodeMb ?? 0)),
      basis: median(alle.map((y) => y.nodeMb ?? 0)),
      basisText: `Stapel mit ${cluster.length} Berichten`,
      werte: leer.map((y) => y.nodeMb ?? 0),
      basisWerte: alle.map((y) => y.nodeMb ?? 0),
    }),
    bewerte({
      id: 'stapel-wachstum-chromium',
      fall: `Stapel --alle --leer (${leerZahl} Berichte): Spitzen-RSS Chromium-Prozessbaum`,
      einheit: 'MB',
      median: median(leer.map((y) => y.kinderMb)),
      basis: median(alle.map((y) => y.kinderMb)),
      basisText: `Stapel mit ${cluster.length} Berichten`,
      werte: leer.map((y) => y.kinderMb),
      basisWerte: alle.map((y) => y.kinderMb),
    }),
  ];
}
