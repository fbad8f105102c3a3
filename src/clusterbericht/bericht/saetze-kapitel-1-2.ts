/** Sentences and lists of chapters 1 and 2 (Vorbemerkung, Rahmenbedingungen, Netzwerke, Forschung, Schutzrechte, IT). */
import { anzahl, zahlwort } from '../../format/anzahl.js';
import { aufzaehlung } from '../../format/aufzaehlung.js';
import { prozentAus } from '../../format/prozent.js';
import { zahl } from '../../format/zahl.js';
import { betragUngefaehr, dezimalKurz, prozentKurz } from './betrag-ungefaehr.js';
import { kz, zeilenImJahr, type BerichtKontext } from './bericht-kontext.js';

const MONATE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** Chapter 1: members and the industry with its source. */
export function saetzeVorbemerkung(c: BerichtKontext): { mitglieder: string; branche: string[]; quelle: string | undefined } {
  const m = kz(c, 'eckdaten.mitgliedsunternehmen');
  const mitgliederText = m === 0 ? 'keine Mitgliedsunternehmen' : anzahl(m, 'Mitgliedsunternehmen', 'Mitgliedsunternehmen', c.marke('eckdaten.mitgliedsunternehmen', 'ein'));
  const mitglieder = `Im Jahr ${c.jahr} zählte der Cluster ${c.name} ${mitgliederText}.`;
  const segmente = zeilenImJahr(c, c.daten.branche);
  if (segmente.length === 0) return { mitglieder, branche: [], quelle: undefined };
  const bezugsjahr = segmente[0]?.bezugsjahr ?? c.jahr - 1;
  const teile = segmente.filter((s) => s.unternehmen !== undefined)
    .map((s, i) => `im Bereich ${s.bezeichnung} ${i === 0 ? `${anzahl(kz(c, `branche.${s.segment}.unternehmen`), 'Unternehmen', 'Unternehmen')} tätig` : zahl(kz(c, `branche.${s.segment}.unternehmen`))}`);
  const branche = [
    `In ${c.land} waren nach den Zahlen des Jahres ${bezugsjahr} ${aufzaehlung(teile)}; zusammen sind das ${anzahl(kz(c, 'branche.unternehmen'), 'Unternehmen', 'Unternehmen')}.`,
  ];
  for (const s of segmente.filter((x) => x.beschaeftigte !== undefined && x.umsatz !== undefined)) {
    const p = `branche.${s.segment}`;
    const export_ = s.exportanteil !== undefined ? `, davon ca. ${prozentKurz(kz(c, `${p}.exportanteil`))} im Export` : '';
    branche.push(
      `Im Bereich ${s.bezeichnung} erzielten ${zahl(kz(c, `${p}.beschaeftigte`))} Beschäftigte einen Umsatz von ca. ${betragUngefaehr(kz(c, `${p}.umsatz`))}${export_}; ` +
        `das sind ca. ${zahl(kz(c, `${p}.umsatz_je_beschaeftigten`))} € Umsatz je Beschäftigten.`,
    );
  }
  const quellen = [...new Set(segmente.map((s) => s.quelle))];
  return { mitglieder, branche, quelle: `Quelle: ${quellen.join('; ')}` };
}

/** Chapter 2: staff and costs. */
export function saetzeRahmenbedingungen(c: BerichtKontext): string {
  const eck = zeilenImJahr(c, c.daten.eckdaten)[0];
  const personal = `In das Clustermanagement war im Jahr ${c.jahr} Personal mit einer Kapazität von ${dezimalKurz(kz(c, 'eckdaten.personal_mannjahre'))} Mannjahren eingebunden`;
  if (eck?.kosten === undefined) return `${personal}.`;
  const finanzierung = eck.finanzierung !== undefined ? `; gedeckt wurden sie durch ${eck.finanzierung}` : '';
  return `${personal}; die Personal- und Sachkosten betrugen ca. ${betragUngefaehr(kz(c, 'eckdaten.kosten'))}${finanzierung}.`;
}

