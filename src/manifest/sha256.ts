import { createHash } from 'node:crypto';
import type { Dateiinhalt } from '../ausgabe/schreibe-atomar.js';

/** Hex sha256 of text (UTF-8), bytes, or a file written in pieces (hashed piece by piece, never joined). */
export function sha256(inhalt: Dateiinhalt): string {
  const hash = createHash('sha256');
  if (typeof inhalt === 'string' || inhalt instanceof Uint8Array) return hash.update(inhalt).digest('hex');
  for (const teil of inhalt.teile()) hash.update(teil);
  return hash.digest('hex');
}
