// Builders shared by the per-cluster modules of the sample data generator (scripts/erzeuge-beispieldaten.mjs).
// Each module describes one management's Vorhaben as small tables; these builders turn the table rows
// into the records the main script writes (labels as an analyst's export shows them, amounts in cents).

const UEBERGREIFEND = 'gesamtclusterbezogen/handlungsfeldübergreifend';
const FORMAT = {
  konferenz: 'Konferenz', forum: 'Forum', workshop: 'Workshop', reihe: 'Veranstaltungsreihe', messe: 'Messe', marketing: 'Marketing',
  fachkraefte: 'Fachkräftegewinnung, -bindung und -entwicklung', sonstiges: 'sonstiges',
};
/** Employees per size class: a base and a spread, so the head counts vary but stay inside the class. */
const KOEPFE = { k: [3, 6], s: [12, 33], m: [60, 180], g: [260, 1900] };
const GROESSENKLASSE = { k: '1-9', s: '10-49', m: '50-249', g: '250 und mehr' };

/**
 * Returns the builders of one management: `projekt` and `aktivitaet` (rows → records, ids numbered
 * per year as `PR-19-OP-01`), `teil` (participations, each pair once), `verteile` (actors round-robin
 * over Vorhaben) and `firmen` (invented companies with clearly invented names).
 */