export interface NetzwerkEintrag {
  name: string;
  angaben: string;
  beschreibung?: string;
}

/** Chapter 2.2: the networks with their partners, and the new approaches. */
export function saetzeNetzwerke(c: BerichtKontext): { satz: string; netzwerke: NetzwerkEintrag[]; ansaetzeSatz: string; ansaetze: string[] } {
  const zeilen = zeilenImJahr(c, c.daten.netzwerke);
  const n = kz(c, 'netzwerke.netzwerk');
  const u = kz(c, 'netzwerke.unternehmen');
  const f = kz(c, 'netzwerke.forschungseinrichtungen');
  const netzwerkeText = n === 0 ? 'keine Netzwerke' : anzahl(n, 'Netzwerk', 'Netzwerke', c.marke('netzwerke.netzwerk', 'ein'));
  const unternehmenText = u === 0 ? 'keine Unternehmen' : anzahl(u, 'Unternehmen', 'Unternehmen', c.marke('netzwerke.unternehmen', 'ein'));
  const forschungText = f === 0 ? 'keine Forschungseinrichtungen' : anzahl(f, 'Forschungseinrichtung', 'Forschungseinrichtungen', c.marke('netzwerke.forschungseinrichtungen', 'eine'));
  const satz =
    `Im Jahr ${c.jahr} betreute das Clustermanagement ${netzwerkeText} von Unternehmen mit Forschungseinrichtungen` +
    (n > 0 ? `, an ${n === 1 ? 'dem' : 'denen'} zusammen ${unternehmenText} und ${forschungText} beteiligt waren.` : '.');
  const netzwerke = zeilen.filter((z) => z.art === 'netzwerk').map((z): NetzwerkEintrag => {
    const partner = [
      z.unternehmen !== undefined ? anzahl(z.unternehmen, 'Unternehmen', 'Unternehmen', 'ein') : undefined,
      z.forschungseinrichtungen !== undefined ? anzahl(z.forschungseinrichtungen, 'Forschungseinrichtung', 'Forschungseinrichtungen', 'eine') : undefined,
    ].filter((t): t is string => t !== undefined);
    const seit = z.seit !== undefined ? `seit ${MONATE[Number(z.seit.slice(5, 7)) - 1]} ${z.seit.slice(0, 4)}` : undefined;
    const angaben = [partner.length > 0 ? aufzaehlung(partner) : undefined, seit, z.status === 'abgeschlossen' ? `abgeschlossen ${c.jahr}` : 'laufend']
      .filter((t): t is string => t !== undefined).join('; ');
    return { name: z.name, angaben, ...(z.beschreibung !== undefined ? { beschreibung: z.beschreibung } : {}) };
  });
  const ansaetze = zeilen.filter((z) => z.art === 'netzwerkansatz').map((z) => z.name);
  const a = kz(c, 'netzwerke.netzwerkansatz');
  const ansaetzeSatz = a === 0
    ? ''
    : a === 1
      ? `Dazu kam ${c.marke('netzwerke.netzwerkansatz', 'ein')} im Jahr ${c.jahr} betreuter Ansatz für neue Netzwerke:`
      : `Dazu kamen ${zahlwort(a)} im Jahr ${c.jahr} betreute Ansätze für neue Netzwerke:`;
  return { satz, netzwerke, ansaetzeSatz, ansaetze };
}

/** Chapter 2.3: the research topics and their volume. */
export function saetzeForschung(c: BerichtKontext): { satz: string; themen: string[]; volumen: string } {
  const n = kz(c, 'forschungsthemen.anzahl');
  const themen = zeilenImJahr(c, c.daten.forschungsthemen).map((t) => t.titel);
  const aufgaben = n === 0 ? 'keine komplexen Forschungsaufgaben' : anzahl(n, 'komplexe Forschungsaufgabe', 'komplexe Forschungsaufgaben', c.marke('forschungsthemen.anzahl', 'eine'));
  const satz = `Im Jahr ${c.jahr} begleitete das Clustermanagement ${aufgaben} von Unternehmen${n > 0 ? ':' : '.'}`;
  const v = kz(c, 'forschungsthemen.volumen');
  const volumen = v > 0 ? `Die Entwicklungsthemen haben zusammen ein Volumen von ca. ${betragUngefaehr(v)}.` : '';
  return { satz, themen, volumen };
}

