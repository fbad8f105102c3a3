/** Test helpers: run poppler-utils on PDF bytes and count Chromium processes of a profile directory. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs a poppler tool (`pdftotext`, `pdffonts`, `pdfinfo`) on `pdf` and returns its stdout. */
export function poppler(werkzeug: string, pdf: Uint8Array, argumente: string[] = []): string {
  const verzeichnis = mkdtempSync(join(tmpdir(), 'ewm-poppler-'));
  try {
    const datei = join(verzeichnis, 'test.pdf');
    writeFileSync(datei, pdf);
    const ausgabe = werkzeug === 'pdftotext' ? [...argumente, datei, '-'] : [...argumente, datei];
    return execFileSync(werkzeug, ausgabe, { encoding: 'utf8' });
  } finally {
    rmSync(verzeichnis, { recursive: true, force: true });
  }
}

/** Text of one page (1-based) as pdftotext prints it. */
export function seitenText(pdf: Uint8Array, seite: number): string {
  return poppler('pdftotext', pdf, ['-f', String(seite), '-l', String(seite), '-layout']);
}

/** Running processes whose command line contains `teil`, with their Chromium process type ('main' for the browser). */
export function prozesseMit(teil: string): { pid: number; typ: string }[] {
  const treffer: { pid: number; typ: string }[] = [];
  for (const eintrag of readdirSync('/proc')) {
    if (!/^\d+$/.test(eintrag)) continue;
    try {
      const zeile = readFileSync(`/proc/${eintrag}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (zeile.includes(teil)) treffer.push({ pid: Number(eintrag), typ: /--type=([a-z-]+)/.exec(zeile)?.[1] ?? 'main' });
    } catch {
      // the process ended while we looked
    }
  }
  return treffer;
}
