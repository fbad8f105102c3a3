/** The complete, ordered list of Kennzahlen keys of one report (methodology.md, key table). */
import type { KennzahlKategorien } from './kennzahl-kategorien.js';

/** Every key the engine writes, in the order of the methodology's key table. */
export function kennzahlSchluessel(k: KennzahlKategorien): string[] {
  const y = k.berichtsjahr;
  const s: string[] = [];
  const felder = (j: number): string[] => (k.handlungsfelder.get(j) ?? []).map((h) => h.slug);
  const andere = k.andereCluster.map((c) => c.slug);

  s.push(`projekte.begleitet.${y}`);
  for (const j of k.jahre.projekte) {
    const p = `projekte.neu.${j}`;
    s.push(p);
    if (j === y) for (const st of k.status) s.push(`${p}.status.${st}`);
    for (const v of ['projektvolumen', 'projektvolumen_bb', 'foerdervolumen', 'foerdervolumen_bb', 'projektvolumen_gefoerdert']) {
      s.push(`${p}.${v}`);
    }
    if (j === y) s.push(`${p}.projektvolumen_realisiert`, `${p}.projektvolumen_antizipiert`);
    s.push(`${p}.fueui`);
    for (const ks of k.konsortialstrukturen) s.push(`${p}.fueui.konsortialstruktur.${ks}`);
    for (const f of k.foerdergeber) s.push(`${p}.fueui.foerdergeber.${f}`);
    for (const h of felder(j)) s.push(`${p}.handlungsfeld.${h}`);
    s.push(`${p}.crosscluster`);
    for (const c of andere) s.push(`${p}.crosscluster.beteiligungen.${c}`);
    for (const l of k.leitlinien) s.push(`${p}.leitlinie.${l}`);
    for (const t of k.schwerpunktthemen) s.push(`${p}.schwerpunktthema.${t}`);
  }
  for (const j of k.jahre.aktivitaeten) {
    const a = `aktivitaeten.neu.${j}`;
    s.push(a, `${a}.crosscluster`);
    for (const c of andere) s.push(`${a}.crosscluster.beteiligungen.${c}`);
    for (const h of felder(j)) s.push(`${a}.handlungsfeld.${h}`);
    for (const f of k.formate) s.push(`${a}.format.${f}`);
    s.push(`${a}.teilnehmende`);
  }
  for (const j of k.jahre.akteure) {
    for (const p of [`akteure.${j}`, `akteure.${j}.projekte`]) {
      s.push(p);
      for (const h of k.herkuenfte) s.push(`${p}.herkunft.${h}`);
      for (const t of k.akteurTypen) s.push(`${p}.typ.${t}`);
      for (const g of k.groessenklassen) s.push(`${p}.unternehmen.groessenklasse.${g}`);
    }
  }
  return s;
}
