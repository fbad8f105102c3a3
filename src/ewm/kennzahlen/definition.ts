/** The German definition of every Kennzahl key (methodology.md: Stichtag rule, what counts, what is excluded). */
import { datum } from '../../format/datum.js';
import { jahresbeginn, stichtag } from './stichtag.js';

const AUSGESCHIEDEN = (j: number): string =>
  `Ausgenommen sind Vorhaben, die am Stichtag ${datum(stichtag(j))} abgebrochen oder abgesagt waren (Status „abgebrochen“ ` +
  `oder „abgesagt“ mit Status-Datum bis zum Stichtag); ein späterer Abbruch ändert die Zahl des Jahres ${j} nicht.`;

const ZAEHLEINHEIT =
  'Gezählt wird jede Zähleinheit einmal: der Akteur selbst, wenn er ein Forschungsinstitut ist oder keinen übergeordneten ' +
  'Akteur hat, sonst die Zähleinheit des übergeordneten Akteurs (Fakultäten zählen als ihre Hochschule, Tochterfirmen als ' +
  'die Muttergesellschaft). Typ, Sitz und Größenklasse sind die der Zähleinheit.';

function projekteNeu(j: number): string {
  return `Projekte, die das Management leitet (Spalte „cluster“) und die ${j} neu initiiert wurden: Laufzeitbeginn im Jahr ${j}. ${AUSGESCHIEDEN(j)}`;
}

/** Breakdown of project keys after `projekte.neu.J.` */
const PROJEKT_TEIL: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^status\.(.+)$/, (m) => `Davon die Projekte mit dem Status „${m[1]}“ (wie exportiert; nur für das Berichtsjahr).`],
  [/^projektvolumen$/, () => 'Summe des Projektvolumens dieser Projekte (in Cent addiert).'],
  [/^projektvolumen_bb$/, () => 'Summe des Projektvolumens, das auf Berlin-Brandenburg entfällt (fehlt es, das ganze Projektvolumen).'],
  [/^foerdervolumen$/, () => 'Summe des Fördervolumens dieser Projekte (fehlend = 0).'],
  [/^foerdervolumen_bb$/, () => 'Summe des Fördervolumens, das auf Berlin-Brandenburg entfällt (fehlt es, das ganze Fördervolumen).'],
  [/^projektvolumen_gefoerdert$/, () => 'Summe des Projektvolumens der Projekte mit einem Fördergeber außer „keine“ (Förderung sichergestellt oder angestrebt).'],
  [/^projektvolumen_realisiert$/, () => 'Summe des Projektvolumens der Projekte mit Status „begonnen_laufend“ oder „regulaer_beendet“.'],
  [/^projektvolumen_antizipiert$/, () => 'Summe des Projektvolumens der Projekte mit Status „in_vorbereitung“ oder „antrag_gestellt“.'],
  [/^fueui$/, () => 'Davon die FuEuI-Projekte (Forschung, Entwicklung und Innovation: Spalte „fueui“ = ja).'],
  [/^fueui\.konsortialstruktur\.(.+)$/, (m) => `Davon die FuEuI-Projekte mit der Konsortialstruktur „${m[1]}“.`],
  [/^fueui\.foerdergeber\.(.+)$/, (m) => `Davon die FuEuI-Projekte mit dem Fördergeber „${m[1]}“ („keine“ ist eine eigene Gruppe).`],
  [/^handlungsfeld\.(.+)$/, (m) => `Davon die Projekte im Handlungsfeld „${m[1]}“.`],
  [/^crosscluster$/, () => 'Davon die Cross Cluster-Projekte: mindestens ein anderes Management in „beteiligte_cluster“.'],
  [/^crosscluster\.beteiligungen\.(.+)$/, (m) => `Davon die Cross Cluster-Projekte, an denen „${m[1]}“ beteiligt ist (die Beteiligungen zusammen können die Zahl der Cross Cluster-Projekte übersteigen).`],
  [/^leitlinie\.(.+)$/, (m) => `Davon die Projekte, die die Leitlinie „${m[1]}“ nennen.`],
  [/^schwerpunktthema\.(.+)$/, (m) => `Davon die Projekte, die das Schwerpunkt-Thema „${m[1]}“ nennen.`],
];

