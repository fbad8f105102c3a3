/** The methodology's ausgeschieden(v, d) rule for projects and activities. */
import type { IsoDatum } from '../../model/typen.js';

/** The fields of a Vorhaben the rule looks at. */
export interface StatusAngabe {
  status: string;
  status_seit?: IsoDatum;
}

/**
 * True when the Vorhaben is `abgebrochen` or `abgesagt` with `status_seit ≤ d`.
 * A cancellation without `status_seit` (invalid input) counts as ausgeschieden on every date.
 */
export function istAusgeschieden(v: StatusAngabe, d: IsoDatum): boolean {
  if (v.status !== 'abgebrochen' && v.status !== 'abgesagt') return false;
  return v.status_seit === undefined || v.status_seit <= d;
}
