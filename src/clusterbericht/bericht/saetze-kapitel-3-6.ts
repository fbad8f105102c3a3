/** Sentences, tables and lists of chapters 3–6 (Managementsysteme, Investitionen, Veranstaltungen, Existenzgründungen). */
import { anzahl } from '../../format/anzahl.js';
import { aufzaehlung } from '../../format/aufzaehlung.js';
import { datum } from '../../format/datum.js';
import { zahl } from '../../format/zahl.js';
import { veranstaltungenImJahr } from '../kennzahlen/berechne-clusterbericht-kennzahlen.js';
import { FINANZIERUNG_AUFZ, RECHTSFORM_AUFZ } from '../tabellen.js';
import { VERANSTALTUNG_ARTEN, VERANSTALTUNG_ROLLEN, type Veranstaltung } from '../typen.js';
import { kz, zeilenImJahr, type BerichtKontext } from './bericht-kontext.js';

const label = (a: { werte: readonly { slug: string; label: string }[] }, slug: string): string => a.werte.find((w) => w.slug === slug)?.label ?? slug;

/** Chapter 3: QM support, energy audits and further consulting. */
export function saetzeManagementsysteme(c: BerichtKontext): { qm: string; energieaudit: string; beratung: string } {
  const qm = kz(c, 'leistungen.qualitaetsmanagement');
  const ea = kz(c, 'leistungen.energieaudit');
  const b = kz(c, 'leistungen.beratung');
  // one company: "seiner … seines"; several: "ihrer … ihres"
  const [ihrer, ihres] = qm === 1 ? ['seiner', 'seines'] : ['ihrer', 'ihres'];
  const qmUnternehmen = qm === 0 ? 'keine Unternehmen' : anzahl(qm, 'Unternehmen', 'Unternehmen', c.marke('leistungen.qualitaetsmanagement', 'ein'));
  const eaUnternehmen = ea === 0 ? 'kein Unternehmen' : anzahl(ea, 'Unternehmen', 'Unternehmen', c.marke('leistungen.energieaudit', 'ein'));
  return {
    qm: `Im Jahr ${c.jahr} ${qm === 1 ? 'wurde' : 'wurden'} ${qmUnternehmen} bei der Analyse ${ihrer} betrieblichen Prozesse und der Vorbereitung der Zertifizierung ${ihres} Qualitätsmanagementsystems unterstützt.`,
    // several companies got an audit each: "je ein Energieaudit"
    energieaudit: `Für ${eaUnternehmen} führte das Clustermanagement im Jahr ${c.jahr} ${ea >= 2 ? 'je ein' : 'ein'} Energieaudit durch.`,
    beratung: b > 0 ? `Darüber hinaus ${b === 1 ? 'wurde' : 'wurden'} ${anzahl(b, 'Unternehmen', 'Unternehmen', c.marke('leistungen.beratung', 'ein'))} zu weiteren betrieblichen Fragen beraten.` : '',
  };
}

/** Chapter 4: the investments accompanied, with place, amount and financing, and the total. */
/** After "mit": the dative where it differs from the label ("mit Eigenmitteln", "mit sonstiger Finanzierung"). */
const MIT_DATIV: Record<string, string> = { eigenmittel: 'Eigenmitteln', sonstige: 'sonstiger Finanzierung' };

export function saetzeInvestitionen(c: BerichtKontext): { satz: string; zeilen: { unternehmen: string; ort: string; volumen: string; finanzierung: string }[]; summe: string } {
  const n = kz(c, 'investitionen.anzahl');
  const arten = FINANZIERUNG_AUFZ.werte
    .map((w) => [w.slug, w.label, kz(c, `investitionen.finanzierung.${w.slug}`)] as const)
    .filter(([, , m]) => m > 0)
    .map(([slug, l, m]) => `${zahl(m)} mit ${MIT_DATIV[slug] ?? l}`);
  const satz = n === 0
    ? `Im Jahr ${c.jahr} hat das Clustermanagement keine Investitionsvorhaben begleitet.`
    : `Im Jahr ${c.jahr} begleitete das Clustermanagement ${anzahl(n, 'Investitionsvorhaben', 'Investitionsvorhaben', c.marke('investitionen.anzahl', 'ein'))} der Branche mit ${n > 1 ? 'zusammen ' : ''}${zahl(kz(c, 'investitionen.volumen'))} €${n > 1 ? `, davon ${aufzaehlung(arten)}` : ''}:`;
  const zeilen = zeilenImJahr(c, c.daten.investitionen).map((i) => ({
    unternehmen: i.unternehmen, ort: i.ort, volumen: `${zahl(i.volumen / 100)} €`, finanzierung: label(FINANZIERUNG_AUFZ, i.finanzierung),
  }));
  return { satz, zeilen, summe: `${zahl(kz(c, 'investitionen.volumen'))} €` };
}