/** Breakdown of activity keys after `aktivitaeten.neu.J.` */
const AKTIVITAET_TEIL: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^crosscluster$/, () => 'Davon die Cross Cluster-Aktivitäten: mindestens ein anderes Management in „beteiligte_cluster“.'],
  [/^crosscluster\.beteiligungen\.(.+)$/, (m) => `Davon die Cross Cluster-Aktivitäten, an denen „${m[1]}“ beteiligt ist.`],
  [/^handlungsfeld\.(.+)$/, (m) => `Davon die Aktivitäten im Handlungsfeld „${m[1]}“.`],
  [/^format\.(.+)$/, (m) => `Davon die Aktivitäten im Format „${m[1]}“.`],
  [/^teilnehmende$/, () => 'Summe der Teilnehmenden dieser Aktivitäten (fehlende Angabe = 0).'],
];

/** Breakdown of actor keys after `akteure.J.` or `akteure.J.projekte.` */
const AKTEUR_TEIL: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^herkunft\.(.+)$/, (m) => `Davon die Zähleinheiten mit Sitz „${m[1]}“.`],
  [/^typ\.(.+)$/, (m) => `Davon die Zähleinheiten vom Typ „${m[1]}“.`],
  [/^unternehmen\.groessenklasse\.(.+)$/, (m) => `Davon die Unternehmen der Größenklasse ${m[1]} (aus „groessenklasse“, sonst aus „beschaeftigte“).`],
];

function teil(liste: [RegExp, (m: RegExpExecArray) => string][], rest: string): string | undefined {
  for (const [muster, text] of liste) {
    const m = muster.exec(rest);
    if (m) return text(m);
  }
  return undefined;
}

function mitTeil(basis: string, liste: [RegExp, (m: RegExpExecArray) => string][], rest: string | undefined): string | undefined {
  if (rest === undefined) return basis;
  const t = teil(liste, rest);
  return t === undefined ? undefined : `${basis} ${t}`;
}

/** The definition of `schluessel` in German, or undefined for a key the methodology does not know. */
export function definition(schluessel: string): string | undefined {
  const begleitet = /^projekte\.begleitet\.(\d{4})$/.exec(schluessel);
  if (begleitet) {
    const y = Number(begleitet[1]);
    return `Projekte, die das Management leitet und die im Berichtsjahr ${y} begleitet wurden: Laufzeitbeginn bis ${datum(stichtag(y))}, ` +
      `Laufzeitende fehlt oder ab ${datum(jahresbeginn(y))}. ${AUSGESCHIEDEN(y)}`;
  }
  const projekt = /^projekte\.neu\.(\d{4})(?:\.(.+))?$/.exec(schluessel);
  if (projekt) return mitTeil(projekteNeu(Number(projekt[1])), PROJEKT_TEIL, projekt[2]);
  const aktivitaet = /^aktivitaeten\.neu\.(\d{4})(?:\.(.+))?$/.exec(schluessel);
  if (aktivitaet) {
    const j = Number(aktivitaet[1]);
    const basis = `Sonstige Aktivitäten, die das Management leitet und die ${j} neu initiiert wurden: Beginn im Jahr ${j}. ` +
      `Standardaktivitäten (Spalte „standardaktivitaet“ = ja) zählen nicht. ${AUSGESCHIEDEN(j)}`;
    return mitTeil(basis, AKTIVITAET_TEIL, aktivitaet[2]);
  }
  const akteure = /^akteure\.(\d{4})(\.projekte)?(?:\.(.+))?$/.exec(schluessel);
  if (akteure) {
    const j = Number(akteure[1]);
    const welche = akteure[2] ? `den ${j} neu initiierten Projekten (nur Projekte)` : `den ${j} neu initiierten Vorhaben (Projekte und Sonstige Aktivitäten)`;
    return mitTeil(`Beteiligte Akteure: die Zähleinheiten aller Akteure mit einer Beteiligung an ${welche} des Managements. ${ZAEHLEINHEIT}`, AKTEUR_TEIL, akteure[3]);
  }
  return undefined;
}
