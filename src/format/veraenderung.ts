import { inCent } from './cent.js';
import { prozentAus } from './prozent.js';

/** The kind of change between two non-negative values. */
export type VeraenderungsArt = 'gleich' | 'erstmals' | 'vervielfacht' | 'mehr-als' | 'gestiegen' | 'gesunken';

/** A change between a previous and a current value, as words. */
export interface Veraenderung {
  art: VeraenderungsArt;
  /** The change words: "verdreifacht", "um 19 Prozent gesunken", "erstmals" … */
  text: string;
  /** Whether the German verb is reflexive ("hat sich … verdoppelt") or takes "ist" ("ist … gestiegen"). */
  reflexiv: boolean;
}

const FAKTOR_WOERTER = ['', '', 'verdoppelt', 'verdreifacht', 'vervierfacht', 'verfünffacht', 'versechsfacht',
  'versiebenfacht', 'verachtfacht', 'verneunfacht', 'verzehnfacht'] as const;

/**
 * Classifies the change from `alt` to `neu` (counts or euro amounts ≥ 0, at most two decimals).
 * The rules, in order (computed on integer cents, so 0.1 + 0.2 style artefacts cannot matter):
 * 1. `neu = alt` → "gleich geblieben" (also 0 → 0);
 * 2. `alt = 0` (and `neu > 0`) → "erstmals" (there is no percentage of nothing);
 * 3. `neu ≥ 2 · alt`: k = ⌊neu / alt⌋ capped at 10; an exact multiple is "ver-k-facht"
 *    ("verdoppelt", "verdreifacht", "vervierfacht", … "verzehnfacht"), otherwise
 *    "mehr als ver-k-facht" (5 → 11: "mehr als verdoppelt"; 5 → 16: "mehr als verdreifacht";
 *    beyond ten times: "mehr als verzehnfacht");
 * 4. otherwise "um N Prozent gestiegen|gesunken" with N = |neu − alt| / alt as an integer
 *    percentage (half away from zero); when N rounds to 0: "um weniger als 1 Prozent …".
 *    A drop to 0 is "um 100 Prozent gesunken".
 */
export function veraenderungsArt(alt: number, neu: number): Veraenderung {
  const a = inCent(alt);
  const n = inCent(neu);
  if (a < 0 || n < 0) throw new RangeError(`Veränderung nur für Werte ≥ 0: ${alt} → ${neu}`);
  if (a === n) return { art: 'gleich', text: 'gleich geblieben', reflexiv: false };
  if (a === 0) return { art: 'erstmals', text: 'erstmals', reflexiv: false };
  if (n >= 2 * a) {
    const faktor = Math.min(Math.floor(n / a), 10);
    const wort = FAKTOR_WOERTER[faktor] as string;
    return n === faktor * a
      ? { art: 'vervielfacht', text: wort, reflexiv: true }
      : { art: 'mehr-als', text: `mehr als ${wort}`, reflexiv: true };
  }
  const p = prozentAus(Math.abs(n - a), a);
  const um = p === 0 ? 'um weniger als 1 Prozent' : `um ${p} Prozent`;
  return n > a
    ? { art: 'gestiegen', text: `${um} gestiegen`, reflexiv: false }
    : { art: 'gesunken', text: `${um} gesunken`, reflexiv: false };
}

/** The change words only: "gleich geblieben", "verdreifacht", "um 19 Prozent gesunken", "erstmals". */
export function veraenderung(alt: number, neu: number): string {
  return veraenderungsArt(alt, neu).text;
}

/**
 * A clause for "Damit …": "hat sich {subjekt} im Vergleich zum Vorjahr verdreifacht",
 * "ist {subjekt} im Vergleich zum Vorjahr um 19 Prozent gesunken", "… gleich geblieben";
 * when the previous value was 0: "ist {subjekt} im Vergleich zum Vorjahr erstmals von null auf 15 gestiegen".
 * `neuText` is how the new value is written in the erstmals case (default: the number).
 */
export function veraenderungSatz(subjekt: string, alt: number, neu: number, neuText = String(neu)): string {
  const v = veraenderungsArt(alt, neu);
  const bezug = 'im Vergleich zum Vorjahr';
  if (v.art === 'erstmals') return `ist ${subjekt} ${bezug} erstmals von null auf ${neuText} gestiegen`;
  return v.reflexiv ? `hat sich ${subjekt} ${bezug} ${v.text}` : `ist ${subjekt} ${bezug} ${v.text}`;
}
