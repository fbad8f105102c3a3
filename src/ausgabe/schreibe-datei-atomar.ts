import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes one file atomically: into a temporary file beside it (a dot file of this process), then renamed into
 * place, so a reader sees the old file or the new one, never half a file. A failure removes the temporary file
 * and is thrown as it is (the caller words it).
 */
export async function schreibeDateiAtomar(datei: string, inhalt: string | Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(datei), `.${path.basename(datei)}.tmp-${process.pid}`);
  try {
    await mkdir(path.dirname(datei), { recursive: true });
    await writeFile(temp, inhalt);
    await rename(temp, datei);
  } catch (fehler) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw fehler;
  }
}
