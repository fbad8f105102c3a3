import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_DATEI, MANIFEST_SCHEMA, type Manifest } from './manifest.js';

/** The manifest of a report folder, or undefined when there is none or it is unreadable or of another schema. */
export async function leseManifest(ordner: string): Promise<Manifest | undefined> {
  try {
    const manifest = JSON.parse(await readFile(path.join(ordner, MANIFEST_DATEI), 'utf8')) as Partial<Manifest>;
    if (manifest.schema !== MANIFEST_SCHEMA || typeof manifest.dateien !== 'object' || !Array.isArray(manifest.formate)) return undefined;
    return manifest as Manifest;
  } catch {
    return undefined;
  }
}
