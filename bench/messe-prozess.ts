/**
 * Runs one command as a child process and measures it: wall time from spawn to exit, the peak of the
 * summed VmRSS of its process tree (polled from /proc every ~20 ms, the tree re-read every ~100 ms),
 * and for node children started with the melde-rss preload their exact peak RSS.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { nachfahren, rssKb } from './prozessbaum.js';

export interface Messung {
  sekunden: number;
  exitCode: number | null;
  /** Peak of the summed VmRSS of the descendants (for node children: the browser tree), MiB. */
  kinderMb: number;
  /** Peak of the summed VmRSS of the whole tree including the started process, MiB. */
  baumMb: number;
  /** Exact peak RSS of the started node process (melde-rss preload), MiB; undefined for other programs. */
  nodeMb?: number;
  /** The last 2000 characters of stderr, for failures. */
  stderr: string;
  stdout: string;
}

export interface ProzessOptionen {
  cwd?: string;
  /** Path of the melde-rss preload; when given, the program is node and gets `--import` it. */
  rssPreload?: string;
  intervallMs?: number;
}

const MIB = 1024;

/** Spawns `programm argumente…`, waits for it and returns the measurement (never throws on a non-zero exit). */
export async function messeProzess(programm: string, argumente: string[], optionen: ProzessOptionen = {}): Promise<Messung> {
  const rssDatei = path.join(os.tmpdir(), `ewm-bench-rss-${process.pid}-${Math.round(performance.now() * 1000)}`);
  const env = { ...process.env };
  let args = argumente;
  if (optionen.rssPreload !== undefined) {
    env.EWM_BENCH_RSS = rssDatei;
    args = ['--import', `file://${optionen.rssPreload}`, ...argumente];
  }
  const start = performance.now();
  const kind = spawn(programm, args, { cwd: optionen.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const wurzel = kind.pid as number;
  let stdout = '';
  let stderr = '';
  kind.stdout.setEncoding('utf8').on('data', (t: string) => (stdout = (stdout + t).slice(-20000)));
  kind.stderr.setEncoding('utf8').on('data', (t: string) => (stderr = (stderr + t).slice(-2000)));

  let kinderSpitze = 0;
  let baumSpitze = 0;
  let pids: number[] = [];
  let takt = 0;
  const abtasten = (): void => {
    if (takt++ % 5 === 0) pids = nachfahren(wurzel);
    let kinder = 0;
    for (const pid of pids) kinder += rssKb(pid);
    const baum = kinder + rssKb(wurzel);
    kinderSpitze = Math.max(kinderSpitze, kinder);
    baumSpitze = Math.max(baumSpitze, baum);
  };
  const uhr = setInterval(abtasten, optionen.intervallMs ?? 20);
  abtasten();
  const exitCode = await new Promise<number | null>((fertig) => kind.on('close', (code) => fertig(code)));
  const sekunden = (performance.now() - start) / 1000;
  clearInterval(uhr);

  let nodeMb: number | undefined;
  if (optionen.rssPreload !== undefined && existsSync(rssDatei)) {
    nodeMb = Number(readFileSync(rssDatei, 'utf8')) / MIB;
    rmSync(rssDatei, { force: true });
    baumSpitze = Math.max(baumSpitze, nodeMb * MIB);
  }
  return { sekunden, exitCode, kinderMb: kinderSpitze / MIB, baumMb: baumSpitze / MIB, nodeMb, stderr, stdout };
}
