import type { Reporter } from 'vitest/reporters';

type Aufgabe = { type: string; mode?: string; result?: { state?: string }; tasks?: Aufgabe[] };

/** Prints the plain closing line "N passed, N failed, N skipped" that CI logs are read for. */
export default class ZaehlReporter implements Reporter {
  onFinished(dateien: Aufgabe[] = [], fehler: unknown[] = []): void {
    const zaehler = { passed: 0, failed: 0, skipped: 0 };
    const besuche = (a: Aufgabe): void => {
      if (a.type === 'test') {
        if (a.result?.state === 'pass') zaehler.passed += 1;
        else if (a.result?.state === 'fail') zaehler.failed += 1;
        else zaehler.skipped += 1;
      }
      if (a.type === 'suite' && a.result?.state === 'fail' && (a.tasks ?? []).length === 0) zaehler.failed += 1;
      for (const t of a.tasks ?? []) besuche(t);
    };
    for (const d of dateien) {
      if (d.result?.state === 'fail' && (d.tasks ?? []).length === 0) zaehler.failed += 1;
      besuche(d);
    }
    zaehler.failed += fehler.length;
    process.stdout.write(`\n${zaehler.passed} passed, ${zaehler.failed} failed, ${zaehler.skipped} skipped\n`);
  }
}