/** Chapter 2.4: Fördervorhaben, filings and the example cases. */
export function saetzeSchutzrechte(c: BerichtKontext): { satz: string; beispieleSatz: string; beispiele: { unternehmen: string; text: string }[] } {
  const n = kz(c, 'schutzrechte.foerdervorhaben');
  const a = kz(c, 'schutzrechte.anmeldungen');
  const davon = (): string => (a === 0 ? 'davon keines mit Schutzrechtsanmeldung' : `davon ${zahl(a)} mit Schutzrechtsanmeldung (${prozentAus(a, n)} %)`);
  const satz = n === 0
    ? `Im Jahr ${c.jahr} wurden keine Fördervorhaben zu Schutzrechten bearbeitet.`
    : `Im Jahr ${c.jahr} ${n === 1 ? 'wurde' : 'wurden'} ${anzahl(n, 'Fördervorhaben', 'Fördervorhaben', c.marke('schutzrechte.foerdervorhaben', 'ein'))} zu Schutzrechten bearbeitet, ${davon()}.`;
  const beispiele = zeilenImJahr(c, c.daten.schutzrechte).filter((s) => s.beispiel).map((s) => ({
    unternehmen: s.unternehmen,
    text: [s.gegenstand, s.ergebnis].filter((t): t is string => t !== undefined).join('; '),
  }));
  return { satz, beispieleSatz: `Beispiele der im Jahr ${c.jahr} begleiteten Schutzrechtsvorhaben:`, beispiele };
}

/** Chapter 2.5: IT analyses and the events carried out. */
export function saetzeGeschaeftsverkehr(c: BerichtKontext): string {
  const it = kz(c, 'leistungen.it_analyse');
  const v = kz(c, 'veranstaltungen.durchgefuehrt');
  const eigen = kz(c, 'veranstaltungen.rolle.veranstalter');
  const mit = kz(c, 'veranstaltungen.rolle.mitveranstalter');
  const t = kz(c, 'veranstaltungen.teilnehmende');
  // as in chapter 5, a role without events is left out ("(4 als Mitveranstalter)", not "(0 als Veranstalter, …)")
  const rollenTeile = ([[eigen, 'Veranstalter'], [mit, 'Mitveranstalter']] as const).filter(([m]) => m > 0).map(([m, r]) => `${zahl(m)} als ${r}`);
  const rollen = rollenTeile.length > 0 ? ` (${rollenTeile.join(', ')})` : '';
  const inUnternehmen = it === 0 ? 'in keinem Unternehmen' : `in ${anzahl(it, 'Unternehmen', 'Unternehmen', c.marke('leistungen.it_analyse', 'einem'))}`;
  // the participants of several events are "zusammen", of one event not; none recorded, none named
  const mitTeilnehmenden = t === 0 ? '' : ` mit ${v === 1 ? '' : 'zusammen '}${zahl(t)} Teilnehmenden`;
  // "wurden" is shared by the plural events; a single event gets its own "wurde"
  const veranstaltungen = v === 0
    ? ' und keine Veranstaltungen für Unternehmen durchgeführt'
    : `${v === 1 ? ', und es wurde' : ' und'} ${anzahl(v, 'Veranstaltung', 'Veranstaltungen', c.marke('veranstaltungen.durchgefuehrt', 'eine'))} für Unternehmen${mitTeilnehmenden} durchgeführt${rollen}`;
  return `Im Jahr ${c.jahr} wurden ${inUnternehmen} betriebliche IT-Lösungen analysiert${veranstaltungen}.`;
}