export function werkzeugeFuer(k, slug, kuerzel) {
  const eintrag = k.cluster.find((c) => c.slug === slug);
  const nummern = new Map();
  const vergeben = new Set();
  const naechsteId = (art, iso) => {
    const schluessel = `${art}-${iso.slice(2, 4)}`;
    let id;
    do {
      const nr = (nummern.get(schluessel) ?? 0) + 1;
      nummern.set(schluessel, nr);
      id = `${schluessel}-${kuerzel}-${String(nr).padStart(2, '0')}`;
    } while (vergeben.has(id));
    vergeben.add(id);
    return id;
  };
  const feld = (hf) => {
    if (hf === 'uebergreifend') return UEBERGREIFEND;
    const treffer = eintrag.handlungsfelder.find((h) => h.slug === hf);
    if (!treffer) throw new Error(`${slug}: Handlungsfeld ${hf} fehlt in cluster.json`);
    return treffer.name;
  };
  const partner = (mit = []) => mit.map((s) => {
    if (!k.NAME[s] || s === slug) throw new Error(`${slug}: beteiligter Cluster ${s}`);
    return k.NAME[s];
  });
  const cent = (euro) => (euro === undefined ? undefined : k.mio(euro));

  /** One project; `o.ks` (Konsortialstruktur key) makes it a FuEuI project; status defaults from `ende`. */
  const projekt = (beginn, titel, hf, o) => {
    const id = naechsteId('PR', beginn);
    k.projekte.push({
      id, titel, cluster: eintrag.name, hf: feld(hf), beginn, ende: o.ende, status: k.STATUS[o.status ?? (o.ende ? 'beendet' : 'laufend')], seit: o.seit,
      pv: cent(o.pv), pvbb: cent(o.pvbb), fv: cent(o.fv), fvbb: cent(o.fvbb), fg: k.FG[o.fg], programm: o.programm,
      fueui: o.ks !== undefined, ks: o.ks === undefined ? undefined : k.KS[o.ks],
      beteiligte: partner(o.mit), leitlinien: o.ll ?? [], schwerpunkte: o.sp ?? [],
    });
    return id;
  };
  /** One Sonstige Aktivität; `o.id` keeps an id that exists already. */
  const aktivitaet = (beginn, titel, hf, format, o = {}) => {
    const id = o.id ?? naechsteId('SA', beginn);
    vergeben.add(id);
    k.aktivitaeten.push({
      id, titel, cluster: eintrag.name, hf: feld(hf), beginn, ende: o.ende, format: FORMAT[format], status: o.status, seit: o.seit, tn: o.tn,
      std: o.std, beteiligte: partner(o.mit), leitlinien: o.ll ?? [], schwerpunkte: o.sp ?? [],
    });
    return id;
  };

  const paare = new Set();
  /** Participations of actors in one Vorhaben; a pair that is already there is not repeated. */
  const teil = (vorhaben, ...wer) => {
    for (const a of wer) {
      if (paare.has(`${vorhaben}|${a.id}`)) continue;
      paare.add(`${vorhaben}|${a.id}`);
      k.bet.push([vorhaben, a.id]);
    }
  };
  /** Spreads actors round-robin over Vorhaben (starting at `versatz`). */
  const verteile = (vorhaben, wer, versatz = 0) => wer.forEach((a, i) => teil(vorhaben[(i + versatz) % vorhaben.length], a));

  /**
   * Invented companies: `plan` is a string of size classes (k 1–9, s 10–49, m 50–249, g 250+), `sitze` a
   * repeating pattern (b Berlin, r Brandenburg, e extern). Names combine a stem and a trade and are unique.
   */
  const firmen = (staemme, branchen, plan, sitze) => [...plan].map((klasse, i) => {
    let name;
    for (let v = 0; ; v++) {
      const form = klasse === 'k' ? (i % 2 === 0 ? 'UG (haftungsbeschränkt)' : 'GmbH') : klasse === 'g' && i % 3 === 0 ? 'AG' : i % 4 === 1 ? 'GmbH & Co. KG' : 'GmbH';
      name = `${staemme[(i + v) % staemme.length]} ${branchen[(i * 5 + Math.floor(i / staemme.length) + v) % branchen.length]} ${form}`;
      if (!k.namen.has(name)) break;
    }
    k.namen.add(name);
    const sitz = { b: 'Berlin', r: 'Brandenburg', e: 'extern' }[sitze[i % sitze.length]];
    const [basis, spanne] = KOEPFE[klasse];
    const art = i % 3; // 0: Größenklasse only, 1: Beschäftigte only, 2: both
    return k.neu(name, 'Unternehmen', sitz, {
      groessenklasse: art === 1 ? undefined : GROESSENKLASSE[klasse], beschaeftigte: art === 0 ? undefined : basis + ((i * 7) % spanne),
    });
  });

  /** Table rows `[mm-dd, titel, handlungsfeld, optionen]` of one year → records `{ id, ...optionen }`. */
  const projekte = (jahr, zeilen) => zeilen.map(([tag, titel, hf, o]) => ({ id: projekt(`${jahr}-${tag}`, titel, hf, o), ...o }));
  /** Table rows `[mm-dd, titel, handlungsfeld, format, optionen]` of one year → records `{ id, ...optionen }`. */
  const aktivitaeten = (jahr, zeilen) => zeilen.map(([tag, titel, hf, format, o = {}]) => ({ id: aktivitaet(`${jahr}-${tag}`, titel, hf, format, o), ...o }));
  /** The Vorhaben that count in `jahr` (not a Standardaktivität, not cancelled by 31.12. of the year). */
  const gezaehlt = (liste, jahr) => liste.filter((v) => !v.std && !(['abgesagt', 'abgebrochen'].includes(v.status) && v.seit <= `${jahr}-12-31`));
  /**
   * Staffs Vorhaben: an Einzelvorhaben gets exactly one company or research unit; research goes round-robin
   * to the Vorhaben with room for research, companies to those with room for companies, `weitere` to all.
   */
  const besetze = (liste, { forschung = [], firmen: unternehmen = [], weitere = [] }) => {
    const einzelU = liste.filter((v) => v.ks === 'eu_u');
    const einzelF = liste.filter((v) => v.ks === 'eu_f');
    einzelU.forEach((v, i) => teil(v.id, unternehmen[i]));
    einzelF.forEach((v, i) => teil(v.id, forschung[i]));
    const ids = (bedingung) => liste.filter(bedingung).map((v) => v.id);
    verteile(ids((v) => !['vu', 'eu_u', 'eu_f'].includes(v.ks)), forschung.slice(einzelF.length));
    verteile(ids((v) => !['vf', 'eu_u', 'eu_f'].includes(v.ks)), unternehmen.slice(einzelU.length));
    if (weitere.length > 0) verteile(ids(() => true), weitere);
  };

  return { projekte, aktivitaeten, gezaehlt, besetze, teil, verteile, firmen };
}