/** Singular, plural and the word for one ("eine Tagung", "ein Workshop") of each kind of event. */
const ART_WORT: Record<string, [string, string, string]> = {
  tagung: ['Tagung', 'Tagungen', 'eine'], workshop: ['Workshop', 'Workshops', 'ein'], arbeitskreis: ['Arbeitskreistreffen', 'Arbeitskreistreffen', 'ein'],
  messe: ['Messe', 'Messen', 'eine'], dialog: ['Dialogveranstaltung', 'Dialogveranstaltungen', 'eine'], schulung: ['Schulung', 'Schulungen', 'eine'],
  sonstige: ['sonstige Veranstaltung', 'sonstige Veranstaltungen', 'eine'],
};
const ROLLE_WORT: Record<string, string> = { veranstalter: 'Veranstalter', mitveranstalter: 'Mitveranstalter', unterstuetzer: 'Unterstützer', aussteller: 'Aussteller' };

/** A date or a date range ("30.09.2015 bis 01.10.2015"). */
const termin = (v: Veranstaltung): string => (v.ende !== undefined && v.ende !== v.beginn ? `${datum(v.beginn)} bis ${datum(v.ende)}` : datum(v.beginn));

/** Chapter 5: the events of the year by role and kind, the highlighted ones with date and participants, supported events and fairs. */
export function saetzeVeranstaltungen(c: BerichtKontext): {
  satz: string; arten: string; hervorgehoben: { termin: string; titel: string; ort: string; teilnehmende: string }[];
  unterstuetzt: string[]; messen: string[];
} {
  const alle = [...veranstaltungenImJahr(c.daten, c.cluster, c.jahr)].sort((a, b) => (a.beginn < b.beginn ? -1 : a.beginn > b.beginn ? 1 : 0));
  const n = kz(c, 'veranstaltungen.anzahl');
  const rollen = VERANSTALTUNG_ROLLEN.filter((r) => kz(c, `veranstaltungen.rolle.${r}`) > 0).map((r) => `${zahl(kz(c, `veranstaltungen.rolle.${r}`))} als ${ROLLE_WORT[r]}`);
  const satz = n === 0
    ? `Im Jahr ${c.jahr} war das Clustermanagement an keiner Veranstaltung beteiligt.`
    : `Im Jahr ${c.jahr} war das Clustermanagement an ${anzahl(n, 'Veranstaltung', 'Veranstaltungen', c.marke('veranstaltungen.anzahl', 'einer'))} beteiligt: ${aufzaehlung(rollen)}.`;
  const jeArt = VERANSTALTUNG_ARTEN.map((a) => [a, kz(c, `veranstaltungen.art.${a}`)] as const).filter(([, m]) => m > 0)
    .sort((x, y) => y[1] - x[1] || VERANSTALTUNG_ARTEN.indexOf(x[0]) - VERANSTALTUNG_ARTEN.indexOf(y[0]));
  // a single event of a single kind is written as a word, with the verb in the singular: "Darunter war eine Tagung."
  const einzige = jeArt.length === 1 && jeArt[0]?.[1] === 1;
  const arten = jeArt.map(([a, m]) => anzahl(m, ART_WORT[a]?.[0] ?? a, ART_WORT[a]?.[1] ?? a, einzige ? c.marke(`veranstaltungen.art.${a}`, ART_WORT[a]?.[2] ?? 'ein') : undefined));
  return {
    satz,
    arten: arten.length > 0 ? `Darunter ${einzige ? 'war' : 'waren'} ${aufzaehlung(arten)}.` : '',
    hervorgehoben: alle.filter((v) => v.hervorheben).map((v) => ({
      termin: termin(v), titel: v.titel, ort: v.ort ?? '', teilnehmende: v.teilnehmende !== undefined ? zahl(v.teilnehmende) : '–',
    })),
    unterstuetzt: alle.filter((v) => v.rolle === 'unterstuetzer').map((v) => `${v.titel}, ${termin(v)}${v.ort !== undefined ? `, ${v.ort}` : ''}`),
    messen: alle.filter((v) => v.rolle === 'aussteller').map((v) => `${v.titel}, ${termin(v)}${v.ort !== undefined ? `, ${v.ort}` : ''}`),
  };
}

/** Chapter 6: the start-ups with place, purpose and legal form, and the count by legal form. */
export function saetzeGruendungen(c: BerichtKontext): { satz: string; gruendungen: { ort: string; geschaeftszweck: string; rechtsform: string }[] } {
  const n = kz(c, 'gruendungen.anzahl');
  const formen = RECHTSFORM_AUFZ.werte.map((w) => [w.label, kz(c, `gruendungen.rechtsform.${w.slug}`)] as const).filter(([, m]) => m > 0)
    .map(([l, m]) => `${zahl(m)} ${l === 'sonstige' ? 'mit sonstiger Rechtsform' : l}`);
  const satz = n === 0
    ? `Im Jahr ${c.jahr} wurden keine Firmengründungen begleitet.`
    : n === 1
      ? `Im Jahr ${c.jahr} wurde ${c.marke('gruendungen.anzahl', 'eine')} Firmengründung begleitet:`
      : `Im Jahr ${c.jahr} wurden ${zahl(n)} Firmengründungen begleitet, davon ${aufzaehlung(formen)}:`;
  const gruendungen = zeilenImJahr(c, c.daten.gruendungen).map((g) => ({ ort: g.ort, geschaeftszweck: g.geschaeftszweck, rechtsform: label(RECHTSFORM_AUFZ, g.rechtsform) }));
  return { satz, gruendungen };
}
