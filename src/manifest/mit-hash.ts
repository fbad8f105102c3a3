import { createHash } from 'node:crypto';
import type { StueckInhalt } from '../ausgabe/schreibe-atomar.js';

/** Characters gathered before each hash update and each piece handed on. */
const BUENDEL = 1 << 16;

/**
 * The same content, hashed while it is written: each time its pieces are read to the end, `fertig`
 * gets their sha256 (hex). Lets the manifest name the hash of a large file without producing it twice.
 * Small pieces are handed on in bundles of about 64 K characters (fewer hash updates and writes).
 */
export function mitHash(inhalt: StueckInhalt, fertig: (sha256: string) => void): StueckInhalt {
  return {
    ...inhalt,
    *teile() {
      const hash = createHash('sha256');
      let buendel = '';
      for (const teil of inhalt.teile()) {
        buendel += teil;
        if (buendel.length < BUENDEL) continue;
        hash.update(buendel);
        yield buendel;
        buendel = '';
      }
      if (buendel.length > 0) {
        hash.update(buendel);
        yield buendel;
      }
      fertig(hash.digest('hex'));
    },
  };
}
