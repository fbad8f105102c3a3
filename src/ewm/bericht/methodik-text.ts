import { zahlwort } from '../../format/anzahl.js';
import { aufzaehlung } from '../../format/aufzaehlung.js';
import { managementBezeichnung } from '../../format/management.js';
import { zitat } from '../../format/zitat.js';
import type { Cluster } from '../../model/typen.js';

/** Chapter 2 "Methodische Hinweise": the standard text with year, Berichtszeitraum, Vergleichsjahre and registry filled in. */
export function methodikText(cluster: Cluster, registry: Cluster[], jahr: number): {
  absaetze: string[];
  kategorien: { titel: string; text: string }[];
  nachKategorien: string[];
} {
  const mgmt = managementBezeichnung(cluster);
  const entwicklung = cluster.art === 'teilthema' ? 'Teilthemenentwicklung' : 'Clusterentwicklung';
  const absaetze = [
    'Grundlage dieses Berichts sind die Daten des Ergebnis- und Wirkungsmonitorings (EWM), die in einem IT-gestützten ' +
      `Erfassungssystem (EWM-Tool) dokumentiert werden. Ausgewertet werden alle Aktivitäten, die das ${mgmt} selbst ` +
      'angestoßen oder maßgeblich unterstützend begleitet hat. Sie dienen der Umsetzung der Gemeinsamen Innovationsstrategie ' +
      'der Länder Berlin und Brandenburg (innoBB 2025) und gliedern sich in zwei Kategorien:',
  ];
  const kategorien = [
    {
      titel: 'Aktivitäten zur Initiierung und Begleitung von Projekten (kurz: Projekte)',
      text:
        'Hierzu zählen die Hilfe bei der Bildung von Konsortien und bei der inhaltlichen Schärfung von Vorhaben, die Suche ' +
        'nach passenden Förderprogrammen sowie die Begleitung eines Projekts während seiner Laufzeit. Erfasst werden ' +
        'grundsätzlich Projekte, die ein Fördermittelgeber unterstützt oder deren Gesamtvolumen mindestens 50.000 Euro beträgt; ' +
        `andere Projekte werden nur aufgenommen, wenn sie für die ${entwicklung} von besonderer Bedeutung sind.`,
    },
    {
      titel: 'Sonstige Aktivitäten',
      text:
        'Darunter fallen alle Aktivitäten, mit denen Akteure vernetzt sowie Kooperationen und Projekte angebahnt werden: ' +
        'Veranstaltungen wie Konferenzen, Foren und Fachworkshops ebenso wie Marketingmaßnahmen und Aktivitäten zur ' +
        'Gewinnung, Bindung und Entwicklung von Fachkräften. Anders als bei den Projekten liegt die Federführung hier in der ' +
        `Regel beim ${mgmt}. Wiederkehrende Standardformate wie regelmäßige Arbeitskreise oder interne Gremiensitzungen ` +
        'werden nicht erfasst.',
    },
  ];
  const akteure = ['Zu jedem Projekt und jeder Sonstigen Aktivität hält das EWM außerdem die maßgeblich beteiligten Akteure fest.'];
  if (cluster.art === 'teilthema' && cluster.land === 'berlin') {
    akteure.push('Die Berliner Teilthemen konzentrieren sich dabei auf Berlin, arbeiten aber auch mit Akteuren aus Brandenburg zusammen.');
  }
  akteure.push(`Akteure mit Sitz außerhalb von Berlin und Brandenburg gelten als ${zitat('externe Akteure')} und werden nur zahlenmäßig ausgewiesen.`);
  const nachKategorien = [
    akteure.join(' '),
    `Ausgewertet wurde der Berichtszeitraum vom 01.01.${jahr} bis zum 31.12.${jahr}. Berücksichtigt sind alle als ` +
      `${zitat('Projekt')} oder ${zitat('Sonstige Aktivität')} erfassten Einträge, die im Berichtsjahr ${jahr} neu initiiert ` +
      'wurden, deren Laufzeit also in diesem Jahr begann. Abbildung 1 weist zusätzlich alle im Berichtszeitraum begleiteten ' +
      'Projekte aus, unabhängig vom Jahr ihres Beginns.',
    `Als Laufzeitbeginn gilt der Zeitpunkt, ab dem das ${mgmt} ein Vorhaben aktiv unterstützt. Diese Unterstützung kann ` +
      'die Anbahnung, die Umsetzung und den Abschluss eines Vorhabens umfassen und setzt daher oft vor dem offiziellen ' +
      'Projektstart oder vor einer Förderzusage ein. Projekt- und Fördervolumina können deshalb auf Schätzungen beruhen, vor ' +
      'allem bei Projekten, die sich zum Zeitpunkt des Datenexports noch in der Antragsphase befanden. Vorhaben, die bis zum ' +
      `Stichtag 31.12.${jahr} abgebrochen oder abgesagt wurden, sind in den folgenden Auswertungen nicht enthalten.`,
    `Für die Projekte stellt dieser Bericht die Jahre ${jahr - 2} und ${jahr - 1} zum Vergleich dar, für die Sonstigen ` +
      `Aktivitäten und die beteiligten Akteure das Vorjahr ${jahr - 1}. Jede Vergleichszahl ist mit dem Stichtag ihres ` +
      'eigenen Jahres (31.12.) aus demselben Datenexport berechnet.',
    ...registerAbsatz(registry),
    'Projekte und Sonstige Aktivitäten, die mehrere Cluster- oder Teilthemenmanagements gemeinsam unterstützen, heißen ' +
      'Cross Cluster-Projekte bzw. Cross Cluster-Sonstige Aktivitäten. An ihnen wirken mindestens zwei Managements aktiv ' +
      'mit; auch mehr als zwei sind möglich. Die Summe der Beteiligungen anderer Cluster- und Teilthemenmanagements kann ' +
      'daher größer sein als die Anzahl der Cross Cluster-Projekte bzw. Cross Cluster-Sonstigen Aktivitäten.',
    'Ergänzend zu den Daten des EWM-Tools wurden für diesen Jahresbericht Gespräche mit den Cluster- bzw. ' +
      'Teilthemenmanagements geführt.',
  ];
  return { absaetze, kategorien, nachKategorien };
}

