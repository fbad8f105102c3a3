/**
 * Case 4: the live preview. `ewm-report vorschau` runs on a copy of the sample data; each round saves the
 * Fazit with one more sentence and measures from the end of the save to the moment the open page's event
 * stream announced a new version whose HTML contains the sentence (what a reader sees after the reload).
 */
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync } from 'node:fs';
import { get } from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as warte } from 'node:timers/promises';
import { EINZEL_CLUSTER, EINZEL_JAHR } from './fall-einzelbericht.js';
import { bewerte, type ErgebnisZeile } from './ergebnis-typen.js';
import { tempPfad, type BenchKontext } from './kontext.js';
import { median } from './statistik.js';

/** The HTML the preview serves now, soft hyphens removed. */
function holeSeite(url: string): Promise<string> {
  return new Promise((fertig, fehler) => {
    get(url, (antwort) => {
      let text = '';
      antwort.setEncoding('utf8').on('data', (t: string) => (text += t));
      antwort.on('end', () => fertig(text.replace(/\u00ad/g, '')));
    }).on('error', fehler);
  });
}

/** Measures the save-to-visible latency of the preview; returns the row. */
export async function fallVorschau(k: BenchKontext): Promise<ErgebnisZeile[]> {
  const daten = tempPfad(k, 'vorschau-daten');
  cpSync(path.join(k.wurzel, 'data'), daten, { recursive: true });
  const fazit = path.join(daten, 'texte', EINZEL_JAHR, EINZEL_CLUSTER, 'fazit.md');
  k.melde('Vorschau: Speichern eines Analysetexts bis zur sichtbaren Änderung in der offenen Seite');

  const kind = spawn(process.execPath, [k.cli, 'vorschau', EINZEL_JAHR, '--cluster', EINZEL_CLUSTER, '--daten', daten, '--port', '0'], {
    cwd: k.wurzel,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise<string>((fertig, fehler) => {
      let ausgabe = '';
      const frist = setTimeout(() => fehler(new Error(`Die Vorschau meldet keine Adresse: ${ausgabe.slice(-400)}`)), 60_000);
      const lies = (t: Buffer): void => {
        ausgabe += t.toString('utf8');
        const treffer = /http:\/\/127\.0\.0\.1:\d+\//.exec(ausgabe);
        if (treffer) {
          clearTimeout(frist);
          fertig(treffer[0]);
        }
      };
      kind.stdout.on('data', lies);
      kind.stderr.on('data', lies);
      kind.once('exit', (code) => fehler(new Error(`Die Vorschau endete mit Exitcode ${code}: ${ausgabe.slice(-400)}`)));
    });

    // The open page: every "data: N" on the event stream is a new version.
    let meldeVersion: (() => void) | undefined;
    await new Promise<void>((fertig, fehler) => {
      get(`${url}ereignisse`, (antwort) => {
        antwort.setEncoding('utf8').on('data', (t: string) => {
          if (/^data: \d+/m.test(t)) meldeVersion?.();
        });
        fertig();
      }).on('error', fehler);
    });

    const werte: number[] = [];
    for (let runde = 0; runde <= k.wiederholungen; runde++) {
      await warte(600); // the editor pauses between saves
      const satz = `Q${runde}Z${process.pid} steht am Ende.`;
      appendFileSync(fazit, `\n${satz}\n`);
      const start = performance.now();
      for (;;) {
        await new Promise<void>((fertig, fehler) => {
          const frist = setTimeout(() => fehler(new Error('Die Vorschau hat die Änderung nach 30 s nicht gezeigt.')), 30_000);
          meldeVersion = () => {
            clearTimeout(frist);
            fertig();
          };
        });
        if ((await holeSeite(url)).includes(satz)) break;
      }
      const sekunden = (performance.now() - start) / 1000;
      if (runde === 0) k.melde(`  Aufwärmen vorschau: ${sekunden.toFixed(2)} s`);
      else {
        werte.push(sekunden);
        k.melde(`  Runde ${runde}/${k.wiederholungen}: vorschau ${sekunden.toFixed(2)} s`);
      }
    }
    return [
      bewerte({
        id: 'vorschau-zeit',
        fall: 'Vorschau: Text gespeichert bis sichtbar',
        einheit: 's',
        median: median(werte),
        ziel: { max: 0.2, auf: 'wert', text: '≤ 0,2 s' },
        werte,
      }),
    ];
  } finally {
    kind.kill('SIGTERM');
    await new Promise((fertig) => kind.once('close', fertig));
  }
}
