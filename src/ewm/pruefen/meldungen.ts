/** The German messages of the EWM rules, together with the generic ones of the validator. */
import { euro, M as ALLGEMEIN, zitat } from '../../pruefen/meldungen.js';

export const M = {
  ...ALLGEMEIN,
  handlungsfeldUnbekannt: (w: unknown, cluster: string, namen: string[]) =>
    `Handlungsfeld ${zitat(w)} gibt es im Cluster "${cluster}" nicht. Erlaubt: ${namen.join(', ')}`,
  handlungsfeldNochNicht: (w: unknown, cluster: string, ab: number, jahr: number, spalte: string) =>
    `Handlungsfeld ${zitat(w)} gibt es im Cluster "${cluster}" erst ab ${ab}, ${spalte} liegt aber im Jahr ${jahr}`,
  handlungsfeldNichtMehr: (w: unknown, cluster: string, bis: number, jahr: number, spalte: string) =>
    `Handlungsfeld ${zitat(w)} gibt es im Cluster "${cluster}" nur bis ${bis}, ${spalte} liegt aber im Jahr ${jahr}`,
  keineFoerderungMitVolumen: (w: unknown) =>
    `${zitat(w)} ist größer als 0, aber als Fördergeber ist "keine öffentliche Förderung" angegeben. Erlaubt: 0 oder leer, oder einen Fördergeber angeben`,
  groessenklassePasstNicht: (w: unknown, beschaeftigte: number, richtig: string) =>
    `${zitat(w)} passt nicht zu ${beschaeftigte} Beschäftigten (das wäre die Größenklasse ${richtig})`,
  kleinprojektOhneFoerderung: (cent: number) =>
    `Projektvolumen ${euro(cent)} liegt unter 50.000 € und es gibt keine öffentliche Förderung; solche Projekte dokumentiert die Methodik nur als Ausnahme`,
  federfuehrendBeteiligt: (name: string) =>
    `Der federführende Cluster "${name}" ist auch als beteiligter Cluster genannt; diese Angabe wird ignoriert`,
  standardaktivitaeten: (anzahl: number, erste: string) =>
    `${anzahl === 1 ? '1 Zeile ist' : `${anzahl} Zeilen sind`} als Standardaktivität markiert und ${anzahl === 1 ? 'wird' : 'werden'} nicht gezählt (erste: ${erste})`,
  idDoppelt: (w: string, erste: string) => `ID ${zitat(w)} kommt mehrfach vor (zuerst in ${erste}); IDs müssen in projekte und aktivitaeten eindeutig sein`,
  akteurIdDoppelt: (w: string, erste: string) => `ID ${zitat(w)} kommt mehrfach vor (zuerst in ${erste}); Akteur-IDs müssen eindeutig sein`,
  akteurFehlt: (w: string, datei: string) => `Akteur ${zitat(w)} gibt es nicht in ${datei}`,
  vorhabenFehlt: (w: string, projekte: string, aktivitaeten: string) =>
    `Vorhaben ${zitat(w)} gibt es weder in ${projekte} noch in ${aktivitaeten}`,
  uebergeordnetFehlt: (w: string, datei: string) => `Übergeordnete Organisation ${zitat(w)} gibt es nicht in ${datei}`,
  beteiligungDoppelt: (akteur: string, vorhaben: string, erste: string) =>
    `Die Beteiligung von Akteur ${zitat(akteur)} an ${zitat(vorhaben)} steht mehrfach in der Datei (zuerst in ${erste}); sie zählt einmal`,
};
