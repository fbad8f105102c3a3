import { datum as datumText } from '../../format/datum.js';
import { clusterArtWort, managementName } from '../../format/management.js';
import type { BerichtEingabe } from './baue-html.js';
import type { AbbildungModell, EwmModell } from './ewm-modell.js';
import { baueAkteursTabelle, baueBeteiligungsTabelle } from './baue-tabellen.js';
import { impressumModell } from './impressum-modell.js';
import { inhaltsEintraege } from './inhalts-eintraege.js';
import { methodikText } from './methodik-text.js';
import { saetzeAkteurstypen, saetzeHerkunft } from './saetze-akteure.js';
import { saetzeNeueAktivitaeten } from './saetze-aktivitaeten.js';
import { saetzeBeteiligungen, saetzeCrossCluster } from './saetze-cross-cluster.js';
import { saetzeFueui } from './saetze-fueui.js';
import { saetzeHandlungsfelder } from './saetze-handlungsfelder.js';
import { satzNeueProjekte, saetzeVolumen, satzStatus } from './saetze-projekte.js';
import { markiereSaetze } from './markiere-saetze.js';
import { satzKontext } from './satz-kontext.js';

const TITEL_ZEILE_1 = (jahr: number): string => `Jahresbericht ${jahr} zum`;
const TITEL_ZEILE_2 = 'Ergebnis- und Wirkungsmonitoring';

const HINWEIS_GENDER =
  'Zur besseren Lesbarkeit verzichtet dieser Bericht auf eine durchgängig geschlechtsspezifische Schreibweise. ' +
  'Personenbezeichnungen gelten im Sinne der Gleichbehandlung für alle Geschlechter; die verkürzte Form hat allein ' +
  'redaktionelle Gründe und ist nicht wertend gemeint.';

const ZAEHLHINWEIS =
  'Gezählt wird jede Organisation einmal: Hochschulen als Ganzes, also ohne gesonderte Zählung einzelner Fakultäten, ' +
  'Fachbereiche oder Institute, und Unternehmen auf ihrer obersten Organisationsebene. Forschungsinstitute, etwa die ' +
  'einzelnen Fraunhofer-Institute, werden dagegen auf Institutsebene und nicht auf der Ebene ihrer Dachorganisation gezählt.';

/** "Schwerpunkt-Thema innoBB 2025: Digitalisierung" as the seed labels an Erfolgsbeispiel (none when empty). */
function kennzeichnung(einzahl: string, mehrzahl: string, werte: string[]): string[] {
  if (werte.length === 0) return [];
  return [`${werte.length === 1 ? einzahl : mehrzahl} innoBB 2025: ${werte.join(', ')}`];
}

/** Computes the whole view model of the EWM report: sentences, tables, figures, table of contents. */
export function baueEwmModell(e: BerichtEingabe, seiten: Map<string, number>): EwmModell {
  const { cluster, jahr } = e;
  const kx = satzKontext(e.kennzahlen, jahr, cluster, e.daten.cluster, e.markieren === true);
  const m = <T extends string | string[]>(bau: (k: typeof kx) => T): T => markiereSaetze(kx, bau);
  const name = managementName(cluster);
  const inhalt = inhaltsEintraege(cluster, jahr, seiten);
  const kapitel = Object.fromEntries(
    (['k1', 'k2', 'k3', 'k31', 'k32', 'k33', 'k34', 'k35'] as const).map((k, i) => [k, { text: inhalt[i]!.text, id: inhalt[i]!.id }]),
  ) as EwmModell['kapitel'];
  const abbildungen: Record<number, AbbildungModell> = {};
  for (const a of e.abbildungen) {
    const svg = a.svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '').replace(/^\s*<!DOCTYPE[^>]*>\s*/i, '');
    abbildungen[a.nummer] = { nummer: a.nummer, id: `abbildung-${a.nummer}`, titel: a.titel, svg, textalternative: a.textalternative };
  }
  for (let n = 1; n <= 8; n++) {
    abbildungen[n] ??= { nummer: n, id: `abbildung-${n}`, titel: '[fehlt]', textalternative: `Abbildung ${n} fehlt.` };
  }
  const bericht = e.daten.bericht;
  const { impressum, weitereInformationen } = impressumModell(bericht, cluster);
  return {
    dokumentTitel: `${TITEL_ZEILE_1(jahr)} ${TITEL_ZEILE_2} – ${name}`,
    beschreibung: `Ergebnisse des Ergebnis- und Wirkungsmonitorings ${jahr} für ${name}`,
    autor: bericht.herausgeber?.[0]?.trim() ?? '',
    titelseite: {
      zeile1: TITEL_ZEILE_1(jahr),
      zeile2: TITEL_ZEILE_2,
      management: name,
      datum: e.datum ? datumText(e.datum) : '[Datum fehlt: bericht.json, Feld „veroeffentlichung“, oder Option --datum]',
    },
    impressum,
    weitereInformationen,
    inhalt,
    hinweisGender: HINWEIS_GENDER,
    kapitel,
    ueberblickHtml: e.texte.ueberblick.html,
    abschnitte: e.texte.abschnitte,
    innobbTitel: `Das ${clusterArtWort(cluster)} ${cluster.name} im Rahmen der Umsetzung der innoBB 2025`,
    methodik: methodikText(cluster, e.daten.cluster, jahr),
    projekte: {
      zwischentitelNeu: `Neu initiierte Projekte im ${cluster.art === 'teilthema' ? 'Teilthema' : 'Cluster'} ${cluster.name}`,
      neu: m(satzNeueProjekte),
      status: m(satzStatus),
      volumen: m(saetzeVolumen),
      fueui: m(saetzeFueui),
      handlungsfelder: m((k) => saetzeHandlungsfelder(k, 'projekte')),
      crossCluster: m((k) => saetzeCrossCluster(k, 'projekte')),
      beteiligungen: m((k) => saetzeBeteiligungen(k, 'projekte')),
      tabelle1: baueBeteiligungsTabelle(kx, 'projekte'),
    },
    aktivitaeten: {
      neu: m(saetzeNeueAktivitaeten),
      crossCluster: m((k) => saetzeCrossCluster(k, 'aktivitaeten')),
      beteiligungen: m((k) => saetzeBeteiligungen(k, 'aktivitaeten')),
      handlungsfelder: m((k) => saetzeHandlungsfelder(k, 'aktivitaeten')),
      tabelle2: baueBeteiligungsTabelle(kx, 'aktivitaeten'),
    },
    akteure: { herkunft: m(saetzeHerkunft), typen: m(saetzeAkteurstypen), tabelle3: baueAkteursTabelle(kx), zaehlhinweis: ZAEHLHINWEIS },
    abbildungen,
    fazitHtml: e.texte.fazit.html,
    erfolgsbeispiele: e.texte.erfolgsbeispiele.map((b) => ({
      titel: b.titel,
      kennzeichnungen: [
        ...kennzeichnung('Schwerpunkt-Thema', 'Schwerpunkt-Themen', b.schwerpunktthemen),
        ...kennzeichnung('Leitlinie', 'Leitlinien', b.leitlinien),
      ],
      html: b.html,
    })),
    ...(e.texte.erfolgsbeispielePlatzhalter ? { erfolgsbeispielePlatzhalter: e.texte.erfolgsbeispielePlatzhalter } : {}),
  };
}
