/** Turns zod issues into located problems. */
import type { ZodIssue } from 'zod';
import type { Problem } from '../fehler.js';

/** One error problem per zod issue, located by its JSON path such as `cluster[2].slug`. */
export function zodProbleme(datei: string, issues: readonly ZodIssue[]): Problem[] {
  return issues.map((issue) => ({ schwere: 'fehler', datei, pfad: pfadText(issue.path) || undefined, meldung: issue.message }));
}

/** Formats a zod path: `["cluster", 2, "slug"]` → `cluster[2].slug`. */
export function pfadText(pfad: readonly (string | number)[]): string {
  return pfad.map((teil, i) => (typeof teil === 'number' ? `[${teil}]` : i === 0 ? teil : `.${teil}`)).join('');
}