/** The Brandenburg-only clusters and the Berlin Teilthemen of the registry, named as the seed does. */
function registerAbsatz(registry: Cluster[]): string[] {
  const namen = (liste: Cluster[]): string => aufzaehlung([...liste].sort((a, b) => a.name.localeCompare(b.name, 'de')).map((c) => c.name), 'sowie');
  const bb = registry.filter((c) => c.art === 'cluster' && c.land === 'brandenburg');
  const berlin = registry.filter((c) => c.art === 'teilthema' && c.land === 'berlin');
  const saetze: string[] = [];
  if (bb.length > 0) {
    saetze.push(
      `Zusätzlich zu den gemeinsamen Clustern der innoBB 2025 unterstützt das Land Brandenburg ` +
        `${bb.length === 1 ? 'ein weiteres Cluster' : `${zahlwort(bb.length)} weitere Cluster`} von besonderer ` +
        `wirtschaftspolitischer Bedeutung für das Flächenland: ${namen(bb)}.`,
    );
  }
  if (berlin.length > 0) {
    saetze.push(
      `Das Land Berlin fördert im Rahmen der Clusterförderung außerdem Managementstrukturen für ` +
        `${berlin.length === 1 ? 'ein Teilthema, das' : `${zahlwort(berlin.length)} Teilthemen, die`} für die ` +
        `Innovationspolitik Berlins strategisch wichtig ${berlin.length === 1 ? 'ist' : 'sind'}: ${namen(berlin)}.`,
    );
  }
  return saetze.length > 0 ? [saetze.join(' ')] : [];
}
