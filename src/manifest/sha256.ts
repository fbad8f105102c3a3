import { createHash } from 'node:crypto';

/** Hex sha256 of text (UTF-8) or bytes. */
export function sha256(inhalt: string | Uint8Array): string {
  return createHash('sha256').update(inhalt).digest('hex');
}
