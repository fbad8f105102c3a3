import { stat } from 'node:fs/promises';

/** "inode:mtime" of a file: changes when the file is written or replaced. */
export async function zeitstempel(datei: string): Promise<string> {
  const s = await stat(datei);
  return `${s.ino}:${s.mtimeMs}`;
}
