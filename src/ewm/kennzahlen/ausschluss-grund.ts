/** German reasons for records a methodology rule leaves out of a figure. */
import { datum } from '../../format/datum.js';
import type { StatusAngabe } from './ausgeschieden.js';

/** "abgebrochen seit 12.03.2019, vor dem Stichtag 31.12.2019" for an ausgeschiedener Vorhaben. */
export function ausgeschiedenGrund(v: StatusAngabe, stichtag: string): string {
  const seit = v.status_seit === undefined ? 'ohne Datum' : `seit ${datum(v.status_seit)}`;
  return `${v.status} ${seit}, am oder vor dem Stichtag ${datum(stichtag)}`;
}

/** The reason for a Standardaktivität. */
export const STANDARDAKTIVITAET_GRUND = 'Standardaktivität (zählt nicht als neu initiierte Aktivität)';
