import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The fixtures folder, relative to the working directory, with `/` (as messages show it). */
export const FIXTURES = path
  .relative(process.cwd(), fileURLToPath(new URL('../fixtures/vergleich', import.meta.url)))
  .split(path.sep)
  .join('/');

/** A fixture path as shown in messages. */
export function fixture(relativ: string): string {
  return `${FIXTURES}/${relativ}`;
}
