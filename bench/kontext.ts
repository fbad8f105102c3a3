/** What every benchmark case needs: paths, the browser, repetitions and a progress printer. */
import path from 'node:path';
import { messeProzess, type Messung } from './messe-prozess.js';

export interface BenchKontext {
  /** Repository root (the CLI runs with this as working directory). */
  wurzel: string;
  /** Built CLI entry point. */
  cli: string;
  /** Built melde-rss preload. */
  preload: string;
  /** Chromium executable for the floor. */
  browser: string;
  /** Scratch directory of this run. */
  temp: string;
  wiederholungen: number;
  melde: (text: string) => void;
}

/** Runs the built CLI as a measured node child with `argumente`. */
export function messeCli(k: BenchKontext, argumente: string[]): Promise<Messung> {
  return messeProzess(process.execPath, [k.cli, ...argumente], { cwd: k.wurzel, rssPreload: k.preload });
}

/** Path inside the run's scratch directory. */
export function tempPfad(k: BenchKontext, ...teile: string[]): string {
  return path.join(k.temp, ...teile);
}
